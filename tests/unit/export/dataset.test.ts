import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { buildDataset } from '../../../src/data/build';
import { codebookColumns } from '../../../src/data/codebook';
import { POLICY_TABLES } from '../../../src/data/policy/schema';
import { TABLE_NAMES, TABLES, type TableTexts } from '../../../src/data/tables';
import { datasetFiles, type DatasetText } from '../../../src/ui/export/datasetFiles';
import en from '../../../locales/en/export.json';
import zh from '../../../locales/zh/export.json';

const read = (path: string) => readFileSync(path, 'utf8');
const all = { ...TABLES, ...POLICY_TABLES };
const POLICY_FILES = Object.fromEntries(Object.values(POLICY_TABLES).map((d) => [d.file, true]));
const words = (l: typeof en): DatasetText => ({
  types: l.codebook.types,
  columns: l.codebook.columns,
  licence: l.zip.licence,
});

function files() {
  return datasetFiles({
    tables: Object.fromEntries(Object.values(TABLES).map((d) => [d.file, read(`src/data/csv/${d.file}`)])),
    policy: Object.fromEntries(
      Object.values(POLICY_TABLES).map((d) => [d.file, read(`src/data/policy/${d.file}`)]),
    ),
    codebook: codebookColumns(all),
    texts: { en: words(en), zh: words(zh as typeof en) },
    version: { version: '2026.11.29', date: '2026-11-29', hash: 'abcdef0123' },
    url: 'https://etdz.example/',
  });
}

describe('dataset download', () => {
  it('the codebook lists every column of every table, in file order, with allowed values', () => {
    const columns = codebookColumns(all);
    for (const def of Object.values(all)) {
      const header = read(`src/data/${def.file in POLICY_FILES ? 'policy' : 'csv'}/${def.file}`).split(
        /\r?\n/,
      )[0];
      expect(columns.filter((c) => c.file === def.file).map((c) => c.column)).toEqual(header!.split(','));
    }
    const unit = columns.find((c) => c.table === 'values' && c.column === 'unit');
    expect(unit?.kind).toBe('enum');
    expect(unit?.values).toContain('CNY billion');
    expect(columns.find((c) => c.table === 'zones' && c.column === 'province')?.references).toBe('provinces');
    expect(columns.find((c) => c.table === 'values' && c.column === 'year')?.kind).toBe('integer');
  });

  it('every column and kind has its words in English and Chinese', () => {
    for (const c of codebookColumns(all)) {
      expect(en.codebook.columns, c.column).toHaveProperty([c.column]);
      expect(zh.codebook.columns, c.column).toHaveProperty([c.column]);
      expect(en.codebook.types).toHaveProperty([c.kind]);
      expect(zh.codebook.types).toHaveProperty([c.kind]);
    }
  });

  it('holds every table, the codebook, licence and citation file; its CSVs parse back to the same rows', () => {
    const zip = new Map(files().map((f) => [f.name, f.text]));
    for (const name of ['codebook.csv', 'CITATION.cff', 'LICENCE.txt', 'README.txt'])
      expect(zip.has(name)).toBe(true);
    // What the coordinator confirmed: the compilation is CC BY 4.0, the source documents stay their publishers'.
    const licence = zip.get('LICENCE.txt')!;
    expect(licence).toMatch(/compilation, charts and data files .*CC BY 4\.0/);
    expect(licence).toMatch(/source documents .*remain their publishers'/);
    expect(licence).toMatch(/汇编、图表和数据文件.*CC BY 4\.0/);
    expect(licence).toMatch(/原始来源文件仍归其发布者所有/);
    expect(zip.get('README.txt')).toContain('CC BY 4.0');
    const texts = Object.fromEntries(
      TABLE_NAMES.map((n) => [n, zip.get(`data/${TABLES[n].file}`) ?? '']),
    ) as TableTexts;
    const fromZip = buildDataset(texts);
    const fromApp = buildDataset(
      Object.fromEntries(TABLE_NAMES.map((n) => [n, read(`src/data/csv/${TABLES[n].file}`)])) as TableTexts,
    );
    expect(fromZip.issues).toEqual([]);
    expect(fromZip.observations).toEqual(fromApp.observations);
    expect([...fromZip.sources.values()]).toEqual([...fromApp.sources.values()]);
    for (const def of Object.values(POLICY_TABLES)) expect(zip.has(`policy/${def.file}`)).toBe(true);

    const codebook = Papa.parse<Record<string, string>>(zip.get('codebook.csv')!.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(codebook.errors).toEqual([]);
    expect(codebook.data).toHaveLength(codebookColumns(all).length);
    expect(codebook.data.every((r) => r.description_en && r.description_zh)).toBe(true);
    expect(zip.get('CITATION.cff')).toMatch(/^cff-version: 1\.2\.0\n[\s\S]*version: "2026\.11\.29"/);
    expect(zip.get('README.txt')).toContain('abcdef0123');
  });
});
