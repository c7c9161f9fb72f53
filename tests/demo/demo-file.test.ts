import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDemoDataset, DEMO_PASSPHRASE } from '../../electron/demo';
import { open } from '../../electron/dataset/bpj-format';
import { Database } from '../../electron/dataset/database';
import { getMeta } from '../../electron/dataset/repository';
import { checkpointFileFromStored, findCheckpoint, verifyCheckpoint } from '../../electron/audit/checkpoint';

const FILE = fileURLToPath(new URL('../../resources/demo.bpj', import.meta.url));

/**
 * The demo's signing identity is a fresh RSA key each generation (a demo must not ship one fixed key
 * that anybody could copy), so its key material and the checkpoint signatures made with it differ.
 * Everything else must be identical; the differing parts are checked for validity instead.
 */
const RANDOM_BY_DESIGN: Record<string, string[]> = {
  identitas_penanda_tangan: ['p12', 'info', 'sidik_sha256'],
  titik_periksa: ['tanda_tangan', 'sertifikat'],
};

function contents(db: Database): Record<string, unknown[]> {
  const tables = db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((t) => t.name);
  return Object.fromEntries(tables.map((t) => {
    const skip = new Set(RANDOM_BY_DESIGN[t] ?? []);
    const rows = db.all<Record<string, unknown>>(`SELECT * FROM "${t}"`)
      .map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !skip.has(k))))
      .sort(); // some tables are WITHOUT ROWID: compare as sorted sets of rows
    return [t, rows];
  }));
}

describe('resources/demo.bpj', () => {
  it.skipIf(!existsSync(FILE))('opens with the demo passphrase and equals a fresh generation (but for its fresh key)', async () => {
    const { plaintext } = await open(readFileSync(FILE), DEMO_PASSPHRASE);
    const fresh = await buildDemoDataset();
    const db = await Database.create(plaintext);
    // A mismatch means the generator changed and ensure-demo did not regenerate the file.
    expect(contents(db)).toEqual(contents(fresh));
    expect(db.value('SELECT COUNT(*) FROM pegawai')).toBe(6000);
    expect(db.value('SELECT COUNT(*) FROM permohonan')).toBe(300);
    expect(getMeta(db, 'generator_seed')).toBe('2026');
    const cp = findCheckpoint(db);
    expect(cp).not.toBeNull();
    expect(verifyCheckpoint(db, checkpointFileFromStored(cp!)).signature).toBe('sah');
    db.close();
    fresh.close();
  });
});
