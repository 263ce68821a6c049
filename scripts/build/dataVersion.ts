/**
 * The bundled dataset's version: a hash of the data files' content and the changelog entry that names it.
 * Computed from the files themselves, so it is the same in a fresh clone with or without git history; the
 * data check requires the changelog's latest entry to carry the current hash, so data cannot change
 * without a line saying what changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The folders whose files are the dataset a reader sees and downloads. */
export const DATA_DIRS = ['src/data/csv', 'src/data/policy'];
export const CHANGELOG_FILE = 'src/data/changelog.json';

export interface ChangelogEntry {
  version: string;
  /** yyyy-mm-dd */
  date: string;
  /** The content hash of the data files this entry describes. */
  hash: string;
  /** Keys of locales/<lng>/notes.json under changelog. */
  changes: string[];
}

export interface DataVersion {
  version: string;
  date: string;
  hash: string;
}

/** Pure: the first 10 hex digits of the SHA-256 over each file's path and text, line endings normalised. */
export function hashFiles(files: readonly { path: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${f.path}\n${f.text.replace(/\r\n?/g, '\n')}\n`);
  }
  return hash.digest('hex').slice(0, 10);
}

export function dataFiles(root: string): { path: string; text: string }[] {
  return DATA_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.csv'))
      .map((name) => {
        const path = join(root, dir, name);
        return { path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
      }),
  );
}

export function readChangelog(root: string): ChangelogEntry[] {
  return JSON.parse(readFileSync(join(root, CHANGELOG_FILE), 'utf8')) as ChangelogEntry[];
}

/** The version the build stamps on the app: the latest changelog entry, with the hash of the files as they are. */
export function dataVersion(root: string): DataVersion {
  const [latest] = readChangelog(root);
  const hash = hashFiles(dataFiles(root));
  return { version: latest?.version ?? '0', date: latest?.date ?? '', hash };
}

/** Problems with the changelog against the files: what the data check reports. */
export function checkChangelog(entries: readonly ChangelogEntry[], hash: string): string[] {
  const problems: string[] = [];
  const [latest] = entries;
  if (!latest) return [`${CHANGELOG_FILE} has no entry`];
  if (latest.hash !== hash)
    problems.push(
      `the data files changed (hash ${hash}) but the latest entry of ${CHANGELOG_FILE} (${latest.version}) names ${latest.hash}: add an entry saying what changed`,
    );
  entries.forEach((e, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date))
      problems.push(`${CHANGELOG_FILE} ${e.version}: date "${e.date}" is not yyyy-mm-dd`);
    if (e.changes.length === 0) problems.push(`${CHANGELOG_FILE} ${e.version}: no change listed`);
    const next = entries[i + 1];
    if (next && next.date > e.date)
      problems.push(`${CHANGELOG_FILE}: entries must be newest first (${e.version})`);
    if (entries.findIndex((o) => o.version === e.version) !== i)
      problems.push(`${CHANGELOG_FILE}: version ${e.version} is listed twice`);
  });
  return problems;
}
