/**
 * npm run i18n:check — every locales/<lng>/<ns>.json against the complete languages (zh, en).
 * Fails on missing or extra keys, empty strings, mismatched {{placeholders}}, wrong plural forms
 * and broken JSON; a partial language (e.g. a new ja/) only gets warnings and a coverage figure.
 * Usage: tsx scripts/i18n-check/index.ts [--dir locales]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COMPLETE_LANGUAGES } from '../../src/i18n/constants';
import { checkLocales, formatLocaleIssue, type LocaleFile } from './check';

const { values: args } = parseArgs({ options: { dir: { type: 'string', default: 'locales' } } });

const files: LocaleFile[] = [];
for (const lng of readdirSync(args.dir)) {
  const dir = join(args.dir, lng);
  if (!statSync(dir).isDirectory()) continue;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json')) continue;
    const path = join(dir, name);
    files.push({ lng, ns: name.replace(/\.json$/, ''), path, text: readFileSync(path, 'utf8') });
  }
}

const { issues, coverage } = checkLocales(files, COMPLETE_LANGUAGES);
const errors = issues.filter((i) => i.severity === 'error');
const warnings = issues.filter((i) => i.severity === 'warning');
for (const issue of errors) console.error(formatLocaleIssue(issue));
if (warnings.length > 20) {
  for (const issue of warnings.slice(0, 20)) console.warn(formatLocaleIssue(issue));
  console.warn(`… and ${warnings.length - 20} more warnings`);
} else {
  for (const issue of warnings) console.warn(formatLocaleIssue(issue));
}
const summary = Object.entries(coverage)
  .map(([lng, share]) => `${lng} ${(share * 100).toFixed(share === 1 ? 0 : 1)}%`)
  .join(', ');
console.log(`i18n check: ${errors.length} error(s), ${warnings.length} warning(s); coverage ${summary}`);
process.exit(errors.length > 0 ? 1 : 0);
