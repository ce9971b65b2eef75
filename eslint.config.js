// The import table of shared/docs/architecture.md, enforced: a wrong import fails CI rather than review.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const folders = ['domain', 'hardware', 'electron', 'renderer', 'admin', 'ui', 'central-api', 'test'];

/** Patterns that forbid importing our own folders other than `allowed` (relative imports only). */
function folderBan(self, allowed) {
  return folders
    .filter((f) => f !== self && !allowed.includes(f))
    .map((f) => ({
      group: [`**/${f}`, `**/${f}/**`],
      message: `${self}/ may not import ${f}/ (see shared/docs/architecture.md, "Folders").`,
    }));
}

// A regex, not a gitignore-style group: Node's built-in `domain` would otherwise match our own domain/ folder.
const nodeBuiltins = {
  regex: `^(node:.*|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?)$`,
  message: 'This folder runs outside Node: no Node built-ins.',
};
const electronOnlyInShell = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/main and electron/preload may import electron.',
};

function restrict(self, allowed, extra = []) {
  return {
    files: [`${self}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...folderBan(self, allowed), ...extra] }],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'renderer/dist/**',
      'admin/dist/**',
      '.runtime/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
  {
    // A module that imports its way back to itself may see the other's exports still undefined at load time.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  restrict(
    'domain',
    [],
    [
      nodeBuiltins,
      electronOnlyInShell,
      {
        group: ['drizzle-orm', 'drizzle-orm/*', 'react', 'react-dom', 'react-dom/*'],
        message: 'domain/ is plain TypeScript.',
      },
    ],
  ),
  restrict('hardware', ['domain'], [electronOnlyInShell]),
  restrict('central-api', ['domain'], [electronOnlyInShell]),
  restrict(
    'renderer',
    ['domain', 'ui'],
    [
      nodeBuiltins,
      electronOnlyInShell,
      {
        group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'serialport', 'node-hid', 'undici'],
        message: 'The renderer talks only to window.kiosk.',
      },
    ],
  ),
  restrict(
    'admin',
    ['domain', 'ui'],
    [
      nodeBuiltins,
      electronOnlyInShell,
      {
        group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'serialport', 'node-hid', 'undici'],
        message: 'The admin console talks to the central API only over HTTP (fetch).',
      },
    ],
  ),
  restrict(
    'ui',
    ['domain'],
    [
      nodeBuiltins,
      electronOnlyInShell,
      {
        group: [
          'better-sqlite3',
          'drizzle-orm',
          'drizzle-orm/*',
          'serialport',
          'node-hid',
          'undici',
          'zustand',
        ],
        message: 'ui/ holds presentational pieces only: no data access, no stores.',
      },
    ],
  ),
  {
    files: ['electron/**/*.{ts,tsx}'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...folderBan('electron', ['domain', 'hardware']), electronOnlyInShell] },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: folderBan('electron', ['domain', 'hardware']) }],
    },
  },
  {
    files: ['{renderer,admin,ui}/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
