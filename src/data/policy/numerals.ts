const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * The value of a section number as a document writes it: arabic digits or a Chinese numeral up to
 * 九十九 (一, 十, 十一, 二十三). Chinese documents number their sections either way; readers of other
 * languages need the value. null when the text is neither.
 */
export function numeralValue(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, ones] = m;
  const digit = (c: string | undefined, empty: number) => (c ? (DIGITS[c] ?? empty) : empty);
  if (!ten) return tens && !ones ? digit(tens, 0) : null;
  return digit(tens, 1) * 10 + digit(ones, 0);
}
