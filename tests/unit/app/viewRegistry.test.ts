import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIEW_NAMESPACES } from '../../../src/app/viewRegistry';
import { ON_DEMAND_NAMESPACES } from '../../../src/i18n/constants';
import { VIEWS } from '../../../src/state/views';

const FEATURES = join(import.meta.dirname, '../../../src/features');

/**
 * The on-demand namespaces a view's code names: useTranslation('x'), useTranslation(['x', 'y']), 'x:key',
 * and a declared list such as `export const ZONE_NS = ['x', 'y'] as const`.
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
  }
  return [...used].sort();
}

describe('the view registry', () => {
  it.each(VIEWS)('preloads the texts the %s view reads', (view) => {
    expect([...VIEW_NAMESPACES[view]].sort()).toEqual(namespacesUsed(view));
  });
});
