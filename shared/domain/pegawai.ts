import { z } from 'zod';
import { golonganSchema } from './golongan';
import { isoDateSchema, koordinatSchema, nipSchema } from './common';
import { profilKompetensiSchema } from './kompetensi';
import { skpSchema } from './skp';

export const PENDIDIKAN = ['SMA', 'D-III', 'D-IV', 'S-1', 'S-2', 'S-3'] as const;
export const pendidikanSchema = z.enum(PENDIDIKAN);
export type Pendidikan = (typeof PENDIDIKAN)[number];
export function pendidikanRank(p: Pendidikan): number {
  // D-IV and S-1 are equivalent for appointment purposes.
  return { SMA: 0, 'D-III': 1, 'D-IV': 2, 'S-1': 2, 'S-2': 3, 'S-3': 4 }[p];
}

/** Leadership training: PIM (old), PKA/PKP (current), PKN for JPT. */
export const JENIS_DIKLAT = ['PIM II', 'PIM III', 'PIM IV', 'PKN II', 'PKA', 'PKP'] as const;
export const diklatSchema = z.object({ jenis: z.enum(JENIS_DIKLAT), tahun: z.number().int().min(1970).max(2100) });
export type Diklat = z.infer<typeof diklatSchema>;

export const TINGKAT_HUKUMAN = ['ringan', 'sedang', 'berat'] as const;
export const disiplinSchema = z.object({
  hukuman: z.string().min(1).max(200),
  tingkat: z.enum(TINGKAT_HUKUMAN),
  mulai: isoDateSchema,
  selesai: isoDateSchema.nullable(),
  keterangan: z.string().max(1000).default(''),
});
export type Disiplin = z.infer<typeof disiplinSchema>;

/** One stretch of absence; hariKerja counts consecutive working days in it. */
export const ketidakhadiranSchema = z.object({
  mulai: isoDateSchema,
  selesai: isoDateSchema,
  hariKerja: z.number().int().min(1).max(366),
  alasanSah: z.boolean(),
  keterangan: z.string().max(1000).default(''),
});
export type Ketidakhadiran = z.infer<typeof ketidakhadiranSchema>;

export const pegawaiSchema = z.object({
  nip: nipSchema,
  nama: z.string().min(2).max(120),
  gelarDepan: z.string().max(40).default(''),
  gelarBelakang: z.string().max(60).default(''),
  jenisKelamin: z.enum(['L', 'P']),
  tanggalLahir: isoDateSchema,
  golongan: golonganSchema,
  tmtGolongan: isoDateSchema,
  jabatanId: z.string().min(1).nullable(),
  namaJabatan: z.string().max(200),
  tmtJabatan: isoDateSchema,
  unitId: z.string().min(1),
  pendidikan: pendidikanSchema,
  jurusan: z.string().max(120).default(''),
  alamat: z.string().max(300),
  kelurahan: z.string().max(80),
  kecamatan: z.string().max(80),
  domisili: koordinatSchema,
  telepon: z.string().max(30).default(''),
  /** Assessment-centre potential score, 0–100. */
  potensi: z.number().min(0).max(100).nullable(),
});
export type Pegawai = z.infer<typeof pegawaiSchema>;

/** Everything known about one ASN, as the comparison and documents need it. */
export const profilPegawaiSchema = pegawaiSchema.extend({
  diklat: z.array(diklatSchema),
  kompetensi: profilKompetensiSchema,
  skp: z.array(skpSchema),
  disiplin: z.array(disiplinSchema),
  ketidakhadiran: z.array(ketidakhadiranSchema),
});
export type ProfilPegawai = z.infer<typeof profilPegawaiSchema>;

/** "Dr. Ahmad Fauzi, S.E., M.M." */
export function namaLengkap(p: Pick<Pegawai, 'nama' | 'gelarDepan' | 'gelarBelakang'>): string {
  const depan = p.gelarDepan ? `${p.gelarDepan} ` : '';
  const belakang = p.gelarBelakang ? `, ${p.gelarBelakang}` : '';
  return `${depan}${p.nama}${belakang}`;
}
