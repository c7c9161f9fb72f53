import { z } from 'zod';
import { golonganSchema } from './golongan';
import { levelJabatanSchema } from './eselon';
import { koordinatSchema, nipSchema } from './common';
import { profilKompetensiSchema } from './kompetensi';

export const unitKerjaSchema = z.object({
  id: z.string().min(1).max(40),
  nama: z.string().min(2).max(200),
  singkatan: z.string().max(40).default(''),
  lokasi: koordinatSchema,
});
export type UnitKerja = z.infer<typeof unitKerjaSchema>;

export const jabatanSchema = z.object({
  id: z.string().min(1).max(40),
  nama: z.string().min(2).max(200),
  unitId: z.string().min(1),
  level: levelJabatanSchema,
  lokasi: koordinatSchema,
  minGolongan: golonganSchema,
  status: z.enum(['terisi', 'lowong']),
  pemegangNip: nipSchema.nullable(),
  standarKompetensi: profilKompetensiSchema,
});
export type Jabatan = z.infer<typeof jabatanSchema>;
