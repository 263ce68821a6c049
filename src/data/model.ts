import type { z } from 'zod';
import type {
  batchRow,
  exclusionRow,
  indicatorRow,
  provinceCountRow,
  provinceRow,
  rankingRow,
  seedClaimRow,
  sourceRow,
  valueRow,
  zoneCountRow,
  zoneRow,
} from './schema/tables';
import type { Qualifier, Region, Series, Unit } from './schema/enums';
import type { Period } from './schema/period';
import type { DataIssue } from './parse';

type Row<S extends z.ZodType> = z.output<S> & { line: number };

export type Indicator = Row<typeof indicatorRow>;
export type Source = Row<typeof sourceRow>;
export type ZoneCount = Row<typeof zoneCountRow>;
export type Zone = Row<typeof zoneRow>;
export type Batch = Row<typeof batchRow>;
export type Province = Row<typeof provinceRow>;
export type ProvinceCount = Row<typeof provinceCountRow>;
export type Ranking = Row<typeof rankingRow>;
export type Exclusion = Row<typeof exclusionRow>;
/** A row of values.csv as parsed, before it becomes an Observation. */
export type ValueRow = Row<typeof valueRow>;
export type SeedClaim = Omit<Row<typeof seedClaimRow>, 'value'> & StatedNumber;

/** A figure as the source states it: a number, or a fraction kept as a fraction. */
export interface StatedNumber {
  value: number;
  fraction: [number, number] | null;
  qualifier: Qualifier;
  unit: Unit;
}

/** One sourced figure. `id` is stable across loads: file line numbers are not. */
export interface Observation extends StatedNumber {
  id: string;
  indicator: string;
  year: number;
  period: Period;
  periodCode: string;
  region: Region;
  series: Series;
  zoneBasis: number | null;
  zoneBasisNote: string[];
  source: string;
  quote: string;
  note: string[];
  line: number;
}

export interface Dataset {
  indicators: ReadonlyMap<string, Indicator>;
  observations: readonly Observation[];
  sources: ReadonlyMap<string, Source>;
  zoneCounts: readonly ZoneCount[];
  zones: readonly Zone[];
  batches: ReadonlyMap<string, Batch>;
  provinces: ReadonlyMap<string, Province>;
  provinceCounts: readonly ProvinceCount[];
  rankings: readonly Ranking[];
  seedClaims: readonly SeedClaim[];
  exclusions: readonly Exclusion[];
  /** Rows left out because they are invalid; shown to users, never silently dropped. */
  issues: readonly DataIssue[];
}
