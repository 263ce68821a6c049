/**
 * Reads a locale file the way a translator needs it reported: every key with its line, a key written
 * twice in one object (JSON.parse would silently keep the last), and the first syntax error's line.
 */
import { parse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { flatten } from '../../src/i18n/status/texts';

export interface LocaleJson {
  /** Flat key ("a.b") → value, or null when the text is not valid JSON. */
  flat: Map<string, unknown> | null;
  /** Flat key → 1-based line of its property name. */
  lines: Map<string, number>;
  duplicates: Array<{ key: string; line: number; firstLine: number }>;
  syntax: { line: number; reason: string } | null;
  /** The top level is not an object of keys. */
  notObject: boolean;
}

export function readLocaleJson(text: string): LocaleJson {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first) {
    return {
      flat: null,
      lines: new Map(),
      duplicates: [],
      syntax: {
        line: text.slice(0, first.offset).split('\n').length,
        reason: printParseErrorCode(first.error),
      },
      notObject: false,
    };
  }
  const lines = new Map<string, number>();
  const duplicates: LocaleJson['duplicates'] = [];
  // One set of property names per open object, with the key path that leads to it.
  const objects: Array<{ path: string; names: Map<string, number> }> = [];
  let pendingPath = '';
  visit(text, {
    onObjectBegin: () => {
      objects.push({ path: pendingPath, names: new Map() });
    },
    onObjectEnd: () => {
      objects.pop();
    },
    onObjectProperty: (property, _offset, _length, startLine) => {
      const object = objects.at(-1);
      if (!object) return;
      const key = object.path ? `${object.path}.${property}` : property;
      const line = startLine + 1;
      const firstLine = object.names.get(property);
      if (firstLine !== undefined) duplicates.push({ key, line, firstLine });
      else object.names.set(property, line);
      lines.set(key, line);
      pendingPath = key;
    },
  });
  const notObject = value === null || typeof value !== 'object' || Array.isArray(value);
  const flat = new Map<string, unknown>();
  if (!notObject) flatten(value, '', flat);
  return { flat, lines, duplicates, syntax: null, notObject };
}
