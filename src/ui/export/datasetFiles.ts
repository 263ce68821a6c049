/**
 * The files of the dataset download, built from the bundled CSV texts and the declared tables, so the
 * zip says exactly what the dashboard shows. Pure: texts in, files out (zipping is the caller's).
 */
import type { CodebookColumn } from '../../data/codebook';
import type { DataVersion } from '../../data/version';
import { toCsv } from '../csv';

export interface DatasetText {
  /** Column kinds and descriptions in one language: `kind`, then by column name. */
  types: Record<string, string>;
  columns: Record<string, string>;
  licence: string;
}

export interface DatasetInput {
  /** File name (e.g. values.csv) → its text, for every dataset table. */
  tables: Record<string, string>;
  /** File name → text, for every policy table. */
  policy: Record<string, string>;
  codebook: readonly CodebookColumn[];
  /** The words in each complete language, English first. */
  texts: { en: DatasetText; zh: DatasetText };
  version: DataVersion;
  /** Where the dashboard lives, for the citation file. */
  url: string;
}

export interface DatasetFile {
  name: string;
  text: string;
}

/** The codebook as CSV: one row per column of every table, in both languages. */
export function codebookCsv(input: Pick<DatasetInput, 'codebook' | 'texts'>): string {
  const { en, zh } = input.texts;
  return toCsv(
    [
      'table',
      'file',
      'column',
      'type_en',
      'type_zh',
      'allowed_values',
      'refers_to',
      'description_en',
      'description_zh',
    ],
    input.codebook.map((c) => [
      c.table,
      c.file,
      c.column,
      en.types[c.kind] ?? c.kind,
      zh.types[c.kind] ?? c.kind,
      c.values.map((v) => (v === '' ? '(empty)' : v)).join(' | '),
      c.references,
      en.columns[c.column] ?? '',
      zh.columns[c.column] ?? '',
    ]),
  );
}

const yamlString = (s: string) => JSON.stringify(s);

export function citationCff(version: DataVersion, url: string): string {
  return [
    'cff-version: 1.2.0',
    'message: "If you use this dataset, cite it as below and cite the sources it names (sources.csv)."',
    'type: dataset',
    `title: ${yamlString('National ETDZ Dashboard dataset (国家级经开区数据看板数据集)')}`,
    `version: ${yamlString(version.version)}`,
    `date-released: ${yamlString(version.date)}`,
    `url: ${yamlString(url)}`,
    'license: CC-BY-4.0',
    'authors:',
    `  - name: ${yamlString('National ETDZ Dashboard')}`,
    'keywords:',
    '  - economic and technological development zones',
    '  - China',
    '',
  ].join('\n');
}

export function datasetFiles(input: DatasetInput): DatasetFile[] {
  const { version } = input;
  const readme = [
    `National ETDZ Dashboard dataset / 国家级经开区数据看板数据集`,
    `version ${version.version} (${version.date}), content hash ${version.hash}`,
    '',
    'data/*.csv: the tables; policy/*.csv: the policy tables; codebook.csv: every column, in English and Chinese.',
    'data/*.csv：数据表；policy/*.csv：政策表；codebook.csv：每一列的中英文说明。',
    '',
    "LICENCE.txt: the compilation, charts and data files are CC BY 4.0; the source documents remain their publishers'.",
    'LICENCE.txt：汇编、图表和数据文件采用 CC BY 4.0 许可；原始来源文件仍归其发布者所有。',
    '',
  ].join('\n');
  return [
    { name: 'README.txt', text: readme },
    { name: 'CITATION.cff', text: citationCff(version, input.url) },
    { name: 'LICENCE.txt', text: `${input.texts.en.licence}\n${input.texts.zh.licence}\n` },
    { name: 'codebook.csv', text: codebookCsv(input) },
    ...Object.entries(input.tables).map(([file, text]) => ({ name: `data/${file}`, text })),
    ...Object.entries(input.policy).map(([file, text]) => ({ name: `policy/${file}`, text })),
  ];
}

export function datasetZipName(version: DataVersion): string {
  return `etdz-dataset_${version.version}.zip`;
}
