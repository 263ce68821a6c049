/**
 * What the interaction bench does, on which page, and how it knows the result is on screen. Controls
 * are found by role and accessible name, with names read from locales/ (or the minimal page's texts),
 * so the bench follows a wording change and works in either language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from '../lib/pages';
import { COMPARE_INDICATORS, COMPARE_REGIONS } from '../lib/scenario';
import { TEXTS } from '../minimal/texts';

type Lang = 'en' | 'zh';

/** All must hold; `countChanged` compares with the count when the measurement was armed. */
export interface Predicate {
  lang?: string;
  text?: [selector: string, text: string];
  attr?: [selector: string, name: string, value: string];
  countChanged?: string;
}

export interface Step {
  act(page: Page): Promise<void>;
  expect: Predicate;
}

export interface Interaction {
  id: string;
  label: string;
  page: 'app' | 'minimal';
  path: string;
  ready(page: Page): Promise<void>;
  /** The k-th step since the page loaded: steps alternate (on/off, zh/en) so the page never drifts. */
  step(k: number): Step;
  /** Held to p95 ≤ 2× the minimal page's series change (issue 11). */
  budget?: boolean;
}

function locale(lng: Lang, ns: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'locales', lng, `${ns}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** A string from locales/<lng>/<ns>.json by its dotted key. */
export function text(lng: Lang, ns: string, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], locale(lng, ns));
  if (typeof value !== 'string') throw new Error(`no text ${ns}:${key} in locales/${lng}`);
  return value;
}

/** What the language switch calls each language: its own name, from Intl as the app does. */
export const nativeName = (lng: string) => new Intl.DisplayNames([lng], { type: 'language' }).of(lng) ?? lng;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Curves Recharts draws: one per line, so a series added or removed changes the count. */
const CURVES = 'path.recharts-curve';

/** Six indicators with figures × the four regions: the issue's heavy Compare page. */
const COMPARE_PATH = `/?view=compare&lang=en&ind=${COMPARE_INDICATORS.join(',')}&reg=${COMPARE_REGIONS.join(',')}`;
/** Added and removed in turn; its theme (size) is open, so its checkbox is visible. */
const TOGGLED_INDICATOR = 'industrial_va';
const TOGGLED_REGION = 'national';
const SLIDER_YEAR = 2000;

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
/** A chart is on screen (at 1984 the growth chart has no line yet, only its axes). */
const chartDrawn = (page: Page) => page.locator('.recharts-surface').first().waitFor();

function languageSwitch(ns: string, lng: (k: number) => Lang): (k: number) => Step {
  return (k) => {
    const target = lng(k);
    return {
      act: (page) => page.getByRole('button', { name: nativeName(target), exact: true }).click(),
      expect: {
        lang: target,
        text: ['h1', ns === 'minimal' ? TEXTS[target].title : text(target, ns, 'title')],
      },
    };
  };
}

/** zh on even steps, back to en on odd ones: every page starts in English. */
const alternate = (k: number): Lang => (k % 2 === 0 ? 'zh' : 'en');

export const APP_INTERACTIONS: Interaction[] = [
  {
    id: 'lang-compare',
    label: 'language switch, Compare 6 indicators × 4 regions',
    page: 'app',
    path: COMPARE_PATH,
    ready: async (page) => {
      await heading(page, text('en', 'compare', 'title'));
      await chartDrawn(page);
    },
    step: languageSwitch('compare', alternate),
    budget: true,
  },
  {
    id: 'lang-growth',
    label: 'language switch, Zone growth',
    page: 'app',
    path: '/?view=growth&lang=en',
    ready: async (page) => {
      await heading(page, text('en', 'growth', 'title'));
      await chartDrawn(page);
    },
    step: languageSwitch('growth', alternate),
    budget: true,
  },
  {
    id: 'indicator',
    label: 'add / remove an indicator, Compare',
    page: 'app',
    path: COMPARE_PATH,
    ready: async (page) => {
      await heading(page, text('en', 'compare', 'title'));
      await chartDrawn(page);
    },
    step: () => ({
      act: (page) =>
        page
          .getByRole('checkbox', {
            // The name is followed by the years it covers ("2004–2024 · …", "仅 2019 · …").
            name: new RegExp(
              `^${escape(text('en', 'indicators', `${TOGGLED_INDICATOR}.name`))}\\s+(\\d{4}|仅)`,
            ),
          })
          .click(),
      expect: { countChanged: CURVES },
    }),
    budget: true,
  },
  {
    id: 'region',
    label: 'toggle a region (all national ETDZs), Compare',
    page: 'app',
    path: COMPARE_PATH,
    ready: async (page) => {
      await heading(page, text('en', 'compare', 'title'));
      await chartDrawn(page);
    },
    step: () => ({
      act: (page) =>
        page
          .getByRole('checkbox', { name: text('en', 'regions', `region.${TOGGLED_REGION}`), exact: true })
          .click(),
      expect: { countChanged: CURVES },
    }),
    budget: true,
  },
  {
    id: 'year-slider',
    label: 'step the year slider, Zone growth',
    page: 'app',
    path: `/?view=growth&lang=en&year=${SLIDER_YEAR}`,
    ready: async (page) => {
      await heading(page, text('en', 'growth', 'title'));
      await chartDrawn(page);
    },
    step: (k) => {
      const name = text('en', 'growth', 'timeline.slider');
      return {
        act: (page) =>
          page.getByRole('slider', { name, exact: true }).press(k % 2 === 0 ? 'ArrowRight' : 'ArrowLeft'),
        expect: {
          attr: [
            `[role="slider"][aria-label="${name}"]`,
            'aria-valuenow',
            String(SLIDER_YEAR + (k % 2 === 0 ? 1 : 0)),
          ],
        },
      };
    },
    budget: true,
  },
];

export const REFERENCE_ID = 'minimal-series';

export const MINIMAL_INTERACTIONS: Interaction[] = [
  {
    id: 'minimal-lang',
    label: 'language switch',
    page: 'minimal',
    path: '/?lang=en',
    ready: async (page) => {
      await heading(page, TEXTS.en.title);
      await chartDrawn(page);
    },
    step: languageSwitch('minimal', alternate),
  },
  {
    id: REFERENCE_ID,
    label: 'add / remove a series (the reference)',
    page: 'minimal',
    path: '/?lang=en',
    ready: async (page) => {
      await heading(page, TEXTS.en.title);
      await chartDrawn(page);
    },
    step: () => ({
      act: (page) => page.getByRole('checkbox', { name: TEXTS.en.national, exact: true }).click(),
      expect: { countChanged: CURVES },
    }),
  },
  {
    id: 'minimal-data',
    label: 'change data',
    page: 'minimal',
    path: '/?lang=en',
    ready: async (page) => {
      await heading(page, TEXTS.en.title);
      await chartDrawn(page);
    },
    step: (k) => ({
      act: (page) => page.getByRole('button', { name: TEXTS.en.changeData, exact: true }).click(),
      expect: { attr: ['[data-bench-variant]', 'data-bench-variant', String((k + 1) % 3)] },
    }),
  },
];

/** Zone growth playing from 1984 at speed 4: frames per second and long tasks while it plays. */
export const PLAYBACK = {
  path: '/?view=growth&lang=en&year=1984',
  speed: '4',
  seconds: 8,
  ready: async (page: Page) => {
    await heading(page, text('en', 'growth', 'title'));
    await chartDrawn(page);
  },
  speedControl: (page: Page) => page.getByRole('combobox', { name: text('en', 'growth', 'timeline.speed') }),
  play: (page: Page) =>
    page.getByRole('button', { name: text('en', 'common', 'timeline.play'), exact: true }),
  pause: (page: Page) =>
    page.getByRole('button', { name: text('en', 'common', 'timeline.pause'), exact: true }),
  slider: (page: Page) =>
    page.getByRole('slider', { name: text('en', 'growth', 'timeline.slider'), exact: true }),
};
