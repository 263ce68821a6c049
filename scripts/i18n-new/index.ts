/**
 * npm run i18n:new <code> — starts a language: creates locales/<code>/ with every namespace, every
 * text marked "TODO: " + the English source, and the plural forms the language has. Run it again
 * later to add texts that English gained since; what you translated is kept.
 * Usage: npm run i18n:new ja   (or: tsx scripts/i18n-new/index.ts ja --dir locales)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { COMPLETE_LANGUAGES, LANGUAGE_CODE, SOURCE_LANGUAGE, TOOL_LANGUAGES } from '../../src/i18n/constants';
import { knowsLanguage, pluralForms, scaffoldNamespace } from './scaffold';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'locales' } },
});
const lng = positionals[0];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!lng)
  fail('Name the language: npm run i18n:new <code>, e.g. npm run i18n:new ja (codes: ja, ko, fr, pt-BR …)');
if (!LANGUAGE_CODE.test(lng)) fail(`"${lng}" is not a language code: use e.g. ja, ko, fr, pt-BR`);
if ((COMPLETE_LANGUAGES as readonly string[]).includes(lng))
  fail(`${lng} is one of the complete languages already`);
if (TOOL_LANGUAGES.includes(lng))
  fail(`${lng} is reserved for translators' tools (show keys, pseudo-locale)`);
if (!knowsLanguage(lng))
  console.warn(
    `warning: this Node.js does not know "${lng}"; plural forms default to ${pluralForms(lng).join(', ')}`,
  );

const sourceDir = join(args.dir, SOURCE_LANGUAGE);
const target = join(args.dir, lng);
const existed = existsSync(target);
mkdirSync(target, { recursive: true });
let added = 0;
let kept = 0;
for (const file of readdirSync(sourceDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const source = JSON.parse(readFileSync(join(sourceDir, file), 'utf8'));
  const path = join(target, file);
  let existing = {};
  if (existsSync(path)) {
    try {
      existing = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      fail(`${path} is not valid JSON; fix it first (npm run i18n:check -- --lang ${lng} names the line)`);
    }
  }
  const result = scaffoldNamespace(source, lng, existing);
  added += result.added;
  kept += result.kept;
  writeFileSync(path, `${JSON.stringify(result.json, null, 2)}\n`);
}

console.log(
  existed
    ? `Updated ${target}/: ${added} new text(s) marked TODO, ${kept} kept as they were.`
    : `Created ${target}/ with ${added} texts, each marked "TODO: " followed by the English source.`,
);
console.log(`Plural forms for ${lng}: ${pluralForms(lng).join(', ')}.`);
console.log('');
console.log('Next:');
console.log(
  `  1. Open a file in ${target}/ (start with common.json) and replace a "TODO: …" text with your translation.`,
);
console.log('  2. npm run dev, then open http://localhost:5173/?lang=' + lng);
console.log(
  `  3. npm run i18n:check -- --lang ${lng} lists what is left; so does the status page (footer: Translation status).`,
);
