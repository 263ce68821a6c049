/**
 * Citations of a chart or view in APA 7, GB/T 7714-2015 and BibTeX: pure functions of plain values, so
 * they are unit-tested without React. The words that differ by language come in already translated.
 */

export interface CiteSource {
  id: string;
  /** As the source names itself, or the editors' description. */
  publisher: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; '' when undated. */
  date: string;
  /** '' when the source has no address. */
  url: string;
}

export interface CiteWords {
  /** "Data set" / "数据集": the APA bracket. */
  dataset: string;
  /** "Version 2026.11.29" / "版本 2026.11.29". */
  version: string;
  /** "Retrieved November 29, 2026, from" / "检索于 2026年11月29日，来自". */
  retrieved: string;
  /** "n.d." / "日期不详". */
  undated: string;
}

export interface CiteInput {
  lang: string;
  /** The dashboard's name in the page's language. */
  dashboard: string;
  /** The chart's or view's title. */
  subject: string;
  version: string;
  /** YYYY-MM-DD of the dataset version. */
  versionDate: string;
  /** YYYY-MM-DD, the day of access. */
  accessed: string;
  /** The view's link. */
  url: string;
  sources: readonly CiteSource[];
  words: CiteWords;
}

/** APA: the year of a partial date, or the undated word. */
function apaYear(date: string, undated: string): string {
  return /^\d{4}/.test(date) ? date.slice(0, 4) : undated;
}

const stop = (s: string) => (/[.。!?！？]$/.test(s) ? s : `${s}.`);

export function apaSource(s: CiteSource, words: CiteWords): string {
  return [stop(s.publisher), `(${apaYear(s.date, words.undated)}).`, stop(s.title), s.url]
    .filter(Boolean)
    .join(' ');
}

export function apa(input: CiteInput): string {
  const { words } = input;
  return `${stop(input.dashboard)} (${input.versionDate.slice(0, 4)}). ${input.subject} (${words.version}) [${words.dataset}]. ${words.retrieved} ${input.url}`;
}

/** GB/T 7714-2015 §8.3: update date in parentheses, date of citation in brackets, both YYYY-MM-DD. */
export function gbtSource(s: CiteSource, accessed: string): string {
  const kind = s.url ? 'EB/OL' : 'Z';
  const dates = s.url ? ` ${s.date ? `(${s.date})` : ''}[${accessed}].` : s.date ? ` ${s.date}.` : '';
  return `${stop(s.publisher)} ${s.title}[${kind}].${dates}${s.url ? ` ${s.url}.` : ''}`;
}

export function gbt(input: CiteInput): string {
  return `${stop(input.dashboard)} ${input.subject}: ${input.words.version}[DS/OL]. (${input.versionDate})[${input.accessed}]. ${input.url}.`;
}

/** BibTeX text: its special characters escaped; braces kept balanced. */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\'
      ? '\\textbackslash{}'
      : c === '~'
        ? '\\textasciitilde{}'
        : c === '^'
          ? '\\textasciicircum{}'
          : `\\${c}`,
  );
}

const bibKey = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');

function bibEntry(key: string, fields: [string, string][]): string {
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}}`);
  return `@misc{${key},\n${body.join(',\n')}\n}`;
}

export function bibtex(input: CiteInput): string {
  const main = bibEntry(`etdz_${bibKey(input.version)}`, [
    ['author', `{${bibEscape(input.dashboard)}}`],
    ['title', `{${bibEscape(input.subject)}}`],
    ['year', input.versionDate.slice(0, 4)],
    ['version', bibEscape(input.version)],
    ['url', input.url],
    ['urldate', input.accessed],
    ['language', input.lang],
    ['note', bibEscape(`${input.words.dataset}; ${input.words.version}`)],
  ]);
  const sources = input.sources.map((s) =>
    bibEntry(`src_${bibKey(s.id)}`, [
      ['author', `{${bibEscape(s.publisher)}}`],
      ['title', `{${bibEscape(s.title)}}`],
      ['year', /^\d{4}/.test(s.date) ? s.date.slice(0, 4) : ''],
      ['date', s.date],
      ['url', s.url],
      ['urldate', s.url ? input.accessed : ''],
    ]),
  );
  return [main, ...sources].join('\n\n');
}

export type CiteStyle = 'apa' | 'gbt' | 'bibtex';

/** The whole citation in one style: the dashboard, then every underlying source (one per line). */
export function citation(style: CiteStyle, input: CiteInput): string {
  if (style === 'bibtex') return bibtex(input);
  const head = style === 'apa' ? apa(input) : gbt(input);
  const lines = input.sources.map((s, i) =>
    style === 'apa' ? apaSource(s, input.words) : `[${i + 1}] ${gbtSource(s, input.accessed)}`,
  );
  return [head, ...lines].join('\n');
}
