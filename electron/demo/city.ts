import type { Jabatan, UnitKerja } from '../../shared/domain/jabatan';
import type { ProfilPegawai } from '../../shared/domain/pegawai';
import type { Permohonan, Target } from '../../shared/domain/permohonan';
import { appendAudit } from '../audit/audit-log';
import { Database } from '../dataset/database';
import { migrate } from '../dataset/migrations';
import { setMeta } from '../dataset/repository';
import { insertJabatan, insertPegawai, insertPermohonan, insertTarget, insertUnit } from '../dataset/writer';
import { DEMO_INSTANSI, GENERATOR_ACTOR, GENERATOR_NAME, type CityOptions } from './constants';
import { injectFlaws } from './flaws';
import { generatePeople, type Person } from './people';
import { buildOrganisation, type OrgStructure } from './posts';
import { generateRequests } from './requests';
import { Rng } from './rng';
import { drawRiwayat } from './riwayat';
import type { RiwayatRow } from '../../shared/intake/build-riwayat';
import { insertRiwayat } from '../intake/riwayat-store';
import { pastTargets, requestTargets } from './targets';

/** A generated city as plain domain objects, plus the richer views later seeding steps may want. */
export interface CityData {
  options: CityOptions;
  units: UnitKerja[];
  jabatan: Jabatan[];
  pegawai: ProfilPegawai[];
  permohonan: Permohonan[];
  /** Targets of the requests (permohonanId set) followed by past targets (permohonanId null). */
  targets: Target[];
  org: OrgStructure;
  people: Person[];
  /** Career history (riwayat jabatan) of every ASN, ending in the post held now. */
  riwayat: RiwayatRow[];
  /** Posts that drew a pool of applicants: jabatan id → applicants' NIPs (first-choice). */
  pools: Map<string, string[]>;
}

/**
 * An extra seeding step (e.g. past and open sidang). It runs inside the generator's transaction,
 * after the core data and the 'dataset.dibuat' audit entry, with its own sub-stream of the seed.
 */
export type SeedStep = (db: Database, rng: Rng, city: CityData) => void;

export interface GenerateOptions extends CityOptions {
  extraSteps?: readonly SeedStep[];
}

function checkOptions(o: CityOptions): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.today)) throw new Error(`today harus yyyy-mm-dd: ${o.today}`);
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) throw new Error('seed harus bilangan bulat 0..2^32-1');
  if (!Number.isInteger(o.pegawai) || o.pegawai < 50) throw new Error('pegawai minimal 50');
  if (!Number.isInteger(o.permohonan) || o.permohonan < 0 || o.permohonan > o.pegawai / 2) {
    throw new Error('permohonan harus 0..pegawai/2');
  }
}

/** Pure and deterministic: the same options give the same objects. */
export function generateCityData(options: CityOptions): CityData {
  checkOptions(options);
  const root = new Rng(options.seed);
  const org = buildOrganisation(root.fork('organisasi'));
  const people = generatePeople(root.fork('pegawai'), org, options.pegawai, options.today);
  const open = generateRequests(root.fork('permohonan'), org, people, options.permohonan, options.today);
  injectFlaws(root.fork('catatan'), open, options.today);
  const targetRng = root.fork('target');
  const targets = [...requestTargets(targetRng, open.requests), ...pastTargets(targetRng, open.requests, options.today)];
  return {
    options,
    units: org.units.map((u) => u.unit),
    jabatan: org.posts.map((p) => p.jabatan),
    pegawai: people.map((p) => p.profil),
    permohonan: open.requests.map((r) => r.permohonan),
    targets, org, people, pools: open.pools,
    riwayat: drawRiwayat(root.fork('riwayat-jabatan'), org, people),
  };
}

/** The audit timestamp of a generated dataset: midnight UTC of `today`, so output stays deterministic. */
export const generatedAt = (today: string): string => `${today}T00:00:00.000Z`;

/** Writes a city into a migrated, empty database. Call inside a transaction. */
export function writeCity(db: Database, city: CityData): void {
  for (const u of city.units) insertUnit(db, u);
  for (const j of city.jabatan) insertJabatan(db, j);
  for (const p of city.pegawai) insertPegawai(db, p);
  for (const r of city.permohonan) insertPermohonan(db, r);
  for (const t of city.targets) insertTarget(db, t);
  insertRiwayat(db, city.riwayat);
  const o = city.options;
  setMeta(db, 'nama_instansi', DEMO_INSTANSI);
  setMeta(db, 'jenis_dataset', 'demo');
  setMeta(db, 'generator', GENERATOR_NAME);
  setMeta(db, 'generator_seed', String(o.seed));
  setMeta(db, 'generated_on', o.today);
  appendAudit(db, {
    at: generatedAt(o.today), actor: GENERATOR_ACTOR, action: 'dataset.dibuat',
    payload: {
      generator: GENERATOR_NAME, seed: o.seed, today: o.today, unit: city.units.length, jabatan: city.jabatan.length,
      pegawai: city.pegawai.length, permohonan: city.permohonan.length, target: city.targets.length,
    },
  });
}

/** A fresh in-memory dataset holding the generated city (and whatever `extraSteps` add). */
export async function generateCity(opts: GenerateOptions): Promise<Database> {
  const { extraSteps = [], ...options } = opts;
  const city = generateCityData(options);
  const db = await Database.create();
  migrate(db);
  const root = new Rng(options.seed);
  db.transaction(() => {
    writeCity(db, city);
    extraSteps.forEach((step, i) => step(db, root.fork(`langkah-tambahan:${i}`), city));
  }, { journal: false });
  return db;
}
