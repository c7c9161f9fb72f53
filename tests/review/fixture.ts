import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../electron/dataset/database';
import { migrate } from '../../electron/dataset/migrations';
import { insertJabatan, insertPegawai, insertPermohonan, insertTarget, insertUnit } from '../../electron/dataset/writer';
import { AppContext } from '../../electron/app/context';
import { JsonFileSettingsStore, nodePlatform } from '../../electron/app/node-platform';
import { createHandlers } from '../../electron/ipc/registry';
import { dispatch } from '../../electron/ipc/dispatch';
import { seal } from '../../electron/dataset/bpj-format';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { ProfilPegawai } from '../../shared/domain/pegawai';
import type { Jabatan } from '../../shared/domain/jabatan';
import { TEST_KDF } from '../support/dataset-context';

/** 23 November 2026, 10:00 WIB. */
export const NOW = new Date('2026-11-23T03:00:00Z');
export const PACKET_PASSPHRASE = 'paket-rahasia-anggota-3';
export const KEY_PASSPHRASE = 'kunci-anggota-rahasia';
export const DATASET_PASSPHRASE = 'sekretariat-baperjakat';

const standar = { integritas: 3, kerjasama: 3, komunikasi: 3, orientasi_hasil: 3, teknis: 3 } as const;

/** Applicants on session S1's agenda. */
export const APPLICANT = { ani: '198503122010012004', budi: '198001012005011001', citra: '199002022015032003' };
/** People who must never appear in S1's packets. */
export const OUTSIDER = {
  /** Holds the post Ani asks for. */
  pemegang: '197001012000031001',
  /** Applies too, but on session S2's agenda. */
  dodi: '199107072015031004',
  /** Committee member (Sekda) who is also an ASN in the dataset. */
  sekda: '196805051990031002',
  /** Unrelated staff. */
  eko: '199512122020121005',
};
/** Names of those outside S1's agenda; Rahmat Inspektur is left out on purpose: S1's packets are for him. */
export const OUTSIDER_NAMES = ['Hasan Pemegang', 'Dodi Lain', 'Sutrisno Sekda', 'Eko Biasa', 'Siti Sekretaris'];

function jabatan(over: Partial<Jabatan> & { id: string; nama: string }): Jabatan {
  return {
    unitId: 'U1', level: 'III.b', lokasi: { lat: -3.795, lon: 102.26 }, minGolongan: 'III/d', status: 'lowong',
    pemegangNip: null, standarKompetensi: { ...standar }, ...over,
  };
}

function pegawai(over: Partial<ProfilPegawai> & { nip: string; nama: string }): ProfilPegawai {
  return {
    gelarDepan: '', gelarBelakang: 'S.STP', jenisKelamin: 'L',
    tanggalLahir: `${over.nip.slice(0, 4)}-${over.nip.slice(4, 6)}-${over.nip.slice(6, 8)}`,
    golongan: 'III/d', tmtGolongan: '2022-04-01', jabatanId: 'J-KASI', namaJabatan: 'Kasi Pemerintahan', tmtJabatan: '2021-01-04',
    unitId: 'U1', pendidikan: 'S-1', jurusan: 'Ilmu Pemerintahan', alamat: `Jl. ${over.nama} No. 1`, kelurahan: 'Penurunan',
    kecamatan: 'Ratu Samban', domisili: { lat: -3.796, lon: 102.28 }, telepon: '081200000000', potensi: 75,
    diklat: [{ jenis: 'PKP', tahun: 2021 }], kompetensi: { ...standar },
    skp: [{ tahun: 2024, predikat: 'Baik' }, { tahun: 2025, predikat: 'Sangat Baik' }], disiplin: [], ketidakhadiran: [],
    ...over,
  };
}

/**
 * A small city with two sessions. S1's agenda: Ani → Lurah (held by Hasan), Budi → Kabid, Citra → Lurah.
 * S2's agenda: Dodi → Sekcam. The committee sits in both sessions under per-session member ids, with NIPs.
 */
export async function reviewCity(): Promise<Database> {
  const db = await Database.create();
  migrate(db);
  db.transaction(() => {
    insertUnit(db, { id: 'U1', nama: 'Kecamatan Ratu Samban', singkatan: 'RS', lokasi: { lat: -3.795, lon: 102.26 } });
    insertUnit(db, { id: 'U2', nama: 'Kelurahan Penurunan', singkatan: 'PN', lokasi: { lat: -3.795, lon: 102.281 } });
    insertUnit(db, { id: 'U3', nama: 'BKPSDM', singkatan: 'BKPSDM', lokasi: { lat: -3.8, lon: 102.27 } });
    insertUnit(db, { id: 'U4', nama: 'Sekretariat Daerah', singkatan: 'SETDA', lokasi: { lat: -3.79, lon: 102.25 } });
    insertJabatan(db, jabatan({ id: 'J-KASI', nama: 'Kasi Pemerintahan', level: 'IV.a', status: 'terisi', minGolongan: 'III/c' }));
    insertJabatan(db, jabatan({ id: 'J-LURAH', nama: 'Lurah Penurunan', unitId: 'U2', status: 'terisi', pemegangNip: OUTSIDER.pemegang }));
    insertJabatan(db, jabatan({ id: 'J-KABID', nama: 'Kepala Bidang Mutasi', unitId: 'U3' }));
    insertJabatan(db, jabatan({ id: 'J-SEKCAM', nama: 'Sekretaris Kecamatan', status: 'lowong' }));
    insertJabatan(db, jabatan({ id: 'J-SEKDA', nama: 'Sekretaris Daerah', unitId: 'U4', level: 'II.a', status: 'terisi', pemegangNip: OUTSIDER.sekda, minGolongan: 'IV/c' }));
    insertPegawai(db, pegawai({ nip: APPLICANT.ani, nama: 'Ani Lestari', jenisKelamin: 'P', potensi: 85 }));
    insertPegawai(db, pegawai({ nip: APPLICANT.budi, nama: 'Budi Santoso', golongan: 'IV/a',
      disiplin: [{ hukuman: 'Teguran tertulis', tingkat: 'ringan', mulai: '2025-02-01', selesai: '2025-03-01', keterangan: '' }] }));
    insertPegawai(db, pegawai({ nip: APPLICANT.citra, nama: 'Citra Dewi', jenisKelamin: 'P',
      ketidakhadiran: [{ mulai: '2026-03-02', selesai: '2026-03-03', hariKerja: 2, alasanSah: true, keterangan: 'sakit' }] }));
    insertPegawai(db, pegawai({ nip: OUTSIDER.pemegang, nama: 'Hasan Pemegang', jabatanId: 'J-LURAH', namaJabatan: 'Lurah Penurunan', unitId: 'U2' }));
    insertPegawai(db, pegawai({ nip: OUTSIDER.dodi, nama: 'Dodi Lain' }));
    insertPegawai(db, pegawai({ nip: OUTSIDER.sekda, nama: 'Sutrisno Sekda', golongan: 'IV/d', jabatanId: 'J-SEKDA', namaJabatan: 'Sekretaris Daerah', unitId: 'U4' }));
    insertPegawai(db, pegawai({ nip: OUTSIDER.eko, nama: 'Eko Biasa', jabatanId: null, namaJabatan: 'Pengadministrasi Umum' }));
    const req = (id: string, nip: string, pilihan: string[], status = 'diverifikasi') => insertPermohonan(db, {
      id, nip, pilihan, tanggal: '2026-08-01', kategoriAlasan: 'dekat_domisili', alasan: 'Dekat rumah.',
      paktaDitandatangani: true, tanggalPakta: '2026-08-01', status: status as never,
    });
    req('R0', APPLICANT.ani, ['J-KABID'], 'ditarik');
    req('R1', APPLICANT.ani, ['J-LURAH', 'J-SEKCAM']);
    req('R2', APPLICANT.budi, ['J-KABID']);
    req('R3', APPLICANT.citra, ['J-LURAH']);
    req('R9', OUTSIDER.dodi, ['J-SEKCAM']);
    const target = (id: string, nip: string, permohonanId: string | null) => insertTarget(db, {
      id, nip, permohonanId, indikator: 'Cakupan layanan', nilaiTarget: 90, satuan: '%', tenggat: '2027-06-30',
      realisasi: null, tanggalRealisasi: null, catatanBukti: '', denganPakta: permohonanId !== null,
    });
    target('T0', APPLICANT.ani, 'R0');
    target('T1', APPLICANT.ani, 'R1');
    target('T9', OUTSIDER.dodi, 'R9');
    const sidang = (id: string, nomor: string) => db.run(
      `INSERT INTO sidang (id, nomor, tanggal, tempat, status, dibuat_pada) VALUES (?,?,?,?,?,?)`,
      [id, nomor, '2026-12-02', 'Ruang Rapat Sekda', 'draf', '2026-11-20T02:00:00.000Z'],
    );
    sidang('S1', '800/01/BPJ/2026');
    sidang('S2', '800/02/BPJ/2026');
    const members: [string, string, string, string][] = [
      ['ketua', 'Sutrisno Sekda', OUTSIDER.sekda, 'Sekretaris Daerah'],
      ['sekretaris', 'Siti Sekretaris', '197303031995032001', 'Kepala BKPSDM'],
      ['anggota', 'Rahmat Inspektur', '197404041996031003', 'Inspektur'],
    ];
    for (const s of ['S1', 'S2']) {
      members.forEach(([peran, nama, nip, jab], i) => db.run(
        'INSERT INTO sidang_anggota (sidang_id, anggota_id, nama, nip, jabatan, peran, urutan) VALUES (?,?,?,?,?,?,?)',
        [s, `${s}-agt-${i + 1}`, nama, nip, jab, peran, i + 1],
      ));
    }
    const item = (id: string, sidangId: string, urutan: number, permohonanId: string) => db.run(
      'INSERT INTO agenda_item (id, sidang_id, urutan, permohonan_id, catatan_diskusi) VALUES (?,?,?,?,?)',
      [id, sidangId, urutan, permohonanId, `Diskusi internal soal ${OUTSIDER_NAMES[0]}`],
    );
    item('A1', 'S1', 1, 'R1');
    item('A2', 'S1', 2, 'R2');
    item('A3', 'S1', 3, 'R3');
    item('B1', 'S2', 1, 'R9');
    db.run("INSERT INTO konflik_kepentingan (agenda_item_id, anggota_id, alasan, dicatat_pada) VALUES ('A3', 'S1-agt-1', 'keluarga', '2026-11-20T02:00:00.000Z')");
  });
  return db;
}

export type Call = <K extends ChannelName>(name: K, input: ChannelInput<K>) => Promise<ChannelOutput<K>>;

export interface TestApp {
  ctx: AppContext;
  dir: string;
  call: Call;
  /** Same clock for every act; tests move it. */
  clock: { now: Date };
  open(path: string, passphrase: string): Promise<ChannelOutput<'dataset:open'>>;
  /** The call that follows answers main's native dialog with `path` (as the user picking that file would). */
  via(path: string): Call;
  cleanup(): void;
}

/** One app instance (one user profile on one laptop) with a movable clock, through the real dispatch. */
export function testApp(actor: string): TestApp {
  const dir = mkdtempSync(join(tmpdir(), `bpj-review-${actor}-`));
  const clock = { now: NOW };
  const dialog: string[] = [];
  const answer = async () => dialog.shift() ?? null;
  const ctx = new AppContext(
    nodePlatform({ userDataDir: join(dir, 'userdata'), now: () => clock.now, actor, chooseOpenFile: answer, chooseSaveFile: answer }),
    new JsonFileSettingsStore(join(dir, 'userdata', 'preferences.json')),
  );
  const handlers = createHandlers(ctx);
  const call: Call = async (name, input) => {
    const res = await dispatch(handlers, name, input, { validateOutput: true });
    if (!res.ok) throw Object.assign(new Error(res.error.message), { code: res.error.code, params: res.error.params });
    return res.value as never;
  };
  return {
    ctx, dir, call, clock,
    open: async (path, passphrase) => {
      dialog.push(path);
      const { file } = await call('dataset:chooseFile', {});
      return call('dataset:open', { file: file!.handle, passphrase });
    },
    via: (path) => async (name, input) => {
      dialog.splice(0, dialog.length, path);
      try {
        return await call(name, input);
      } finally {
        dialog.length = 0;
      }
    },
    cleanup: () => { ctx.closeDataset(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** The secretariat's app with the review city sealed to disk and open. */
export async function secretariat(): Promise<TestApp & { datasetPath: string }> {
  const app = testApp('sekretariat');
  const db = await reviewCity();
  const datasetPath = join(app.dir, 'baperjakat.bpj');
  writeFileSync(datasetPath, (await seal(db.export(), DATASET_PASSPHRASE, { kdf: TEST_KDF })).bytes);
  db.close();
  await app.open(datasetPath, DATASET_PASSPHRASE);
  return { ...app, datasetPath };
}

/** Rejection with its code, for `await expect(...).rejects` style checks that also read the message. */
export async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return { code: (err as { code?: string }).code ?? 'NONE', message: (err as Error).message };
  }
  throw new Error('expected a refusal');
}
