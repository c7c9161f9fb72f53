import { describe, expect, it } from 'vitest';
import { formatNip, maskNip } from '../../shared/domain/nip';
import { barisDisembunyikan, hanyaHasilAturan, hasilDariNilai, tampilanLayar } from '../../shared/format/redaction';

describe('redaction levels', () => {
  it('pins the masked NIP at each level: standar keeps birth year and serial, ketat the serial only', () => {
    const nip = '198503122010011004';
    expect(maskNip(nip, 'standar')).toBe('1985•••• •••••• • 004');
    expect(maskNip(nip, 'ketat')).toBe('•••••••• •••••• • 004');
    expect(maskNip('197012312000122001', 'ketat')).toBe('•••••••• •••••• • 001');
    // The default is today's mask, and both keep the printed shape so the projector layout does not jump.
    expect(maskNip(nip)).toBe(maskNip(nip, 'standar'));
    expect(maskNip(nip, 'ketat')).toHaveLength(formatNip(nip).length);
    expect(maskNip(nip, 'ketat')).not.toMatch(/1985/);
    expect(maskNip('1985031220100', 'ketat')).toBe('•'.repeat(13));
  });

  it('applies the level on the projector only', () => {
    expect(tampilanLayar(false, 'ketat')).toBe('penuh');
    expect(tampilanLayar(true, 'ketat')).toBe('ketat');
    expect(tampilanLayar(true, 'standar')).toBe('standar');
  });

  it('under ketat hides SKP, JPM, competency and 9-box rows and reduces rules to their outcome', () => {
    for (const id of ['jpm', 'ninebox', 'kompetensi.K01', 'skp.2025']) {
      expect(barisDisembunyikan(id, 'ketat')).toBe(true);
      expect(barisDisembunyikan(id, 'standar')).toBe(false);
      expect(barisDisembunyikan(id, 'penuh')).toBe(false);
    }
    expect(barisDisembunyikan('pangkat', 'ketat')).toBe(false);
    expect(hanyaHasilAturan('aturan.skp', 'ketat')).toBe(true);
    expect(hanyaHasilAturan('aturan.skp', 'standar')).toBe(false);
    expect([2, 1, 0, null].map(hasilDariNilai)).toEqual(['memenuhi', 'perlu_perhatian', 'tidak_memenuhi', 'tidak_berlaku']);
  });
});
