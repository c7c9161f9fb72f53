import type { ErrorCatalog } from './types';

export const documentErrors: ErrorCatalog = {
  DOK_SIDANG_TIDAK_ADA: { id: 'Sidang {id} tidak ditemukan di dataset.', en: 'Session {id} was not found in the dataset.' },
  DOK_PUBLIK_SIDANG_BELUM_SELESAI: {
    id: 'Sidang {nomor} belum ditutup; pengumuman dan kriteria untuk publik baru dapat dibuat dari keputusan sidang yang sudah selesai.',
    en: 'Session {nomor} is not closed yet; the public announcement and criteria can only be made from a closed session\'s decisions.',
  },
  DOK_SIDANG_BELUM_SELESAI: {
    id: 'Sidang {nomor} belum ditutup; dokumen baru dapat ditandatangani setelah sidang selesai. Dokumen tanpa tanda tangan tetap dapat dibuat sebagai draf.',
    en: 'Session {nomor} is not closed yet; documents can be signed only once it is. Unsigned drafts can still be produced.',
  },
  DOK_IDENTITAS_BELUM_ADA: {
    id: 'Belum ada sertifikat penanda tangan. Impor sertifikat instansi (.p12/.pfx) atau buat sertifikat sekretaris terlebih dahulu.',
    en: 'No signing certificate yet. Import the institution certificate (.p12/.pfx) or create a secretary certificate first.',
  },
  DOK_SANDI_SERTIFIKAT_SALAH: { id: 'Sandi sertifikat salah.', en: 'Wrong certificate password.' },
  DOK_SANDI_SERTIFIKAT_DIPERLUKAN: { id: 'Sandi sertifikat diperlukan untuk menandatangani.', en: 'The certificate password is needed to sign.' },
  DOK_BERKAS_SERTIFIKAT_RUSAK: {
    id: 'Berkas sertifikat tidak dapat dibaca atau tidak berisi kunci privat RSA beserta sertifikatnya.',
    en: 'The certificate file cannot be read or does not hold an RSA private key with its certificate.',
  },
  DOK_SERTIFIKAT_KEDALUWARSA: {
    id: 'Sertifikat sudah kedaluwarsa sejak {akhir}; tidak dapat dipakai untuk menandatangani.',
    en: 'The certificate expired on {akhir}; it cannot be used to sign.',
  },
  DOK_SERTIFIKAT_BELUM_BERLAKU: { id: 'Sertifikat baru berlaku mulai {mulai}.', en: 'The certificate is valid only from {mulai}.' },
  DOK_SERTIFIKAT_PENGGUNAAN_SALAH: {
    id: 'Sertifikat ini tidak untuk tanda tangan dokumen (penggunaan: {penggunaan}). Gunakan sertifikat dengan digitalSignature/nonRepudiation.',
    en: 'This certificate is not meant for signing documents (usage: {penggunaan}). Use one with digitalSignature/nonRepudiation.',
  },
  DOK_DOCX_TIDAK_DITANDATANGANI: {
    id: 'Tanda tangan elektronik hanya untuk PDF; DOCX adalah salinan yang dapat diedit.',
    en: 'Electronic signatures apply to PDF only; the DOCX is an editable copy.',
  },
  DOK_BERKAS_TIDAK_TERBACA: { id: 'Berkas {berkas} tidak dapat dibaca.', en: 'File {berkas} cannot be read.' },
  DOK_BUKAN_PDF: { id: 'Berkas ini bukan PDF.', en: 'This file is not a PDF.' },
  DOK_LOGO_TIDAK_VALID: { id: 'Logo harus berkas PNG atau JPEG, paling besar 512 KB.', en: 'The logo must be a PNG or JPEG file of at most 512 KB.' },
  DOK_CETAK_TIDAK_TERSEDIA: {
    id: 'Dialog cetak sistem tidak tersedia di lingkungan ini; dokumen disimpan ke {berkas}.',
    en: 'The system print dialog is not available here; the document was saved to {berkas}.',
  },
  // Signing identities, trust list and verification (issue 11).
  DOK_BERKAS_KOSONG: { id: 'Berkas ini kosong (0 bita): bukan PDF.', en: 'This file is empty (0 bytes): not a PDF.' },
  DOK_PDF_RUSAK: { id: 'Berkas ini berawal seperti PDF tetapi strukturnya tidak dapat dibaca.', en: 'This file starts like a PDF but its structure cannot be read.' },
  DOK_IDENTITAS_TIDAK_ADA: {
    id: 'Identitas penanda tangan {id} tidak ada atau sudah dipensiunkan.',
    en: 'Signing identity {id} does not exist or has been retired.',
  },
  DOK_SERTIFIKAT_CA_TIDAK_VALID: {
    id: 'Berkas {berkas} tidak berisi sertifikat CA (PEM atau DER) yang dapat dibaca.',
    en: 'File {berkas} holds no readable CA certificate (PEM or DER).',
  },
};
