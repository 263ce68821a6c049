import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ON_DEMAND_NAMESPACES, viewNamespaces } from '../../../src/i18n/constants';
import { VIEWS } from '../../../src/state/views';

const FEATURES = join(import.meta.dirname, '../../../src/features');

/**
 * The on-demand namespaces a view's code names: useTranslation('x'), useTranslation(['x', 'y']), 'x:key',
 * a declared list such as `export const ZONE_NS = ['x', 'y'] as const`, and another part's viewNamespaces('x').
 */
function namespacesUsed(view: string): string[] {
  const used = new Set<string>();
  const files = readdirSync(join(FEATURES, view), { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.tsx?$/.test(f),
  );
  for (const file of files) {
    const source = readFileSync(join(FEATURES, view, file), 'utf8');
    for (const m of source.matchAll(
      /(?:useTranslation\(|_NS = )\s*(\[[^\]]*\]|'[^']*')|['`]([a-zA-Z]+):[\w.$]/g,
    ))
      for (const ns of m[2] ? [m[2]] : [...(m[1] ?? '').matchAll(/'([^']+)'/g)].map((q) => q[1]!))
        if (ON_DEMAND_NAMESPACES.includes(ns)) used.add(ns);
    // A part of the view gated on another part's texts (Sources' dataset download: viewNamespaces('export')).
    for (const m of source.matchAll(/viewNamespaces\('([a-zA-Z]+)'\)/g))
      for (const ns of viewNamespaces(m[1]!)) used.add(ns);
  }
  return [...used].sort();
}

describe('the view registry', () => {
  it.each(VIEWS)('preloads the texts the %s view reads', (view) => {
    expect([...viewNamespaces(view)].sort()).toEqual(namespacesUsed(view));
  });
});
