import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import { forumDataAccessPlugin, LIBS_WITH_REPOSITORIES, SQL_ALLOWED_IN } from './eslint.data-access.js';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', 'schema.gql', 'apps/web/src/gql'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      // The map of the house (docs/architecture.md): platform knows no domain; domains import lower domains only
      // through their index.ts; apps wire everything; nothing imports an app.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
            { sourceTag: 'scope:catalog', onlyDependOnLibsWithTags: ['type:platform'] },
            { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['type:platform'] },
            {
              sourceTag: 'scope:discussions',
              onlyDependOnLibsWithTags: ['type:platform', 'scope:catalog', 'scope:identity'],
            },
            {
              sourceTag: 'scope:reports',
              onlyDependOnLibsWithTags: [
                'type:platform',
                'scope:catalog',
                'scope:identity',
                'scope:discussions',
                'scope:stacks',
              ],
            },
            {
              sourceTag: 'scope:stacks',
              onlyDependOnLibsWithTags: ['type:platform', 'scope:catalog', 'scope:identity', 'scope:discussions'],
            },
            {
              // Above reports: strategies and reports carry documents as versions (reports owns the port).
              sourceTag: 'scope:documents',
              onlyDependOnLibsWithTags: [
                'type:platform',
                'scope:catalog',
                'scope:identity',
                'scope:discussions',
                'scope:stacks',
                'scope:reports',
              ],
            },
            {
              sourceTag: 'scope:notifications',
              onlyDependOnLibsWithTags: ['type:platform', 'scope:catalog', 'scope:identity', 'scope:discussions'],
            },
            {
              sourceTag: 'scope:realtime',
              onlyDependOnLibsWithTags: [
                'type:platform',
                'scope:catalog',
                'scope:identity',
                'scope:discussions',
                'scope:notifications',
              ],
            },
            {
              // Search is on top: it reads what the domains below publish (its read model), never the reverse.
              sourceTag: 'scope:search',
              onlyDependOnLibsWithTags: [
                'type:platform',
                'scope:catalog',
                'scope:identity',
                'scope:discussions',
                'scope:documents',
                'scope:reports',
                'scope:stacks',
              ],
            },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:platform'] },
            // The web client talks to the API over HTTP only: it imports no lib (and no lib imports it).
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:web'] },
            // Benchmarks compose domain modules in-process, like lib integration tests.
            { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:platform', 'type:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error (an unhandled rejection ends the process), and a
    // promise where a callback expects void is a bug waiting for its first failure.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    // One way to reach data: SQL only in a domain's repositories (eslint.data-access.js). Type-aware, so it follows
    // the projectService block above.
    files: LIBS_WITH_REPOSITORIES,
    ignores: SQL_ALLOWED_IN,
    plugins: { forum: forumDataAccessPlugin },
    rules: { 'forum/sql-only-in-repositories': 'error' },
  },
  {
    // The web client: React's rules of hooks.
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { files: ['**/jest.config.js', 'jest.preset.js'], rules: { '@nx/enforce-module-boundaries': 'off' } },
];
