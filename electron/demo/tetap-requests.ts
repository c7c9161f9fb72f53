import type { Eselon } from '../../shared/domain/eselon';
import { distanceKm } from './geography';
import { fromDay, nextWorkingDay, randomDay, toDay, yearsBetween, type Day } from './calendar';
import type { Person } from './people';
import type { PostInfo } from './posts';
import type { Kategori } from './request-text';
import type { RequestDraft } from './requests';
import type { Rng } from './rng';

/**
 * Open Karir requests to stay in the current post (tetap): a post holder asks to keep it, with a
 * reason, the performance targets of that post and the signed pledge to step down if they are missed.
 * A handful per city: 3 to 6, none in a city too small to have them.
 */
export function jumlahTetap(count: number): number {
  return count >= 40 ? Math.min(6, Math.max(3, Math.round(count / 60))) : 0;
}

/** Which holders ask to stay, in turn. */
export const TETAP_SOURCES: readonly Eselon[] = ['IV.a', 'IV.b', 'III.b', 'IV.a', 'III.a', 'IV.b'];

/** A holder of at least a year, so the reason can speak of work under way. */
export function canAskToStay(p: Person, today: Day): p is Person & { post: PostInfo } {
  return p.post !== null && toDay(p.profil.tmtJabatan) <= today - 365;
}

type Vars = { jabatan: string; unit: string; tahun: number; kel: string; km: string };

const ALASAN_TETAP: Record<Kategori, ReadonlyArray<(v: Vars) => string>> = {
  kesesuaian_kompetensi: [
    (v) => `Saya memohon tetap sebagai ${v.jabatan}. Selama ${v.tahun} tahun di ${v.unit} saya menguasai tugas teknis jabatan ini `
      + 'dan program yang saya rintis belum selesai; target kinerja tahun berikutnya saya lampirkan.',
  ],
  pengembangan_karir: [
    (v) => `Saya belum ingin berpindah jabatan: sebagai ${v.jabatan} saya ingin menuntaskan target kinerja yang saya lampirkan `
      + 'dan bersedia mundur dari jabatan apabila target itu tidak tercapai.',
  ],
  dekat_domisili: [
    (v) => `Tempat tugas saya sebagai ${v.jabatan} hanya sekitar ${v.km} km dari rumah di Kelurahan ${v.kel}. `
      + 'Saya memohon tetap pada jabatan ini agar pelayanan kepada warga berlanjut tanpa masa adaptasi.',
  ],
  alasan_keluarga: [
    (v) => `Keluarga saya tinggal di Kelurahan ${v.kel}, dekat tempat tugas sekarang. Saya memohon tetap sebagai ${v.jabatan} `
      + 'dengan target kinerja yang terukur dan pakta kesediaan mundur.',
  ],
  lainnya: [
    (v) => `Saya memohon tetap sebagai ${v.jabatan} untuk menyelesaikan pembenahan layanan di ${v.unit}.`,
  ],
};

const KATEGORI_TETAP: ReadonlyArray<readonly [Kategori, number]> = [
  ['kesesuaian_kompetensi', 40], ['pengembangan_karir', 30], ['dekat_domisili', 15], ['alasan_keluarga', 15],
];

/** The request of a holder who asks to stay: no post named, the pledge always signed. */
export function draftTetap(rng: Rng, today: Day, person: Person & { post: PostInfo }): RequestDraft {
  const p = person.profil;
  // Filed at least three weeks back, so the newest rows of the list (which the compare e2e opens from) stay requests to move.
  const tanggal = nextWorkingDay(randomDay(rng, today - 150, today - 21));
  const status = tanggal < today - 30 ? rng.weighted([['diverifikasi', 70], ['diajukan', 30]] as const) : 'diajukan';
  const kategori = rng.weighted(KATEGORI_TETAP);
  const alasan = rng.pick(ALASAN_TETAP[kategori])({
    jabatan: p.namaJabatan, unit: person.unit.unit.nama, tahun: Math.max(1, yearsBetween(toDay(p.tmtJabatan), today)), kel: p.kelurahan,
    km: distanceKm(p.domisili, person.post.jabatan.lokasi).toFixed(1).replace('.', ','),
  });
  return {
    person, utama: person.post,
    permohonan: {
      id: '', nip: p.nip, tanggal: fromDay(tanggal), jenis: 'tetap', pilihan: [], kategoriAlasan: kategori, alasan,
      paktaDitandatangani: true, tanggalPakta: fromDay(tanggal - rng.int(0, 3)), status,
    },
  };
}
