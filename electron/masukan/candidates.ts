import type { Database } from '../dataset/database';
import type { ErrorParams } from '../../shared/errors';
import { namaDanUnit, nipDariTeks, normNama } from '../../shared/masukan/parse';

interface Person { nip: string; nama: string; namaLengkap: string; unitNama: string; unitSingkatan: string; pemohon: boolean }

/** A row's candidate: found (nip), or the catalog code and params that say why not. */
type Resolved = { nip: string } | { kode: string; params: ErrorParams };

/**
 * Who a feedback row is about: by NIP, or by name together with the unit (names repeat across a city).
 * Only applicants count as candidates; the people are read once per import.
 */
export class CandidateIndex {
  private readonly byNip = new Map<string, Person>();
  private readonly byName = new Map<string, Person[]>();

  constructor(db: Database) {
    const rows = db.all<{ nip: string; nama: string; gelar_depan: string; gelar_belakang: string; unit_nama: string; singkatan: string; pemohon: number }>(
      `SELECT g.nip, g.nama, g.gelar_depan, g.gelar_belakang, u.nama AS unit_nama, u.singkatan,
         EXISTS (SELECT 1 FROM permohonan r WHERE r.nip = g.nip) AS pemohon
       FROM pegawai g JOIN unit_kerja u ON u.id = g.unit_id`,
    );
    for (const r of rows) {
      const namaLengkap = [r.gelar_depan, r.nama].filter(Boolean).join(' ') + (r.gelar_belakang ? `, ${r.gelar_belakang}` : '');
      const p: Person = { nip: r.nip, nama: r.nama, namaLengkap, unitNama: r.unit_nama, unitSingkatan: r.singkatan, pemohon: r.pemohon === 1 };
      this.byNip.set(r.nip, p);
      for (const key of new Set([normNama(r.nama), normNama(namaLengkap)])) {
        (this.byName.get(key) ?? this.byName.set(key, []).get(key)!).push(p);
      }
    }
  }

  /** `nipCell` from a NIP column, `calonCell` a name (perhaps "Nama (Unit)") or a NIP, `unitCell` a unit column. */
  resolve(nipCell: string, calonCell: string, unitCell: string): Resolved {
    const nipText = nipCell || (nipDariTeks(calonCell) ? calonCell : '');
    if (nipText) {
      const nip = nipDariTeks(nipText);
      if (!nip) return { kode: 'MASUKAN_NIP_TIDAK_SAH', params: { nilai: nipText } };
      const p = this.byNip.get(nip);
      if (!p) return { kode: 'MASUKAN_NIP_TIDAK_DIKENAL', params: { nip } };
      return this.candidate(p);
    }
    if (!calonCell) return { kode: 'MASUKAN_CALON_KOSONG', params: {} };
    const split = unitCell ? { nama: calonCell, unit: unitCell } : namaDanUnit(calonCell);
    if (!split.unit) return { kode: 'MASUKAN_UNIT_DIPERLUKAN', params: { nama: split.nama } };
    const unit = normNama(split.unit);
    const found = (this.byName.get(normNama(split.nama)) ?? []).filter((p) => unitMatches(p, unit));
    if (found.length === 0) return { kode: 'MASUKAN_CALON_TIDAK_DITEMUKAN', params: { nama: split.nama, unit: split.unit } };
    if (found.length > 1) return { kode: 'MASUKAN_CALON_GANDA', params: { nama: split.nama, unit: split.unit, jumlah: found.length } };
    return this.candidate(found[0]!);
  }

  private candidate(p: Person): Resolved {
    return p.pemohon ? { nip: p.nip } : { kode: 'MASUKAN_BUKAN_PEMOHON', params: { nama: p.namaLengkap } };
  }
}

/** The unit as typed: its full name or abbreviation, or a recognisable part of the name ("Dinas Kesehatan"). */
function unitMatches(p: Person, unit: string): boolean {
  const nama = normNama(p.unitNama);
  if (nama === unit || (p.unitSingkatan && normNama(p.unitSingkatan) === unit)) return true;
  return unit.length >= 6 && (nama.includes(unit) || unit.includes(nama));
}
