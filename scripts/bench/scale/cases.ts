/**
 * What the scale bench times: every selector of src/data/selectors, called as the views call it.
 * `setup` builds a case's inputs outside the timer; `run` is what is timed. A selector added to
 * src/data/selectors without a case here is named in the bench's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexLines } from '../../../src/data/selectors/compare/indexing';
import { buildLines, pointCount } from '../../../src/data/selectors/compare/lines';
import { offeredIndicators, regionsWithData } from '../../../src/data/selectors/compare/catalog';
import { resolveIndicators } from '../../../src/data/selectors/compare/modes';
import { selectCompareModel } from '../../../src/data/selectors/compare/model';
import { barRows, disputedWidth, groupPanels, lineRows } from '../../../src/data/selectors/compare/panels';
import { pointsAt } from '../../../src/data/selectors/compare/points';
import {
  conflictingZoneBases,
  selectCompare,
  zoneBasesOf,
  type CompareQuery,
} from '../../../src/data/selectors/compare/select';
import { contextAt } from '../../../src/data/selectors/growth/context';
import {
  chartCountStatements,
  countAt,
  countSeries,
  countYears,
  nationalCountStatements,
  timelineRange,
} from '../../../src/data/selectors/growth/counts';
import {
  milestonesIn,
  policyMilestones,
  sortMilestones,
  zoneMilestones,
} from '../../../src/data/selectors/growth/milestones';
import { provinceTiles, statedCounts } from '../../../src/data/selectors/growth/provinces';
import { regionalSplits, splitsAt } from '../../../src/data/selectors/growth/regions';
import {
  approvedAfter,
  countByRegion,
  searchZones,
  zoneEntries,
  zonesApprovedIn,
} from '../../../src/data/selectors/growth/zones';
import { headlinePairs, latestZoneCount, nationalZoneCounts } from '../../../src/data/selectors/headline';
import { observationsByIndicator, yearSpan, yearsCovered } from '../../../src/data/selectors/observations';
import { documentCounts, filterMeasures, groupByArea } from '../../../src/data/selectors/policies/filter';
import { indicatorsForTags } from '../../../src/data/selectors/policies/indicatorLinks';
import { themeMatrix } from '../../../src/data/selectors/policies/matrix';
import { resolveSelection } from '../../../src/data/selectors/policies/resolve';
import { highlightSegments } from '../../../src/data/selectors/policies/search';
import { buildYearLines, hasFigures } from '../../../src/data/selectors/yearLines';
import { figuresBacked } from '../../../src/data/selectors/sources';
import {
  consistentDifferences,
  disagreementCount,
  flaggedConflicts,
} from '../../../src/data/selectors/conflicts';
import { countGroups, batchGroup, batchVersions } from '../../../src/data/selectors/growth/counts';
import {
  assessmentRanks,
  rankedYears,
  rankingGroups,
  ranksOf,
} from '../../../src/data/selectors/rankings/lists';
import { sharedValueGroups, valueGroupsOf } from '../../../src/data/selectors/valueGroups';
import { zoneProfile } from '../../../src/data/selectors/zones/profile';
import { zoneFactGroups, zoneFacts } from '../../../src/data/selectors/zones/statements';
import { CONFLICT_PAGE } from '../../../src/features/sources/conflictRows';
import { COMPARE_INDICATORS, COMPARE_REGIONS } from '../lib/scenario';
import { ROOT, type Dataset, type PolicyData } from './app';

export interface Context {
  dataset: Dataset;
  policy: PolicyData;
}

export interface SelectorCase {
  name: string;
  /** The exports of src/data/selectors this case times (for the "not measured" list). */
  covers: readonly string[];
  /** False for the policy selectors: the synthetic dataset does not grow the policy tables. */
  scaled: boolean;
  setup?(ctx: Context): unknown;
  run(ctx: Context, input: unknown): unknown;
}

/** Keeps each case's setup and run typed together while the list holds them all. */
function define<S>(c: {
  name: string;
  covers: readonly string[];
  scaled?: boolean;
  setup?(ctx: Context): S;
  run(ctx: Context, input: S): unknown;
}): SelectorCase {
  return { ...c, scaled: c.scaled ?? true } as SelectorCase;
}

/** Exports that are helpers timed inside the cases above them, or not selectors at all. */
export const MEASURED_INSIDE: Readonly<Record<string, string>> = {
  perDataset: 'the per-dataset cache every selector uses',
  latestNational: 'per indicator, inside headlinePairs',
  groupStatements: 'inside valueGroups, headlines, Compare lines',
  relate: 'the one disagreement rule, inside valueGroups, countGroups and Compare lines',
  assess: 'inside every group of the one rule',
  assessFigures: 'inside the value groups and Compare lines',
  assessMany: 'inside assessFigures, for a key with many figures',
  relateDates: 'inside zoneFactGroups',
  relateCounts: 'inside countGroups and the growth counts',
  relateBatch: 'inside countGroups',
  judgeAmong: 'inside buildLines',
  conflictId: 'a key helper, inside the Sources list',
  explanationOf: 'a map lookup, inside the Sources list',
  quantities: 'inside the value groups',
  indicatorsOf: 'inside headlinePairs',
  valueKey: 'inside the value groups and groupOf',
  groupOf: 'a map lookup per figure, inside selectCompare',
  indexObservations: 'builds the dataset index, timed with the build and the load',
  groupByIndicator: 'builds the dataset index, timed with the load',
  comparePartial: 'date helper, inside the growth milestones',
  within: 'date helper, inside the growth milestones',
  yearOf: 'date helper, inside the growth selectors',
  listedIn: 'per-zone test, inside provinceTiles',
  undatedIn: 'per-zone test, inside provinceTiles',
  matches: 'per-text test, inside filterMeasures',
  normaliseQuery: 'inside filterMeasures',
  qualifierKey: 'a row-key helper, inside the Compare chart rows',
  seriesKey: 'a row-key helper, inside the Compare chart rows',
  sameFigure: 'per figure, inside the statement grouping',
  figureOf: 'per statement, inside the statement grouping',
  bucketFigure: 'per figure, inside selectCompare and buildLines',
  linesFrom: 'inside selectCompare and buildLines',
  drawnFacts: 'inside selectCompareModel',
};

const LAST_YEAR = 2024;
const ALL_SERIES = ['statistics', 'assessment', 'other'] as const;

const compareQuery = (over: Partial<CompareQuery> = {}): CompareQuery => ({
  ind: COMPARE_INDICATORS,
  reg: COMPARE_REGIONS,
  from: null,
  to: null,
  mode: 'abs',
  per: 'FY',
  ser: ALL_SERIES,
  ...over,
});

/** Measure titles and summaries in English, as the Policies view searches them. */
function measureTexts(): (id: string) => { title: string; summary: string } {
  const texts = JSON.parse(readFileSync(join(ROOT, 'locales/en/policies.json'), 'utf8')) as {
    measures?: Record<string, { title?: string; summary?: string }>;
  };
  return (id) => ({ title: texts.measures?.[id]?.title ?? '', summary: texts.measures?.[id]?.summary ?? '' });
}

export const CASES: readonly SelectorCase[] = [
  define({
    name: 'observationsByIndicator',
    covers: ['observationsByIndicator'],
    run: ({ dataset }) => observationsByIndicator(dataset),
  }),
  define({
    name: 'yearsCovered + yearSpan (the indicator with most figures)',
    covers: ['yearsCovered', 'yearSpan'],
    setup: ({ dataset }) =>
      [...observationsByIndicator(dataset).values()].sort((a, b) => b.length - a.length)[0] ?? [],
    run: (_, observations) => [yearsCovered(observations), yearSpan(observations)],
  }),
  define({
    name: 'buildYearLines + hasFigures (gdp, 4 regions, 1984–2024)',
    covers: ['buildYearLines', 'hasFigures'],
    setup: ({ dataset }) => observationsByIndicator(dataset).get('gdp') ?? [],
    run: (_, observations) =>
      buildYearLines(observations, {
        indicator: 'gdp',
        regions: COMPARE_REGIONS,
        from: 1984,
        to: LAST_YEAR,
      }).map(hasFigures),
  }),
  define({
    name: 'figuresBacked (Sources)',
    covers: ['figuresBacked'],
    run: ({ dataset }) => figuresBacked(dataset),
  }),
  define({
    // The count a dataset without the build's summary counts from its figures (the browser's reads the core).
    name: 'flaggedConflicts + consistentDifferences + disagreementCount (Sources conflict list)',
    covers: ['flaggedConflicts', 'consistentDifferences', 'disagreementCount'],
    run: ({ dataset }) => [
      flaggedConflicts(dataset),
      consistentDifferences(dataset),
      disagreementCount(dataset),
    ],
  }),
  define({
    // What the Sources view reads as it opens: the table's first page (newest first, the list's own
    // order) with every version of each row, and the quiet differences, listed whole. The CSV download
    // reads every version of every row, on its click.
    name: `flaggedConflicts + consistentDifferences, the table's first page read (Sources, ${CONFLICT_PAGE} rows)`,
    covers: ['flaggedConflicts', 'consistentDifferences'],
    run: ({ dataset }) =>
      [...flaggedConflicts(dataset).slice(0, CONFLICT_PAGE), ...consistentDifferences(dataset)].map((f) =>
        f.scope === 'values' ? f.group.statements.length : 0,
      ),
  }),
  define({
    name: 'sharedValueGroups + valueGroupsOf gdp (figures judged by the one rule)',
    covers: ['sharedValueGroups', 'valueGroupsOf'],
    run: ({ dataset }) => [sharedValueGroups(dataset), valueGroupsOf(dataset, 'gdp')],
  }),
  define({
    name: 'countGroups + batchGroup + batchVersions (zone counts by the one rule)',
    covers: ['countGroups', 'batchGroup', 'batchVersions'],
    run: ({ dataset }) => [countGroups(dataset), batchVersions(batchGroup(dataset, 'first')?.items ?? [])],
  }),
  define({
    name: 'zoneFacts + zoneFactGroups + zoneProfile (a zone page)',
    covers: ['zoneFacts', 'zoneFactGroups', 'zoneProfile'],
    run: ({ dataset }) => [
      zoneFacts(dataset),
      zoneFactGroups(dataset),
      zoneProfile(dataset, 'suzhou-industrial-park'),
    ],
  }),
  define({
    name: 'assessmentRanks + rankedYears + ranksOf + rankingGroups (Rankings)',
    covers: ['assessmentRanks', 'rankedYears', 'ranksOf', 'rankingGroups'],
    run: ({ dataset }) => [
      assessmentRanks(dataset),
      rankedYears(dataset),
      ranksOf(dataset, 'suzhou-industrial-park'),
      rankingGroups(dataset),
    ],
  }),
  define({
    name: 'headlinePairs (Overview)',
    covers: ['headlinePairs'],
    run: ({ dataset }) => headlinePairs(dataset),
  }),
  define({
    name: 'nationalZoneCounts + latestZoneCount (Overview)',
    covers: ['nationalZoneCounts', 'latestZoneCount'],
    run: ({ dataset }) => [nationalZoneCounts(dataset), latestZoneCount(dataset)],
  }),
  define({
    name: 'offeredIndicators (Compare catalogue)',
    covers: ['offeredIndicators'],
    run: ({ dataset }) => offeredIndicators(dataset),
  }),
  define({
    name: 'regionsWithData (Compare)',
    covers: ['regionsWithData'],
    run: ({ dataset }) => regionsWithData(dataset),
  }),
  define({
    name: 'selectCompare, 6 indicators × 4 regions',
    covers: ['selectCompare'],
    run: ({ dataset }) => selectCompare(dataset, compareQuery()),
  }),
  define({
    name: 'selectCompare, 6 indicators nationally, index mode',
    covers: ['selectCompare'],
    run: ({ dataset }) => selectCompare(dataset, compareQuery({ reg: ['national'], mode: 'index' })),
  }),
  define({
    name: 'selectCompareModel, 6 indicators × 4 regions, bars (the whole Compare view)',
    covers: ['selectCompareModel', 'barYearOf', 'lineChart', 'barChart', 'chosenRegions'],
    run: ({ dataset }) => selectCompareModel(dataset, { ...compareQuery(), chart: 'bars', year: null }),
  }),
  define({
    // Compare opens on the line chart: every year's rows, each panel's chart rows by year.
    name: 'selectCompareModel, 6 indicators × 4 regions, lines (the whole Compare view)',
    covers: ['selectCompareModel', 'lineChart', 'compareRows'],
    run: ({ dataset }) => selectCompareModel(dataset, { ...compareQuery(), chart: 'line', year: null }),
  }),
  define({
    name: 'pointsAt (a tooltip over 6 × 4 lines)',
    covers: ['pointsAt'],
    setup: ({ dataset }) => selectCompare(dataset, compareQuery()).lines,
    run: (_, lines) => pointsAt(lines, 2010),
  }),
  define({
    name: 'resolveIndicators (share of national)',
    covers: ['resolveIndicators'],
    setup: ({ dataset }) => observationsByIndicator(dataset),
    run: ({ dataset }, byIndicator) =>
      resolveIndicators(dataset.indicators, COMPARE_INDICATORS, 'share', (id) => byIndicator.has(id)),
  }),
  define({
    name: 'buildLines + indexLines + pointCount (6 indicators, national)',
    covers: ['buildLines', 'indexLine', 'indexLines', 'pointCount'],
    setup: ({ dataset }) => {
      const byIndicator = observationsByIndicator(dataset);
      return COMPARE_INDICATORS.flatMap((id) => byIndicator.get(id) ?? []).filter(
        (o) => o.region === 'national',
      );
    },
    run: (_, observations) => {
      const lines = buildLines(observations, COMPARE_INDICATORS, ['national'], 1984, LAST_YEAR);
      return pointCount(indexLines(lines, null).lines);
    },
  }),
  define({
    name: 'groupPanels + lineRows + barRows + disputedWidth (6 × 4 panels)',
    covers: ['groupPanels', 'sizeGroups', 'lineRows', 'barRows', 'disputedWidth'],
    setup: ({ dataset }) => selectCompare(dataset, compareQuery({ reg: ['national', ...COMPARE_REGIONS] })),
    run: (_, result) =>
      groupPanels(result.lines).map((panel) => [
        lineRows(panel),
        barRows(panel, result.yearsWithData.at(-1) ?? LAST_YEAR),
        panel.lines.map(disputedWidth),
      ]),
  }),
  define({
    name: 'conflictingZoneBases + zoneBasesOf (6 × 4 rows)',
    covers: ['conflictingZoneBases', 'zoneBasesOf'],
    setup: ({ dataset }) =>
      selectCompare(dataset, compareQuery({ reg: ['national', ...COMPARE_REGIONS] })).rows,
    run: (_, rows) => [conflictingZoneBases(rows), zoneBasesOf(rows)],
  }),
  define({
    name: 'contextAt (Zone growth figures)',
    covers: ['contextAt'],
    run: ({ dataset }) => contextAt(dataset, 2010),
  }),
  define({
    name: 'nationalCountStatements + chartCountStatements + countYears',
    covers: ['nationalCountStatements', 'chartCountStatements', 'countYears'],
    run: ({ dataset }) => [
      nationalCountStatements(dataset),
      chartCountStatements(dataset),
      countYears(dataset),
    ],
  }),
  define({
    name: 'countAt + countSeries + timelineRange (one playhead year)',
    covers: ['countAt', 'countSeries', 'timelineRange'],
    setup: ({ dataset }) => chartCountStatements(dataset),
    run: ({ dataset }, statements) => [
      countAt(dataset, 2010),
      countSeries(statements, 2010),
      timelineRange(dataset),
    ],
  }),
  define({
    name: 'zoneMilestones + policyMilestones + sortMilestones + milestonesIn',
    covers: ['zoneMilestones', 'policyMilestones', 'sortMilestones', 'milestonesIn'],
    run: ({ dataset, policy }) =>
      milestonesIn(sortMilestones([...zoneMilestones(dataset), ...policyMilestones(policy.documents)]), 2010),
  }),
  define({
    name: 'provinceTiles + statedCounts (one playhead year)',
    covers: ['provinceTiles', 'statedCounts'],
    run: ({ dataset }) => [provinceTiles(dataset, 2010), statedCounts(dataset, 'jiangsu')],
  }),
  define({
    name: 'regionalSplits + splitsAt (Zone growth)',
    covers: ['regionalSplits', 'splitsAt'],
    run: ({ dataset }) => [regionalSplits(dataset), splitsAt(dataset, 2010)],
  }),
  define({
    name: 'zoneEntries + zone list filters (Zone growth)',
    covers: ['zoneEntries', 'zonesApprovedIn', 'searchZones', 'approvedAfter', 'countByRegion'],
    run: ({ dataset }) => {
      const entries = zoneEntries(dataset);
      return [
        zonesApprovedIn(entries, 2010),
        countByRegion(searchZones(entries, 'da', (z) => z.id)),
        approvedAfter(entries, 2010),
      ];
    },
  }),
  define({
    name: 'themeMatrix (Policies)',
    covers: ['themeMatrix'],
    scaled: false,
    run: ({ policy }) => themeMatrix(policy),
  }),
  define({
    name: 'filterMeasures + groupByArea + highlightSegments, search "zone" (Policies)',
    covers: ['filterMeasures', 'groupByArea', 'highlightSegments'],
    scaled: false,
    setup: () => measureTexts(),
    run: ({ policy }, textOf) => {
      const shown = filterMeasures(policy, { doc: null, area: null, tags: [], q: 'zone' }, textOf, 'en');
      return [groupByArea(shown), shown.map((m) => highlightSegments(textOf(m.id).title, 'zone', 'en'))];
    },
  }),
  define({
    name: 'documentCounts + resolveSelection + indicatorsForTags (Policies)',
    covers: ['documentCounts', 'resolveSelection', 'indicatorsForTags'],
    scaled: false,
    run: ({ policy }) =>
      policy.documents.map((d) => [
        documentCounts(policy, d.id),
        resolveSelection(policy, { doc: d.id, area: null, tag: policy.tags.slice(0, 2), measure: null }),
        indicatorsForTags(policy.tags),
      ]),
  }),
];
