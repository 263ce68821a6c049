import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const LOCALES = fileURLToPath(new URL('../../../locales', import.meta.url));

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

/** What a reader sees or hears: visible text nodes, the labels screen readers read, and the tab's title. */
export async function screenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest('script, style, noscript')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt], [aria-valuetext]',
    ))
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = el.getAttribute(attr)?.trim();
        if (value && !(el instanceof HTMLElement && el.closest('[hidden]'))) out.push(value);
      }
    return out;
  });
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
