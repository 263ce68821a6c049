import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { startupFiles } from '../../../scripts/build/preloadHints';

const SRC = '/app/src';
function chunk(fileName: string, parts: Partial<Rollup.OutputChunk>): Rollup.OutputChunk {
  return {
    type: 'chunk',
    fileName,
    imports: [],
    moduleIds: [],
    facadeModuleId: null,
    isEntry: false,
    ...parts,
  } as Rollup.OutputChunk;
}

/** A bundle shaped like the app's: an entry, the dataset's core, the group index and the groups' queries. */
function bundle(figureQueries: Rollup.OutputChunk[]): Rollup.OutputBundle {
  const chunks = [
    chunk('index.js', { isEntry: true, imports: ['start.js'], facadeModuleId: `${SRC}/main.tsx` }),
    chunk('start.js', { moduleIds: [`${SRC}/app/App.tsx`] }),
    chunk('common-zh.js', { facadeModuleId: '/app/locales/zh/common.json' }),
    chunk('common-en.js', { facadeModuleId: '/app/locales/en/common.json' }),
    chunk('bundled.js', { facadeModuleId: `${SRC}/data/bundled.ts`, imports: ['start.js'] }),
    chunk('groups.js', { facadeModuleId: '\0virtual:etdz-figure-groups', imports: ['start.js'] }),
    ...figureQueries,
  ];
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}

describe('startupFiles', () => {
  it('hints the chunk that holds the figure groups’ queries', () => {
    const files = startupFiles(
      bundle([
        chunk('figureQueries.js', {
          facadeModuleId: `${SRC}/data/figureQueries.ts`,
          moduleIds: [`${SRC}/data/figureQueries.ts`],
        }),
      ]),
    );
    expect(files).toEqual(['common-zh.js', 'bundled.js', 'groups.js', 'figureQueries.js']);
  });

  it('also hints the facade the dynamic import gets when the queries share a chunk with other code', () => {
    // The bundler's shape on the built app: the code in a shared chunk, and a facade that re-exports it.
    const files = startupFiles(
      bundle([
        chunk('shared.js', { moduleIds: [`${SRC}/data/figureQueries.ts`, `${SRC}/ui/useDataset.ts`] }),
        chunk('figureQueries-facade.js', {
          facadeModuleId: `${SRC}/data/figureQueries.ts`,
          imports: ['shared.js'],
        }),
      ]),
    );
    expect(files).toContain('figureQueries-facade.js');
    expect(files).toContain('shared.js');
    expect(files).not.toContain('start.js');
  });
});
