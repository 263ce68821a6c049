import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/build';
import {
  DETAIL_TABLES,
  groupsOf,
  packRows,
  unpackCore,
  unpackDetail,
  unpackPolicy,
  unpackRows,
  type PackedCore,
  type FigureGroupIndex,
  type PackedDetail,
  type PackedGroup,
  type PackedPolicy,
} from '../../../src/data/compiled/pack';
import { THEMES } from '../../../src/data/schema/enums';
import { buildPolicy } from '../../../src/data/policy/build';
import { BadDataError, compileDataset, compilePolicy } from '../../../scripts/build/compiledData';
import { miniTexts, realTexts, withLine } from '../fixtures';
import { editLine, realPolicyTexts } from '../policies/fixtures';

/** What the browser does with the emitted module: evaluate `export default JSON.parse("…")`. */
function evaluate<T>(source: string): T {
  // The group index also exports a loader per group (`export const load = { … }`).
  const match = /^export default JSON\.parse\((".*")\);\n(?:export const load = \{\n[^]*\};\n)?$/s.exec(
    source,
  );
  if (!match) throw new Error(`not a JSON module: ${source.slice(0, 80)}`);
  return JSON.parse(JSON.parse(match[1] as string) as string) as T;
}

const groupsIn = (modules: ReturnType<typeof compileDataset>) =>
  THEMES.map((theme) => evaluate<PackedGroup>(modules[theme]));

describe('the bundled tables compiled at build time', () => {
  it('unpack in the browser to exactly the dataset the data check builds', () => {
    const built = buildDataset(realTexts(), { lastYear: 2026 });
    const modules = compileDataset(realTexts(), 2026);
    const loaded = {
      ...unpackCore(evaluate<PackedCore>(modules.core), groupsIn(modules)),
      ...unpackDetail(evaluate<PackedDetail>(modules.detail)),
    };
    expect(loaded).toStrictEqual(built);
    expect(loaded.observations).toHaveLength(393);
    expect(loaded.indicators.get('gdp')?.unit).toBe('CNY billion');
    expect(loaded.assessments.get(2023)?.year).toBe(2023);
  });

  it('split the dataset in two parts that hold every table once, the detail tables only in the detail part', () => {
    const modules = compileDataset(realTexts(), 2026);
    const coreKeys = Object.keys(evaluate<PackedCore>(modules.core));
    const detailKeys = Object.keys(evaluate<PackedDetail>(modules.detail));
    expect(detailKeys.sort()).toEqual([...DETAIL_TABLES].sort());
    expect(coreKeys.filter((k) => detailKeys.includes(k))).toEqual([]);
    expect(coreKeys).toEqual(expect.arrayContaining(['sources', 'indicators', 'zoneCounts']));
    expect(coreKeys).not.toContain('observations');
    // Each part alone is the same rows as the whole: the core with its tables, the detail with its own.
    const built = buildDataset(realTexts(), { lastYear: 2026 });
    const loadedCore = unpackCore(evaluate<PackedCore>(modules.core), groupsIn(modules));
    const loadedDetail = unpackDetail(evaluate<PackedDetail>(modules.detail));
    for (const name of DETAIL_TABLES) expect(loadedDetail[name]).toStrictEqual(built[name]);
    expect(loadedCore.observations).toStrictEqual(built.observations);
    expect(loadedCore.sources).toStrictEqual(built.sources);
  });

  it('put every figure in the group of its indicator once, with the shared lists that point into it', () => {
    const built = buildDataset(realTexts(), { lastYear: 2026 });
    const modules = compileDataset(realTexts(), 2026);
    const groupOf = groupsOf(built.indicators);
    let figures = 0;
    let shared = 0;
    for (const theme of THEMES) {
      const group = evaluate<PackedGroup>(modules[theme]);
      const alone = unpackCore(evaluate<PackedCore>(modules.core), [group]);
      expect(alone.observations).toStrictEqual(
        built.observations.filter((o) => groupOf.get(o.indicator) === theme),
      );
      figures += alone.observations.length;
      shared += group.shared.length;
    }
    expect(figures).toBe(built.observations.length);
    expect(shared).toBe(built.index.shared.length);
    // Groups are whole themes: size, openness, zones … each holds figures today.
    expect(THEMES.filter((t) => evaluate<PackedGroup>(modules[t]).observations.rows.length > 0)).toEqual(
      expect.arrayContaining(['size', 'openness', 'zones']),
    );
  });

  it("index which group holds each indicator, and the headline indicators' groups", () => {
    const built = buildDataset(realTexts(), { lastYear: 2026 });
    const index = evaluate<FigureGroupIndex>(compileDataset(realTexts(), 2026).groups);
    const groupOf = groupsOf(built.indicators);
    const listed = Object.entries(index.groups).flatMap(([theme, ids]) =>
      ids.map((id): [string, string] => [id, theme]),
    );
    expect(new Map(listed)).toStrictEqual(new Map(groupOf));
    expect(listed).toHaveLength(built.indicators.size);
    expect(index.headline.sort()).toEqual(['openness', 'size']);
    expect(index.compareDefault).toEqual(['size']);
    for (const theme of THEMES)
      expect(compileDataset(realTexts(), 2026).groups).toContain(
        `${theme}: () => import("virtual:etdz-figures-${theme}")`,
      );
  });

  it('keep a share stated as a fraction in the group of the same share in per cent', () => {
    const built = buildDataset(realTexts(), { lastYear: 2026 });
    const groupOf = groupsOf(built.indicators);
    const fractions = [...built.indicators.values()].filter((i) => i.unit === 'fraction');
    expect(fractions.length).toBeGreaterThan(0);
    for (const f of fractions) {
      const percent = [...built.indicators.values()].find(
        (i) => i.unit === '%' && i.kind === 'share' && i.base === f.base && i.share_of === f.share_of,
      );
      if (percent) expect(groupOf.get(f.id)).toBe(groupOf.get(percent.id));
    }
  });

  it('unpack the policy tables to exactly what the policy loader builds', () => {
    const loaded = unpackPolicy(evaluate<PackedPolicy>(compilePolicy(realPolicyTexts())));
    expect(loaded).toStrictEqual(buildPolicy(realPolicyTexts()));
  });

  it('fail the build on a bad row, naming file, line, column and reason', () => {
    const texts = miniTexts();
    const broken = { ...texts, values: withLine(texts.values, 3, (row) => row.replace('15000', '15万亿')) };
    expect(() => compileDataset(broken, 2026)).toThrow(BadDataError);
    expect(() => compileDataset(broken, 2026)).toThrow(
      /1 bad row[^]*values\.csv:3 column "value": .*not numeric.*got "15万亿"/,
    );
  });

  it('fail the build on a bad policy row the same way', () => {
    const texts = realPolicyTexts();
    const broken = {
      ...texts,
      measures: editLine(texts.measures, 2, (r) => r.replace('foreign-investment', 'no-such-tag')),
    };
    expect(() => compilePolicy(broken)).toThrow(
      /1 bad row[^]*measures\.csv:2 column "tags": unknown tag id "no-such-tag"/,
    );
  });

  it('list every bad row, not only the first', () => {
    const texts = miniTexts();
    const values = withLine(
      withLine(texts.values, 2, (r) => r.replace('gdp,', 'gpd,')),
      3,
      (r) => r.replace('src_b', 'src_zz'),
    );
    expect(() => compileDataset({ ...texts, values }, 2026)).toThrow(
      /2 bad rows[^]*values\.csv:2 column "indicator"[^]*values\.csv:3 column "source"/,
    );
  });
});

describe('packRows', () => {
  it('keeps a field a row does not have absent, and null as null', () => {
    const rows = [{ a: 1, b: null }, { a: 2, c: 'x' }, { a: 3 }];
    const back = unpackRows<Record<string, unknown>>(JSON.parse(JSON.stringify(packRows(rows))));
    expect(back).toStrictEqual(rows);
    expect('c' in (back[0] as object)).toBe(false);
  });
});
