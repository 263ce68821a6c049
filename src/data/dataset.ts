import { FIRST_DATA_YEAR } from './schema/enums';
import { parsePeriod } from './schema/period';
import { parseValueCell } from './schema/tables';
import { parseCsvTable, type DataIssue } from './parse';
import type { z } from 'zod';
import { TABLES, type TableName, type TableTexts } from './tables';
import type { Dataset, Observation } from './model';

export interface BuildOptions {
  /** Figures cannot describe a year that has not happened yet. */
  lastYear?: number;
}

function indexById<T extends { id: string; line: number }>(
  file: string,
  rows: T[],
  issues: DataIssue[],
): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    const first = map.get(row.id);
    if (first) {
      issues.push({
        file,
        line: row.line,
        column: 'id',
        reason: `duplicate id "${row.id}" (first on line ${first.line})`,
      });
      continue;
    }
    map.set(row.id, row);
  }
  return map;
}

/** Two provinces on one tile would hide one of them on the map. */
function checkTiles(
  provinces: Iterable<{ id: string; row: number; col: number; line: number }>,
  issues: DataIssue[],
) {
  const taken = new Map<string, string>();
  for (const p of provinces) {
    const key = `${p.row},${p.col}`;
    const other = taken.get(key);
    if (other)
      issues.push({
        file: TABLES.provinces.file,
        line: p.line,
        column: 'col',
        reason: `tile ${key} is already taken by "${other}"`,
      });
    else taken.set(key, p.id);
  }
}

/**
 * Parses every table and checks the references between them. Invalid rows are reported with file,
 * line, column and reason and left out, so the rest of the dataset still loads.
 */
export function buildDataset(texts: TableTexts, options: BuildOptions = {}): Dataset {
  const lastYear = options.lastYear ?? new Date().getFullYear();
  const issues: DataIssue[] = [];
  const parse = <K extends TableName>(
    name: K,
  ): Array<z.output<(typeof TABLES)[K]['schema']> & { line: number }> => {
    const table: { file: string; schema: (typeof TABLES)[K]['schema'] } = TABLES[name];
    const parsed = parseCsvTable(table.file, texts[name], table.schema);
    issues.push(...parsed.issues);
    return parsed.rows;
  };

  const sources = indexById(TABLES.sources.file, parse('sources'), issues);
  const indicators = indexById(TABLES.indicators.file, parse('indicators'), issues);
  const provinces = indexById(TABLES.provinces.file, parse('provinces'), issues);
  checkTiles(provinces.values(), issues);

  const knownSource = (file: string, line: number, id: string) => {
    if (sources.has(id)) return true;
    issues.push({
      file,
      line,
      column: 'source',
      reason: `unknown source id "${id}" (not in ${TABLES.sources.file})`,
    });
    return false;
  };

  for (const ind of indicators.values()) {
    if (ind.base && !indicators.has(ind.base)) {
      issues.push({
        file: TABLES.indicators.file,
        line: ind.line,
        column: 'base',
        reason: `unknown indicator id "${ind.base}"`,
      });
    }
  }

  const batches = indexById(
    TABLES.batches.file,
    parse('batches').filter((b) => knownSource(TABLES.batches.file, b.line, b.source)),
    issues,
  );

  const observations: Observation[] = [];
  const seen = new Map<string, number>();
  const valuesFile = TABLES.values.file;
  for (const row of parse('values')) {
    const fail = (column: string, reason: string) =>
      issues.push({ file: valuesFile, line: row.line, column, reason });
    const indicator = indicators.get(row.indicator);
    if (!indicator) {
      fail('indicator', `unknown indicator id "${row.indicator}" (not in ${TABLES.indicators.file})`);
      continue;
    }
    if (row.unit !== indicator.unit) {
      fail('unit', `bad unit "${row.unit}": indicator "${row.indicator}" is measured in "${indicator.unit}"`);
      continue;
    }
    if (!knownSource(valuesFile, row.line, row.source)) continue;
    if (row.year < FIRST_DATA_YEAR || row.year > lastYear) {
      fail('year', `data year ${row.year} is out of range ${FIRST_DATA_YEAR}–${lastYear}`);
      continue;
    }
    const period = parsePeriod(row.period);
    if (!period) continue;
    if (period.kind === 'asof' && period.year !== row.year) {
      fail('period', `statement date ${row.period} does not fall in data year ${row.year}`);
      continue;
    }
    if (period.kind === 'span' && period.to !== row.year) {
      fail('period', `span ${row.period} must end in data year ${row.year}`);
      continue;
    }
    const key = [row.indicator, row.year, row.period, row.region, row.source].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      fail('source', `duplicate key: indicator, year, period, region and source repeat line ${first}`);
      continue;
    }
    seen.set(key, row.line);
    observations.push({
      id: key,
      indicator: row.indicator,
      year: row.year,
      period,
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
    });
  }

  const zoneCounts = parse('zoneCounts').filter((row) => {
    const file = TABLES.zoneCounts.file;
    if (row.count === null && row.kind !== 'establishment') {
      issues.push({ file, line: row.line, column: 'count', reason: `a "${row.kind}" row needs a count` });
      return false;
    }
    if (row.date_from && row.date && row.date_from > row.date) {
      issues.push({
        file,
        line: row.line,
        column: 'date_from',
        reason: `starts after its end date ${row.date}`,
      });
      return false;
    }
    return knownSource(file, row.line, row.source);
  });

  const zonesFile = TABLES.zones.file;
  const zoneRows = parse('zones').filter((row) => {
    if (!provinces.has(row.province)) {
      issues.push({
        file: zonesFile,
        line: row.line,
        column: 'province',
        reason: `unknown province id "${row.province}"`,
      });
      return false;
    }
    if (row.batch && !batches.has(row.batch)) {
      issues.push({
        file: zonesFile,
        line: row.line,
        column: 'batch',
        reason: `unknown batch id "${row.batch}"`,
      });
      return false;
    }
    if ((row.status === 'exited') !== (row.exit_date !== '')) {
      issues.push({
        file: zonesFile,
        line: row.line,
        column: 'exit_date',
        reason: 'an exit date goes with status "exited" and only with it',
      });
      return false;
    }
    return knownSource(zonesFile, row.line, row.source);
  });
  const zones = [...indexById(zonesFile, zoneRows, issues).values()];
  const zoneIds = new Set(zones.map((z) => z.id));

  const provinceCounts = parse('provinceCounts').filter((row) => {
    const file = TABLES.provinceCounts.file;
    if (!provinces.has(row.province)) {
      issues.push({
        file,
        line: row.line,
        column: 'province',
        reason: `unknown province id "${row.province}"`,
      });
      return false;
    }
    return knownSource(file, row.line, row.source);
  });

  const rankings = parse('rankings').filter((row) => {
    const file = TABLES.rankings.file;
    if (row.zone && !zoneIds.has(row.zone)) {
      issues.push({ file, line: row.line, column: 'zone', reason: `unknown zone id "${row.zone}"` });
      return false;
    }
    if (row.province && !provinces.has(row.province)) {
      issues.push({
        file,
        line: row.line,
        column: 'province',
        reason: `unknown province id "${row.province}"`,
      });
      return false;
    }
    return knownSource(file, row.line, row.source);
  });

  const seedClaims = parse('seedClaims').flatMap((row) => {
    const file = TABLES.seedClaims.file;
    const indicator = indicators.get(row.indicator);
    if (!indicator) {
      issues.push({
        file,
        line: row.line,
        column: 'indicator',
        reason: `unknown indicator id "${row.indicator}"`,
      });
      return [];
    }
    if (indicator.unit !== row.unit) {
      issues.push({
        file,
        line: row.line,
        column: 'unit',
        reason: `bad unit "${row.unit}": indicator "${row.indicator}" is measured in "${indicator.unit}"`,
      });
      return [];
    }
    if (!knownSource(file, row.line, row.source)) return [];
    return [{ ...row, ...parseValueCell(row.value) }];
  });

  return {
    indicators,
    observations,
    sources,
    zoneCounts,
    zones,
    batches,
    provinces,
    provinceCounts,
    rankings,
    seedClaims,
    exclusions: parse('exclusions'),
    issues,
  };
}
