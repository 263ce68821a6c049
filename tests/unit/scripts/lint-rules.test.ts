import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function rules(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint rules of the house', () => {
  it('forbid literal user-visible text in JSX', async () => {
    expect(await rules('export function Greeting() {\n  return <p>Hello</p>;\n}\n', 'src/ui/A.tsx')).toContain('i18next/no-literal-string');
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
    expect(await rules(code, 'src/features/policies/X.ts')).toContain('import/no-restricted-paths');
  });

  it('keep src/data free of React and i18n', async () => {
    expect(await rules("import { useState } from 'react';\nexport const x = useState;\n", 'src/data/x.ts')).toContain('no-restricted-imports');
  });
});
