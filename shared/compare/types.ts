import type { RiwayatJabatan } from './experience';
import type { Koordinat } from '../domain/common';
import type { LevelJabatan } from '../domain/eselon';
import type { Jabatan } from '../domain/jabatan';
import type { ProfilPegawai } from '../domain/pegawai';
import type { Permohonan, Target } from '../domain/permohonan';

/** The post being filled, as the comparison needs it. */
export interface PostInput {
  jabatan: Jabatan;
  unitNama: string;
}

/** One applicant for the post, everything read from the dataset (or a review packet). */
export interface CandidateInput {
  profil: ProfilPegawai;
  /** The request that names this post; null if compared without one. */
  permohonan: Permohonan | null;
  /** 1st/2nd/3rd choice for this post. */
  peringkat: number | null;
  levelSaatIni: LevelJabatan | null;
  /** Location of the current post (or its unit), null when unknown. */
  lokasiKerja: Koordinat | null;
  unitNama: string;
  targetLampau: Target[];
  targetBaru: Target[];
  /** Career history when the dataset holds it; the experience rule decides from it instead of asking. */
  riwayatJabatan?: RiwayatJabatan[];
}

export type RuleStatus = 'memenuhi' | 'tidak_memenuhi' | 'perlu_perhatian' | 'tidak_berlaku';
