import fontUrl from '../../assets/fonts/cjk-subset.woff2?url';

/** The family the export card names first in its font list (export.css); declared only inside an SVG. */
export const CJK_FAMILY = 'ETDZ Export CJK';

async function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Puts the Chinese subset font into the SVG as an @font-face with a data URL, so its Chinese renders on a
 * machine without a Chinese font. Fetched only now, when a picture with Chinese text is saved: never on
 * load, and not precached (≈200 kB).
 */
export async function embedCjkFont(svg: SVGElement): Promise<void> {
  const response = await fetch(fontUrl);
  if (!response.ok) throw new Error(`${fontUrl}: ${response.status}`);
  const font = await dataUrl(new Blob([await response.arrayBuffer()], { type: 'font/woff2' }));
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `@font-face{font-family:"${CJK_FAMILY}";src:url(${font}) format("woff2");font-display:block}`;
  svg.prepend(style);
}
