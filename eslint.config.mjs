// ESLint flat config: typescript-eslint's recommended rules without type information (fast), with
// formatting left to Prettier (eslint-config-prettier switches off every rule that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** The Node.js globals our plain JavaScript files (configs, scripts) use. */
const nodeGlobals = {
  console: 'readonly',
  process: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  setInterval: 'readonly',
  clearInterval: 'readonly',
  structuredClone: 'readonly',
  fetch: 'readonly',
};
const commonJsGlobals = {
  module: 'writable',
  exports: 'writable',
  require: 'readonly',
  __dirname: 'readonly',
  __filename: 'readonly',
};

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'coverage/',
    '.data/',
    'bench/results/',
    'clients/**/generated*',
    'clients/**/generated*/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'project/typescript',
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    rules: {
      // `_`-prefixed names mark deliberately unused arguments, variables and caught errors.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Use `unknown` and narrow. `(...args: any[]) => T` (mixins, decorator factories) stays allowed
      // because `unknown[]` parameters do not accept every function.
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      // TypeORM's entity and migration lists are typed with `Function`.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Nest DI: `constructor(private readonly repo: Repo) {}` is an empty body by design; neither rule
      // is in the recommended set, they are listed so nobody turns them on without the exception.
      'no-empty-function': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      'no-useless-constructor': 'off',
      // CommonJS config files (`.cjs`) can only be loaded with require() from TypeScript.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['\\.cjs$'] }],
    },
  },

  {
    // Test helpers parse arbitrary JSON responses; `any` keeps assertions on them readable.
    name: 'project/tests',
    files: ['test/**/*.ts', 'src/**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  {
    name: 'project/javascript-esm',
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: nodeGlobals },
  },
  {
    name: 'project/javascript-commonjs',
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, ...commonJsGlobals } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  prettier,
]);
