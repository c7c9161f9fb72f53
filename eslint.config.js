import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { layerConfigs } from './eslint/layer-imports.js';

/**
 * Layering as in VS Code, by allow-list (eslint/layer-imports.js): shared → zod only; electron → anything but
 * renderer/; renderer → UI packages, shared/ and the preload's types, reaching main only through window.api.
 */
export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'docs/**', 'resources/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerConfigs,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error' },
  },
);
