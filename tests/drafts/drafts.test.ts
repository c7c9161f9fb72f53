import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextWithDataset, TEST_PASSPHRASE } from '../support/dataset-context';
import { openDatasetInto } from '../../electron/dataset/handlers';
import { buildCity, NOW } from '../session/fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
afterEach(() => { c?.cleanup(); c = null; });

/** Every file under dir (dataset, journal, backups, settings, logs), read whole. */
function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [{ path: p, bytes: readFileSync(p) }];
  });
}

function plainHits(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return filesUnder(dir).filter((f) => needles.some((n) => f.bytes.includes(n))).map((f) => f.path);
}

const RATIONALE = 'Alasan-rahasia-7Q: calon unggul dalam rekam jejak dan kompetensi teknis.';

describe('drafts', () => {
  it('survive lock, close and reopen, and are never on disk in plain', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    expect(await c.call('drafts:get', { kunci: 'keputusan:itm-1' })).toEqual({ isi: null });
    await c.call('drafts:put', { kunci: 'keputusan:itm-1', isi: JSON.stringify({ alasan: RATIONALE }) });
    await c.call('drafts:put', { kunci: 'lokasi', isi: JSON.stringify({ name: 'session', params: { sidangId: 's', itemId: 'itm-1' } }) });
    // Journalled (encrypted) at once: nothing readable yet.
    expect(plainHits(c.dir, 'Alasan-rahasia-7Q')).toEqual([]);
    expect(filesUnder(c.dir).length).toBeGreaterThan(1);

    await c.call('dataset:lock', {}); // folds the journal into a full save
    await c.call('dataset:unlock', { passphrase: TEST_PASSPHRASE });
    expect(JSON.parse((await c.call('drafts:get', { kunci: 'keputusan:itm-1' })).isi!)).toEqual({ alasan: RATIONALE });
    expect(plainHits(c.dir, 'Alasan-rahasia-7Q')).toEqual([]);

    await c.call('dataset:close', {});
    expect(plainHits(c.dir, 'Alasan-rahasia-7Q')).toEqual([]);
    await openDatasetInto(c.ctx, c.path, TEST_PASSPHRASE, false);
    expect(JSON.parse((await c.call('drafts:get', { kunci: 'keputusan:itm-1' })).isi!)).toEqual({ alasan: RATIONALE });
    expect(JSON.parse((await c.call('drafts:get', { kunci: 'lokasi' })).isi!).params.itemId).toBe('itm-1');

    await c.call('drafts:remove', { kunci: 'keputusan:itm-1' });
    expect(await c.call('drafts:get', { kunci: 'keputusan:itm-1' })).toEqual({ isi: null });
  });

  it('are no audited act and refuse keys outside the naming scheme', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    const before = (await c.call('dataset:auditLog', { offset: 0, limit: 1 })).total;
    await c.call('drafts:put', { kunci: 'catatan:itm-2', isi: 'catatan diskusi' });
    expect((await c.call('dataset:auditLog', { offset: 0, limit: 1 })).total).toBe(before);
    const code = await c.call('drafts:put', { kunci: '../x', isi: 'x' }).then(() => 'none', (e: { code: string }) => e.code);
    expect(code).toBe('MASUKAN_TIDAK_VALID');
  });
});
