/** The dataset download: loaded only when a reader asks for it (client-zip and every table's text). */
import { downloadZip } from 'client-zip';
import type { i18n as I18n } from 'i18next';
import { codebookColumns } from '../../data/codebook';
import { POLICY_TABLES } from '../../data/policy/schema';
import { TABLES } from '../../data/tables';
import { DATA_VERSION } from '../../data/version';
import { bundlesOf } from '../../i18n/bundles';
import { dataKey } from '../../i18n/keys';
import { datasetFiles, datasetZipName, type DatasetText } from './datasetFiles';

const tableTexts = import.meta.glob<string>('../../data/csv/*.csv', { query: '?raw', import: 'default' });
const policyTexts = import.meta.glob<string>('../../data/policy/*.csv', { query: '?raw', import: 'default' });

async function texts(files: Record<string, () => Promise<string>>, folder: string, names: string[]) {
  return Object.fromEntries(
    await Promise.all(
      names.map(async (file) => [file, (await files[`${folder}${file}`]?.()) ?? ''] as const),
    ),
  );
}

const CODEBOOK = codebookColumns({ ...TABLES, ...POLICY_TABLES });

/** The codebook's words in one language: one text per column and per kind of column the tables declare. */
async function words(i18n: I18n, lng: 'en' | 'zh'): Promise<DatasetText> {
  const t = i18n.getFixedT(lng, ['export']);
  return {
    types: Object.fromEntries(
      CODEBOOK.map((c) => [c.kind, t(dataKey('export', `codebook.types.${c.kind}`))] as const),
    ),
    columns: Object.fromEntries(
      CODEBOOK.map((c) => [c.column, t(dataKey('export', `codebook.columns.${c.column}`))] as const),
    ),
    licence: t('export:zip.licence'),
  };
}

export async function buildDatasetZip(i18n: I18n): Promise<{ blob: Blob; name: string }> {
  const bundles = bundlesOf(i18n);
  await Promise.all((['en', 'zh'] as const).map((lng) => bundles.ensure(lng, ['export'])));
  const [tables, policy, en, zh] = await Promise.all([
    texts(
      tableTexts,
      '../../data/csv/',
      Object.values(TABLES).map((d) => d.file),
    ),
    texts(
      policyTexts,
      '../../data/policy/',
      Object.values(POLICY_TABLES).map((d) => d.file),
    ),
    words(i18n, 'en'),
    words(i18n, 'zh'),
  ]);
  const files = datasetFiles({
    tables,
    policy,
    codebook: CODEBOOK,
    texts: { en, zh },
    version: DATA_VERSION,
    url: new URL('.', window.location.href).toString(),
  });
  const now = new Date();
  const blob = await downloadZip(
    files.map((f) => ({ name: f.name, input: f.text, lastModified: now })),
  ).blob();
  return { blob, name: datasetZipName(DATA_VERSION) };
}
