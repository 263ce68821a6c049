import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The rules a snippet breaks; formatting is left out unless asked for, so snippets stay readable. */
async function rules(code: string, file: string, { format = false } = {}): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? m.message)
    .filter((rule) => format || rule !== 'prettier/prettier');
}

describe('lint rules of the house', () => {
  it('forbid literal user-visible text in JSX', async () => {
    expect(
      await rules('export function Greeting() {\n  return <p>Hello</p>;\n}\n', 'src/ui/A.tsx'),
    ).toContain('i18next/no-literal-string');
  });

  it('forbid literal aria-label, title, alt and placeholder', async () => {
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
      const code = `export function Field() {\n  return <input ${attr}="Close" />;\n}\n`;
      expect(await rules(code, 'src/ui/A.tsx'), attr).toContain('i18next/no-literal-string');
    }
  });

  it('allow code-like props and translated text', async () => {
    const code = [
      "import { useTranslation } from 'react-i18next';",
      'export function Labelled() {',
      '  const { t } = useTranslation();',
      '  return <section className="x" id="y" aria-label={t(\'a\')}>{t(\'b\')}</section>;',
      '}',
      '',
    ].join('\n');
    expect(await rules(code, 'src/ui/A.tsx')).toEqual([]);
  });

  it('forbid one feature importing another', async () => {
    const code = "import CompareView from '../compare/CompareView';\nexport const x = CompareView;\n";
    expect(await rules(code, 'src/features/policies/usePolicyData.ts')).toContain(
      'import/no-restricted-paths',
    );
  });

  it('keep src/data free of React and i18n', async () => {
    expect(
      await rules("import { useState } from 'react';\nexport const x = useState;\n", 'src/data/x.ts'),
    ).toContain('no-restricted-imports');
  });

  it('reject an unformatted file', async () => {
    expect(await rules('export const x = {a:1,\n  b : 2}\n', 'src/ui/A.ts', { format: true })).toContain(
      'prettier/prettier',
    );
  });

  it('reject an import cycle', async () => {
    // src/state/url.ts imports src/state/views.ts; views that imported the URL code back would close a
    // cycle. The rule finds cycles among the files on disk first, so the snippet stands in for a file
    // that imports nothing there (views.ts): one with imports of its own would hide the snippet's cycle.
    const code = "import { toSearch } from './url';\nexport const x = toSearch;\n";
    expect(await rules(code, 'src/state/views.ts')).toContain('import/no-cycle');
  });
});
