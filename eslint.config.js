// @ts-check
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettierRecommended from 'eslint-plugin-prettier/recommended';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['overview', 'compare', 'growth', 'policies', 'sources'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'reports', 'src/data/raw'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    // Resolve .ts/.tsx imports, or the path rules below would silently match nothing.
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      // The import rules read other modules too (no-cycle): they need the TypeScript parser for them.
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A cycle makes load order matter and hides a missing layer.
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // Features never import each other: links between views go through src/state.
            ...FEATURES.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message: 'Features do not import each other; link through the URL state (ViewLink / navigate).',
            })),
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not reach into the app shell.',
            },
            {
              target: ['./src/data', './src/state', './src/i18n', './src/ui'],
              from: './src/features',
              message: 'Shared layers must not depend on a feature.',
            },
            {
              target: './src/data',
              from: ['./src/ui', './src/app', './src/state', './src/i18n'],
              message: 'src/data is plain TypeScript: no UI, state or i18n.',
            },
          ],
        },
      ],
    },
  },
  {
    // Data and selectors stay free of React and i18n so they can be tested with plain values.
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'react-i18next', 'i18next'], patterns: ['react-dom/*'] },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y, i18next },
    rules: {
      ...jsxA11y.configs.strict.rules,
      // Every user-visible string goes through locales/: JSX text and the attributes people read or hear.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Only attributes people read or hear are checked; ids, classes and props like view="compare" are code.
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'aria-valuetext',
              'aria-placeholder',
              'title',
              'alt',
              'placeholder',
              'label',
              'name',
              'unit',
              'summary',
              'subtitle',
              'subject',
              'what',
              'caption',
              'description',
              'sourceLine',
              'legend',
            ],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~·—–…×]+'] },
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Formatting is Prettier's (.prettierrc.json); lint fails on an unformatted file.
  prettierRecommended,
);
