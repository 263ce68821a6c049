/**
 * Checks locale files the way a translator needs: every problem names the file and the key
 * (or the line, for broken JSON). Pure: takes file contents, returns issues.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

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

export interface LocaleReport {
  issues: LocaleIssue[];
  /** Share of reference keys each language translates itself (0–1). */
  coverage: Record<string, number>;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g;

export function formatLocaleIssue(issue: LocaleIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const key = issue.key ? ` key "${issue.key}"` : '';
  return `${issue.severity === 'error' ? 'error' : 'warning'} ${where}${key}: ${issue.reason}`;
}

/** The first syntax error of a JSON text with its line, or null when the text is valid JSON. */
export function jsonSyntaxError(text: string): { line: number; reason: string } | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  return { line: text.slice(0, first.offset).split('\n').length, reason: printParseErrorCode(first.error) };
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string));
}

function pluralCategories(lng: string): string[] {
  try {
    return new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  } catch {
    return ['one', 'other'];
  }
}

interface Entry {
  file: string;
  /** Key without plural suffix. */
  base: string;
  forms: Map<string, string>;
}

export function checkLocales(files: readonly LocaleFile[], complete: readonly string[]): LocaleReport {
  const issues: LocaleIssue[] = [];
  const languages = [...new Set(files.map((f) => f.lng))].sort();
  const namespaces = [...new Set(files.map((f) => f.ns))].sort();
  // lng -> "ns:base" -> entry
  const table = new Map<string, Map<string, Entry>>(languages.map((l) => [l, new Map()]));
  // Files that do not parse: their keys are not reported missing one by one.
  const broken = new Set<string>();

  for (const file of files) {
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(file.lng)) {
      issues.push({
        severity: 'error',
        file: file.path,
        reason: `"${file.lng}" is not a language code (use e.g. ja, pt-BR)`,
      });
    }
    const syntax = jsonSyntaxError(file.text);
    if (syntax) {
      issues.push({
        severity: 'error',
        file: file.path,
        line: syntax.line,
        reason: `invalid JSON (${syntax.reason}); fix this file first`,
      });
      broken.add(`${file.lng}:${file.ns}`);
      continue;
    }
    const json: unknown = JSON.parse(file.text);
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      issues.push({ severity: 'error', file: file.path, reason: 'must hold a JSON object of keys' });
      continue;
    }
    const flat = new Map<string, unknown>();
    flatten(json, '', flat);
    const entries = table.get(file.lng) as Map<string, Entry>;
    for (const [key, value] of flat) {
      if (typeof value !== 'string') {
        issues.push({ severity: 'error', file: file.path, key, reason: 'must be a string' });
        continue;
      }
      if (value.trim() === '') {
        // Reported once here; the key still counts as present so other languages are not blamed.
        issues.push({ severity: 'error', file: file.path, key, reason: 'is empty' });
      }
      const suffix = PLURAL_SUFFIX.exec(key);
      const base = suffix ? key.slice(0, suffix.index) : key;
      const id = `${file.ns}:${base}`;
      const entry = entries.get(id) ?? { file: file.path, base, forms: new Map<string, string>() };
      entry.forms.set(suffix ? (suffix[1] as string) : '', value);
      entries.set(id, entry);
    }
  }

  const pathOf = (lng: string, ns: string) =>
    files.find((f) => f.lng === lng && f.ns === ns)?.path ?? `locales/${lng}/${ns}.json`;
  const completeLangs = complete.filter((l) => table.has(l));
  const reference = new Set(completeLangs.flatMap((l) => [...(table.get(l) as Map<string, Entry>).keys()]));

  for (const lng of languages) {
    const isComplete = completeLangs.includes(lng);
    const entries = table.get(lng) as Map<string, Entry>;
    for (const ns of namespaces) {
      if (isComplete && !files.some((f) => f.lng === lng && f.ns === ns)) {
        issues.push({
          severity: 'error',
          file: pathOf(lng, ns),
          reason: `file is missing (other complete languages have namespace "${ns}")`,
        });
      }
    }
    for (const id of reference) {
      if (entries.has(id)) continue;
      const [ns, base] = id.split(/:(.*)/s) as [string, string];
      if (broken.has(`${lng}:${ns}`)) continue;
      const present = completeLangs.filter((l) => table.get(l)?.has(id));
      issues.push({
        severity: isComplete ? 'error' : 'warning',
        file: pathOf(lng, ns),
        key: base,
        reason: isComplete
          ? `missing (present in ${present.join(', ')})`
          : 'not translated yet; falls back to another language',
      });
    }
    for (const [id, entry] of entries) {
      if (!reference.has(id)) {
        issues.push({
          severity: 'error',
          file: entry.file,
          key: entry.base,
          reason: `extra key: no complete language (${completeLangs.join(', ')}) has it`,
        });
        continue;
      }
      const lacking = completeLangs.filter(
        (l) => l !== lng && !table.get(l)?.has(id) && !broken.has(`${l}:${id.split(':')[0]}`),
      );
      if (isComplete && lacking.length > 0) {
        issues.push({
          severity: 'error',
          file: entry.file,
          key: entry.base,
          reason: `extra key: ${lacking.join(', ')} lacks it (a typo, or a key not yet added there)`,
        });
      }
      const plural = !entry.forms.has('');
      if (plural) {
        const needed = pluralCategories(lng);
        for (const cat of needed) {
          if (!entry.forms.has(cat)) {
            issues.push({
              severity: 'error',
              file: entry.file,
              key: `${entry.base}_${cat}`,
              reason: `plural form "${cat}" is missing (${lng} needs ${needed.join(', ')})`,
            });
          }
        }
        for (const cat of entry.forms.keys()) {
          if (!needed.includes(cat)) {
            issues.push({
              severity: 'error',
              file: entry.file,
              key: `${entry.base}_${cat}`,
              reason: `${lng} has no plural form "${cat}" (it uses ${needed.join(', ')})`,
            });
          }
        }
      }
      // Placeholders must match every complete language's version (count is implied for plurals).
      const mine = new Set([...entry.forms.values()].flatMap((v) => [...placeholders(v)]));
      if (plural) mine.delete('count');
      for (const other of completeLangs) {
        if (other === lng) continue;
        const theirs = table.get(other)?.get(id);
        if (!theirs) continue;
        const ref = new Set([...theirs.forms.values()].flatMap((v) => [...placeholders(v)]));
        if (plural) ref.delete('count');
        const missing = [...ref].filter((p) => !mine.has(p));
        const extra = [...mine].filter((p) => !ref.has(p));
        if (missing.length || extra.length) {
          const parts = [
            missing.length ? `lacks ${missing.map((p) => `{{${p}}}`).join(', ')}` : '',
            extra.length ? `has unknown ${extra.map((p) => `{{${p}}}`).join(', ')}` : '',
          ].filter(Boolean);
          issues.push({
            severity: 'error',
            file: entry.file,
            key: entry.base,
            reason: `placeholders differ from ${other}: ${parts.join('; ')}`,
          });
          break;
        }
      }
    }
  }

  const coverage: Record<string, number> = {};
  for (const lng of languages) {
    const entries = table.get(lng) as Map<string, Entry>;
    const have = [...reference].filter((id) => entries.has(id)).length;
    coverage[lng] = reference.size === 0 ? 1 : have / reference.size;
  }
  return { issues, coverage };
}
