import type { Dataset, Indicator, Observation } from '../model';
import type { Region } from '../schema/enums';
import type { Period } from '../schema/period';
import { assessFigures, type Assessment } from './disagreement';
import { perDataset } from './memo';
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

/** Every group, built once per dataset, in file order of its first figure. */
export const valueGroups = perDataset(
  (dataset: Pick<Dataset, 'indicators' | 'observations'>): ReadonlyMap<string, ValueGroup> => {
    const items = new Map<string, Observation[]>();
    for (const o of dataset.observations) {
      const key = valueKey(dataset, o);
      const list = items.get(key);
      if (list) list.push(o);
      else items.set(key, [o]);
    }
    const groups = new Map<string, ValueGroup>();
    for (const [key, list] of items) {
      const first = list[0] as Observation;
      const statements = groupStatements(list);
      groups.set(key, {
        key,
        quantity: key.split('|')[0] as string,
        year: first.year,
        period: first.period,
        periodCode: first.periodCode,
        region: first.region,
        statements,
        assessment: assessFigures(statements.map((s) => s.figure)),
      });
    }
    return groups;
  },
);

/** The group an observation belongs to. */
export function groupOf(
  dataset: Pick<Dataset, 'indicators' | 'observations'>,
  o: Observation,
): ValueGroup | undefined {
  return valueGroups(dataset).get(valueKey(dataset, o));
}
