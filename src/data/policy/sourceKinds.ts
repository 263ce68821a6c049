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

/**
 * A policy text's source may be a source of the dataset instead of an address: `source:<id>` names a
 * row of src/data/csv/sources.csv (an article held without an address, such as a seed article), so it
 * is credited through the same citation as the figures it backs.
 */
export const DATASET_SOURCE = /^source:([a-z0-9][a-z0-9_.-]*)$/;

/** The dataset source id a reference names, or null for an address. */
export function datasetSourceId(ref: string): string | null {
  return DATASET_SOURCE.exec(ref)?.[1] ?? null;
}

/** A list of references split into addresses (in their order) and dataset source ids. */
export function splitSources(refs: readonly string[]): { urls: string[]; sourceIds: string[] } {
  const urls: string[] = [];
  const sourceIds: string[] = [];
  for (const ref of refs) {
    const id = datasetSourceId(ref);
    if (id) sourceIds.push(id);
    else urls.push(ref);
  }
  return { urls, sourceIds };
}
