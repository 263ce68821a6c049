import { implausible } from './schema/bounds';
import { FIRST_DATA_YEAR, type Unit } from './schema/enums';
import { parsePeriod } from './schema/period';
import { parseValueCell } from './schema/tables';
import type { DataIssue } from './issues';
import type { RowRule } from './tableLoader';
import { indexObservations } from './selectors/valueGroups';
import { tableLoader } from './tableLoader';
import { TABLES, type TableTexts } from './tables';
import type { Dataset, Indicator, Observation, Province, ValueRow, ZoneCount } from './model';

export interface BuildOptions {
  /** Figures cannot describe a year that has not happened yet. */
  lastYear?: number;
}

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

/** A figure must be in its indicator's one unit, and within what that unit can plausibly hold. */
function unitOfIndicator(indicators: ReadonlyMap<string, Indicator>) {
  return (row: { indicator: string; unit: Unit; value: string }) => {
    const indicator = indicators.get(row.indicator);
    if (indicator === undefined) return null;
    if (indicator.unit !== row.unit)
      return {
        column: 'unit',
        reason: `bad unit "${row.unit}": indicator "${row.indicator}" is measured in "${indicator.unit}"`,
      };
    const reason = implausible(parseValueCell(row.value).value, row.unit, indicator.kind);
    return reason ? { column: 'value', reason } : null;
  };
}

/** A count's period runs forwards, and nobody states a count before the moment it describes. */
function zoneCountRule(row: ZoneCount) {
  if (row.count === null && row.kind !== 'establishment')
    return { column: 'count', reason: `a "${row.kind}" row needs a count` };
  if (row.date_from && row.date && row.date_from > row.date)
    return { column: 'date_from', reason: `starts after its end date ${row.date}` };
  if (row.stated && row.date && row.stated < row.date.slice(0, row.stated.length))
    return { column: 'stated', reason: `stated before the date it describes (${row.date})` };
  return null;
}

/** Two provinces on one tile would hide one of them on the map. */
function oneProvincePerTile(): RowRule<Province> {
  const taken = new Map<string, string>();
  return (p) => {
    const tile = `${p.row},${p.col}`;
    const other = taken.get(tile);
    if (other) return { column: 'col', reason: `tile ${tile} is already taken by "${other}"` };
    taken.set(tile, p.id);
    return null;
  };
}

function valueRules(indicators: ReadonlyMap<string, Indicator>, lastYear: number): RowRule<ValueRow> {
  const unit = unitOfIndicator(indicators);
  const seen = new Map<string, number>();
  return (row) => {
    const wrongUnit = unit(row);
    if (wrongUnit) return wrongUnit;
    if (row.year < FIRST_DATA_YEAR || row.year > lastYear)
      return {
        column: 'year',
        reason: `data year ${row.year} is out of range ${FIRST_DATA_YEAR}–${lastYear}`,
      };
    const period = parsePeriod(row.period);
    if (period?.kind === 'asof' && period.year !== row.year)
      return {
        column: 'period',
        reason: `statement date ${row.period} does not fall in data year ${row.year}`,
      };
    if (period?.kind === 'span' && period.to !== row.year)
      return { column: 'period', reason: `span ${row.period} must end in data year ${row.year}` };
    const key = observationId(row);
    const first = seen.get(key);
    if (first !== undefined)
      return {
        column: 'source',
        reason: `duplicate key: indicator, year, period, region and source repeat line ${first}`,
      };
    seen.set(key, row.line);
    return null;
  };
}

const observationId = (row: ValueRow) =>
  [row.indicator, row.year, row.period, row.region, row.source].join('|');

function toObservation(row: ValueRow): Observation {
  return {
    id: observationId(row),
    indicator: row.indicator,
    year: row.year,
    // The schema admits only periods parsePeriod reads.
    period: parsePeriod(row.period)!,
    periodCode: row.period,
    region: row.region,
    ...parseValueCell(row.value),
    qualifier: row.qualifier,
    unit: row.unit,
    series: row.series,
    zoneBasis: row.zone_basis,
    zoneBasisNote: row.zone_basis_note,
    source: row.source,
    quote: row.quote,
    note: row.note,
    line: row.line,
  };
}

/**
 * Parses every table and checks the references between them (declared in ./tables). Invalid rows
 * are reported with file, line, column and reason and left out, so the rest of the dataset still loads.
 */
export function buildDataset(texts: TableTexts, options: BuildOptions = {}): Dataset {
  const lastYear = options.lastYear ?? new Date().getFullYear();
  const issues: DataIssue[] = [];
  const load = tableLoader(TABLES, texts, issues);

  const sources = byId(load('sources'));
  const indicators = byId(load('indicators'));
  const provinces = byId(load('provinces', oneProvincePerTile()));
  const batches = byId(load('batches'));
  const observations = load('values', valueRules(indicators, lastYear)).map(toObservation);
  const zones = load('zones', (row) => {
    if ((row.status === 'exited') !== (row.exit_date !== ''))
      return { column: 'exit_date', reason: 'an exit date goes with status "exited" and only with it' };
    if (row.exit_date && row.approval_date && row.exit_date < row.approval_date)
      return { column: 'exit_date', reason: `before the approval date ${row.approval_date}` };
    return null;
  });
  const zoneStatements = load('zoneStatements');
  const zoneCounts = load('zoneCounts', zoneCountRule);
  const provinceCounts = load('provinceCounts');
  const assessments = new Map(
    load('assessments', (row) =>
      row.year > lastYear || row.data_year > row.year
        ? { column: 'data_year', reason: `data year ${row.data_year} is after the assessment ${row.year}` }
        : null,
    ).map((a) => [a.year, a]),
  );
  const rankings = load('rankings', (row) => {
    const assessment = assessments.get(row.assessment_year);
    return assessment && assessment.data_year !== row.data_year
      ? {
          column: 'data_year',
          reason: `the ${row.assessment_year} assessment describes ${assessment.data_year}, not ${row.data_year} (assessments.csv)`,
        }
      : null;
  });
  const seedClaims = load('seedClaims', unitOfIndicator(indicators)).map((row) => ({
    ...row,
    ...parseValueCell(row.value),
  }));
  const explanations = new Map(load('conflicts').map((c) => [`${c.scope}|${c.key}`, c]));

  return {
    indicators,
    observations,
    index: indexObservations(indicators, observations),
    sources,
    zoneCounts,
    zones,
    zoneStatements,
    batches,
    provinces,
    provinceCounts,
    rankings,
    assessments,
    seedClaims,
    explanations,
    exclusions: load('exclusions'),
    issues,
  };
}
