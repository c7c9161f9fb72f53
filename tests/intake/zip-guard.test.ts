import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { guardZip } from '../../electron/intake/zip-guard';
import { LIMITS } from '../../electron/intake/limits';
import { AppError } from '../../shared/errors';
import { crc32 } from './zip-util';

const KIB = 1024;
const CAP = 1024 * KIB;
const limits = { ...LIMITS, maxUncompressedBytes: CAP };

/** A zip of the given parts, each stored (method 0) or deflated (8): deflated, the guard must inflate to learn the size. */
function zipOf(parts: { name: string; data: Buffer; method: 0 | 8 }[]): Buffer {
  const body: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data, method } of parts) {
    const packed = method === 8 ? deflateRawSync(data) : data;
    const n = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(method, 10);
    cen.writeUInt32LE(crc32(data), 16);
    cen.writeUInt32LE(packed.length, 20);
    cen.writeUInt32LE(data.length, 24);
    cen.writeUInt16LE(n.length, 28);
    cen.writeUInt32LE(offset, 42);
    body.push(local, n, packed);
    central.push(cen, n);
    offset += 30 + n.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...body, dir, end]);
}

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
