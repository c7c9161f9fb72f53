/** Strings of the documents screens, namespace 'documents'. */
export const documentsStrings = {
  id: {
    title: 'Dokumen',
    tabs: { sesi: 'Dokumen sidang', sertifikat: 'Sertifikat penanda tangan', verifikasi: 'Verifikasi dokumen', kop: 'Kop surat & naskah SK' },
    sesi: {
      pilih: 'Sidang', kosong: 'Belum ada sidang di dataset ini.', ringkas: '{{agenda}} agenda · {{rek}} direkomendasikan · {{tidak}} tidak/ditunda · hadir {{hadir}} dari {{anggota}}',
      jenis: { rekomendasi: 'Rekomendasi kepada Wali Kota', sk: 'Draf SK Pengangkatan', 'berita-acara': 'Berita acara sidang' },
      tandatangani: 'Tandatangani secara elektronik (PAdES)', simpanPdf: 'Simpan PDF', simpanDocx: 'Simpan DOCX', cetak: 'Cetak',
      tersimpan: 'Disimpan ke {{path}}', ditandatangani: 'ditandatangani', dibatalkan: 'Penyimpanan dibatalkan.',
      cetakTerkirim: 'Dokumen dikirim ke dialog cetak.', cetakBerkas: 'Dialog cetak tidak tersedia atau dibatalkan; simpan PDF lalu cetak dari penampil PDF.',
      tanpaIdentitas: 'Belum ada sertifikat penanda tangan: dokumen akan dibuat tanpa tanda tangan elektronik.',
      belumSelesai: 'Sidang ini belum ditutup: dokumen bersifat sementara dan tidak dapat ditandatangani.',
      rahasia: 'RAHASIA — berisi data pribadi dan hasil sidang tertutup.', draf: 'DRAF — untuk disunting dan dinomori sekretariat.',
      pratinjau: 'Pratinjau', proyektor: 'Pratinjau disembunyikan dalam mode proyektor (data pribadi).', sidik: 'Sidik isi (SHA-256)',
      status: { draf: 'Draf', berlangsung: 'Berlangsung', selesai: 'Selesai' },
    },
    sandi: { judul: 'Sandi sertifikat', label: 'Sandi sertifikat penanda tangan', lanjut: 'Tandatangani', batal: 'Batal' },
    sertifikat: {
      kosong: 'Belum ada sertifikat. Impor sertifikat instansi (.p12/.pfx, mis. dari BSrE) atau buat sertifikat swa-tanda tangan untuk sekretaris.',
      subjek: 'Subjek', penerbit: 'Penerbit', berlaku: 'Masa berlaku', sidik: 'Sidik jari SHA-256', serial: 'Nomor seri',
      swa: 'Swa-tanda tangan', ca: 'Diterbitkan CA', kedaluwarsa: 'Kedaluwarsa',
      buat: 'Buat sertifikat sekretaris', impor: 'Impor .p12/.pfx', hapus: 'Hapus sertifikat', hapusYakin: 'Hapus sertifikat dari dataset? Dokumen yang sudah ditandatangani tetap sah.',
      sandiImpor: 'Sandi berkas .p12/.pfx', simpanan: 'Kunci privat disimpan hanya terenkripsi (PKCS#12 AES-256 di dalam dataset terenkripsi).',
      form: {
        judul: 'Sertifikat swa-tanda tangan untuk sekretaris', nama: 'Nama (dengan gelar)', organisasi: 'Organisasi', email: 'Surel (opsional)',
        tahun: 'Masa berlaku (tahun)', sandi: 'Sandi sertifikat (min. 8 karakter)', ulang: 'Ulangi sandi', tidakSama: 'Sandi tidak sama.', buat: 'Buat',
      },
    },
    verifikasi: {
      pilih: 'Pilih PDF…', petunjuk: 'Periksa tanda tangan elektronik sebuah PDF dan kesesuaiannya dengan catatan sidang di dataset yang terbuka.',
      sah: 'TANDA TANGAN SAH', tidakSah: 'TANDA TANGAN TIDAK SAH', tanpa: 'TIDAK BERTANDA TANGAN',
      cek: {
        byteRangeCoversWholeFile: 'ByteRange mencakup seluruh berkas kecuali /Contents', nothingAppended: 'Tidak ada tambahan setelah penandatanganan',
        messageDigestMatches: 'Message digest cocok dengan isi', signatureValid: 'Tanda tangan CMS sah terhadap sertifikat', certificateValidAtSigning: 'Sertifikat berlaku saat penandatanganan',
      },
      penandatangan: 'Penanda tangan', waktu: 'Waktu penandatanganan', jenis: 'Jenis tanda tangan', dokumen: 'Dokumen', sesi: 'Catatan sidang',
      cocok: {
        cocok: 'Cocok dengan catatan sidang di dataset', berbeda: 'TIDAK cocok: catatan sidang telah berubah sejak ditandatangani',
        sidang_tidak_ada: 'Sidang tidak ada di dataset ini', tanpa_dataset: 'Tidak diperiksa (dataset terkunci)', bukan_dokumen_aplikasi: 'Bukan dokumen Baperjakat Desk',
        tanda_tangan_tidak_sah: 'Tidak dibandingkan: tanda tangan tidak sah, isi dokumen tidak dapat dipercaya',
      },
    },
    kop: {
      pemerintah: 'Pemerintah', instansi: 'Nama instansi', alamat: 'Alamat', kontak: 'Telepon / laman', kota: 'Kota (tempat surat)',
      kepalaDaerah: 'Jabatan kepala daerah (pada SK)', logo: 'Logo (PNG/JPEG, maks. 512 KB)', hapusLogo: 'Pakai lambang bawaan',
      menimbang: 'Menimbang (satu butir per baris)', mengingat: 'Mengingat — dasar hukum (satu per baris)', tembusan: 'Tembusan (satu per baris)',
      penandatangan: 'Nama penanda tangan SK', simpan: 'Simpan', tersimpan: 'Kop surat dan naskah SK disimpan.',
    },
  },
  en: {
    title: 'Documents',
    tabs: { sesi: 'Session documents', sertifikat: 'Signing certificate', verifikasi: 'Verify a document', kop: 'Letterhead & SK wording' },
    sesi: {
      pilih: 'Session', kosong: 'No sessions in this dataset yet.', ringkas: '{{agenda}} items · {{rek}} recommended · {{tidak}} not/deferred · {{hadir}} of {{anggota}} present',
      jenis: { rekomendasi: 'Recommendation to the Mayor', sk: 'Draft appointment decree (SK)', 'berita-acara': 'Session minutes' },
      tandatangani: 'Sign electronically (PAdES)', simpanPdf: 'Save PDF', simpanDocx: 'Save DOCX', cetak: 'Print',
      tersimpan: 'Saved to {{path}}', ditandatangani: 'signed', dibatalkan: 'Save cancelled.',
      cetakTerkirim: 'Sent to the print dialog.', cetakBerkas: 'No print dialog here, or it was cancelled; save the PDF and print it from a PDF viewer.',
      tanpaIdentitas: 'No signing certificate yet: documents will be produced unsigned.',
      belumSelesai: 'This session is not closed yet: documents are provisional and cannot be signed.',
      rahasia: 'CONFIDENTIAL — personal data and closed-session results.', draf: 'DRAFT — for the secretariat to edit and number.',
      pratinjau: 'Preview', proyektor: 'Preview hidden in projector mode (personal data).', sidik: 'Content hash (SHA-256)',
      status: { draf: 'Draft', berlangsung: 'In progress', selesai: 'Closed' },
    },
    sandi: { judul: 'Certificate password', label: 'Signing certificate password', lanjut: 'Sign', batal: 'Cancel' },
    sertifikat: {
      kosong: 'No certificate yet. Import the institution certificate (.p12/.pfx, e.g. from BSrE) or create a self-signed one for the secretary.',
      subjek: 'Subject', penerbit: 'Issuer', berlaku: 'Validity', sidik: 'SHA-256 fingerprint', serial: 'Serial number',
      swa: 'Self-signed', ca: 'CA-issued', kedaluwarsa: 'Expired',
      buat: 'Create secretary certificate', impor: 'Import .p12/.pfx', hapus: 'Remove certificate', hapusYakin: 'Remove the certificate from the dataset? Documents already signed stay valid.',
      sandiImpor: '.p12/.pfx password', simpanan: 'The private key is stored only encrypted (PKCS#12 AES-256 inside the encrypted dataset).',
      form: {
        judul: 'Self-signed certificate for the secretary', nama: 'Name (with titles)', organisasi: 'Organisation', email: 'Email (optional)',
        tahun: 'Validity (years)', sandi: 'Certificate password (min. 8 characters)', ulang: 'Repeat password', tidakSama: 'Passwords differ.', buat: 'Create',
      },
    },
    verifikasi: {
      pilih: 'Choose PDF…', petunjuk: "Check a PDF's electronic signature and whether it still matches the session record in the open dataset.",
      sah: 'SIGNATURE VALID', tidakSah: 'SIGNATURE INVALID', tanpa: 'NOT SIGNED',
      cek: {
        byteRangeCoversWholeFile: 'ByteRange covers the whole file except /Contents', nothingAppended: 'Nothing appended after signing',
        messageDigestMatches: 'Message digest matches the content', signatureValid: 'CMS signature valid for the certificate', certificateValidAtSigning: 'Certificate valid at signing time',
      },
      penandatangan: 'Signer', waktu: 'Signing time', jenis: 'Signature type', dokumen: 'Document', sesi: 'Session record',
      cocok: {
        cocok: 'Matches the session record in the dataset', berbeda: 'Does NOT match: the session record changed since signing',
        sidang_tidak_ada: 'Session not in this dataset', tanpa_dataset: 'Not checked (dataset locked)', bukan_dokumen_aplikasi: 'Not a Baperjakat Desk document',
        tanda_tangan_tidak_sah: 'Not compared: the signature is invalid, so the content cannot be trusted',
      },
    },
    kop: {
      pemerintah: 'Government', instansi: 'Institution name', alamat: 'Address', kontak: 'Phone / website', kota: 'City (place of letter)',
      kepalaDaerah: 'Head of region title (on the SK)', logo: 'Logo (PNG/JPEG, max 512 KB)', hapusLogo: 'Use built-in emblem',
      menimbang: 'Considerations (one per line)', mengingat: 'Legal bases (one per line)', tembusan: 'Copies to (one per line)',
      penandatangan: 'SK signatory name', simpan: 'Save', tersimpan: 'Letterhead and SK wording saved.',
    },
  },
};
