import { useTranslation } from 'react-i18next';

/** Strings of "Perbarui data induk" (an update of the open dataset's ASN from a new export), namespace 'intakeUpdate'. */
const intakeUpdateStrings = {
  id: {
    tujuan: 'Perbarui data induk',
    hint: 'ASN pada berkas dibandingkan dengan dataset yang terbuka: yang baru ditambahkan, yang berubah diperbarui, yang tidak ada lagi ditandai keluar (tidak dihapus). Sidang dan keputusan tidak berubah.',
    title: 'Perbedaan dengan dataset',
    loading: 'Membandingkan…',
    counts: '{{baru}} baru, {{berubah}} berubah ({{kolom}} kolom), {{keluar}} keluar, {{tetap}} tetap.',
    rincian: 'Lembar rincian yang menggantikan data ASN pada berkas: {{names}}.',
    nothing: 'Tidak ada perbedaan: data induk sudah sama dengan berkas ini.',
    tabs: { baru: 'Baru ({{count}})', berubah: 'Berubah ({{count}})', keluar: 'Keluar ({{count}})' },
    nip: 'NIP', nama: 'Nama', field: 'Kolom', lama: 'Lama', baru: 'Baru', peringatan: 'Perlu diperhatikan',
    empty: 'Tidak ada.',
    warnGone: '{{count}} ASN yang keluar masih tercatat pada permohonan, agenda sidang, atau jabatan. Periksa tab Keluar.',
    apply: 'Terapkan pembaruan',
    confirm: 'Terapkan {{baru}} baru, {{berubah}} berubah dan {{keluar}} keluar ke {{file}}? Berkas sebelumnya disimpan sebagai cadangan (.bak1).',
    applied: 'Pembaruan diterapkan dan dicatat sebagai entri jejak audit #{{seq}}. Cadangan: {{backup}}',
  },
  en: {
    tujuan: 'Update master data',
    hint: 'ASN in the file are compared with the open dataset: new ones are added, changed ones updated, those no longer listed marked as gone (never deleted). Sessions and decisions are untouched.',
    title: 'Differences with the dataset',
    loading: 'Comparing…',
    counts: '{{baru}} new, {{berubah}} changed ({{kolom}} fields), {{keluar}} gone, {{tetap}} unchanged.',
    rincian: 'Detail sheets that replace the rows of the ASN in the file: {{names}}.',
    nothing: 'No differences: the master data already matches this file.',
    tabs: { baru: 'New ({{count}})', berubah: 'Changed ({{count}})', keluar: 'Gone ({{count}})' },
    nip: 'NIP', nama: 'Name', field: 'Field', lama: 'Before', baru: 'After', peringatan: 'Needs attention',
    empty: 'None.',
    warnGone: '{{count}} gone ASN are still named in a request, a session agenda or a post. See the Gone tab.',
    apply: 'Apply the update',
    confirm: 'Apply {{baru}} new, {{berubah}} changed and {{keluar}} gone to {{file}}? The previous file is kept as a backup (.bak1).',
    applied: 'Update applied and recorded as audit entry #{{seq}}. Backup: {{backup}}',
  },
};

export function useIntakeUpdateT() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('id', 'intakeUpdate')) {
    i18n.addResourceBundle('id', 'intakeUpdate', intakeUpdateStrings.id);
    i18n.addResourceBundle('en', 'intakeUpdate', intakeUpdateStrings.en);
  }
  return useTranslation('intakeUpdate').t;
}
