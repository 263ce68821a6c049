/**
 * What `npm run i18n:check` prints: the errors, then for each partial language how far it is per
 * namespace and, with --lang, what is still to do per file with the English and Chinese source and the
 * context note beside each key; or all of it as JSON (--json).
 */
import { contextOf, type ContextFiles, type KeyContext } from '../../src/i18n/status/context';
import { mainForm, type Texts } from '../../src/i18n/status/texts';
import type { LanguageStatus, Todo } from '../../src/i18n/status/translationStatus';
import { formatLocaleIssue, type LocaleIssue } from './check';

export interface TodoItem {
  key: string;
  line: number | null;
  reason: Todo['reason'];
  hint: string;
  en: string | null;
  zh: string | null;
  context: KeyContext | null;
}

export interface NamespaceReport {
  ns: string;
  file: string;
  total: number;
  translated: number;
  coverage: number;
  todo: TodoItem[];
}

export interface LanguageReport {
  lng: string;
  complete: boolean;
  total: number;
  translated: number;
  coverage: number;
  namespaces: NamespaceReport[];
}

export interface ReportInput {
  dir: string;
  statuses: LanguageStatus[];
  texts: Texts;
  lines: Map<string, Map<string, number>>;
  context: ContextFiles;
  complete: readonly string[];
}

const HINTS: Record<Todo['reason'], string> = {
  missing: 'not in the file yet',
  marked: 'TODO',
  empty: 'empty',
  sameAsSource: 'the same as the English text',
};

export function languageReports(input: ReportInput): LanguageReport[] {
  return input.statuses.map((status) => ({
    lng: status.lng,
    complete: input.complete.includes(status.lng),
    total: status.total,
    translated: status.translated,
    coverage: status.total ? status.translated / status.total : 1,
    namespaces: status.namespaces.map((ns) => {
      const file = `${input.dir}/${status.lng}/${ns.ns}.json`;
      const lines = input.lines.get(file);
      const source = (lng: string, key: string) => {
        const text = input.texts.get(lng)?.get(ns.ns)?.get(key);
        return text ? mainForm(text) : null;
      };
      return {
        ns: ns.ns,
        file,
        total: ns.total,
        translated: ns.translated,
        coverage: ns.total ? ns.translated / ns.total : 1,
        todo: ns.todo.map((t) => ({
          key: t.key,
          line: lines?.get(t.key) ?? lines?.get(`${t.key}_other`) ?? null,
          reason: t.reason,
          hint: t.markedButEdited
            ? 'translated, but still marked: delete "TODO: " at its start, or the English still shows'
            : HINTS[t.reason],
          en: source('en', t.key),
          zh: source('zh', t.key),
          context: contextOf(input.context, ns.ns, t.key),
        })),
      };
    }),
  }));
}

const percent = (share: number) => `${(share * 100).toFixed(share === 1 || share === 0 ? 0 : 1)} %`;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const padLeft = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;

/** The per-namespace table of a language, and with `todoLimit` its to-do list per file. */
export function formatLanguage(report: LanguageReport, todoLimit: number | null): string[] {
  const out: string[] = [];
  out.push(
    `${report.lng}: ${report.translated} of ${report.total} texts translated (${percent(report.coverage)})` +
      (report.complete ? ' — a complete language' : ''),
  );
  out.push(
    `  ${pad('namespace', 12)}${padLeft('done', 6)} / ${pad('all', 6)}${padLeft('coverage', 9)}  to do`,
  );
  for (const ns of report.namespaces)
    out.push(
      `  ${pad(ns.ns, 12)}${padLeft(String(ns.translated), 6)} / ${pad(String(ns.total), 6)}${padLeft(percent(ns.coverage), 9)}  ${ns.todo.length}`,
    );
  if (todoLimit === null) return out;
  out.push('');
  out.push(
    '  TODO: the text is still "TODO: " + the English source; replace all of it with your translation. Keep each {{placeholder}}.',
  );
  for (const ns of report.namespaces) {
    if (ns.todo.length === 0) continue;
    const shown = ns.todo.slice(0, todoLimit);
    out.push('');
    out.push(
      `  To do in ${ns.file}` +
        (shown.length < ns.todo.length
          ? ` (${shown.length} of ${ns.todo.length}; --all lists every one):`
          : ':'),
    );
    for (const item of shown) {
      out.push(`    ${item.line ? `line ${item.line}: ` : ''}${item.key} — ${item.hint}`);
      const sources = [item.en !== null ? `en "${item.en}"` : '', item.zh !== null ? `zh "${item.zh}"` : '']
        .filter(Boolean)
        .join(' · ');
      if (sources) out.push(`      ${sources}`);
      const c = item.context;
      const notes = [
        c?.note ?? '',
        c?.maxLength ? `at most ${c.maxLength} characters` : '',
        ...Object.entries(c?.placeholders ?? {}).map(([p, d]) => `{{${p}}}: ${d}`),
      ].filter(Boolean);
      if (notes.length) out.push(`      context: ${notes.join(' · ')}`);
    }
  }
  return out;
}

export function formatErrors(issues: readonly LocaleIssue[]): string[] {
  return issues.map(formatLocaleIssue);
}

export function summaryLine(errors: number, reports: readonly LanguageReport[]): string {
  const coverage = reports.map((r) => `${r.lng} ${percent(r.coverage).replace(' ', '')}`).join(', ');
  const todo = reports.filter((r) => !r.complete).reduce((n, r) => n + (r.total - r.translated), 0);
  return `i18n check: ${errors} error(s)${todo ? `, ${todo} text(s) to translate` : ''}; coverage ${coverage}`;
}
