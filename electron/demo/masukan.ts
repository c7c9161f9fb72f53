import { createHash } from 'node:crypto';
import { addDays } from '../../shared/format/tanggal';
import { storeMasukan, type Baris } from '../masukan/import';
import type { SeedStep } from './city';
import { demoSessionEnv } from './session-env';

/** What residents wrote in the city's Open Karir feedback form, as the secretariat received it. */
const TEKS: readonly { teks: string; kontak: string | null }[] = [
  { teks: 'Beliau sering turun langsung ke lapangan saat banjir di kelurahan kami dan cepat menindaklanjuti laporan warga.', kontak: 'rt07.kelurahan@example.id' },
  { teks: 'Pelayanan di loket yang beliau pimpin rapi dan tepat waktu. Mohon dipertimbangkan.', kontak: null },
  { teks: 'Saya pernah mengurus izin usaha dan merasa dipersulit di unit beliau; mohon hal ini diperiksa sebelum diputuskan.', kontak: '0812-7300-1146' },
  { teks: 'Aktif membina karang taruna dan kegiatan posyandu di lingkungan kami.', kontak: null },
  { teks: 'Kami berharap pejabat yang baru lebih terbuka soal jadwal layanan di kecamatan.', kontak: 'forum.warga.selebar@example.id' },
  { teks: 'Komunikasinya baik dengan tokoh masyarakat; program kebersihan pasar berjalan sejak beliau menjabat.', kontak: null },
  { teks: 'Mohon diperhatikan bahwa laporan keuangan kegiatan di unit tersebut sempat terlambat tahun lalu.', kontak: null },
  { teks: 'Beliau dikenal jujur dan tidak memungut biaya tambahan untuk surat keterangan.', kontak: 'warga.sawahlebar@example.id' },
];

/** Masukan per candidate, in agenda order: enough to show the section filled, empty and busy. */
const PER_CALON = [3, 2, 0, 1, 2] as const;

/**
 * Demo seeding step: public feedback on some applicants on the draft session's agenda, imported by the
 * secretariat the day before yesterday through the same audited store as the CSV import. Runs after the
 * session steps (it needs the draft agenda).
 */
export const seedMasukan: SeedStep = (db, rng, city) => {
  const today = city.options.today;
  const nips = db.all<{ nip: string }>(
    `SELECT r.nip FROM agenda_item i JOIN sidang s ON s.id = i.sidang_id JOIN permohonan r ON r.id = i.permohonan_id
     WHERE s.status = 'draf' ORDER BY s.tanggal, i.urutan`,
  ).map((r) => r.nip);
  const rows: Baris[] = [];
  let next = 0;
  PER_CALON.forEach((n, i) => {
    const nip = nips[i];
    if (!nip) return;
    for (let k = 0; k < n; k++, next++) {
      const t = TEKS[next % TEKS.length]!;
      rows.push({ baris: rows.length + 2, nip, tanggal: addDays(today, -3 - rng.int(1, 12)), teks: t.teks, kontak: t.kontak });
    }
  });
  if (rows.length === 0) return;
  const berkas = 'formulir-masukan-open-karir.csv';
  const env = demoSessionEnv(db, rng.fork('masukan'), addDays(today, -2), 'masukan');
  const sha256 = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  storeMasukan({ db, at: env.now(), actor: env.actor() }, berkas, sha256, rows);
};
