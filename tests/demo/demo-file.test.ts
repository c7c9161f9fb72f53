import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDemoDataset, DEMO_PASSPHRASE } from '../../electron/demo';
import { open } from '../../electron/dataset/bpj-format';
import { Database } from '../../electron/dataset/database';
import { getMeta } from '../../electron/dataset/repository';

const FILE = fileURLToPath(new URL('../../resources/demo.bpj', import.meta.url));

describe('resources/demo.bpj', () => {
  it.skipIf(!existsSync(FILE))('opens with the demo passphrase and equals a fresh generation', async () => {
    const { plaintext } = await open(readFileSync(FILE), DEMO_PASSPHRASE);
    const fresh = await buildDemoDataset();
    const image = fresh.export();
    // A mismatch means the generator changed: run `npx tsx scripts/generate-demo.ts` and commit the file.
    expect(Buffer.from(plaintext).equals(Buffer.from(image))).toBe(true);
    const db = await Database.create(plaintext);
    expect(db.value('SELECT COUNT(*) FROM pegawai')).toBe(6000);
    expect(db.value('SELECT COUNT(*) FROM permohonan')).toBe(300);
    expect(getMeta(db, 'generator_seed')).toBe('2026');
    db.close();
    fresh.close();
  });
});
