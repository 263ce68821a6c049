/**
 * Han characters, CJK punctuation and full-width forms: what a Latin font lacks. scripts/fonts/cjkText.ts
 * collects them from the texts and data to build the subset; an image with none needs no font.
 */
export const CJK =
  /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/gu;

export function hasCjk(text: string): boolean {
  return new RegExp(CJK.source, 'u').test(text);
}
