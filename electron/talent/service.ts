import type { Database } from '../dataset/database';
import { loadConfig } from '../compare/config-store';
import { AppError } from '../../shared/errors';
import { namaLengkap } from '../../shared/domain/pegawai';
import { NINE_BOX_SARAN } from '../../shared/compare/nine-box';
import type { RuleConfig } from '../../shared/rules/params';
import { buildPool, placeAll, type PlacedPerson } from '../../shared/talent/pool';
import {
  calonSuksesor, isJabatanKunci, lowongTanpaSiap, MAKS_SUKSESOR, sebagaiSuksesor, type PostForSuccession,
} from '../../shared/talent/succession';
import type { JabatanKunci, PoolFilter, PoolReport, Rencana, Suksesor } from '../../shared/talent/schemas';
import { loadKeyPostRows, loadPostRow, loadStandar, loadTalentPeople, type PostRow } from './load';
import { loadStoredPlan } from './store';

const saran = (box: number) => NINE_BOX_SARAN[box]!.id.join(', ');

/** Everyone placed on the 9-box once per call: the pool and every plan read the same placement. */
class TalentView {
  readonly cfg: RuleConfig;
  readonly placed: PlacedPerson[];
  readonly rumpunDiturunkan: number;
  private readonly byNip: Map<string, PlacedPerson>;

  constructor(readonly db: Database, today: string) {
    this.cfg = loadConfig(db);
    const { people, rumpunDiturunkan } = loadTalentPeople(db, today);
    this.placed = placeAll(people, this.cfg, today);
    this.rumpunDiturunkan = rumpunDiturunkan;
    this.byNip = new Map(this.placed.map((p) => [p.nip, p]));
  }

  person(nip: string): PlacedPerson | undefined {
    return this.byNip.get(nip);
  }
}

export function talentPool(db: Database, filter: PoolFilter, today: string): PoolReport {
  const v = new TalentView(db, today);
  return buildPool(v.placed, filter, v.cfg, v.rumpunDiturunkan);
}

function jabatanKunci(r: PostRow): JabatanKunci {
  return {
    id: r.id, nama: r.nama, unitId: r.unit_id, unitNama: r.unit_nama, level: r.level, lowong: r.status === 'lowong',
    pemegang: r.pemegang_nama ? namaLengkap({ nama: r.pemegang_nama, gelarDepan: r.pemegang_gd ?? '', gelarBelakang: r.pemegang_gb ?? '' }) : null,
    ditandai: !!r.ditandai, alasanTanda: r.alasan_tanda ?? '',
  };
}

const forSuccession = (db: Database, r: PostRow): PostForSuccession => ({ id: r.id, level: r.level, pemegangNip: r.pemegang_nip, standar: loadStandar(db, r.id) });

/** The stored plan (gaps and boxes from today's data), or the proposal from the pool. */
function rencanaOf(v: TalentView, r: PostRow): Rencana {
  const post = forSuccession(v.db, r);
  const stored = loadStoredPlan(v.db, r.id);
  const suksesor: Suksesor[] = stored
    ? stored.suksesor.flatMap((s) => {
      const p = v.person(s.nip);
      return p ? [{ ...sebagaiSuksesor(p, post, v.cfg, saran), kesiapan: s.kesiapan, tindakan: s.tindakan }] : [];
    })
    : calonSuksesor(v.placed, post, v.cfg, saran).slice(0, MAKS_SUKSESOR);
  const jabatan = jabatanKunci(r);
  return { jabatan, tersimpan: !!stored, dicatatPada: stored?.dicatatPada ?? null, suksesor, lowongTanpaSiap: lowongTanpaSiap(jabatan.lowong, suksesor) };
}

const isKeyRow = (r: PostRow) => isJabatanKunci(r.level, !!r.ditandai);

function keyPostRow(db: Database, jabatanId: string): PostRow {
  const r = loadPostRow(db, jabatanId);
  if (!r) throw new AppError('TALENTA_JABATAN_TIDAK_ADA', { jabatan: jabatanId });
  if (!isKeyRow(r)) throw new AppError('TALENTA_BUKAN_JABATAN_KUNCI', { jabatan: r.nama });
  return r;
}

/** Every key post's plan, of one unit or all. */
export function keyPostPlans(db: Database, unitId: string | null, today: string): Rencana[] {
  const v = new TalentView(db, today);
  return loadKeyPostRows(db, unitId).map((r) => rencanaOf(v, r));
}

/** One key post's plan plus the pool members the committee may pick from (readiest first). */
export function planWithCandidates(db: Database, jabatanId: string, today: string, maxCalon = 40): { rencana: Rencana; calon: Suksesor[] } {
  const r = keyPostRow(db, jabatanId);
  const v = new TalentView(db, today);
  return { rencana: rencanaOf(v, r), calon: calonSuksesor(v.placed, forSuccession(db, r), v.cfg, saran).slice(0, maxCalon) };
}

export function planOf(db: Database, jabatanId: string, today: string): Rencana {
  return rencanaOf(new TalentView(db, today), keyPostRow(db, jabatanId));
}

/** A post that is a key post only by the committee's mark, for the mark/unmark act. */
export function postSummary(db: Database, jabatanId: string): JabatanKunci {
  const r = loadPostRow(db, jabatanId);
  if (!r) throw new AppError('TALENTA_JABATAN_TIDAK_ADA', { jabatan: jabatanId });
  return jabatanKunci(r);
}

export { isKeyRow };
