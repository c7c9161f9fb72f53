import type { AuditProblem, AuditReport, AuditRowProblem } from '../../shared/ipc/dataset';
import type { CheckpointVerdict, CheckpointFile } from './checkpoint';

const PROBLEM_TEXT: Record<AuditProblem, string> = {
  payload_berubah: 'isi (payload) entri berubah: hash isinya tidak cocok',
  hash_entri_berubah: 'waktu, pelaku, tindakan atau hash entri berubah',
  rantai_terputus: 'hash entri sebelumnya tidak cocok (rantai terputus)',
  urutan_loncat: 'nomor urut meloncat (entri dihapus atau disisipkan)',
};

/** One line per table row that disagrees with the chain, for the CLI (the screen has its own i18n). */
function rowProblemLine(p: AuditRowProblem): string {
  const where = `${p.tabel} ${p.baris}`;
  if (p.masalah === 'tanpa_entri') return `${where}: baris ini tidak dicatat oleh entri audit mana pun`;
  if (p.masalah === 'baris_hilang') return `${where}: dicatat oleh entri #${p.seq}, tetapi barisnya tidak ada lagi di tabel`;
  return `${where}: kolom ${p.kolom} = ${JSON.stringify(p.diTabel)}, padahal entri #${p.seq} mencatat ${JSON.stringify(p.tercatat)}`;
}

export function chainLines(report: AuditReport, brokenEntry: string | null): string[] {
  if (!report.firstBroken) return ['Rantai hash : UTUH — setiap entri cocok dengan hash-nya dan dengan entri sebelumnya.'];
  const lines = [
    `Rantai hash : RUSAK — entri pertama yang rusak: #${report.firstBroken.seq}`,
    `Masalah     : ${PROBLEM_TEXT[report.firstBroken.problem]}`,
  ];
  if (brokenEntry) lines.push(brokenEntry);
  return lines;
}

export function rowLines(report: AuditReport): string[] {
  const { rows } = report;
  if (rows.total === 0) {
    return [`Tabel       : COCOK — ${rows.checked} baris suara, konflik dan keputusan sama dengan yang dicatat rantai.`];
  }
  const lines = [`Tabel       : TIDAK COCOK — ${rows.total} baris berbeda dari yang dicatat rantai:`];
  for (const p of rows.problems) lines.push(`  - ${rowProblemLine(p)}`);
  if (rows.total > rows.problems.length) lines.push(`  … dan ${rows.total - rows.problems.length} lagi (lihat --json).`);
  return lines;
}

export function checkpointLines(file: CheckpointFile, v: CheckpointVerdict): string[] {
  const lines = [`Titik periksa: entri #${file.seq} ${file.hash} (${file.time})`];
  if (v.chain === 'cocok') {
    lines.push(`  Rantai     : COCOK — tidak ada entri sampai #${file.seq} yang diubah, dihapus atau disisipkan; ${v.entriesAfter} entri dicatat sesudahnya.`);
  } else if (v.chain === 'terpotong') {
    lines.push(`  Rantai     : TERPOTONG — dataset ini hanya punya entri sampai sebelum #${file.seq}: entri dipotong.`);
  } else {
    lines.push(`  Rantai     : BERUBAH — riwayat sampai #${file.seq} tidak sama lagi (pertama berbeda di sekitar entri #${v.firstChangedSeq}).`);
  }
  if (v.signature === 'sah') lines.push(`  Tanda tangan: SAH — ${v.signer!.subject} (SHA-256 ${v.signer!.fingerprintSha256})`);
  else if (v.signature === 'tidak_sah') lines.push('  Tanda tangan: TIDAK SAH — berkas titik periksa diubah atau tanda tangannya palsu.');
  else lines.push('  Tanda tangan: TIDAK ADA — berkas ini tidak ditandatangani; ia hanya bukti bila disimpan di tempat yang tidak dapat diubah orang dalam.');
  return lines;
}
