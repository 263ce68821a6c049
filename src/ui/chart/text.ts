/**
 * Text sizes without a browser: an estimate of how wide a label draws, so the layout can decide
 * before drawing whether a label fits (on a bar, under a tick) instead of letting labels collide.
 * It errs on the wide side; a label judged too wide is left to the tooltip, the table and the summary.
 */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const NARROW = /[il.,:;'|!ıjtf()[\] ]/;
const BROAD = /[mwMW@%]/;

/** Estimated width in px of `text` set at `fontSize` px in the app's sans-serif. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (NARROW.test(ch)) em += 0.34;
    else if (BROAD.test(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else em += 0.6;
  }
  return em * fontSize;
}

/** Breaks a label into lines of at most `maxWidth` px: at spaces, or between characters of CJK text. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = WIDE.test(text) && !/\s/.test(text) ? [...text] : text.split(/\s+/).filter(Boolean);
  const joiner = WIDE.test(text) && !/\s/.test(text) ? '' : ' ';
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line}${joiner}${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Whether a value label fits over its bar: no wider than the bar and the gap beside it, so labels of
 * neighbouring bars can never overlap, and not above the top of the plot.
 */
export function labelFitsBar(
  label: { width: number; height: number },
  bar: { width: number; gap: number; top: number },
  plotTop: number,
): boolean {
  return label.width <= bar.width + bar.gap && bar.top - label.height >= plotTop;
}
