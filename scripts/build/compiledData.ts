/**
 * Vite plugin: the bundled tables compiled at build time. `virtual:etdz-dataset` (the catalogue every view
 * reads), `virtual:etdz-dataset-detail` (the tables only some views read), `virtual:etdz-figures-<theme>`
 * (the figures of one indicator group), `virtual:etdz-figure-groups` (which group holds each indicator) and
 * `virtual:etdz-policy` are the tables of
 * src/data/csv and src/data/policy read with the same parser, schemas and rules as `npm run data:check`,
 * emitted as packed JSON (src/data/compiled/pack.ts). A bad row fails the build
 * (and the dev server) with file, line, column and reason, so the browser never parses or validates them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildDataset } from '../../src/data/build';
import {
  groupsOf,
  packDataset,
  packPolicy,
  splitPacked,
  type FigureGroupIndex,
} from '../../src/data/compiled/pack';
import type { Dataset } from '../../src/data/model';
import { DEFAULT_INDICATORS } from '../../src/data/selectors/compare/model';
import { flaggedConflicts } from '../../src/data/selectors/conflicts';
import { CONTEXT_INDICATORS } from '../../src/data/selectors/growth/context';
import { THEMES, type Theme } from '../../src/data/schema/enums';
import { formatIssue, type DataIssue } from '../../src/data/issues';
import { buildPolicy } from '../../src/data/policy/build';
import { POLICY_TABLE_NAMES, POLICY_TABLES, type PolicyTexts } from '../../src/data/policy/schema';
import { TABLE_NAMES, TABLES, type TableTexts } from '../../src/data/tables';

export const DATASET_MODULE = 'virtual:etdz-dataset';
export const DATASET_DETAIL_MODULE = 'virtual:etdz-dataset-detail';
export const POLICY_MODULE = 'virtual:etdz-policy';
export const figuresModule = (theme: Theme) => `virtual:etdz-figures-${theme}`;
export const FIGURE_GROUPS_MODULE = 'virtual:etdz-figure-groups';

/**
 * The dataset's modules by part: `core`, `detail`, one per indicator group (its theme) and `groups`, which
 * group holds each indicator (src/data/compiled/pack.ts `FigureGroupIndex`).
 */
export type DatasetModules = Record<'core' | 'detail' | 'groups' | Theme, string>;

export class BadDataError extends Error {
  constructor(readonly issues: readonly DataIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `  ${formatIssue(i)}`);
    if (issues.length > shown.length) shown.push(`  … and ${issues.length - shown.length} more`);
    super(
      `The bundled data has ${issues.length} bad row${issues.length === 1 ? '' : 's'}; fix ${issues.length === 1 ? 'it' : 'them'} (npm run data:check lists every one):\n${shown.join('\n')}`,
    );
    this.name = 'BadDataError';
  }
}

// JSON.parse of a string literal is parsed faster than the same data as an object literal.
const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

export function figureGroupIndex(indicators: Dataset['indicators']): FigureGroupIndex {
  const groupOf = groupsOf(indicators);
  const groups: Partial<Record<Theme, string[]>> = {};
  for (const [id, theme] of groupOf) (groups[theme] ??= []).push(id);
  const themes = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => groupOf.get(id) ?? []))];
  return { groups, headline: themes(CONTEXT_INDICATORS), compareDefault: themes(DEFAULT_INDICATORS) };
}

/**
 * One import per group beside the index: the group starts loading as soon as the index (preloaded by
 * index.html) has arrived, without waiting for the core or carrying a loader per group in the entry.
 */
const figureLoaders = () =>
  `export const load = {\n${THEMES.map((t) => `  ${t}: () => import(${JSON.stringify(figuresModule(t))}),\n`).join('')}};\n`;

/** The sources of the dataset's modules (core, detail, each group), or a BadDataError naming every bad row. */
export function compileDataset(texts: TableTexts, lastYear?: number): DatasetModules {
  return compileTables(texts, lastYear).modules;
}

/** Counts the page before the app states: how many sources back the figures (Sources' lead). */
export interface DatasetCounts {
  sources: number;
}

function compileTables(texts: TableTexts, lastYear?: number) {
  const dataset = buildDataset(texts, { lastYear });
  if (dataset.issues.length > 0) throw new BadDataError(dataset.issues);
  const { core, detail, groups } = splitPacked(
    packDataset(dataset),
    dataset,
    flaggedConflicts(dataset).length,
  );
  const index = figureGroupIndex(dataset.indicators);
  const modules = {
    core: jsonModule(core),
    detail: jsonModule(detail),
    groups: jsonModule(index) + figureLoaders(),
  } as DatasetModules;
  for (const theme of THEMES) modules[theme] = jsonModule(groups[theme]);
  return { modules, index, counts: { sources: dataset.sources.size } };
}

export function compilePolicy(texts: PolicyTexts): string {
  const policy = buildPolicy(texts);
  if (policy.issues.length > 0) throw new BadDataError(policy.issues);
  return jsonModule(packPolicy(policy));
}

export function compiledData(root: string): Plugin & {
  api: { figureIndex: () => FigureGroupIndex; counts: () => DatasetCounts };
} {
  const dataDir = join(root, 'src/data/csv');
  const policyDir = join(root, 'src/data/policy');
  const datasetParts = new Map<string, keyof DatasetModules>([
    [`\0${DATASET_MODULE}`, 'core'],
    [`\0${DATASET_DETAIL_MODULE}`, 'detail'],
    [`\0${FIGURE_GROUPS_MODULE}`, 'groups'],
    ...THEMES.map((theme): [string, Theme] => [`\0${figuresModule(theme)}`, theme]),
  ]);
  const resolved = new Map(
    [
      DATASET_MODULE,
      DATASET_DETAIL_MODULE,
      FIGURE_GROUPS_MODULE,
      POLICY_MODULE,
      ...THEMES.map(figuresModule),
    ].map((id) => [id, `\0${id}`]),
  );
  // Every dataset module comes from one build of the tables, redone when a table changes.
  let compiled: ({ texts: string } & ReturnType<typeof compileTables>) | null = null;
  const readTable = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
  const tables = (read: (dir: string, file: string) => string) => {
    const texts = Object.fromEntries(
      TABLE_NAMES.map((name) => [name, read(dataDir, TABLES[name].file)]),
    ) as TableTexts;
    const key = JSON.stringify(texts);
    if (compiled?.texts !== key) compiled = { texts: key, ...compileTables(texts) };
    return compiled;
  };
  return {
    name: 'etdz:compiled-data',
    /** Which group holds each indicator, for the preload hints (scripts/build/preloadHints.ts). */
    api: {
      figureIndex: () => tables(readTable).index,
      /** What the page before the app states (scripts/build/shellText.ts). */
      counts: () => tables(readTable).counts,
    },
    resolveId: (id) => resolved.get(id),
    load(id) {
      const read = (dir: string, file: string) => {
        const path = join(dir, file);
        this.addWatchFile(path);
        return readFileSync(path, 'utf8');
      };
      try {
        const part = datasetParts.get(id);
        if (part) return tables(read).modules[part];
        if (id === resolved.get(POLICY_MODULE))
          return compilePolicy(
            Object.fromEntries(
              POLICY_TABLE_NAMES.map((name) => [name, read(policyDir, POLICY_TABLES[name].file)]),
            ) as PolicyTexts,
          );
      } catch (error) {
        if (error instanceof BadDataError) this.error(error.message);
        throw error;
      }
      return null;
    },
  };
}
