import type { ErrorCatalog } from './types';

/** Talent pools and succession plans (shared/talent, electron/talent). */
export const talentErrors: ErrorCatalog = {
  TALENTA_JABATAN_TIDAK_ADA: { id: 'Jabatan {jabatan} tidak ada di dataset.', en: 'Post {jabatan} is not in the dataset.' },
  TALENTA_BUKAN_JABATAN_KUNCI: {
    id: 'Rencana suksesi hanya untuk jabatan kunci (JPT, administrator, atau yang ditandai sidang): {jabatan}.',
    en: 'Succession plans are for key posts only (JPT, administrator, or marked by the committee): {jabatan}.',
  },
  TALENTA_PEGAWAI_TIDAK_ADA: { id: 'Pegawai dengan NIP tersebut tidak ada di dataset (urutan {urutan}).', en: 'No ASN with that NIP in the dataset (position {urutan}).' },
  TALENTA_PEMEGANG_BUKAN_SUKSESOR: {
    id: 'Pemegang jabatan {jabatan} tidak dapat menjadi suksesornya sendiri.', en: 'The holder of {jabatan} cannot be its own successor.',
  },
  TALENTA_ALASAN_TANDA: {
    id: 'Tulis alasan menandai jabatan sebagai jabatan kunci (sedikitnya {min} karakter).',
    en: 'Give the reason for marking the post as key (at least {min} characters).',
  },
};
