/** The link to what is on screen in the given language, without presentation or embed parameters. */
export function viewLink(href: string, lang: string, embed = false): string {
  const url = new URL(href);
  url.hash = '';
  for (const name of ['present', 'deck', 'embed']) url.searchParams.delete(name);
  url.searchParams.set('lang', lang);
  if (embed) url.searchParams.set('embed', '1');
  return url.toString();
}

/** Today as YYYY-MM-DD in the reader's time zone: the access date of a citation. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The iframe code that embeds a chart; the title names it for screen readers on the host page. */
export function iframeCode(src: string, title: string): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}
