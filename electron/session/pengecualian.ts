import { AppError } from '../../shared/errors';
import { cekSidangBerlangsung } from '../../shared/session/rules';
import { cekAlasanPengecualian, cekPengusul } from '../../shared/session/decision-rules';
import { actRows, fail, type SessionEnv } from './env';
import { getItem } from './agenda';
import { getSidang, loadAnggota } from './sidang-store';
import { kelayakanKeputusan, requestedPosts } from './voting';

export interface PengecualianInput {
  itemId: string;
  jabatanId: string;
  ruleId: string;
  alasan: string;
  diusulkanOleh: string;
}

/**
 * The committee's explicit exception to one failed eligibility rule for one post, as its own act:
 * which rule, why, proposed by which present member. Recording it again replaces the reason.
 */
export function recordPengecualian(env: SessionEnv, p: PengecualianInput): void {
  actRows(env, 'session.pengecualian', (at) => {
    const db = env.db;
    const item = getItem(db, p.itemId);
    const sidang = getSidang(db, item.sidang_id);
    fail(cekSidangBerlangsung(sidang.status));
    const recused = !!db.first('SELECT 1 FROM konflik_kepentingan WHERE agenda_item_id = ? AND anggota_id = ?', [p.itemId, p.diusulkanOleh]);
    const pengusul = loadAnggota(db, sidang.id).find((a) => a.anggotaId === p.diusulkanOleh);
    fail(cekPengusul(pengusul, recused));
    fail(cekAlasanPengecualian(p.alasan));
    if (!requestedPosts(db, item).includes(p.jabatanId)) throw new AppError('KEPUTUSAN_JABATAN_BUKAN_PILIHAN');
    const rule = kelayakanKeputusan(db, item, sidang.tanggal, p.jabatanId, []).hasil.find((r) => r.ruleId === p.ruleId);
    if (!rule) throw new AppError('PENGECUALIAN_ATURAN_TIDAK_ADA', { aturan: p.ruleId });
    if (rule.status !== 'tidak_memenuhi') throw new AppError('PENGECUALIAN_TIDAK_PERLU', { aturan: rule.nama });
    const row = {
      agenda_item_id: p.itemId, jabatan_id: p.jabatanId, rule_id: p.ruleId, alasan: p.alasan.trim(), diusulkan_oleh: p.diusulkanOleh,
      nama_pengusul: pengusul!.nama, dicatat_pada: at,
    };
    db.run(
      `INSERT INTO pengecualian_syarat (agenda_item_id, jabatan_id, rule_id, alasan, diusulkan_oleh, nama_pengusul, dicatat_pada)
       VALUES (?,?,?,?,?,?,?) ON CONFLICT(agenda_item_id, jabatan_id, rule_id) DO UPDATE SET alasan = excluded.alasan,
         diusulkan_oleh = excluded.diusulkan_oleh, nama_pengusul = excluded.nama_pengusul, dicatat_pada = excluded.dicatat_pada`,
      [row.agenda_item_id, row.jabatan_id, row.rule_id, row.alasan, row.diusulkan_oleh, row.nama_pengusul, row.dicatat_pada],
    );
    return { result: undefined, payload: { itemId: p.itemId, pengecualian: row, hasilAturan: rule } };
  });
}
