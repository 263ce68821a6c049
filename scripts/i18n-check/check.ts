/**
 * Checks locale files the way a translator needs: every problem names the file, the line and the key,
 * and says what to do; what is still untranslated is counted per language and namespace. Pure: takes
 * file contents (and what the code scan found), returns issues and the status of every language.
 */
import { isUntranslated, LANGUAGE_CODE, UNTRANSLATED_MARKER } from '../../src/i18n/constants';
import { contextOf, patternMatchesAny, type ContextFiles } from '../../src/i18n/status/context';
import { groupTexts, isPlural, placeholdersOf, type Text, type Texts } from '../../src/i18n/status/texts';
import { languageStatus, referenceKeys, type LanguageStatus } from '../../src/i18n/status/translationStatus';
import { readLocaleJson } from './json';
import { doubledWords, PLACEHOLDER_KINDS, unitWordsOf, type PlaceholderKind } from './meaning';
import { markupIn, nestedKeys, settingProblem, visibleLength } from './rules';

export interface LocaleFile {
  lng: string;
  ns: string;
  /** Path shown in messages, e.g. locales/zh/common.json. */
  path: string;
  text: string;
}

export interface LocaleIssue {
  severity: 'error' | 'warning';
  file: string;
  key?: string;
  line?: number;
  reason: string;
}

export interface CheckOptions {
  /** Notes per namespace (locales/_context/<ns>.json). */
  context?: ContextFiles;
  /** What the code puts into each placeholder, "ns:key" → name → kind (from the code scan). */
  kinds?: ReadonlyMap<string, ReadonlyMap<string, PlaceholderKind>>;
}

export interface LocaleReport {
  issues: LocaleIssue[];
  /** Share of reference texts each language translates itself (0–1). */
  coverage: Record<string, number>;
  statuses: LanguageStatus[];
  texts: Texts;
  /** Path → key (as written, plural suffix included) → line. */
  lines: Map<string, Map<string, number>>;
  /** Keys that texts nest with $t(…): "ns:key". */
  nested: Set<string>;
}

export function formatLocaleIssue(issue: LocaleIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const key = issue.key ? ` key "${issue.key}"` : '';
  return `${issue.severity === 'error' ? 'error' : 'warning'} ${where}${key}: ${issue.reason}`;
}

function pluralCategories(lng: string): string[] {
  try {
    return new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  } catch {
    return ['one', 'other'];
  }
}

const suffixed = (text: Text, form: string) => (form ? `${text.key}_${form}` : text.key);

export function checkLocales(
  files: readonly LocaleFile[],
  complete: readonly string[],
  options: CheckOptions = {},
): LocaleReport {
  const issues: LocaleIssue[] = [];
  const error = (file: string, reason: string, key?: string, line?: number) =>
    issues.push({ severity: 'error', file, reason, ...(key ? { key } : {}), ...(line ? { line } : {}) });
  const texts: Texts = new Map();
  const lines = new Map<string, Map<string, number>>();
  const broken = new Set<string>();
  const paths = new Map<string, string>();

  for (const file of files) {
    paths.set(`${file.lng}:${file.ns}`, file.path);
    if (!LANGUAGE_CODE.test(file.lng))
      error(file.path, `"${file.lng}" is not a language code (use e.g. ja, pt-BR)`);
    const json = readLocaleJson(file.text);
    lines.set(file.path, json.lines);
    if (json.syntax) {
      error(
        file.path,
        `invalid JSON (${json.syntax.reason}); fix this file first`,
        undefined,
        json.syntax.line,
      );
      broken.add(`${file.lng}:${file.ns}`);
      continue;
    }
    if (json.notObject || !json.flat) {
      error(file.path, 'must hold a JSON object of keys');
      broken.add(`${file.lng}:${file.ns}`);
      continue;
    }
    for (const d of json.duplicates)
      error(
        file.path,
        `written twice (first on line ${d.firstLine}): JSON keeps only the last one, the first is lost`,
        d.key,
        d.line,
      );
    for (const [key, value] of json.flat)
      if (typeof value !== 'string') error(file.path, 'must be a string', key, json.lines.get(key));
    const byLng = texts.get(file.lng) ?? new Map<string, Map<string, Text>>();
    byLng.set(file.ns, groupTexts(json.flat));
    texts.set(file.lng, byLng);
  }

  const languages = [...texts.keys()].sort();
  const completeLangs = complete.filter((l) => texts.has(l));
  const reference = referenceKeys(texts, completeLangs);
  const namespaces = [...new Set(files.map((f) => f.ns))].sort();
  const pathOf = (lng: string, ns: string) => paths.get(`${lng}:${ns}`) ?? `locales/${lng}/${ns}.json`;
  const lineOf = (lng: string, ns: string, key: string) => lines.get(pathOf(lng, ns))?.get(key);
  const has = (lng: string, ns: string, key: string) => texts.get(lng)?.get(ns)?.has(key) ?? false;
  const nested = new Set<string>();

  for (const lng of languages) {
    const isComplete = completeLangs.includes(lng);
    const unitWords = unitWordsOf([
      ...[...(texts.get(lng)?.get('units')?.values() ?? [])].flatMap((t) => [...t.forms.values()]),
    ]);
    if (isComplete)
      for (const ns of namespaces)
        if (!paths.has(`${lng}:${ns}`))
          error(pathOf(lng, ns), `file is missing (other complete languages have namespace "${ns}")`);

    for (const [ns, keys] of reference) {
      if (!isComplete || broken.has(`${lng}:${ns}`)) continue;
      for (const key of keys)
        if (!has(lng, ns, key))
          error(
            pathOf(lng, ns),
            `missing (present in ${completeLangs.filter((l) => has(l, ns, key)).join(', ')})`,
            key,
          );
    }

    for (const [ns, entries] of texts.get(lng) ?? []) {
      const path = pathOf(lng, ns);
      for (const text of entries.values()) {
        const line = lineOf(lng, ns, suffixed(text, [...text.forms.keys()][0] ?? ''));
        if (!reference.get(ns)?.has(text.key)) {
          error(path, `extra key: no complete language (${completeLangs.join(', ')}) has it`, text.key, line);
          continue;
        }
        const lacking = completeLangs.filter(
          (l) => l !== lng && !has(l, ns, text.key) && !broken.has(`${l}:${ns}`),
        );
        if (isComplete && lacking.length)
          error(
            path,
            `extra key: ${lacking.join(', ')} lacks it (a typo, or a key not yet added there)`,
            text.key,
            line,
          );
        checkText(text, lng, ns, isComplete, unitWords, line);
      }
    }
  }

  function checkText(
    text: Text,
    lng: string,
    ns: string,
    isComplete: boolean,
    unitWords: readonly string[],
    firstLine: number | undefined,
  ) {
    const path = pathOf(lng, ns);
    const context = options.context ? contextOf(options.context, ns, text.key) : null;
    const plural = isPlural(text);
    if (plural) {
      const needed = pluralCategories(lng);
      for (const cat of needed)
        if (!text.forms.has(cat))
          error(
            path,
            `plural form "${cat}" is missing (${lng} needs ${needed.join(', ')})`,
            `${text.key}_${cat}`,
            firstLine,
          );
      for (const cat of text.forms.keys())
        if (!needed.includes(cat))
          error(
            path,
            `${lng} has no plural form "${cat}" (it uses ${needed.join(', ')}): delete this line`,
            `${text.key}_${cat}`,
            lineOf(lng, ns, `${text.key}_${cat}`),
          );
    }
    const kinds = new Map<string, PlaceholderKind>(options.kinds?.get(`${ns}:${text.key}`) ?? []);
    for (const [name, kind] of Object.entries(context?.kinds ?? {}))
      if ((PLACEHOLDER_KINDS as readonly string[]).includes(kind)) kinds.set(name, kind as PlaceholderKind);

    for (const [form, value] of text.forms) {
      const key = suffixed(text, form);
      const line = lineOf(lng, ns, key);
      if (isUntranslated(value)) {
        // A partial language's untranslated text is to do, not an error; a complete one's is.
        if (isComplete)
          error(
            path,
            value.startsWith(UNTRANSLATED_MARKER) ? 'is still marked as untranslated' : 'is empty',
            key,
            line,
          );
        continue;
      }
      const markup = markupIn(value);
      if (markup) error(path, `contains markup (${markup}): texts are plain and shown as written`, key, line);
      for (const n of nestedKeys(value, ns)) {
        nested.add(`${n.ns}:${n.key}`);
        if (!reference.get(n.ns)?.has(n.key))
          error(path, `nests $t(${n.written}), but no complete language has "${n.ns}:${n.key}"`, key, line);
      }
      const setting = settingProblem(ns, text.key, value);
      if (setting) error(path, setting, key, line);
      if (context?.maxLength && visibleLength(value) > context.maxLength)
        error(
          path,
          `is ${visibleLength(value)} characters; at most ${context.maxLength} fit where it is shown${context.note ? ` (${context.note})` : ''}`,
          key,
          line,
        );
      for (const problem of doubledWords(value, kinds, lng, unitWords)) error(path, problem, key, line);
    }

    // Placeholders must match every complete language's version (count is implied for plurals).
    const values = [...text.forms.values()].filter((v) => !isUntranslated(v));
    if (values.length === 0) return;
    const mine = new Set(values.flatMap(placeholdersOf));
    if (plural) mine.delete('count');
    for (const other of completeLangs) {
      if (other === lng) continue;
      const theirs = texts.get(other)?.get(ns)?.get(text.key);
      if (!theirs) continue;
      const ref = new Set([...theirs.forms.values()].flatMap(placeholdersOf));
      if (plural) ref.delete('count');
      const missing = [...ref].filter((p) => !mine.has(p));
      const extra = [...mine].filter((p) => !ref.has(p));
      if (missing.length || extra.length) {
        const parts = [
          missing.length ? `lacks ${missing.map((p) => `{{${p}}}`).join(', ')}` : '',
          extra.length ? `has unknown ${extra.map((p) => `{{${p}}}`).join(', ')}` : '',
        ].filter(Boolean);
        error(path, `placeholders differ from ${other}: ${parts.join('; ')}`, text.key, firstLine);
        break;
      }
    }
  }

  checkContext(options.context, reference, texts, issues);

  const ordered = [...completeLangs, ...languages.filter((l) => !completeLangs.includes(l))];
  const statuses = ordered.map((lng) => languageStatus(texts, lng, completeLangs));
  const coverage: Record<string, number> = {};
  for (const s of statuses) coverage[s.lng] = s.total === 0 ? 1 : s.translated / s.total;
  return { issues, coverage, statuses, texts, lines, nested };
}

/** A context note must describe a key that exists, and placeholders its text has. */
function checkContext(
  context: ContextFiles | undefined,
  reference: Map<string, Set<string>>,
  texts: Texts,
  issues: LocaleIssue[],
) {
  if (!context) return;
  for (const [ns, entries] of context) {
    const file = `locales/_context/${ns}.json`;
    const keys = reference.get(ns);
    if (!keys) {
      issues.push({ severity: 'error', file, reason: `no namespace "${ns}" in the complete languages` });
      continue;
    }
    for (const [pattern, note] of entries) {
      if (!patternMatchesAny(pattern, keys)) {
        issues.push({ severity: 'error', file, key: pattern, reason: 'names no key of the namespace' });
        continue;
      }
      for (const name of [...Object.keys(note.placeholders ?? {}), ...Object.keys(note.kinds ?? {})]) {
        const present = [...keys].some(
          (k) =>
            patternMatchesAny(pattern, [k]) &&
            [...(texts.get('en')?.get(ns)?.get(k)?.forms.values() ?? [])].some((v) =>
              placeholdersOf(v).includes(name),
            ),
        );
        if (!present)
          issues.push({
            severity: 'error',
            file,
            key: pattern,
            reason: `describes {{${name}}}, which the text lacks`,
          });
      }
      for (const kind of Object.values(note.kinds ?? {}))
        if (!(PLACEHOLDER_KINDS as readonly string[]).includes(kind))
          issues.push({
            severity: 'error',
            file,
            key: pattern,
            reason: `unknown placeholder kind "${kind}" (use ${PLACEHOLDER_KINDS.join(', ')})`,
          });
    }
  }
}
