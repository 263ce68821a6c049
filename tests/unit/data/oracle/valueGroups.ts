import type { Dataset, Indicator, Observation, ObservationIndex } from '../../../../src/data/model';
import type { Region } from '../../../../src/data/schema/enums';
import type { Period } from '../../../../src/data/schema/period';
import { assessFigures, type Assessment } from '../../../../src/data/selectors/disagreement';
import { perDataset } from '../../../../src/data/selectors/memo';
import { groupByIndicator } from '../../../../src/data/selectors/observations';
import { groupStatements, type Statement } from './statements';

/**
 * The quantity an indicator states: its own id, except that a share stated as a fraction ("1/5") is the
 * same quantity as the share in per cent, so both carry the percentage indicator's id.
 */
export const quantities = perDataset((dataset: Pick<Dataset, 'indicators'>): ReadonlyMap<string, string> => {
  const percentOf = new Map<string, string>();
  const shareKey = (i: Indicator) => `${i.base}|${i.share_of}`;
  for (const i of dataset.indicators.values())
    if (i.kind === 'share' && i.unit === '%' && i.base) percentOf.set(shareKey(i), i.id);
  const map = new Map<string, string>();
  for (const i of dataset.indicators.values()) {
    const percent = i.unit === 'fraction' ? percentOf.get(shareKey(i)) : undefined;
    map.set(i.id, percent ?? i.id);
  }
  return map;
});

/** The indicators that state one quantity (a share in per cent and as a fraction), the percentage first. */
export function indicatorsOf(dataset: Pick<Dataset, 'indicators'>, quantity: string): string[] {
  return [...quantities(dataset)]
    .filter(([, q]) => q === quantity)
    .map(([id]) => id)
    .sort((a, b) => (a === quantity ? -1 : b === quantity ? 1 : a.localeCompare(b)));
}

/** Every figure of one quantity, data year, period and region: what sources can agree or disagree on. */
export interface ValueGroup {
  /** `quantity|year|period|region`, as conflicts.csv names it. */
  key: string;
  quantity: string;
  year: number;
  period: Period;
  periodCode: string;
  region: Region;
  statements: Statement<Observation>[];
  assessment: Assessment;
}

export function valueKey(dataset: Pick<Dataset, 'indicators'>, o: Observation): string {
  return [quantities(dataset).get(o.indicator) ?? o.indicator, o.year, o.periodCode, o.region].join('|');
}

function makeGroup(key: string, list: readonly Observation[]): ValueGroup {
  const first = list[0] as Observation;
  const statements = groupStatements(list);
  return {
    key,
    quantity: key.split('|')[0] as string,
    year: first.year,
    period: first.period,
    periodCode: first.periodCode,
    region: first.region,
    statements,
    assessment: assessFigures(statements.map((s) => s.figure)),
  };
}

function bucket<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/** The dataset's index, built with the dataset: once at build time, and on load for what is not shipped. */
export function indexObservations(
  indicators: Dataset['indicators'],
  observations: readonly Observation[],
): ObservationIndex {
  const data = { indicators };
  const positions = bucket(observations.keys(), (i) => valueKey(data, observations[i] as Observation));
  return {
    byIndicator: groupByIndicator(observations),
    shared: [...positions.values()].filter((list) => list.length > 1),
  };
}

type Indexed = Pick<Dataset, 'indicators' | 'index'>;

const groupsByQuantity = perDataset(
  (_dataset: Indexed) => new Map<string, ReadonlyMap<string, ValueGroup>>(),
);

/** The groups of one quantity, built the first time a view asks for it, in file order of their first figure. */
export function valueGroupsOf(dataset: Indexed, quantity: string): ReadonlyMap<string, ValueGroup> {
  const cache = groupsByQuantity(dataset);
  let groups = cache.get(quantity);
  if (!groups) {
    const ids = indicatorsOf(dataset, quantity);
    const lists = ids.map((id) => dataset.index.byIndicator.get(id) ?? []);
    // A share stated in per cent and as a fraction: their figures back in file order, as one list.
    const figures =
      lists.length === 1
        ? (lists[0] as readonly Observation[])
        : lists.flat().sort((a, b) => a.line - b.line);
    groups = new Map(
      [...bucket(figures, (o) => valueKey(dataset, o))].map(([key, list]) => [key, makeGroup(key, list)]),
    );
    cache.set(quantity, groups);
  }
  return groups;
}

/**
 * The groups with more than one figure, the only ones that can hold a disagreement or a quiet mark,
 * from the index (a lone figure agrees with nothing and disagrees with nothing).
 */
export const sharedValueGroups = perDataset(
  (dataset: Pick<Dataset, 'indicators' | 'observations' | 'index'>): ValueGroup[] =>
    dataset.index.shared.map((positions) => {
      const list = positions.map((i) => dataset.observations[i] as Observation);
      return makeGroup(valueKey(dataset, list[0] as Observation), list);
    }),
);

/** The group an observation belongs to. */
export function groupOf(dataset: Indexed, o: Observation): ValueGroup | undefined {
  return valueGroupsOf(dataset, quantities(dataset).get(o.indicator) ?? o.indicator).get(
    valueKey(dataset, o),
  );
}
