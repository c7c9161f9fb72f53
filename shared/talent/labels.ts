import type { Kesiapan } from './schemas';

export const KESIAPAN_LABEL: Record<Kesiapan, { id: string; en: string }> = {
  siap_sekarang: { id: 'Siap sekarang', en: 'Ready now' },
  satu_dua_tahun: { id: '1–2 tahun', en: '1–2 years' },
  lebih_dua_tahun: { id: '> 2 tahun', en: '> 2 years' },
};

export const TANDA_LOWONG_TANPA_SIAP = { id: 'Lowong tanpa suksesor siap sekarang', en: 'Vacant with no successor ready now' };
