// Lint: the regular expressions above all (eslint-plugin-regexp flags the ones that can backtrack
// super-linearly), plus the TypeScript rules that catch real mistakes. Types are checked by tsc.
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench-tmp/**', 'src/text/char-classes.generated.ts'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-unicode-character': 'off',
      // capturing groups used only for grouping cost nothing here; the rule is about style
      'regexp/no-unused-capturing-group': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
];
