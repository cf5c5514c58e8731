import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const outOfFeature = {
  group: ['@/features/*', '@/app/*', '../../*'],
  message: 'Features never import other features or src/app (STYLE.md): use relative paths inside the feature, @/ for shared code.',
};
const intoFeatures = {
  group: ['@/features/*', '@/app/*'],
  message: 'Shared code never imports features or src/app (STYLE.md).',
};

// The layers, as import-x resolves them (aliases included): what may import what.
const features = readdirSync(new URL('./src/features', import.meta.url));
const shared = ['./src/components', './src/data', './src/domain', './src/stores', './src/lib', './src/i18n', './src/config'];
const layerZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other (STYLE.md): move what both need to shared code.',
  })),
  { target: './src/features', from: './src/app', message: 'Features never import src/app.' },
  { target: shared, from: ['./src/features', './src/app'], message: 'Shared code never imports features or src/app.' },
  {
    target: './src/domain',
    from: ['./src/data', './src/components', './src/stores', './src/lib', './src/i18n', './src/config'],
    message: 'src/domain holds pure rules: it imports nothing from data, components, stores, lib or i18n.',
  },
  { target: ['./src/data', './src/stores', './src/i18n', './src/config'], from: './src/components', message: 'Data, stores, i18n and config never import UI components.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'src/data/database.types.ts', 'supabase/.temp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Type-aware rules: a promise is awaited or handed on, never dropped or given where a
    // function returning void is expected; a switch over a union names every member; no `!`
    // (the types say when a value can be missing; tests may assert what they just set up).
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fileURLToPath(new URL('.', import.meta.url)) } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The app's own modules form no cycle (type imports included): layers import downwards only.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          alias: { '@': [fileURLToPath(new URL('./src', import.meta.url))] },
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [outOfFeature] }] },
  },
  {
    files: ['src/{components,data,domain,i18n,config,stores,lib}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [intoFeatures] }] },
  },
  {
    // Pure rules: no React, no I/O.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [intoFeatures, { group: ['react', 'react-*', '@/data/*', '@supabase/*', '@electric-sql/*'], message: 'src/domain holds pure rules: no React, no I/O.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
