import { describe, expect, it } from 'vitest';
import { guardZip } from '../../electron/intake/zip-guard';
import { LIMITS } from '../../electron/intake/limits';
import { AppError } from '../../shared/errors';
import { zipOf } from './zip-util';

const KIB = 1024;
const CAP = 1024 * KIB;
const limits = { ...LIMITS, maxUncompressedBytes: CAP };

const parts = (sizes: number[], method: 0 | 8) =>
  sizes.map((size, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.alloc(size, 0x41 + i), method }));

function refusal(zip: Buffer): AppError | null {
  try {
    guardZip(zip, limits);
    return null;
  } catch (err) {
    return err as AppError;
  }
}

/** The zip-bomb budget is one running total over the whole archive, not a cap per part. */
describe('zip guard: one cumulative budget', () => {
  it.each([8, 0] as const)('refuses parts (method %i) that are each under the cap but sum over it', (method) => {
    const sizes = [400 * KIB, 400 * KIB, 400 * KIB]; // each 40 % of the cap, 120 % together
    expect(sizes.every((s) => s < CAP)).toBe(true);
    const err = refusal(zipOf(parts(sizes, method)));
    expect(err).toBeInstanceOf(AppError);
    expect(err!.code).toBe('SPREADSHEET_TERLALU_BESAR');
    expect(err!.message).toMatch(/bom zip/);
  });

  it('counts stored and deflated parts in the same total', () => {
    const mixed = [...parts([600 * KIB], 0), ...parts([600 * KIB], 8).map((p) => ({ ...p, name: 'xl/styles.xml' }))];
    expect(refusal(zipOf(mixed))?.code).toBe('SPREADSHEET_TERLALU_BESAR');
  });

  it('accepts parts that sum to exactly the cap, and hands every one back inflated', () => {
    const sizes = [CAP / 4, CAP / 4, CAP / 2];
    const { parts: out } = guardZip(zipOf(parts(sizes, 8)), limits);
    expect([...out.values()].map((b) => b.length)).toEqual(sizes);
    expect(out.get('xl/worksheets/sheet3.xml')!.every((b) => b === 0x43)).toBe(true);
  });

  it('refuses one byte over the cap, spread over many small parts', () => {
    const sizes = [...Array<number>(16).fill(CAP / 16)];
    sizes[15]! += 1;
    expect(refusal(zipOf(parts(sizes, 8)))?.code).toBe('SPREADSHEET_TERLALU_BESAR');
  });
});
