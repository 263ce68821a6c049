import type { DataIssue } from '../../src/data/issues';

/**
 * Words that only make sense to the project's editors: file names of the research notes and the
 * name of the search corpus texts were found in. Users cannot open either, so a text that points
 * there tells them nothing about the source; say what kind of source it is and how reliable.
 */
const INTERNAL = /NOTES\.md|README|\.(?:md|csv|py)\b|\bcorpus\b|资料库/i;

/** Every string in a locale file, with its key path, that names such internal material. */
export function checkInternalJargon(file: string, locale: unknown, path: string[] = []): DataIssue[] {
  if (typeof locale === 'string') {
    const m = INTERNAL.exec(locale);
    return m
      ? [
          {
            file,
            line: 0,
            column: path.join('.'),
            reason: `user-visible text mentions internal material ("${m[0]}")`,
          },
        ]
      : [];
  }
  if (locale && typeof locale === 'object') {
    return Object.entries(locale).flatMap(([key, value]) => checkInternalJargon(file, value, [...path, key]));
  }
  return [];
}
