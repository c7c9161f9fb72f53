import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * In `npm run dev` only: drop the page's CSP meta tag, whose production policy would block Vite's
 * inline React-refresh preamble and HMR socket. Main sends the dev policy as a header instead
 * (electron/app/security.ts); a built page keeps its strict meta tag.
 */
const devCspFromHeader: Plugin = {
  name: 'bpj-dev-csp-from-header',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

// BPJ_OUT_DIR lets parallel builds (tests, benches) use separate output folders.
const out = process.env.BPJ_OUT_DIR ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      rollupOptions: { input: { main: resolve('electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      // A sandboxed preload can require only 'electron': bundle everything else into it.
      externalizeDeps: false,
      // Sandboxed preloads must be CommonJS.
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), devCspFromHeader],
    build: {
      outDir: `${out}/renderer`,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
