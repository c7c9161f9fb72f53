import type { Database } from '../dataset/database';
import type { JabatanRingkas } from '../../shared/session/model';
import type { AgendaRow } from './agenda';
import { groupBy } from '../dataset/group-rows';

type Row = Record<string, any>;

/** Which agenda items a read covers: a whole session, or the items an act changed. */
export type ItemScope = { sidangId: string } | { itemIds: readonly string[] };

/**
 * The rows behind a set of agenda items, each table read once for the whole scope (never once per
 * item), so a 40-item agenda costs the same number of queries as a 5-item one.
 */
export interface ItemRows {
  items: AgendaRow[];
  konflik: Map<string, Row[]>;
  suara: Map<string, Row[]>;
  keputusan: Map<string, Row[]>;
  pengecualian: Map<string, Row[]>;
  penutupan: Map<string, Row[]>;
  prosedur: Map<string, Row[]>;
  tinjauan: Map<string, Row[]>;
  tinjauanTarget: Map<string, Row[]>;
  /** The applicant (pegawai, unit, current level) with the request's status and kind. */
  pemohon: Map<string, Row[]>;
  /** The applicant frozen for a closed session before a master-data update changed them (0190). */
  pemohonBeku: Map<string, Row[]>;
  pilihan: Map<string, Row[]>;
  target: Map<string, Row[]>;
  /** Every post the items name: vacant post, choices, decided posts, posts under pledge. */
  post(id: string | null): JabatanRingkas | null;
}

function scopeSql(scope: ItemScope): { where: string; param: string } {
  return 'sidangId' in scope
    ? { where: 'i.sidang_id = ?', param: scope.sidangId }
    : { where: 'i.id IN (SELECT value FROM json_each(?))', param: JSON.stringify(scope.itemIds) };
}

/** Rows per agenda item (or per `key`), in query order. */
const grouped = (rows: Row[], key = 'agenda_item_id'): Map<string, Row[]> => groupBy(rows, key, (r) => r);

type ItemTable =
  | 'konflik_kepentingan' | 'suara' | 'keputusan' | 'pengecualian_syarat' | 'penutupan_suara'
  | 'prosedur_jpt' | 'tinjauan_pakta' | 'tinjauan_pakta_target' | 'pemohon_beku';

export function readItemRows(db: Database, scope: ItemScope): ItemRows {
  const { where, param } = scopeSql(scope);
  const perItem = (table: ItemTable, orderBy: string) => grouped(db.all<Row>(
    `SELECT x.* FROM ${table} x JOIN agenda_item i ON i.id = x.agenda_item_id WHERE ${where} ORDER BY ${orderBy}`, [param],
  ));
  const viaRequest = (select: string, join: string, orderBy: string) => grouped(db.all<Row>(
    `SELECT i.id AS item_id, ${select} FROM agenda_item i ${join} WHERE ${where} ORDER BY ${orderBy}`, [param],
  ), 'item_id');
  const posts = new Map(db.all<Row>(
    `SELECT j.id, j.nama, j.level, u.nama AS unit_nama FROM jabatan j JOIN unit_kerja u ON u.id = j.unit_id WHERE j.id IN (
       SELECT i.jabatan_id FROM agenda_item i WHERE ${where}
       UNION SELECT pp.jabatan_id FROM agenda_item i JOIN permohonan_pilihan pp ON pp.permohonan_id = i.permohonan_id WHERE ${where}
       UNION SELECT k.jabatan_id FROM agenda_item i JOIN keputusan k ON k.agenda_item_id = i.id WHERE ${where}
       UNION SELECT t.jabatan_id FROM agenda_item i JOIN tinjauan_pakta t ON t.agenda_item_id = i.id WHERE ${where})`,
    [param, param, param, param],
  ).map((r): [string, JabatanRingkas] => [r.id, { id: r.id, nama: r.nama, level: r.level, unitNama: r.unit_nama }]));
  return {
    items: db.all<AgendaRow>(`SELECT i.* FROM agenda_item i WHERE ${where} ORDER BY i.urutan`, [param]),
    konflik: perItem('konflik_kepentingan', 'x.dicatat_pada, x.anggota_id'),
    suara: perItem('suara', 'x.dicatat_pada, x.anggota_id'),
    keputusan: perItem('keputusan', 'x.versi'),
    pengecualian: perItem('pengecualian_syarat', 'x.dicatat_pada, x.rule_id'),
    penutupan: perItem('penutupan_suara', 'x.dicatat_pada'),
    prosedur: perItem('prosedur_jpt', 'x.agenda_item_id'),
    tinjauan: perItem('tinjauan_pakta', 'x.agenda_item_id'),
    tinjauanTarget: perItem('tinjauan_pakta_target', 'x.target_id'),
    pemohon: viaRequest(
      'g.*, r.status AS status_permohonan, r.jenis AS jenis_permohonan, u.nama AS unit_nama, jc.level AS level_saat_ini',
      `JOIN permohonan r ON r.id = i.permohonan_id JOIN pegawai g ON g.nip = r.nip JOIN unit_kerja u ON u.id = g.unit_id
       LEFT JOIN jabatan jc ON jc.id = g.jabatan_id`,
      'i.id',
    ),
    pemohonBeku: perItem('pemohon_beku', 'x.agenda_item_id'),
    pilihan: viaRequest('pp.jabatan_id, pp.peringkat', 'JOIN permohonan_pilihan pp ON pp.permohonan_id = i.permohonan_id', 'pp.peringkat'),
    target: viaRequest('t.*', 'JOIN target t ON t.permohonan_id = i.permohonan_id', 't.tenggat, t.id'),
    post: (id) => (id ? posts.get(id) ?? null : null),
  };
}
