import {
  checkChangelog,
  dataFiles,
  hashFiles,
  readChangelog,
  type ChangelogEntry,
} from '../../../scripts/build/dataVersion';

const entry = (over: Partial<ChangelogEntry> = {}): ChangelogEntry => ({
  version: '2026.11.29',
  date: '2026-11-29',
  hash: 'abc',
  changes: ['x'],
  ...over,
});

describe('dataset version', () => {
  it('hashes content, not order or line endings', () => {
    const a = hashFiles([
      { path: 'a.csv', text: 'id\n1\n' },
      { path: 'b.csv', text: 'id\n2\n' },
    ]);
    expect(
      hashFiles([
        { path: 'b.csv', text: 'id\r\n2\r\n' },
        { path: 'a.csv', text: 'id\n1\n' },
      ]),
    ).toBe(a);
    expect(
      hashFiles([
        { path: 'a.csv', text: 'id\n1\n' },
        { path: 'b.csv', text: 'id\n3\n' },
      ]),
    ).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{10}$/);
  });

  it('requires the latest changelog entry to name the current files', () => {
    expect(checkChangelog([entry()], 'abc')).toEqual([]);
    expect(checkChangelog([entry()], 'def')[0]).toMatch(/data files changed.*add an entry/);
    expect(checkChangelog([], 'abc')[0]).toMatch(/no entry/);
  });

  it('rejects entries out of order, repeated, undated or empty', () => {
    const problems = checkChangelog(
      [
        entry({ date: '2026-01-01' }),
        entry({ date: '2026-02-01', hash: 'old' }),
        entry({ version: 'v', date: '2026', changes: [] }),
      ],
      'abc',
    );
    expect(problems.join('\n')).toMatch(/newest first/);
    expect(problems.join('\n')).toMatch(/listed twice/);
    expect(problems.join('\n')).toMatch(/not yyyy-mm-dd/);
    expect(problems.join('\n')).toMatch(/no change listed/);
  });

  it('the repository changelog matches the bundled files', () => {
    expect(checkChangelog(readChangelog('.'), hashFiles(dataFiles('.')))).toEqual([]);
  });
});
