import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'url', 'stream', 'zlib', 'util'];

/** Layering as in VS Code: shared → nothing; electron → shared; renderer → shared and window.api only. */
export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'docs/**', 'resources/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither electron/ nor renderer/.' },
          { group: ['electron', 'react', 'react-dom', '@mantine/*', ...nodeBuiltins], message: 'shared/ is pure TypeScript: no Node, Electron or React.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', '@mantine/*'], message: 'electron/ may import shared/ only.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**'], message: 'renderer/ reaches the main process only through window.api.' },
          { group: ['electron', 'sql.js', 'exceljs', 'pdf-lib', 'docx', 'node-forge', ...nodeBuiltins], message: 'renderer/ runs sandboxed: no Node or main-process libraries.' },
        ],
      }],
    },
  },
);
