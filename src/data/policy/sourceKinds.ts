/**
 * How far a policy source address can be trusted to carry the text as issued: a government site
 * or a central state outlet (`official`), another news outlet (`press`), or a copy on an unrelated
 * site (`mirror`: reposts, aggregators, mirror domains, summaries). Lists show them in this order,
 * so the first address a reader sees is the most authoritative one.
 */
export const SOURCE_KINDS = ['official', 'press', 'mirror'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const OFFICIAL = [
  'gov.cn',
  'xinhuanet.com',
  'news.cn',
  'people.cn',
  'people.com.cn',
  'cctv.com',
  'cctv.cn',
  'cntv.cn',
  'chinadaily.com.cn',
  'china.org.cn',
  'ce.cn',
  'cri.cn',
  'gmw.cn',
  'chinanews.com',
  'chinanews.com.cn',
];
const PRESS = [
  'legaldaily.com.cn',
  'zaobao.cn',
  'zaobao.com',
  'crntt.com',
  'thepaper.cn',
  'caixin.com',
  'yicai.com',
  '21jingji.com',
  'jschina.com.cn',
];

const within = (host: string, domains: readonly string[]) =>
  domains.some((d) => host === d || host.endsWith(`.${d}`));

export function sourceKind(url: string): SourceKind {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'mirror';
  }
  if (within(host, OFFICIAL)) return 'official';
  if (within(host, PRESS)) return 'press';
  return 'mirror';
}

/** Official first, then press, then mirrors; the research order within each kind is kept. */
export function orderSources(urls: readonly string[]): string[] {
  const rank = (url: string) => SOURCE_KINDS.indexOf(sourceKind(url));
  return [...urls].sort((a, b) => rank(a) - rank(b));
}
