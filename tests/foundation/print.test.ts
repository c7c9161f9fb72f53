import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contextWithDataset } from '../support/dataset-context';
import { buildSessionFixture } from '../documents/fixture';
import { setPrintDriver } from '../../electron/documents/print';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

describe('documents:print', () => {
  let t: Awaited<ReturnType<typeof contextWithDataset>>;
  beforeAll(async () => {
    t = await contextWithDataset((await buildSessionFixture(3)).db);
  });
  afterAll(() => {
    setPrintDriver(null);
    t.cleanup();
  });

  it('hands the PDF bytes to the print driver and writes no plaintext copy anywhere', async () => {
    const before = filesUnder(t.dir);
    const got: { bytes: Uint8Array; title: string }[] = [];
    setPrintDriver(async (bytes, title) => { got.push({ bytes, title }); return true; });
    expect(await t.call('documents:print', { sidangId: 's-1', kind: 'sk' })).toEqual({ printed: true });
    expect(got).toHaveLength(1);
    expect(Buffer.from(got[0]!.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(got[0]!.title).toMatch(/\.pdf$/);
    const after = filesUnder(t.dir).filter((f) => !before.includes(f));
    expect(after.filter((f) => !f.endsWith('.journal') && !f.endsWith('preferences.json'))).toEqual([]);
    expect(after.some((f) => f.endsWith('.pdf'))).toBe(false);
  });

  it('without a print driver (CLI, harness) answers printed: false and still writes nothing', async () => {
    setPrintDriver(null);
    expect(await t.call('documents:print', { sidangId: 's-1', kind: 'berita-acara' })).toEqual({ printed: false });
    expect(existsSync(join(t.dir, 'userdata', 'cetak'))).toBe(false);
  });
});
