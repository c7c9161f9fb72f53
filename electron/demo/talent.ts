import type { Database } from '../dataset/database';
import { isJabatanKunci } from '../../shared/talent/succession';
import type { Rencana, SimpanRencana } from '../../shared/talent/schemas';
import { keyPostPlans, planWithCandidates } from '../talent/service';
import { writeKeyMark, writePlan } from '../talent/store';
import { isKeyRow } from '../talent/service';
import type { CityData, SeedStep } from './city';
import type { Rng } from './rng';
import { demoSessionEnv } from './session-env';

/**
 * A vacant key post whose pool holds promotion candidates who still have gaps: the committee names
 * those (the ready ones are wanted elsewhere), so nobody is ready now and the post is flagged.
 */
function vacantWithoutReady(db: Database, plans: Rencana[], today: string): SimpanRencana | null {
  for (const p of plans.filter((x) => x.jabatan.lowong)) {
    const notReady = planWithCandidates(db, p.jabatan.id, today, 400).calon.filter((c) => c.kesiapan !== 'siap_sekarang').slice(0, 3);
    if (notReady.length > 0) {
      return { jabatanId: p.jabatan.id, suksesor: notReady.map((c) => ({ nip: c.nip, kesiapan: c.kesiapan, tindakan: `${c.tindakan} ${TINDAKAN_LOWONG}`.trim() })) };
    }
  }
  return null;
}

const TINDAKAN_LOWONG = 'Sementara diisi pelaksana tugas dari jabatan setingkat; calon suksesor mengikuti pelatihan kepemimpinan dan penugasan khusus.';

/** Units carry their rumpun, as a real dataset should (else it is derived from the unit's name). */
function writeRumpun(db: Database, city: CityData): void {
  for (const u of city.org.units) db.run('UPDATE unit_kerja SET rumpun = ? WHERE id = ?', [u.rumpun, u.unit.id]);
}

/**
 * A populated talent pool comes from the city's own potential scores and SKP. On top the committee has
 * marked one pengawas post as key and set exactly three succession plans: a JPT and an administrator
 * post with a successor ready now, and a vacant post whose successors all need 1–2 years or more
 * (the flag "lowong tanpa suksesor siap").
 */
export const seedTalent: SeedStep = (db: Database, rng: Rng, city: CityData) => {
  const today = city.options.today;
  writeRumpun(db, city);
  const env = demoSessionEnv(db, rng, today, 'talenta', { wibHour: 13 });
  const pengawas = db.first<{ id: string }>("SELECT id FROM jabatan WHERE level = 'IV.a' AND nama LIKE 'Kepala Subbagian Umum%' ORDER BY id LIMIT 1");
  if (pengawas) writeKeyMark(env, pengawas.id, true, 'Mengelola administrasi umum dan kepegawaian seluruh perangkat daerah; sulit digantikan tanpa persiapan.');
  const plans = keyPostPlans(db, null, today).filter((p) => isJabatanKunci(p.jabatan.level, p.jabatan.ditandai) && p.suksesor.length > 0);
  const ready = (p: Rencana) => p.suksesor.some((s) => s.kesiapan === 'siap_sekarang');
  const jpt = plans.find((p) => !p.jabatan.lowong && p.jabatan.level.startsWith('II.') && ready(p));
  const adm = plans.find((p) => !p.jabatan.lowong && p.jabatan.level.startsWith('III.') && ready(p));
  for (const p of [jpt, adm]) {
    if (!p) continue;
    writePlan(env, { jabatanId: p.jabatan.id, suksesor: p.suksesor.map((s) => ({ nip: s.nip, kesiapan: s.kesiapan, tindakan: s.tindakan })) }, isKeyRow);
  }
  const vacant = vacantWithoutReady(db, plans, today);
  if (vacant) writePlan(env, vacant, isKeyRow);
};
