/**
 * Which translation keys the code uses, read with the TypeScript type checker rather than by pattern:
 * with typed keys, `t(`views.${v}.title`)` has the type "views.overview.title" | "views.compare.title" | …,
 * and a t function's type names its namespaces (`TFunction<["compare", "common"]>`), so both come out
 * exact. Keys built from data ids go through dataKey() (src/i18n/keys.ts): each call is recorded as a
 * pattern that allows every key it can build; data:check holds the ids to account.
 */
import { join, relative } from 'node:path';
import ts from 'typescript';
import { DEFAULT_NAMESPACE } from '../../src/i18n/constants';
import type { PlaceholderKind } from './meaning';

export interface KeyUse {
  ns: string;
  key: string;
  file: string;
}

export interface DataPattern {
  ns: string;
  /** The path as written, `${…}` for each id: "${string}.name". */
  path: string;
  regex: RegExp;
  file: string;
}

export interface CodeScan {
  uses: KeyUse[];
  patterns: DataPattern[];
  /** File → namespaces its texts come from. */
  namespaces: Map<string, Set<string>>;
  /** "ns:key" → placeholder → what the code puts in it. */
  kinds: Map<string, Map<string, PlaceholderKind>>;
  /** t() calls whose key the scan cannot see (a plain string): reported so they can be typed. */
  unseen: Array<{ file: string; line: number; text: string }>;
  /** File → files of src it imports (statically or lazily). */
  imports: Map<string, Set<string>>;
  files: string[];
}

/** A union this wide is "any key of the namespace" (a typed key passed around): the literals that built it count instead. */
const WIDE = 150;

const FORMATTERS: Record<string, PlaceholderKind> = {
  year: 'year',
  formatYear: 'year',
  date: 'date',
  formatPartialDate: 'date',
  amount: 'figure',
  formatAmount: 'figure',
  stated: 'figure',
  formatStated: 'figure',
  number: 'number',
  formatNumber: 'number',
};

/** Options of t() that are not placeholders. */
const I18NEXT_OPTIONS = new Set([
  'returnDetails',
  'returnObjects',
  'lng',
  'lngs',
  'ns',
  'context',
  'ordinal',
  'joinArrays',
  'postProcess',
  'interpolation',
  'keySeparator',
  'nsSeparator',
]);

function literalValues(type: ts.Type): string[] | null {
  if (type.isStringLiteral()) return [type.value];
  if (type.isUnion() && type.types.every((t) => t.isStringLiteral()))
    return type.types.map((t) => (t as ts.StringLiteralType).value);
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function scanCode(root: string, srcDir = 'src'): CodeScan {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${configPath}`);
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const srcRoot = join(root, srcDir);
  const rel = (file: string) => relative(root, file).split('\\').join('/');
  const inSrc = (file: string) => !relative(srcRoot, file).startsWith('..') && !file.endsWith('.d.ts');

  const scan: CodeScan = {
    uses: [],
    patterns: [],
    namespaces: new Map(),
    kinds: new Map(),
    unseen: [],
    imports: new Map(),
    files: [],
  };

  const namespacesOfT = (callee: ts.Expression): string[] => {
    const type = checker.getTypeAtLocation(callee);
    const args =
      type.aliasSymbol?.name === 'TFunction'
        ? type.aliasTypeArguments
        : type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference
          ? checker.getTypeArguments(type as ts.TypeReference)
          : undefined;
    const first = args?.[0];
    if (!first) return [DEFAULT_NAMESPACE];
    const values = namespaceValues(first);
    return values.length && !values.includes('translation') ? values : [DEFAULT_NAMESPACE];
  };

  const namespaceValues = (type: ts.Type): string[] => {
    const literal = literalValues(type);
    if (literal) return literal;
    if (checker.isTupleType(type))
      return checker.getTypeArguments(type as ts.TypeReference).flatMap(namespaceValues);
    return [];
  };

  const classify = (expr: ts.Expression, depth = 0): PlaceholderKind => {
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr))
      return classify(expr.expression, depth);
    if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (name in FORMATTERS) return FORMATTERS[name] as PlaceholderKind;
    }
    if (ts.isConditionalExpression(expr)) {
      const a = classify(expr.whenTrue, depth);
      return a === classify(expr.whenFalse, depth) ? a : 'other';
    }
    if (ts.isIdentifier(expr) && depth < 3) {
      const symbol = checker.getSymbolAtLocation(expr);
      const decl = symbol?.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer)
        return classify(decl.initializer, depth + 1);
    }
    return checker.getTypeAtLocation(expr).flags & ts.TypeFlags.NumberLike ? 'number' : 'other';
  };

  const record = (file: string, ns: string, key: string) => {
    scan.uses.push({ ns, key, file });
    const set = scan.namespaces.get(file) ?? new Set<string>();
    set.add(ns);
    scan.namespaces.set(file, set);
  };

  const split = (value: string, defaultNs: string): [string, string] => {
    const i = value.indexOf(':');
    return i > 0 ? [value.slice(0, i), value.slice(i + 1)] : [defaultNs, value];
  };

  const dataKeyPattern = (call: ts.CallExpression, file: string): DataPattern | null => {
    const [nsArg, pathArg] = call.arguments;
    if (!nsArg || !pathArg || !ts.isStringLiteral(nsArg)) return null;
    let path: string;
    let regex: string;
    if (ts.isStringLiteral(pathArg) || ts.isNoSubstitutionTemplateLiteral(pathArg)) {
      path = pathArg.text;
      regex = escape(path);
    } else if (ts.isTemplateExpression(pathArg)) {
      const parts = [pathArg.head.text, ...pathArg.templateSpans.map((s) => s.literal.text)];
      path = parts.join('${…}');
      regex = parts.map(escape).join('.+');
    } else {
      path = '${…}';
      regex = '.+';
    }
    return { ns: nsArg.text, path, regex: new RegExp(`^${regex}$`), file };
  };

  const keysOf = (
    arg: ts.Expression,
    defaultNs: string,
    file: string,
    line: number,
    reportUnseen: boolean,
  ): Array<[string, string]> => {
    if (ts.isCallExpression(arg) && ts.isIdentifier(arg.expression) && arg.expression.text === 'dataKey')
      return [];
    const type = checker.getTypeAtLocation(arg);
    const values = literalValues(type);
    if (values && values.length <= WIDE) return values.map((v) => split(v, defaultNs));
    // A helper generic in its key (optionalText): the calls that pass it a key are scanned instead.
    const generic = (type.isIntersection() ? type.types : [type]).some((t) => t.isTypeParameter());
    if (!values && reportUnseen && !generic)
      scan.unseen.push({ file, line, text: arg.getText().slice(0, 80) });
    return [];
  };

  for (const sf of program.getSourceFiles()) {
    if (!inSrc(sf.fileName)) continue;
    const file = rel(sf.fileName);
    scan.files.push(file);
    const imports = new Set<string>();
    const addImport = (spec: string) => {
      const resolved = ts.resolveModuleName(spec, sf.fileName, config.options, ts.sys).resolvedModule;
      if (resolved && inSrc(resolved.resolvedFileName)) imports.add(rel(resolved.resolvedFileName));
    };
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;

    const visit = (node: ts.Node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
        if (ts.isStringLiteral(node.moduleSpecifier)) addImport(node.moduleSpecifier.text);
        return;
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : '';
        const [first, second] = node.arguments;
        if (callee.kind === ts.SyntaxKind.ImportKeyword && first && ts.isStringLiteralLike(first))
          addImport(first.text);
        if (name === 'dataKey') {
          const pattern = dataKeyPattern(node, file);
          if (pattern) {
            scan.patterns.push(pattern);
            const set = scan.namespaces.get(file) ?? new Set<string>();
            set.add(pattern.ns);
            scan.namespaces.set(file, set);
          }
        }
        // i18n.getResource(lng, 'ns', 'group') reads a whole group of texts (search aliases): every key under it is used.
        if (name === 'getResource' && second && node.arguments[2]) {
          const group = node.arguments[2];
          if (ts.isStringLiteral(second) && ts.isStringLiteralLike(group))
            scan.patterns.push({
              ns: second.text,
              path: `${group.text}.\${…}`,
              regex: new RegExp(`^${escape(group.text)}\\..+$`),
              file,
            });
        }
        if (name === 'useTranslation' && first) {
          const set = scan.namespaces.get(file) ?? new Set<string>();
          for (const ns of namespaceValues(checker.getTypeAtLocation(first))) set.add(ns);
          scan.namespaces.set(file, set);
        }
        if ((name === 't' || name === 'exists' || name === 'optionalText') && first) {
          const keyArg = name === 'optionalText' ? node.arguments[2] : first;
          const defaultNs =
            name === 't' ? (namespacesOfT(callee)[0] ?? DEFAULT_NAMESPACE) : DEFAULT_NAMESPACE;
          if (keyArg) {
            const keys = keysOf(keyArg, defaultNs, file, lineOf(node), name === 't');
            for (const [ns, key] of keys) record(file, ns, key);
            const options = name === 't' ? second : undefined;
            if (options && ts.isObjectLiteralExpression(options))
              for (const prop of options.properties) {
                let propName: string | null = null;
                let kind: PlaceholderKind = 'other';
                if (
                  ts.isPropertyAssignment(prop) &&
                  (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))
                ) {
                  propName = prop.name.text;
                  kind = classify(prop.initializer);
                } else if (ts.isShorthandPropertyAssignment(prop)) {
                  propName = prop.name.text;
                  kind = classify(prop.name);
                }
                if (!propName || I18NEXT_OPTIONS.has(propName) || propName.startsWith('defaultValue'))
                  continue;
                for (const [ns, key] of keys) {
                  const id = `${ns}:${key}`;
                  const kinds = scan.kinds.get(id) ?? new Map<string, PlaceholderKind>();
                  // Two calls that fill a placeholder differently: only what both agree on is checked.
                  const before = kinds.get(propName);
                  kinds.set(propName, before && before !== kind ? 'other' : kind);
                  scan.kinds.set(id, kinds);
                }
              }
          }
        }
      }
      // A key written where a key type is expected (an action's labelKey), then passed on as a typed value.
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateExpression(node)
      ) {
        const contextual = checker.getContextualType(node);
        const allowed = contextual ? literalValues(checker.getNonNullableType(contextual)) : null;
        if (allowed && allowed.length > WIDE) {
          const written = literalValues(checker.getTypeAtLocation(node)) ?? [];
          for (const value of written)
            if (allowed.includes(value)) {
              const [ns, key] = split(value, DEFAULT_NAMESPACE);
              record(file, ns, key);
            }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    scan.imports.set(file, imports);
  }
  scan.files.sort();
  return scan;
}

/** The views whose screens show what a file renders: its feature folder, or every feature that imports it, or all (the shell). */
export function viewsOfFiles(scan: CodeScan, views: readonly string[]): Map<string, Set<string>> {
  const importers = new Map<string, Set<string>>();
  for (const [file, deps] of scan.imports)
    for (const dep of deps) importers.set(dep, (importers.get(dep) ?? new Set()).add(file));
  const out = new Map<string, Set<string>>();
  const featureOf = (file: string) => /^src\/features\/([^/]+)\//.exec(file)?.[1] ?? null;
  for (const file of scan.files) {
    const found = new Set<string>();
    const seen = new Set<string>([file]);
    const queue = [file];
    while (queue.length) {
      const f = queue.shift() as string;
      const feature = featureOf(f);
      if (feature) {
        found.add(feature);
        continue;
      }
      if (f.startsWith('src/app/') || f === 'src/main.tsx') {
        // The shell shows on every view: what it imports appears everywhere.
        for (const v of views) found.add(v);
        continue;
      }
      for (const importer of importers.get(f) ?? [])
        if (!seen.has(importer)) {
          seen.add(importer);
          queue.push(importer);
        }
    }
    out.set(file, found);
  }
  return out;
}
