/**
 * A slide's source line must stay one line at the slide's smallest type: about this many Latin
 * characters (a Han character counts twice, being about twice as wide).
 */
export const SOURCE_LINE_BUDGET = 110;

const HAN = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/g;
export const textWidth = (text: string) => text.length + (text.match(HAN)?.length ?? 0);

/**
 * Names in order of how many of the shown figures each backs (most first, ties in order of first
 * appearance), each once.
 */
export function byWeight(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}

/**
 * As many names as fit the budget once wrapped in their sentence; the rest are counted, never
 * dropped unsaid. `sentence(list, shown, more)` words the line in the reader's language.
 */
export function fitNames(
  names: readonly string[],
  separator: string,
  sentence: (list: string, shown: number, more: number) => string,
  budget = SOURCE_LINE_BUDGET,
): string {
  for (let shown = names.length; shown > 1; shown -= 1) {
    const text = sentence(names.slice(0, shown).join(separator), shown, names.length - shown);
    if (textWidth(text) <= budget) return text;
  }
  return sentence(
    names.slice(0, 1).join(separator),
    Math.min(names.length, 1),
    Math.max(names.length - 1, 0),
  );
}
