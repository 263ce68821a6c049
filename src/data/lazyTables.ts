import {
  DETAIL_TABLES,
  joinGroups,
  type Catalogue,
  type DetailTables,
  type FigureGroup,
} from './compiled/pack';
import type { Dataset, Observation } from './model';
import { THEMES, type Theme } from './schema/enums';
import type { Assessment } from './selectors/disagreement';
import type { JudgedIndex } from './selectors/valueGroups';

/**
 * How the parts not in the core are read. Each returns what was asked or throws: in the app, the pending
 * load (React suspends the reading view until the chunk is there) or its error. `groups` starts every
 * group asked for that is missing before it throws, so a view that needs several waits for them at once.
 */
export interface PartReaders {
  detail: () => DetailTables;
  groups: (themes: readonly Theme[]) => readonly FigureGroup[];
}

/**
 * The whole dataset over its core: the detail tables are read the first time a selector touches one, and
 * an indicator's figures the first time a selector asks the index for them (its group only). Reading
 * every figure (`observations`, the shared lists) reads every group. So a view never loads a part it does
 * not read, and never reads a part that has not arrived as an empty one.
 */
export function withLazyParts(core: Catalogue, read: PartReaders): Dataset {
  let detail: DetailTables | null = null;
  const dataset = { ...core.tables } as Dataset;
  for (const name of DETAIL_TABLES)
    Object.defineProperty(dataset, name, { enumerable: true, get: () => (detail ??= read.detail())[name] });
  const figures = lazyFigures(core, read.groups);
  Object.defineProperty(dataset, 'observations', { enumerable: true, get: () => figures.all().observations });
  dataset.index = figures.index;
  return dataset;
}

function lazyFigures(core: Catalogue, read: PartReaders['groups']) {
  const { groupOf } = core;
  let joined: (ReturnType<typeof joinGroups> & { byIndicator: Map<string, readonly Observation[]> }) | null =
    null;
  const all = () => {
    if (joined) return joined;
    const groups = read(THEMES);
    const whole = joinGroups(groups);
    // The groups' own lists, so an indicator's figures are the same list however they were reached.
    const byIndicator = new Map<string, readonly Observation[]>();
    const own = new Map(groups.flatMap((g) => [...g.byIndicator]));
    for (const o of whole.observations)
      if (!byIndicator.has(o.indicator)) byIndicator.set(o.indicator, own.get(o.indicator) ?? []);
    return (joined = { ...whole, byIndicator });
  };
  const groupFor = (indicator: string) => {
    const theme = groupOf.get(indicator);
    return theme ? (read([theme])[0] as FigureGroup) : null;
  };
  const verdicts = new WeakMap<FigureGroup, Map<Observation, Assessment>>();
  const index: JudgedIndex = {
    byIndicator: new FiguresByIndicator(
      (id) => groupFor(id)?.byIndicator.get(id),
      () => all().byIndicator,
    ),
    get shared() {
      return all().index.shared;
    },
    get judged() {
      return all().index.judged;
    },
    verdictOf(first) {
      const group = groupFor(first.indicator);
      if (!group) return undefined;
      let map = verdicts.get(group);
      if (!map) {
        map = new Map();
        for (const [i, list] of group.shared.entries())
          map.set(group.observations[list[0] as number] as Observation, group.judged[i] as Assessment);
        verdicts.set(group, map);
      }
      return map.get(first);
    },
  };
  return { all, index };
}

/** The index's figures by indicator: one indicator reads its group; a walk over every indicator reads all. */
class FiguresByIndicator implements ReadonlyMap<string, readonly Observation[]> {
  constructor(
    private readonly one: (id: string) => readonly Observation[] | undefined,
    private readonly every: () => ReadonlyMap<string, readonly Observation[]>,
  ) {}
  get(id: string) {
    return this.one(id);
  }
  has(id: string) {
    return this.one(id) !== undefined;
  }
  get size() {
    return this.every().size;
  }
  forEach(
    callback: (
      value: readonly Observation[],
      key: string,
      map: ReadonlyMap<string, readonly Observation[]>,
    ) => void,
    thisArg?: unknown,
  ) {
    this.every().forEach((value, key) => callback.call(thisArg, value, key, this));
  }
  entries() {
    return this.every().entries();
  }
  keys() {
    return this.every().keys();
  }
  values() {
    return this.every().values();
  }
  [Symbol.iterator]() {
    return this.every()[Symbol.iterator]();
  }
}
