import type { HasilAturanBeku, SessionRecord } from '../session/model';
import type { DocHasilAturan, DocSession } from './model';
import { kutipanProsedur } from '../session/procedure';

const docAturan = (list: readonly HasilAturanBeku[]): DocHasilAturan[] => list.map((r) => ({
  ruleId: r.ruleId, nama: r.nama, namaPendek: r.namaPendek, status: r.status, alasan: r.alasan, diakui: r.diakui,
  pengecualian: r.pengecualian ? { alasan: r.pengecualian.alasan, namaPengusul: r.pengecualian.namaPengusul } : null,
}));

const byAnggota = <T extends { anggotaId: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => (a.anggotaId < b.anggotaId ? -1 : a.anggotaId > b.anggotaId ? 1 : 0));

/**
 * The session capability's read model, narrowed to what the documents print. Lists are put in a
 * fixed order so the content hash does not depend on when votes happened to be recorded.
 */
export function toDocSession(r: SessionRecord): DocSession {
  return {
    aturanKeputusan: r.sidang.aturanKeputusan,
    persetujuanMendagri: r.pilkada.jendela && r.pilkada.persetujuan ? { ...r.pilkada.persetujuan, dasar: r.pilkada.jendela.dasar } : null,
    id: r.sidang.id, nomor: r.sidang.nomor, tanggal: r.sidang.tanggal, tempat: r.sidang.tempat, status: r.sidang.status,
    anggota: r.anggota.map((a) => ({
      anggotaId: a.anggotaId, nama: a.nama, nip: a.nip, jabatan: a.jabatan, peran: a.peran, urutan: a.urutan, hadir: a.hadir,
    })),
    items: r.items.map((it) => {
      const p = it.pemohon;
      const pilihan1 = [...it.pilihan].sort((a, b) => a.peringkat - b.peringkat)[0];
      const jab = it.jabatanLowong ?? (pilihan1 ? { id: pilihan1.id, nama: pilihan1.nama, level: pilihan1.level, unitNama: pilihan1.unitNama } : null);
      return {
        id: it.id, urutan: it.urutan, permohonanId: it.permohonanId, catatanDiskusi: it.catatanDiskusi,
        pegawai: p
          ? {
              nip: p.nip, nama: p.namaLengkap, gelarDepan: '', gelarBelakang: '', tanggalLahir: p.tanggalLahir,
              golongan: p.golongan, namaJabatan: p.jabatanSaatIni, jabatanId: p.jabatanSaatIniId,
              // Staff without a structural post row are pelaksana unless their title says fungsional.
              level: p.levelSaatIni
                ?? (/fungsional|ahli|terampil|mahir|penyelia/i.test(p.jabatanSaatIni) ? 'fungsional' : 'pelaksana'),
              unitNama: p.unitNama,
            }
          : null,
        jabatanDibahas: jab,
        konflik: byAnggota(it.konflik).map((k) => ({ anggotaId: k.anggotaId, alasan: k.alasan })),
        suara: byAnggota(it.suara).map((v) => ({ anggotaId: v.anggotaId, pilihan: v.pilihan, catatan: v.catatan })),
        keputusan: it.keputusan
          ? {
              versi: it.keputusan.versi, hasil: it.keputusan.hasil, jabatan: it.keputusan.jabatan, alasan: it.keputusan.alasan,
              syarat: it.keputusan.syarat, alasanRevisi: it.keputusan.alasanRevisi,
              hasilAturan: docAturan(it.keputusan.hasilAturan),
              hasilAturanSebelumnya: it.riwayat.length > 1 ? docAturan(it.riwayat.at(-2)!.hasilAturan) : [],
            }
          : null,
        pemungutanDitutup: it.pemungutanDitutup !== null,
        prosedurJpt: it.prosedurJpt ? kutipanProsedur(it.prosedurJpt) : null,
        jenisPermohonan: it.jenisPermohonan,
        tinjauanPakta: it.tinjauanPakta ? { jabatan: it.tinjauanPakta.jabatan } : null,
      };
    }),
  };
}
