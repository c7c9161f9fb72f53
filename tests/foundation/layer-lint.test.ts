import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const CONFIG = resolve(__dirname, '../../eslint.config.js');

/** Files planted in a scratch tree laid out like the repository, each crossing a layer one way. */
const PLANTED: Record<string, string> = {
  'renderer/src/dynamic-main.ts': "export const load = () => import('../../electron/x');\n",
  'renderer/src/pkijs.ts': "import 'pkijs';\n",
  'renderer/src/store.ts': "import Store from 'electron-store';\nexport const s = Store;\n",
  'renderer/src/require-fs.ts': "export const fs = require('node:fs');\n",
  'renderer/src/type-from-main.ts': "export type T = import('../../electron/dataset/database').Param;\n",
  'shared/require-sqljs.ts': "export const sql = require('sql.js');\n",
  'shared/node-fs.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
  'shared/bare-builtin.ts': "export const p = import('path');\n",
  'shared/dynamic-specifier.ts': "export const load = (m: string) => import(m);\n",
  'shared/reexport-renderer.ts': "export * from '../renderer/src/api';\n",
  'electron/ui.ts': "export { useState } from 'react';\n",
  'electron/page.ts': "export const p = import('../renderer/src/main');\n",
};

/** What each layer may do, in one file per layer. */
const LEGAL: Record<string, string> = {
  'shared/ok.ts': "import { z } from 'zod';\nimport { other } from './other';\nexport const s = z.string().or(other);\n",
  'renderer/src/ok.tsx': [
    "import { Button } from '@mantine/core';",
    "import '@mantine/core/styles.css';",
    "import { createRoot } from 'react-dom/client';",
    "import { useTranslation } from 'react-i18next';",
    "import dayjs from 'dayjs';",
    "import type { Api } from '../../shared/ipc/contract';",
    "import type {} from '../../electron/preload';",
    "export const parts = [Button, createRoot, useTranslation, dayjs, import('./lazy')];",
    'export type A = Api;',
    '',
  ].join('\n'),
  'electron/ok.ts': [
    "import { readFileSync } from 'node:fs';",
    "import initSqlJs from 'sql.js';",
    "import { z } from '../shared/ok';",
    "export const parts = [readFileSync, initSqlJs, z, import('pkijs')];",
    '',
  ].join('\n'),
};

let root: string;
let results: Map<string, string[]>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'layer-lint-'));
  const all = { ...PLANTED, ...LEGAL };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const eslint = new ESLint({ cwd: root, overrideConfigFile: CONFIG });
  const linted = await eslint.lintFiles(Object.keys(all));
  results = new Map(linted.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => `${m.ruleId}: ${m.message}`)]));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('layer allow-lists, linted through the repository eslint config', () => {
  it.each(Object.keys(PLANTED))('reports %s', (file) => {
    const messages = results.get(file) ?? [];
    expect(messages.filter((m) => m.startsWith('layers/imports:'))).toHaveLength(1);
  });

  it('names the layer and what it may import', () => {
    expect(results.get('renderer/src/dynamic-main.ts')).toEqual([
      expect.stringContaining('renderer/ may not import electron/ ("../../electron/x")'),
    ]);
    expect(results.get('shared/require-sqljs.ts')?.join()).toContain('"sql.js"; allowed: zod');
    expect(results.get('shared/node-fs.ts')?.join()).toContain('Node built-ins ("node:fs")');
    expect(results.get('renderer/src/pkijs.ts')?.join()).toContain('the package "pkijs"');
    expect(results.get('renderer/src/store.ts')?.join()).toContain('the package "electron-store"');
  });

  it.each(Object.keys(LEGAL))('passes the legal file %s', (file) => {
    expect(results.get(file)).toEqual([]);
  });
});
