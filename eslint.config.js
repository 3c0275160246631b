import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLiteralRules = {
  'no-restricted-syntax': [
    'error',
    {
      selector: 'JSXText[value=/[^\\s\\u00a0·•|/:–—()[\\]{}+×…,.]/]',
      message: 'UI text comes from locales/: use t() instead of a literal.',
    },
    {
      selector:
        'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt)$/] > Literal',
      message: 'UI text comes from locales/: use t() instead of a literal.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'Focused tests hide the rest of the suite.' },
        { object: 'test', property: 'only', message: 'Focused tests hide the rest of the suite.' },
        {
          object: 'describe',
          property: 'only',
          message: 'Focused tests hide the rest of the suite.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/app/**/*.tsx', 'src/editor/**/*.tsx'],
    rules: uiLiteralRules,
  },
  {
    // The editor's code is a chunk of its own, loaded after the first paint (first-load budget:
    // test/bench/firstLoad.ts). A value imported from it anywhere else puts it back in the entry.
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@tiptap/*',
                '**/editor/SegmentEditor',
                '**/editor/NoteEditor',
                '**/editor/extensions',
                '**/editor/liveEditors',
                '**/editor/replayPendingInput',
                '**/editor/refreshPlaceholder',
              ],
              allowTypeImports: true,
              message:
                'Tiptap loads after the first paint: use editor/lazyEditors (types are fine).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'dexie',
                'dexie-*',
                '@tiptap/*',
                '**/storage/**',
                '**/ui/**',
                '**/editor/**',
                '**/app/**',
              ],
              message: 'Domain modules are pure: no React, Dexie, Tiptap or UI imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // UI reads through storage hooks and writes through repositories; Tiptap lives in
    // src/editor only. Tests may use the database directly (they set up fixtures with it).
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-*', '**/storage/db'],
              allowTypeImports: true,
              message: 'UI reads through storage hooks and writes through repositories.',
            },
            {
              group: ['@tiptap/*', 'prosemirror-*'],
              message: 'Tiptap lives in src/editor: use its components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-*'],
              message: 'The app starts the database through src/storage, never Dexie itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/editor/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-*', '**/storage/**', '**/ui/**', '**/app/**'],
              message: 'The editor knows rich text and keys, not storage or the workspace.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react-dom',
                'react-dom/*',
                '@tiptap/*',
                '**/ui/**',
                '**/editor/**',
                '**/app/**',
              ],
              message: 'Storage holds data and hooks over it: no rendering, editor or UI code.',
            },
          ],
        },
      ],
    },
  },
);
