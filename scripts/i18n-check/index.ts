/**
 * npm run i18n:check — every locales/<lng>/<ns>.json against the complete languages (zh, en), and the
 * keys the code uses against the keys the files hold.
 *
 *   npm run i18n:check                  errors, and how far each partial language is, per namespace
 *   npm run i18n:check -- --lang ja     one language: its errors and what is still to do, file by file
 *   npm run i18n:check -- --lang ja --all   every text still to do, not the first ten per file
 *   npm run i18n:check -- --json        all of it, machine-readable
 *
 * Fails on errors: missing or extra keys, duplicate keys, empty or still-marked texts in a complete
 * language, markup, $t() to a missing key, mismatched or doubled {{placeholders}}, wrong plural forms,
 * too long for its place, broken JSON, keys the code uses that the files lack and keys no code uses.
 * Texts a partial language has not translated yet are not errors: they are counted and listed.
 * Also writes reports/i18n-usage.json (where each key is used), which the status page shows.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  COMPLETE_LANGUAGES,
  LANGUAGE_CODE,
  ON_DEMAND_NAMESPACES,
  VIEW_NAMESPACES,
} from '../../src/i18n/constants';
import type { ContextFiles, KeyContext } from '../../src/i18n/status/context';
import { referenceKeys } from '../../src/i18n/status/translationStatus';
import { VIEWS } from '../../src/state/views';
import { checkLocales, type LocaleFile, type LocaleIssue } from './check';
import { checkCodeKeys, keyViews } from './code';
import { scanCode, viewsOfFiles } from './extract';
import { readLocaleJson } from './json';
import { formatErrors, formatLanguage, languageReports, summaryLine } from './report';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'locales' },
    lang: { type: 'string' },
    all: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'no-code': { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    usage: { type: 'string', default: 'reports/i18n-usage.json' },
  },
});

const files: LocaleFile[] = [];
const context: ContextFiles = new Map();
const contextIssues: LocaleIssue[] = [];
for (const name of readdirSync(args.dir).sort()) {
  const dir = join(args.dir, name);
  if (!statSync(dir).isDirectory()) continue;
  if (name === '_context') {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const json = readLocaleJson(text);
      if (json.syntax) {
        contextIssues.push({
          severity: 'error',
          file: path,
          line: json.syntax.line,
          reason: `invalid JSON (${json.syntax.reason})`,
        });
        continue;
      }
      for (const d of json.duplicates)
        contextIssues.push({
          severity: 'error',
          file: path,
          line: d.line,
          key: d.key,
          reason: 'written twice',
        });
      context.set(
        file.replace(/\.json$/, ''),
        new Map(Object.entries(JSON.parse(text) as Record<string, KeyContext>)),
      );
    }
    continue;
  }
  if (!LANGUAGE_CODE.test(name) && name.startsWith('_')) continue;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    const path = join(dir, file);
    files.push({ lng: name, ns: file.replace(/\.json$/, ''), path, text: readFileSync(path, 'utf8') });
  }
}

if (args.lang && !files.some((f) => f.lng === args.lang)) {
  console.error(
    `No folder ${join(args.dir, args.lang)}: start the language with npm run i18n:new ${args.lang}`,
  );
  process.exit(1);
}

// The code scan tells what each placeholder holds (for every language) and which keys the code uses.
const scan = args['no-code'] ? null : scanCode(args.root);
const report = checkLocales(files, COMPLETE_LANGUAGES, { context, ...(scan ? { kinds: scan.kinds } : {}) });
const reference = referenceKeys(report.texts, COMPLETE_LANGUAGES);
const sourcePath = (ns: string) => join(args.dir, 'en', `${ns}.json`);
const startup = [...reference.keys()].filter((ns) => !ON_DEMAND_NAMESPACES.includes(ns));
const codeIssues = scan
  ? checkCodeKeys({
      scan,
      reference,
      nested: report.nested,
      startupNamespaces: startup,
      pathOf: sourcePath,
      lineOf: (ns, key) => report.lines.get(sourcePath(ns))?.get(key),
    })
  : [];
if (scan) {
  const usage = keyViews(scan, viewsOfFiles(scan, VIEWS), reference);
  mkdirSync(dirname(args.usage), { recursive: true });
  writeFileSync(
    args.usage,
    `${JSON.stringify({ views: VIEWS, viewNamespaces: VIEW_NAMESPACES, keys: usage })}\n`,
  );
}

const inLanguage = (issue: LocaleIssue) =>
  !args.lang ||
  issue.file.startsWith(join(args.dir, args.lang) + '/') ||
  issue.file.startsWith(`${join(args.dir, args.lang)}\\`);
const allIssues = [...contextIssues, ...report.issues, ...(args.lang ? [] : codeIssues)];
const shown = allIssues.filter(inLanguage);
const errors = shown.filter((i) => i.severity === 'error');
const languages = languageReports({
  dir: args.dir,
  statuses: report.statuses.filter((s) => !args.lang || s.lng === args.lang),
  texts: report.texts,
  lines: report.lines,
  context,
  complete: COMPLETE_LANGUAGES,
});

if (args.json) {
  console.log(
    JSON.stringify(
      {
        errors: errors,
        warnings: shown.filter((i) => i.severity === 'warning'),
        languages,
        unseenKeys: scan?.unseen ?? [],
      },
      null,
      1,
    ),
  );
} else {
  for (const line of formatErrors(errors)) console.error(line);
  const elsewhere = allIssues.filter((i) => i.severity === 'error').length - errors.length;
  if (args.lang && elsewhere > 0)
    console.log(`(${elsewhere} error(s) in other languages' files; run without --lang to see them)`);
  for (const lang of languages) {
    if (lang.complete && !args.lang) continue;
    console.log('');
    for (const line of formatLanguage(lang, args.lang ? (args.all ? Infinity : 10) : null)) console.log(line);
    if (!args.lang && lang.translated < lang.total)
      console.log(`  npm run i18n:check -- --lang ${lang.lng} lists what is still to do, file by file`);
  }
  for (const u of scan?.unseen ?? [])
    console.log(
      `note ${u.file}:${u.line}: t(${u.text}) — the check cannot see which key this is; give it a key type`,
    );
  console.log('');
  console.log(summaryLine(errors.length, languages));
  if (!existsSync(args.usage) && scan) console.log(`could not write ${args.usage}`);
}
// exitCode, not exit(): a long report to a pipe must be written out in full first.
process.exitCode = errors.length > 0 ? 1 : 0;
