import { AppError } from '../../shared/errors';
import { buildEquityReport, type PledgeFact, type RequestFact } from '../../shared/report/equity';
import type { EquityFilter, EquityReport } from '../../shared/report/schemas';
import { tanggalWib } from '../../shared/session/targets';
import type { Database } from '../dataset/database';
import { trackingList } from '../session/tracking';

interface RequestRow {
  id: string; tanggal: string; kategori_alasan: string; jenis_kelamin: string; tanggal_lahir: string;
  level: string | null; unit_id: string; unit_nama: string; kecamatan: string; kelurahan: string; terpencil: number;
}
interface DecisionRow { permohonan_id: string; hasil: 'direkomendasikan' | 'tidak_direkomendasikan' | 'ditunda'; dicatat_pada: string }

const SCOPE = `(:dari IS NULL OR r.tanggal >= :dari) AND (:sampai IS NULL OR r.tanggal <= :sampai)
  AND (:sidang IS NULL OR EXISTS (SELECT 1 FROM agenda_item a WHERE a.permohonan_id = r.id AND a.sidang_id = :sidang))`;

function readRequests(db: Database, params: Record<string, string | null>): RequestRow[] {
  return db.all<RequestRow>(
    `SELECT r.id, r.tanggal, r.kategori_alasan, g.jenis_kelamin, g.tanggal_lahir, j.level, g.unit_id, u.nama AS unit_nama,
       g.kecamatan, g.kelurahan,
       EXISTS (SELECT 1 FROM kelurahan_terpencil t WHERE t.kecamatan = g.kecamatan AND t.kelurahan = g.kelurahan) AS terpencil
     FROM permohonan r JOIN pegawai g ON g.nip = r.nip JOIN unit_kerja u ON u.id = g.unit_id
       LEFT JOIN jabatan j ON j.id = g.jabatan_id
     WHERE ${SCOPE} ORDER BY r.id`, params,
  );
}

/** Request decisions in recording order; tetap/diberhentikan belong to pledge reviews and are left out. */
function readDecisions(db: Database, sidang: string | null): DecisionRow[] {
  return db.all<DecisionRow>(
    `SELECT i.permohonan_id, k.hasil, k.dicatat_pada FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id
     WHERE i.permohonan_id IS NOT NULL AND k.hasil IN ('direkomendasikan', 'tidak_direkomendasikan', 'ditunda')
       AND (:sidang IS NULL OR i.sidang_id = :sidang)
     ORDER BY k.dicatat_pada, k.versi`, { sidang },
  );
}

function toFacts(requests: RequestRow[], decisions: DecisionRow[]): RequestFact[] {
  const current = new Map<string, DecisionRow['hasil']>();
  const first = new Map<string, string>();
  for (const d of decisions) {
    current.set(d.permohonan_id, d.hasil); // ordered oldest first, so the last one stays: the current decision
    if (d.hasil !== 'ditunda' && !first.has(d.permohonan_id)) first.set(d.permohonan_id, tanggalWib(d.dicatat_pada));
  }
  return requests.map((r) => ({
    id: r.id, tanggal: r.tanggal, jenisKelamin: r.jenis_kelamin, tanggalLahir: r.tanggal_lahir, level: r.level,
    unitId: r.unit_id, unitNama: r.unit_nama, kecamatan: r.kecamatan, kelurahan: r.kelurahan, terpencil: r.terpencil === 1, kategoriAlasan: r.kategori_alasan,
    hasil: current.get(r.id) ?? null, tanggalKeputusanPertama: first.get(r.id) ?? null,
  }));
}

/** The equity dashboard over the open dataset; `today` (WIB) decides which pledged targets are overdue. */
export function equityReport(db: Database, filter: EquityFilter, today: string): EquityReport {
  if (filter.sidangId && !db.first('SELECT 1 FROM sidang WHERE id = ?', [filter.sidangId])) throw new AppError('SIDANG_TIDAK_ADA');
  const requests = readRequests(db, { dari: filter.dari, sampai: filter.sampai, sidang: filter.sidangId });
  const facts = toFacts(requests, readDecisions(db, filter.sidangId));
  // Same status the tracking screen shows: met / missed / overdue are computed there, not again here.
  const pledges: PledgeFact[] = trackingList(db, today, { statuses: [], hanyaPakta: false, search: '' })
    .filter((t) => t.target.permohonanId !== null)
    .map((t) => ({ permohonanId: t.target.permohonanId!, status: t.status }));
  const remote = db.all<{ kecamatan: string; kelurahan: string; keterangan: string }>(
    'SELECT kecamatan, kelurahan, keterangan FROM kelurahan_terpencil ORDER BY kecamatan, kelurahan',
  );
  return buildEquityReport(filter, today, facts, pledges, remote);
}
