import type { Dataset, Observation } from '../../../../src/data/model';
import type { Region, Series } from '../../../../src/data/schema/enums';
import type { Period } from '../../../../src/data/schema/period';
import { perDataset } from '../../../../src/data/selectors/memo';
import { observationsByIndicator, yearSpan } from '../../../../src/data/selectors/observations';
import { indexLines, type BaseOption } from '../../../../src/data/selectors/compare/indexing';
import { buildLines, pointCount, type PlotLine, type PlotStatement } from './lines';
import { resolveIndicators, type Mode } from '../../../../src/data/selectors/compare/modes';
import { groupPanels, type Panel } from './panels';
import type { Agreement } from '../../../../src/data/selectors/disagreement';
import { groupOf } from './valueGroups';

export interface CompareQuery {
  ind: readonly string[];
  reg: readonly Region[];
  from: number | null;
  to: number | null;
  mode: Mode;
  per: Period['kind'];
  ser: readonly Series[];
  /** Index mode: the year that is 100; null (or a year no line can use) means the default. */
  base?: number | null;
}

/** One table row: one observation of one drawn figure. */
export interface CompareRow {
  id: string;
  line: PlotLine;
  year: number;
  statement: PlotStatement;
  observation: Observation;
  /** The row's figure is one of a disagreement by the one rule (any series, per cent or stated fraction). */
  disputed: boolean;
  /** `values|key` of that disagreement, as the Sources list names it; null when not disputed. */
  conflictId: string | null;
  /** The year's figures differ but agree (rounded, a bound, approximate): a quiet mark. */
  marks: Agreement[];
}

export interface CompareResult {
  /** Ids in `ind` the dataset does not know. */
  unknown: string[];
  shown: string[];
  /** Chosen indicators without a published counterpart for the mode. */
  without: string[];
  /** Years with figures for the selection, ignoring the year range. */
  coverage: { from: number; to: number } | null;
  from: number;
  to: number;
  lines: PlotLine[];
  panels: Panel[];
  rows: CompareRow[];
  points: number;
  yearsWithData: number[];
  /** Figures per period kind for the chosen indicators, regions and series, any year: what the period filter can offer. */
  periodCounts: Partial<Record<Period['kind'], number>>;
  /** Distinct numbers of zones the drawn figures cover, with their note keys. */
  zoneBases: Array<{ count: number; notes: string[] }>;
  /** Index mode only: the base year of every line, the years it could be, and lines left out. */
  index: { base: number | null; options: BaseOption[]; dropped: PlotLine[] } | null;
}

/** The regions a filter asks for: none chosen means all zones nationally. */
export function chosenRegions(reg: readonly Region[]): readonly Region[] {
  return reg.length ? reg : ['national'];
}

function matches(o: Observation, regions: readonly Region[], query: CompareQuery): boolean {
  return regions.includes(o.region) && o.period.kind === query.per && query.ser.includes(o.series);
}

function compute(dataset: Pick<Dataset, 'indicators' | 'index'>, query: CompareQuery): CompareResult {
  const byIndicator = observationsByIndicator(dataset);
  const regions = chosenRegions(query.reg);
  const unknown = query.ind.filter((id) => !dataset.indicators.has(id));
  const known = query.ind.filter((id) => dataset.indicators.has(id));
  const { shown, without } = resolveIndicators(
    dataset.indicators,
    known,
    query.mode,
    (id) => (byIndicator.get(id)?.length ?? 0) > 0,
  );
  const periodCounts: Partial<Record<Period['kind'], number>> = {};
  for (const id of shown)
    for (const o of byIndicator.get(id) ?? [])
      if (regions.includes(o.region) && query.ser.includes(o.series))
        periodCounts[o.period.kind] = (periodCounts[o.period.kind] ?? 0) + 1;
  const selected = shown.flatMap((id) =>
    (byIndicator.get(id) ?? []).filter((o) => matches(o, regions, query)),
  );
  const coverage = yearSpan(selected);
  // The range drawn never reaches past the years with figures, so the year fields, the axis and the
  // table all show the same years; a range wholly outside them stays as asked, for the "no figures" notice.
  let from = Math.max(query.from ?? -Infinity, coverage?.from ?? -Infinity);
  let to = Math.min(query.to ?? Infinity, coverage?.to ?? Infinity);
  if (!coverage || from > to) {
    from = query.from ?? coverage?.from ?? 0;
    to = query.to ?? coverage?.to ?? -1;
  }

  const judge = (o: Observation) => groupOf(dataset, o)?.assessment;
  const built = (from <= to ? buildLines(selected, shown, regions, from, to, judge) : []).filter((l) =>
    l.years.some((y) => y.statements.length > 0),
  );
  const indexed = query.mode === 'index' ? indexLines(built, query.base ?? null) : null;
  const lines = indexed ? indexed.lines : built;

  const rows: CompareRow[] = [];
  for (const line of lines) {
    for (const y of line.years) {
      for (const statement of y.statements) {
        for (const observation of statement.observations) {
          rows.push({
            id: `${line.key}|${observation.id}`,
            line,
            year: y.year,
            statement,
            observation,
            disputed: y.disputed,
            conflictId: y.disputed ? `values|${groupOf(dataset, observation)?.key ?? ''}` : null,
            marks: y.marks,
          });
        }
      }
    }
  }
  const yearsWithData = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return {
    unknown,
    shown,
    without,
    coverage,
    from,
    to,
    lines,
    panels: groupPanels(lines, (id) => dataset.indicators.get(id)?.kind ?? 'level'),
    rows,
    points: pointCount(lines),
    yearsWithData,
    periodCounts,
    zoneBases: zoneBasesOf(rows),
    index: indexed && { base: indexed.base, options: indexed.options, dropped: indexed.dropped },
  };
}

const cacheFor = perDataset(
  (_dataset: Pick<Dataset, 'indicators' | 'index'>) => new Map<string, CompareResult>(),
);

/** The Compare view's figures for a filter, computed once per dataset and filter. */
export function selectCompare(
  dataset: Pick<Dataset, 'indicators' | 'index'>,
  query: CompareQuery,
): CompareResult {
  const cache = cacheFor(dataset);
  const key = JSON.stringify([
    query.ind,
    query.reg,
    query.from,
    query.to,
    query.mode,
    query.per,
    query.ser,
    query.mode === 'index' ? (query.base ?? null) : null,
  ]);
  let result = cache.get(key);
  if (!result) {
    result = compute(dataset, query);
    cache.set(key, result);
  }
  return result;
}

/** Distinct numbers of zones that rows cover, with the note keys that explain them. */
export function zoneBasesOf(rows: readonly CompareRow[]): Array<{ count: number; notes: string[] }> {
  const bases = new Map<number, Set<string>>();
  for (const { observation } of rows) {
    if (observation.zoneBasis === null) continue;
    const notes = bases.get(observation.zoneBasis) ?? new Set<string>();
    observation.zoneBasisNote.forEach((n) => notes.add(n));
    bases.set(observation.zoneBasis, notes);
  }
  return [...bases].sort((a, b) => a[0] - b[0]).map(([count, notes]) => ({ count, notes: [...notes] }));
}

export interface RegionBases {
  region: Region;
  bases: Array<{ count: number; notes: string[] }>;
}

/** Regions whose own figures cover different numbers of zones. */
export function conflictingZoneBases(rows: readonly CompareRow[]): RegionBases[] {
  const byRegion = new Map<Region, CompareRow[]>();
  for (const row of rows) {
    const list = byRegion.get(row.line.region);
    if (list) list.push(row);
    else byRegion.set(row.line.region, [row]);
  }
  return [...byRegion]
    .map(([region, list]) => ({ region, bases: zoneBasesOf(list) }))
    .filter((r) => r.bases.length > 1);
}
