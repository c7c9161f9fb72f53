import type { ErrorCatalog } from './types';

/** Review packets, members' keys and responses (issue 7). */
export const reviewErrors: ErrorCatalog = {
  PAKET_KEDALUWARSA: {
    id: 'Paket telaah ini sudah kedaluwarsa sejak {tanggal} dan tidak dapat dibuka lagi. Minta paket baru ke sekretariat Baperjakat.',
    en: 'This review packet expired on {tanggal} and can no longer be opened. Ask the Baperjakat secretariat for a new packet.',
  },
  PAKET_TIDAK_LENGKAP: {
    id: 'Paket telaah ini tidak lengkap (keterangan paket hilang: {kunci}). Minta paket baru ke sekretariat.',
    en: 'This review packet is incomplete (packet detail missing: {kunci}). Ask the secretariat for a new packet.',
  },
  MODE_TELAAH_DITOLAK: {
    id: 'Tidak tersedia saat paket telaah dibuka: {aksi}. Paket telaah tidak dapat diekspor ulang.',
    en: 'Not available while a review packet is open: {aksi}. A review packet cannot be re-exported.',
  },
  HANYA_MODE_TELAAH: {
    id: 'Hanya tersedia saat paket telaah dibuka: {aksi}.',
    en: 'Only available while a review packet is open: {aksi}.',
  },
  SIDANG_TIDAK_DITEMUKAN: {
    id: 'Sidang {sidangId} tidak ada di dataset ini.',
    en: 'Session {sidangId} is not in this dataset.',
  },
  BUKAN_ANGGOTA_SIDANG: {
    id: 'Anggota {anggotaId} tidak terdaftar pada sidang {nomor}.',
    en: 'Member {anggotaId} is not on session {nomor}.',
  },
  AGENDA_SIDANG_KOSONG: {
    id: 'Sidang {nomor} belum memiliki agenda; tidak ada yang bisa dikirim untuk ditelaah.',
    en: 'Session {nomor} has no agenda yet; there is nothing to send for review.',
  },
  KEDALUWARSA_TIDAK_SAH: {
    id: 'Tanggal kedaluwarsa {tanggal} tidak sah: harus setelah hari ini dan paling lama {maks} hari ke depan.',
    en: 'Expiry date {tanggal} is not valid: it must be after today and at most {maks} days ahead.',
  },
  KUNCI_PUBLIK_TIDAK_SAH: {
    id: 'Teks kunci publik tidak sah. Salin utuh baris yang diawali "bpj-ed25519:" dari aplikasi anggota.',
    en: 'The public key text is not valid. Copy the whole line starting with "bpj-ed25519:" from the member\'s app.',
  },
  KUNCI_SUDAH_TERDAFTAR: {
    id: 'Untuk {nama} sudah terdaftar kunci lain (sidik {sidik}). Centang "ganti kunci" bila anggota memang membuat kunci baru.',
    en: 'Another key is already registered for {nama} (fingerprint {sidik}). Tick "replace key" if the member really made a new key.',
  },
  KUNCI_DIPAKAI_ANGGOTA_LAIN: {
    id: 'Kunci ini sudah terdaftar atas nama {nama}. Setiap anggota harus memakai kuncinya sendiri.',
    en: 'This key is already registered to {nama}. Every member must use their own key.',
  },
  IDENTITAS_BELUM_ADA: {
    id: 'Kunci tanda tangan Anda belum dibuat di komputer ini. Buat kunci dulu, lalu daftarkan kunci publiknya ke sekretariat.',
    en: 'Your signing key has not been created on this computer yet. Create it, then register its public key with the secretariat.',
  },
  IDENTITAS_SUDAH_ADA: {
    id: 'Kunci tanda tangan sudah ada di komputer ini (sidik {sidik}); kunci tidak dibuat ulang.',
    en: 'A signing key already exists on this computer (fingerprint {sidik}); it was not recreated.',
  },
  IDENTITAS_FRASA_SALAH: {
    id: 'Frasa sandi kunci tanda tangan salah.',
    en: 'Wrong passphrase for the signing key.',
  },
  IDENTITAS_RUSAK: {
    id: 'Berkas kunci tanda tangan rusak ({path}). Buat kunci baru dan daftarkan ulang ke sekretariat.',
    en: 'The signing key file is damaged ({path}). Create a new key and register it again with the secretariat.',
  },
  KUNCI_BUKAN_YANG_TERDAFTAR: {
    id: 'Kunci di komputer ini (sidik {sidik}) bukan kunci yang didaftarkan sekretariat untuk Anda (sidik {terdaftar}). Tanggapan akan ditolak; hubungi sekretariat.',
    en: 'The key on this computer (fingerprint {sidik}) is not the one the secretariat registered for you ({terdaftar}). The response would be refused; contact the secretariat.',
  },
  AGENDA_TIDAK_ADA_DI_PAKET: {
    id: 'Butir agenda {agendaItemId} tidak ada di paket ini.',
    en: 'Agenda item {agendaItemId} is not in this packet.',
  },
  TANGGAPAN_RUSAK: {
    id: 'Berkas {berkas} bukan berkas tanggapan telaah yang utuh ({rincian}).',
    en: 'File {berkas} is not an intact review response file ({rincian}).',
  },
  TANGGAPAN_KUNCI_TIDAK_DIKENAL: {
    id: 'Tanggapan ditolak: ditandatangani dengan kunci yang tidak terdaftar untuk anggota {anggotaId} (sidik {sidik}).',
    en: 'Response refused: signed with a key that is not registered for member {anggotaId} (fingerprint {sidik}).',
  },
  TANGGAPAN_TANDA_TANGAN_TIDAK_SAH: {
    id: 'Tanggapan ditolak: tanda tangan tidak cocok dengan isi berkas {berkas}. Berkas telah diubah setelah ditandatangani atau rusak.',
    en: 'Response refused: the signature does not match the contents of {berkas}. The file was altered after signing or is damaged.',
  },
  TANGGAPAN_PERLU_DATASET: {
    id: 'Buka dulu dataset sekretariat tempat paket telaah diterbitkan, lalu impor tanggapan {berkas} lagi. Berkasnya tetap menunggu.',
    en: 'First open the secretariat dataset the review packet was issued from, then import response {berkas} again. The file stays pending.',
  },
  TANGGAPAN_PAKET_TIDAK_DIKENAL: {
    id: 'Tanggapan ditolak: paket {paketId} tidak pernah diterbitkan dari dataset ini.',
    en: 'Response refused: packet {paketId} was never issued from this dataset.',
  },
  TANGGAPAN_PAKET_ANGGOTA_LAIN: {
    id: 'Tanggapan ditolak: paket {paketId} diterbitkan untuk anggota lain, bukan {anggotaId}.',
    en: 'Response refused: packet {paketId} was issued to another member, not {anggotaId}.',
  },
  TANGGAPAN_SIDANG_LAIN: {
    id: 'Tanggapan ditolak: berkas ini untuk sidang {sidangTanggapan}, bukan sidang {nomor} yang sedang dibuka.',
    en: 'Response refused: this file is for session {sidangTanggapan}, not session {nomor} which is open.',
  },
  TANGGAPAN_DUPLIKAT: {
    id: 'Tanggapan ditolak: versi {versi} dari {nama} sudah diimpor pada {tanggal}.',
    en: 'Response refused: version {versi} from {nama} was already imported on {tanggal}.',
  },
  TANGGAPAN_USANG: {
    id: 'Tanggapan ditolak: versi {versi} dari {nama} lebih lama daripada versi {terbaru} yang sudah diimpor.',
    en: 'Response refused: version {versi} from {nama} is older than version {terbaru}, already imported.',
  },
  TANGGAPAN_VERSI_BENTROK: {
    id: 'Tanggapan ditolak: versi {versi} dari {nama} sudah diimpor dengan isi yang berbeda. Minta anggota mengekspor tanggapan baru.',
    en: 'Response refused: version {versi} from {nama} was already imported with different contents. Ask the member to export a new response.',
  },
  TANGGAPAN_AGENDA_TIDAK_DIKENAL: {
    id: 'Tanggapan ditolak: butir agenda {agendaItemId} tidak ada pada sidang {nomor}.',
    en: 'Response refused: agenda item {agendaItemId} is not on session {nomor}.',
  },
};
