import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

// Both test runners start in the repository's root.
const LOCALES = join(process.cwd(), 'locales');

function flatten(value: unknown, prefix: string, out: Map<string, string>) {
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, String(value));
}

/** Every English key as a raw key could show (`title`, `filters.indicators`, `compare:title`, `items_other`), and every English text. */
export function englishKeysAndTexts(): { keys: Set<string>; texts: Set<string> } {
  const keys = new Set<string>();
  const texts = new Set<string>();
  for (const file of readdirSync(join(LOCALES, 'en'))) {
    const ns = file.replace(/\.json$/, '');
    const flat = new Map<string, string>();
    flatten(JSON.parse(readFileSync(join(LOCALES, 'en', file), 'utf8')), '', flat);
    for (const [key, text] of flat) {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      for (const k of [key, base]) {
        keys.add(k);
        keys.add(`${ns}:${k}`);
      }
      texts.add(text);
    }
  }
  return { keys, texts };
}

/**
 * What a reader sees or hears: visible text nodes, the labels screen readers read, and the tab's title.
 * `ownLanguageOnly` leaves out what is not in the page's language by design: text marked with another
 * `lang` (a source's title and quote, a language's own name) and key caps (<kbd>k</kbd>).
 */
export async function screenTexts(page: Page, { ownLanguageOnly = false } = {}): Promise<string[]> {
  return page.evaluate((ownOnly) => {
    const out: string[] = [document.title];
    const pageLang = document.documentElement.lang;
    const foreign = (el: Element) =>
      ownOnly &&
      (!!el.closest('kbd') || (el.closest('[lang]')?.getAttribute('lang') ?? pageLang) !== pageLang);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest('script, style, noscript') || foreign(parent)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt], [aria-valuetext]',
    ))
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = el.getAttribute(attr)?.trim();
        if (value && !el.closest('[hidden]') && !foreign(el)) out.push(value);
      }
    return out;
  }, ownLanguageOnly);
}

/**
 * Records every text that enters the page from the first paint on, so a raw key shown for a moment and
 * replaced later is caught too. Call before the first goto; read with seenTexts().
 */
export async function recordTexts(page: Page) {
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { __seenTexts: Set<string> }).__seenTexts = seen;
    const ATTRS = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'];
    const take = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim();
        if (text && !node.parentElement?.closest('script, style, noscript')) seen.add(text);
      } else if (node instanceof Element) {
        for (const attr of ATTRS) {
          const value = node.getAttribute(attr)?.trim();
          if (value) seen.add(value);
        }
        node.childNodes.forEach(take);
      }
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'childList') r.addedNodes.forEach(take);
        else if (r.type === 'characterData') take(r.target);
        else if (r.type === 'attributes') take(r.target as Element);
      }
      seen.add(document.title);
    }).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ATTRS,
    });
  });
}

export async function seenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __seenTexts: Set<string> }).__seenTexts]);
}

const KEY_LIKE = /[A-Za-z][\w-]*(?:[.:][\w-]+)+/g;

/** Texts on screen that are a raw key: the whole text is a key, or it holds a dotted or namespaced key. */
export function rawKeys(texts: readonly string[], english = englishKeysAndTexts()): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    // A one-word key ("title", "lead") is raw only when it is all the text and no English text reads so.
    if (english.keys.has(text) && !english.texts.has(text)) found.add(text);
    for (const token of text.match(KEY_LIKE) ?? [])
      if (english.keys.has(token) && !english.texts.has(token)) found.add(token);
  }
  return [...found].sort();
}

/** Waits until the view has drawn: no loading indicator, no request in flight. */
export async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('main .loading').first().waitFor({ state: 'detached', timeout: 15_000 });
  await page.waitForTimeout(200);
}

/** Removes every bracketed pseudo-locale text, nested ones included ("[Šöûŕçé: [Ñåɱé ·] ··]"). */
export function withoutPseudo(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '[') depth += 1;
    else if (c === ']' && depth > 0) depth -= 1;
    else if (depth === 0) out += c;
  }
  return out;
}

/** Words Intl writes itself in English: month names and the words of compact numbers. */
function intlWords(): Set<string> {
  const words = new Set<string>();
  for (let m = 0; m < 12; m++)
    for (const month of ['short', 'long'] as const)
      words.add(new Intl.DateTimeFormat('en', { month, timeZone: 'UTC' }).format(Date.UTC(2000, m, 15)));
  for (const n of [1e3, 1e6, 1e9, 1e12])
    for (const compactDisplay of ['short', 'long'] as const)
      for (const w of new Intl.NumberFormat('en', { notation: 'compact', compactDisplay })
        .format(n)
        .split(/[\d\s.]+/))
        if (w) words.add(w);
  return words;
}

/** Texts with words outside any pseudo-locale bracket, other than Intl's own: text that skipped locales/. */
export function notPseudo(texts: readonly string[]): string[] {
  const allowed = intlWords();
  // A web address is shown as it is (a source's host).
  const address = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?[.,;:]?$/;
  return texts.filter(
    (text) =>
      !address.test(text) &&
      (withoutPseudo(text).match(/\p{L}+/gu) ?? []).some(
        (w) => !allowed.has(w) && !/^\p{Script=Han}+$/u.test(w),
      ),
  );
}
