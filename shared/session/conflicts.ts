import type { PetunjukKonflik } from './model';

/**
 * Given names common enough that sharing one says nothing about family ties. Indonesian names often
 * have no family name at all, so only a shared last name that is not in this list is hinted.
 */
const NAMA_UMUM = new Set([
  'muhammad', 'muhamad', 'mohammad', 'mochammad', 'moh', 'muh', 'ahmad', 'achmad', 'abdul', 'siti', 'nur', 'nurul',
  'sri', 'dewi', 'putri', 'putra', 'rahmat', 'rahman', 'hidayat', 'hidayati', 'wati', 'ningsih', 'sari', 'lestari',
  'wahyuni', 'susanti', 'yanti', 'fitri', 'indah', 'agus', 'budi', 'eko', 'dwi', 'tri', 'ali', 'hasan', 'husin',
  'iskandar', 'saputra', 'saputri', 'pratama', 'kurniawan', 'setiawan', 'santoso', 'wijaya', 'syah', 'fauzi',
]);

/** The last word of a name without academic titles ("Dr. Ahmad Fauzi Siregar, S.E." → "siregar"). */
export function namaKeluarga(nama: string): string | null {
  const tanpaGelarBelakang = nama.split(',')[0] ?? '';
  const words = tanpaGelarBelakang
    .split(/\s+/)
    .filter((w) => !w.endsWith('.')) // "Dr.", "Ir.", "H." are titles, not names
    .map((w) => w.replace(/[^\p{L}'-]/gu, '').toLowerCase())
    .filter((w) => w.length > 0);
  if (words.length < 2) return null;
  const last = words.at(-1)!;
  return last.length >= 3 && !NAMA_UMUM.has(last) ? last : null;
}

/**
 * Likely conflicts of interest, as hints only: a member from the candidate's own unit, or one
 * sharing a (non-common) family name. The committee still decides whether to recuse.
 */
export function petunjukKonflik(
  anggota: readonly { anggotaId: string; nama: string; unitId: string | null }[],
  kandidat: { nama: string; unitId: string; unitNama: string },
): PetunjukKonflik[] {
  const hints: PetunjukKonflik[] = [];
  const keluargaKandidat = namaKeluarga(kandidat.nama);
  for (const a of anggota) {
    if (a.unitId && a.unitId === kandidat.unitId) hints.push({ anggotaId: a.anggotaId, jenis: 'unit_sama', rincian: kandidat.unitNama });
    if (keluargaKandidat && namaKeluarga(a.nama) === keluargaKandidat) {
      hints.push({ anggotaId: a.anggotaId, jenis: 'nama_keluarga', rincian: keluargaKandidat });
    }
  }
  return hints;
}
