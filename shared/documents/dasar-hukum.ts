/**
 * Regulations an SK's Mengingat must no longer cite, with what revoked them. Matched loosely
 * ("PP", "Peraturan Pemerintah", "No.", "Nomor") so an edited list is still recognised.
 * Sources and confidence: docs/rules.md, "Dasar hukum SK".
 */
interface Dicabut {
  jenis: 'uu' | 'pp';
  nomor: number;
  tahun: number;
  nama: string;
  oleh: string;
}

const DICABUT: Dicabut[] = [
  { jenis: 'pp', nomor: 100, tahun: 2000, nama: 'PP 100/2000 (Pengangkatan PNS dalam Jabatan Struktural)', oleh: 'PP 11/2017 Pasal 363' },
  { jenis: 'pp', nomor: 13, tahun: 2002, nama: 'PP 13/2002 (perubahan PP 100/2000)', oleh: 'PP 11/2017 Pasal 363' },
  { jenis: 'pp', nomor: 9, tahun: 2003, nama: 'PP 9/2003 (wewenang pengangkatan PNS)', oleh: 'PP 11/2017' },
  { jenis: 'pp', nomor: 53, tahun: 2010, nama: 'PP 53/2010 (Disiplin PNS)', oleh: 'PP 94/2021' },
  { jenis: 'pp', nomor: 46, tahun: 2011, nama: 'PP 46/2011 (Penilaian Prestasi Kerja PNS)', oleh: 'PP 30/2019' },
  { jenis: 'uu', nomor: 5, tahun: 2014, nama: 'UU 5/2014 (Aparatur Sipil Negara)', oleh: 'UU 20/2023' },
  { jenis: 'uu', nomor: 43, tahun: 1999, nama: 'UU 43/1999 (Pokok-Pokok Kepegawaian)', oleh: 'UU 5/2014' },
  { jenis: 'uu', nomor: 8, tahun: 1974, nama: 'UU 8/1974 (Pokok-Pokok Kepegawaian)', oleh: 'UU 5/2014' },
  { jenis: 'uu', nomor: 32, tahun: 2004, nama: 'UU 32/2004 (Pemerintahan Daerah)', oleh: 'UU 23/2014' },
];

const JENIS = { uu: '(?:Undang-Undang|UU)', pp: '(?:Peraturan Pemerintah|PP)' } as const;

function pattern(d: Dicabut): RegExp {
  return new RegExp(`${JENIS[d.jenis]}\\s+(?:Nomor|No\\.?)\\s*${d.nomor}\\s+Tahun\\s+${d.tahun}\\b`, 'i');
}

export interface DasarHukumDicabut {
  /** Index of the entry in the Mengingat list. */
  index: number;
  nama: string;
  oleh: string;
}

/**
 * Entries that cite a revoked regulation as the basis itself. A mention after "sebagaimana telah
 * diubah" still counts: the chain starts from a revoked rule.
 */
export function dasarHukumDicabut(mengingat: string[]): DasarHukumDicabut[] {
  return mengingat.flatMap((text, index) =>
    DICABUT.filter((d) => pattern(d).test(text)).map((d) => ({ index, nama: d.nama, oleh: d.oleh })));
}
