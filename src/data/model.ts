import type { RowOf } from './tableLoader';
import type { TABLES } from './tables';
import type { Qualifier, Region, Series, Unit } from './schema/enums';
import type { Period } from './schema/period';
import type { DataIssue } from './parse';

type Row<K extends keyof typeof TABLES> = RowOf<(typeof TABLES)[K]>;

export type Indicator = Row<'indicators'>;
export type Source = Row<'sources'>;
export type ZoneCount = Row<'zoneCounts'>;
export type Zone = Row<'zones'>;
export type Batch = Row<'batches'>;
export type Province = Row<'provinces'>;
export type ProvinceCount = Row<'provinceCounts'>;
export type Ranking = Row<'rankings'>;
export type ZoneStatement = Row<'zoneStatements'>;
export type Assessment = Row<'assessments'>;
/** Why sources disagree, for one flagged disagreement (conflicts.csv). */
export type ConflictExplanation = Row<'conflicts'>;
export type Exclusion = Row<'exclusions'>;
/** A row of values.csv as parsed, before it becomes an Observation. */
export type ValueRow = Row<'values'>;
export type SeedClaim = Omit<Row<'seedClaims'>, 'value'> & StatedNumber;

/** A figure as the source states it: a number, or a fraction kept as a fraction. */
export interface StatedNumber {
  value: number;
  fraction: [number, number] | null;
  qualifier: Qualifier;
  unit: Unit;
  /** Decimals the figure is written with in the data: its precision. Absent = read from the number. */
  decimals?: number;
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

/** Built once per dataset (at build time or on load), so no view scans every figure to find a few. */
export interface ObservationIndex {
  /** Observations by indicator id, in file order. */
  byIndicator: ReadonlyMap<string, readonly Observation[]>;
  /**
   * Figures that share their quantity, year, period and region with another (the only ones sources can
   * disagree on): positions in `observations`, each list in file order, lists in order of first figure.
   */
  shared: readonly (readonly number[])[];
}

/**
 * What figures each indicator has, without the figures: computed by the build from the same rows, so the
 * browser can list the indicators and regions with data before any indicator group has loaded.
 */
export interface Coverage {
  /** By indicator id, only those with figures: the data years (ascending) and how many figures. */
  indicators: ReadonlyMap<string, { years: number[]; figures: number }>;
  /** Every region or aggregate any figure is for. */
  regions: ReadonlySet<Region>;
  /**
   * How many disagreements the Sources list flags (selectors/conflicts.ts `flaggedConflicts`, which reads
   * every figure and the detail tables): its count and heading draw before any of them has arrived.
   */
  disagreements: number;
}

export interface Dataset {
  indicators: ReadonlyMap<string, Indicator>;
  observations: readonly Observation[];
  index: ObservationIndex;
  sources: ReadonlyMap<string, Source>;
  zoneCounts: readonly ZoneCount[];
  zones: readonly Zone[];
  zoneStatements: readonly ZoneStatement[];
  batches: ReadonlyMap<string, Batch>;
  provinces: ReadonlyMap<string, Province>;
  provinceCounts: readonly ProvinceCount[];
  rankings: readonly Ranking[];
  /** By the year an assessment is named for. */
  assessments: ReadonlyMap<number, Assessment>;
  seedClaims: readonly SeedClaim[];
  /** Why sources disagree, by `scope|key` of the disagreement. */
  explanations: ReadonlyMap<string, ConflictExplanation>;
  exclusions: readonly Exclusion[];
  /** The build's summary of `observations` where it ships one (the browser's dataset); else read from them. */
  coverage?: Coverage;
  /**
   * Rows left out because they are invalid, for the data check. Empty in the browser: the build refuses
   * bundled tables with a bad row, and users load no data of their own.
   */
  issues: readonly DataIssue[];
}
