/**
 * Builds the unpacked app directory (`--dir`) with the real electron-builder.yml and inspects it.
 * NOT EXERCISED HERE: the Electron binary itself. The builder is pointed at a stand-in Electron
 * distribution (a folder with a fake `electron` script), so nothing is downloaded and nothing is run;
 * what is checked is what the installers would ship. `npm run test:electron` runs the real binary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { appResourcesDir } from '../../electron/app/context';
import { FILE_ASSOCIATIONS } from '../../electron/app/file-open';
import { makeIcons } from '../../scripts/icons';

const repo = resolve('.');
const config = loadYaml(readFileSync(join(repo, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
/** Packages only tests, the build or the renderer bundle need: none may be in app.asar. */
const NOT_SHIPPED = ['react', 'react-dom', '@mantine/core', '@tabler/icons-react', 'recharts', 'vitest', 'playwright-core',
  'electron', 'electron-builder', 'electron-vite', 'vite', 'typescript', 'tsx', 'better-sqlite3', '@electron/asar', '@axe-core/playwright',
  '@resvg/resvg-js', 'png2icons', 'eslint'];

let work: string;
let appOut: string;
let entries: string[];
let asarPath: string;

function sizeOf(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0);
}

/** The stand-in for an unpacked Electron zip: the files electron-builder renames, keeps or prunes. */
function standInElectron(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true }); // a real zip has default_app.asar here; the builder drops it
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in, not Electron" >&2\nexit 1\n');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), '45.4.1');
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  for (const l of ['en-US', 'id', 'fr', 'de']) writeFileSync(join(dir, 'locales', `${l}.pak`), l);
}

/**
 * A copy of the project to build from: the real package.json (plus packageManager "traversal", so the
 * builder reads node_modules from disk instead of `npm list`, which a symlinked node_modules confuses),
 * the built out/ and the real resources/ (the builder's filter must pick from it).
 */
function stageProject(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')), packageManager: 'traversal@1.0.0' }, null, 2));
  cpSync(join(repo, 'resources'), join(dir, 'resources'), { recursive: true });
  symlinkSync(resolve(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (existsSync(join(repo, 'out', 'main', 'main.js')) && existsSync(join(repo, 'out', 'renderer', 'index.html'))) {
    cpSync(join(repo, 'out'), join(dir, 'out'), { recursive: true });
  } else {
    execFileSync(process.execPath, [join(repo, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', 'electron.config.ts'],
      { cwd: repo, env: { ...process.env, BPJ_OUT_DIR: join(dir, 'out') }, stdio: 'inherit' });
  }
}

describe('packaged app (unpacked dir; the Electron binary itself is not exercised)', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'bpj-pack-'));
    standInElectron(join(work, 'electron-dist'));
    stageProject(join(work, 'project'));
    makeIcons(join(work, 'build-resources', 'icons'));
    await build({
      projectDir: join(work, 'project'),
      targets: Platform.LINUX.createTarget('dir'),
      publish: 'never',
      config: {
        ...config, extends: null, electronDist: join(work, 'electron-dist'), electronVersion: '45.4.1',
        directories: { output: join(work, 'release'), buildResources: join(work, 'build-resources') },
      } as never,
    });
    appOut = join(work, 'release', 'linux-unpacked');
    asarPath = join(appOut, 'resources', 'app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((e) => e.replace(/\\/g, '/'));
  }, 900_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships main, preload, renderer and sql.js\'s wasm inside app.asar, resolvable from main', () => {
    for (const f of ['/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html', '/package.json']) expect(entries).toContain(f);
    expect(entries.some((e) => /^\/out\/renderer\/assets\/index-.*\.js$/.test(e))).toBe(true);
    const extracted = join(work, 'asar');
    extractAll(asarPath, extracted);
    // The same lookup electron/dataset/database.ts does, from main's own folder.
    const wasm = createRequire(join(extracted, 'out', 'main', 'main.js')).resolve('sql.js/dist/sql-wasm.wasm');
    expect(wasm.startsWith(extracted)).toBe(true);
    expect(readFileSync(wasm).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
    // Every package main leaves external resolves inside the archive.
    const main = readFileSync(join(extracted, 'out', 'main', 'main.js'), 'utf8');
    const bare = [...main.matchAll(/from "([^".][^"]*)"/g)].map((m) => m[1]!).filter((s) => !s.startsWith('node:') && s !== 'electron');
    expect(bare.length).toBeGreaterThan(5);
    for (const spec of bare) expect(() => createRequire(join(extracted, 'out', 'main', 'main.js')).resolve(spec), spec).not.toThrow();
  });

  it('puts demo.bpj, fonts and the sRGB profile where main.ts looks for them when packaged, and nothing else', () => {
    const dir = appResourcesDir({ isPackaged: true, resourcesPath: join(appOut, 'resources'), appPath: asarPath });
    expect(statSync(join(dir, 'demo.bpj')).size).toBeGreaterThan(1024 * 1024);
    expect(readdirSync(join(dir, 'fonts')).some((f) => f.endsWith('.ttf'))).toBe(true);
    expect(existsSync(join(dir, 'color', 'sRGB.icc'))).toBe(true); // the PDF/A OutputIntent profile
    expect(readdirSync(dir).sort()).toEqual(['app.asar', 'color', 'demo.bpj', 'fonts']);
    expect(existsSync(join(appOut, 'baperjakat-desk'))).toBe(true);
    expect(readdirSync(join(appOut, 'locales')).sort()).toEqual(['en-US.pak', 'id.pak']);
  });

  it('ships no tests, fixtures, sources, source maps or dev-only packages', () => {
    expect(entries.filter((e) => /\/(tests?|__tests__|fixtures?|spec)\//i.test(e))).toEqual([]);
    expect(entries.filter((e) => /\.(test|spec)\.[cm]?[jt]sx?$|\.map$|\.tsx?$/.test(e))).toEqual([]);
    expect(entries.filter((e) => /\/(electron|tests|scripts|renderer\/src|shared)\//.test(e) && !e.startsWith('/node_modules/'))).toEqual([]);
    for (const name of NOT_SHIPPED) expect(entries, name).not.toContain(`/node_modules/${name}`);
    const main = extractFile(asarPath, 'out/main/main.js').toString('utf8');
    expect(main).not.toContain('sourceMappingURL');
    expect(main).not.toContain(repo);
  });

  it('the preload is a few KB of glue, not a copy of zod', () => {
    const preload = extractFile(asarPath, 'out/preload/preload.cjs');
    expect(preload.length).toBeLessThan(16 * 1024);
    expect(preload.toString('utf8')).not.toMatch(/ZodError|safeParse/);
  });

  it('package.json inside has the repo\'s version and no scripts or dev dependencies', () => {
    const inside = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(inside.version).toBe(pkg.version);
    expect(inside.scripts).toBeUndefined();
    expect(inside.main).toBe('out/main/main.js');
  });

  it('registers the same file types the app routes (electron/app/file-open.ts)', () => {
    const assoc = (config.fileAssociations as { ext: string }[]).map((a) => a.ext).sort();
    expect(assoc).toEqual(FILE_ASSOCIATIONS.map((a) => a.ext).sort());
    const targets = (k: string) => (config[k] as { target: string[] }).target;
    expect(targets('win')).toEqual(['nsis', 'portable']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(targets('mac')).toEqual(['dmg']);
  });

  it('reports the size of what it built', () => {
    const total = sizeOf(appOut);
    const asar = statSync(asarPath).size;
    console.log(`unpacked app: ${(total / 2 ** 20).toFixed(1)} MiB (app.asar ${(asar / 2 ** 20).toFixed(1)} MiB, ` +
      `${entries.length} entries; stand-in Electron, so the real install adds ~250 MiB of Electron)`);
    expect(total).toBeGreaterThan(asar);
  });
});
