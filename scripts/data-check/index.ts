/**
 * npm run data:check — validates every table of src/data/csv, the references between them,
 * the labels they need in locales/, and that every research row is imported or excluded; likewise the
 * policy tables of src/data/policy and their texts in locales/<lng>/policies.json.
 * Usage: tsx scripts/data-check/index.ts [--dir src/data/csv] [--raw src/data/raw] [--policy src/data/policy] [--locales locales]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset } from '../../src/data/build';
import { COMPLETE_LANGUAGES } from '../../src/i18n/constants';
import { formatIssue, type DataIssue } from '../../src/data/parse';
import { TABLE_NAMES, TABLES, type TableTexts } from '../../src/data/tables';
import { checkConflicts } from './conflicts';
import { checkCoverage, RAW_FILES, rawRefs } from './coverage';
import { checkInternalJargon } from './jargon';
import { checkAssessmentRules } from './assessments';
import { checkLabels } from './labels';
import { checkPolicyLabels } from './policy';
import { checkPolicySources } from './policySources';
import { checkPublishers } from './publishers';
import { checkSeries } from './series';
import { checkSourceOrder } from './sourceOrder';
import { buildPolicy } from '../../src/data/policy/build';
import { CHANGELOG_FILE, checkChangelog, dataFiles, hashFiles, readChangelog } from '../build/dataVersion';
import { POLICY_TABLE_NAMES, POLICY_TABLES, type PolicyTexts } from '../../src/data/policy/schema';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'src/data/csv' },
    raw: { type: 'string', default: 'src/data/raw' },
    policy: { type: 'string', default: 'src/data/policy' },
    locales: { type: 'string', default: 'locales' },
  },
});

const issues: DataIssue[] = [];
const read = (path: string): string | null => {
  if (!existsSync(path)) {
    issues.push({ file: path, line: 0, reason: 'file is missing' });
    return null;
  }
  return readFileSync(path, 'utf8');
};

const texts = Object.fromEntries(
  TABLE_NAMES.map((name) => [name, read(join(args.dir, TABLES[name].file)) ?? '']),
) as TableTexts;
const dataset = buildDataset(texts);
issues.push(...dataset.issues.map((i) => ({ ...i, file: join(args.dir, i.file) })));
issues.push(...checkSeries(dataset, join(args.dir, TABLES.values.file)));
issues.push(...checkConflicts(dataset, join(args.dir, TABLES.conflicts.file)));

const rawTexts = Object.fromEntries(RAW_FILES.map((f) => [f, read(join(args.raw, f)) ?? '']));
const refs = TABLE_NAMES.flatMap((name) => rawRefs(join(args.dir, TABLES[name].file), texts[name]));
issues.push(...checkCoverage(rawTexts, refs, args.raw));

const policyTexts = Object.fromEntries(
  POLICY_TABLE_NAMES.map((name) => [name, read(join(args.policy, POLICY_TABLES[name].file)) ?? '']),
) as PolicyTexts;
const policy = buildPolicy(policyTexts);
issues.push(...policy.issues.map((i) => ({ ...i, file: join(args.policy, i.file) })));
issues.push(...checkSourceOrder(policy).map((i) => ({ ...i, file: join(args.policy, i.file) })));
issues.push(...checkAssessmentRules(dataset, policy, join(args.dir, TABLES.assessments.file)));
issues.push(...checkPolicySources(policy, dataset).map((i) => ({ ...i, file: join(args.policy, i.file) })));

for (const lng of COMPLETE_LANGUAGES) {
  const load = (ns: string) => {
    const text = read(join(args.locales, lng, `${ns}.json`));
    try {
      return text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  issues.push(
    ...checkLabels(dataset, lng, {
      indicators: load('indicators'),
      zones: load('zones'),
      regions: load('regions'),
      notes: load('notes'),
    }),
  );
  issues.push(...checkPolicyLabels(policy, lng, load('policies')));
  const notes = load('notes');
  issues.push(
    ...checkPublishers(
      dataset,
      lng,
      notes.publisher && typeof notes.publisher === 'object'
        ? (notes.publisher as Record<string, unknown>)
        : {},
    ),
  );
  for (const ns of ['policies', 'notes', 'indicators', 'zones', 'regions']) {
    issues.push(...checkInternalJargon(join(args.locales, lng, `${ns}.json`), load(ns)));
  }
}

// The changelog describes the files as they are: a data change needs an entry saying what changed.
for (const reason of checkChangelog(readChangelog('.'), hashFiles(dataFiles('.'))))
  issues.push({ file: CHANGELOG_FILE, line: 0, reason });

for (const issue of issues) console.error(formatIssue(issue));
console.log(issues.length === 0 ? 'data check: ok' : `data check: ${issues.length} problem(s)`);
process.exit(issues.length === 0 ? 0 : 1);
