/**
 * A title marked as published must be written in the source's language: a Chinese title on an English
 * summary is the summarised article's title, not the summary's. Judged by script, which is all a check
 * can know: zh needs Han characters, ja Han or kana, ko Hangul, and languages written in Latin letters
 * need Latin letters and no Han, kana or Hangul.
 */
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LATIN = /\p{Script=Latin}/u;

const NEEDS: Record<string, { test: (title: string) => boolean; script: string }> = {
  zh: { test: (t) => HAN.test(t), script: 'Han characters' },
  ja: { test: (t) => HAN.test(t) || KANA.test(t), script: 'Han characters or kana' },
  ko: { test: (t) => HANGUL.test(t), script: 'Hangul' },
};

const LATIN_SCRIPT = {
  test: (t: string) => LATIN.test(t) && !HAN.test(t) && !KANA.test(t) && !HANGUL.test(t),
  script: 'Latin letters and no Han, kana or Hangul',
};

/** Null when the title can be in the language; else the reason, for the data check. */
export function titleLanguageProblem(title: string, language: string): string | null {
  const need = NEEDS[language] ?? LATIN_SCRIPT;
  return need.test(title)
    ? null
    : `title is marked as published but is not written in the source's language "${language}" (needs ${need.script}); set title_is_published to no or give the title as the source publishes it`;
}
