import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(join(import.meta.dirname, '../../..', file), 'utf8');
const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);

describe('the hosting advice in the README', () => {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('index.html'))?.[1] ?? '';
  const header = /^Content-Security-Policy: (.+)$/m.exec(read('README.md'))?.[1] ?? '';

  it('states the policy index.html carries, plus what only a header can say', () => {
    expect(meta).not.toBe('');
    expect(directives(header)).toEqual([...directives(meta), "frame-ancestors 'none'"]);
  });

  it('names the other headers and the caching of hashed and fixed files', () => {
    const readme = read('README.md');
    expect(readme).toMatch(/^X-Content-Type-Options: nosniff$/m);
    expect(readme).toMatch(/^Referrer-Policy: \S+$/m);
    expect(readme).toMatch(/`\/assets\/\*`.*immutable/);
    expect(readme).toMatch(/`\/sw\.js`.*no-cache/);
  });
});
