/** Pictures of a DOM node through modern-screenshot, loaded only when a reader asks for one. */
import { embedCjkFont } from './cjkFont';
import { hasCjk } from './cjkRange';

export type ImageKind = 'png' | 'svg';

const options = { backgroundColor: '#ffffff', font: false as const };

export async function renderImage(node: HTMLElement, kind: ImageKind): Promise<Blob> {
  const shot = await import('modern-screenshot');
  if (kind === 'png') {
    // 2× for print: a figure in a paper is looked at closer than a screen.
    return shot.domToBlob(node, { ...options, scale: 2, type: 'image/png' });
  }
  const svg = await shot.domToForeignObjectSvg(node, options);
  // A PNG is drawn with this machine's fonts; an SVG is drawn wherever it is opened, so it brings its own.
  if (hasCjk(node.textContent ?? '')) await embedCjkFont(svg);
  return new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/** Whether this browser lets a page put an image on the clipboard. */
export function canCopyImage(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

export async function copyImage(node: HTMLElement): Promise<void> {
  // Safari wants the promise inside the item, so the write starts within the click.
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': renderImage(node, 'png') })]);
}
