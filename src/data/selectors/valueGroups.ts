import type { Dataset, Indicator, Observation, ObservationIndex } from '../model';
import type { Region } from '../schema/enums';
import type { Period } from '../schema/period';
import { assessFigures, type Assessment } from './disagreement';
import { perDataset } from './memo';
import { groupByIndicator } from './observations';
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

const keyOf = (quantity: string, o: Observation) => `${quantity}|${o.year}|${o.periodCode}|${o.region}`;

export function valueKey(dataset: Pick<Dataset, 'indicators'>, o: Observation): string {
  return keyOf(quantities(dataset).get(o.indicator) ?? o.indicator, o);
}

const judge = (list: readonly Observation[]) => assessFigures(groupStatements(list).map((s) => s.figure));

/**
 * A group whose statements are grouped when first read: the Sources list and Compare need a group's
 * verdict for thousands of groups but show the statements of a few. The verdict is the build's when it
 * judged the group (see `indexObservations`), else the rule's on first read.
 */
function makeGroup(
  key: string,
  quantity: string,
  first: Observation,
  list: () => readonly Observation[],
  judged?: Assessment,
): ValueGroup {
  let statements: Statement<Observation>[] | undefined;
  let assessment = judged;
  return {
    key,
    quantity,
    year: first.year,
    period: first.period,
    periodCode: first.periodCode,
    region: first.region,
    get statements() {
      return (statements ??= groupStatements(list()));
    },
    get assessment() {
      return (assessment ??= assessFigures(this.statements.map((s) => s.figure)));
    },
  };
}

/**
 * The index with the one rule's verdict on each of its shared figure lists, in the same order: judged
 * once at build time (scripts/build/compiledData.ts ships it in the packed chunk), so the browser never
 * judges every figure to list the disagreements.
 */
export interface JudgedIndex extends ObservationIndex {
  judged: readonly Assessment[];
  /**
   * The verdict on the shared list a figure comes first in, read from that figure's indicator group alone:
   * the browser's index, whose figures load by group (src/data/lazyTables.ts), where `judged` reads all.
   */
  verdictOf?: (first: Observation) => Assessment | undefined;
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
): JudgedIndex {
  const data = { indicators };
  const positions = bucket(observations.keys(), (i) => valueKey(data, observations[i] as Observation));
  const shared = [...positions.values()].filter((list) => list.length > 1);
  return {
    byIndicator: groupByIndicator(observations),
    shared,
    judged: shared.map((list) => judge(list.map((i) => observations[i] as Observation))),
  };
}

type Indexed = Pick<Dataset, 'indicators' | 'index'>;
type Shared = Pick<Dataset, 'indicators' | 'observations' | 'index'>;

/** The build's verdict by the first figure of each shared list; empty for an index without verdicts. */
const judgedByFirst = perDataset((dataset: Indexed): ReadonlyMap<Observation, Assessment> => {
  const { shared, judged } = dataset.index as Partial<JudgedIndex> & ObservationIndex;
  const out = new Map<Observation, Assessment>();
  const observations = (dataset as Partial<Shared>).observations;
  if (!judged || !observations) return out;
  shared.forEach((positions, i) => {
    const first = observations[positions[0] as number];
    const verdict = judged[i];
    if (first && verdict) out.set(first, verdict);
  });
  return out;
});

/** One quantity's groups by key in file order of their first figure, and by region, period and year. */
interface QuantityGroups {
  byKey: ReadonlyMap<string, ValueGroup>;
  find: (o: Observation) => ValueGroup | undefined;
}

const NONE: readonly Observation[] = [];

function groupQuantity(dataset: Indexed, quantity: string): QuantityGroups {
  const ids = indicatorsOf(dataset, quantity);
  const lists = ids.map((id) => dataset.index.byIndicator.get(id) ?? NONE);
  // A share stated in per cent and as a fraction: their figures back in file order, as one list.
  const figures =
    lists.length === 1 ? (lists[0] as readonly Observation[]) : lists.flat().sort((a, b) => a.line - b.line);
  // By region, period and year without building a key per figure: a key per group is enough.
  const nested = new Map<Region, Map<string, Map<number, Observation[]>>>();
  const order: Observation[][] = [];
  // Figures in file order come in runs of one region and period (a source's table, a zone's years): the
  // run's year map is kept rather than looked up again for each figure.
  let region: Region | undefined;
  let periodCode: string | undefined;
  let years: Map<number, Observation[]> | undefined;
  for (const o of figures) {
    if (years === undefined || o.region !== region || o.periodCode !== periodCode) {
      region = o.region;
      periodCode = o.periodCode;
      let periods = nested.get(region);
      if (!periods) nested.set(region, (periods = new Map()));
      const found = periods.get(periodCode);
      if (found) years = found;
      else periods.set(periodCode, (years = new Map()));
    }
    const list = years.get(o.year);
    if (list) list.push(o);
    else {
      const created = [o];
      years.set(o.year, created);
      order.push(created);
    }
  }
  // Groups are made when asked for: Compare judges the first figure of a few hundred line-years, and a
  // group of every list (key string and all) was thousands per quantity at scale.
  const byList = new Map<readonly Observation[], ValueGroup>();
  const groupFor = (list: readonly Observation[]) => {
    let group = byList.get(list);
    if (!group) {
      const first = list[0] as Observation;
      const { verdictOf } = dataset.index as Partial<JudgedIndex>;
      const verdict =
        list.length > 1 ? (verdictOf ? verdictOf(first) : judgedByFirst(dataset).get(first)) : undefined;
      group = makeGroup(keyOf(quantity, first), quantity, first, () => list, verdict);
      byList.set(list, group);
    }
    return group;
  };
  let byKey: Map<string, ValueGroup> | undefined;
  return {
    get byKey() {
      return (byKey ??= new Map(order.map((list) => [groupFor(list).key, groupFor(list)])));
    },
    find: (o) => {
      const list = nested.get(o.region)?.get(o.periodCode)?.get(o.year);
      return list && groupFor(list);
    },
  };
}

const groupsByQuantity = perDataset((_dataset: Indexed) => new Map<string, QuantityGroups>());

function quantityGroups(dataset: Indexed, quantity: string): QuantityGroups {
  const cache = groupsByQuantity(dataset);
  let groups = cache.get(quantity);
  if (!groups) {
    groups = groupQuantity(dataset, quantity);
    cache.set(quantity, groups);
  }
  return groups;
}

/** The groups of one quantity, built the first time a view asks for it, in file order of their first figure. */
export function valueGroupsOf(dataset: Indexed, quantity: string): ReadonlyMap<string, ValueGroup> {
  return quantityGroups(dataset, quantity).byKey;
}

/**
 * The groups with more than one figure, the only ones that can hold a disagreement or a quiet mark,
 * from the index (a lone figure agrees with nothing and disagrees with nothing).
 */
export const sharedValueGroups = perDataset((dataset: Shared): ValueGroup[] => {
  const { judged } = dataset.index as Partial<JudgedIndex>;
  const known = quantities(dataset);
  return dataset.index.shared.map((positions, i) => {
    // The figures are looked up when the statements are first read: the list needs only the first.
    const first = dataset.observations[positions[0] as number] as Observation;
    const quantity = known.get(first.indicator) ?? first.indicator;
    const list = () => positions.map((p) => dataset.observations[p] as Observation);
    return makeGroup(keyOf(quantity, first), quantity, first, list, judged?.[i]);
  });
});

/** The group an observation belongs to. */
export function groupOf(dataset: Indexed, o: Observation): ValueGroup | undefined {
  return quantityGroups(dataset, quantities(dataset).get(o.indicator) ?? o.indicator).find(o);
}
