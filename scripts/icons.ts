/**
 * Makes the app icons from the one SVG in resources/: PNG (Linux, 512 px and a 1024 px master),
 * ICO (Windows) and ICNS (macOS), into build/icons/. Generated at `npm run dist`, never committed.
 *   npx tsx scripts/icons.ts [outDir]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function renderPng(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

export function makeIcons(outDir = join(root, 'build', 'icons')): string[] {
  const svg = readFileSync(join(root, 'resources', 'icon.svg'), 'utf8');
  mkdirSync(outDir, { recursive: true });
  const master = renderPng(svg, 1024);
  const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not convert the icon');
  const files: [string, Buffer][] = [
    ['icon.png', renderPng(svg, 512)], ['icon-1024.png', master], ['icon.ico', ico], ['icon.icns', icns],
  ];
  for (const [name, bytes] of files) writeFileSync(join(outDir, name), bytes);
  return files.map(([name]) => join(outDir, name));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const f of makeIcons(process.argv[2] ? resolve(process.argv[2]) : undefined)) console.log(f);
}
