import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/errors';
import type { Limits } from './limits';

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

function centralDirectory(buf: Buffer, limits: Limits): Entry[] {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new AppError('SPREADSHEET_RUSAK', { alasan: 'akhir arsip zip tidak ditemukan' });
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new AppError('SPREADSHEET_TERLALU_BESAR', { alasan: 'arsip zip64 tidak didukung untuk impor' });
  }
  if (count > limits.maxZipEntries) {
    throw new AppError('SPREADSHEET_TERLALU_BESAR', { alasan: `${count} bagian di dalam berkas, batas ${limits.maxZipEntries}` });
  }
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN) throw new AppError('SPREADSHEET_RUSAK', { alasan: 'direktori zip rusak' });
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export interface GuardedZip {
  /** Every part, inflated. */
  parts: Map<string, Buffer>;
}

/**
 * Inflates every part of an .xlsx with a running budget before any XML parser sees it, so a zip
 * bomb (or a part whose declared size lies) stops at the cap with a message instead of exhausting
 * memory. The budget is one running total over every part: many parts each under the cap still
 * stop once their sum passes it.
 */
export function guardZip(buf: Buffer, limits: Limits): GuardedZip {
  const entries = centralDirectory(buf, limits);
  let budget = limits.maxUncompressedBytes;
  const parts = new Map<string, Buffer>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const p = e.localOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOC) throw new AppError('SPREADSHEET_RUSAK', { alasan: `bagian ${e.name} rusak` });
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    let out: Buffer;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          throw new AppError('SPREADSHEET_TERLALU_BESAR', {
            alasan: `isi yang dimampatkan melebihi ${Math.round(limits.maxUncompressedBytes / 1048576)} MB setelah dibuka (kemungkinan bom zip)`,
          });
        }
        throw new AppError('SPREADSHEET_RUSAK', { alasan: `bagian ${e.name} tidak dapat dibuka` });
      }
    } else throw new AppError('SPREADSHEET_RUSAK', { alasan: `metode pemampatan ${e.method} tidak dikenal` });
    budget -= out.length;
    if (budget < 0) {
      throw new AppError('SPREADSHEET_TERLALU_BESAR', {
        alasan: `isi yang dimampatkan melebihi ${Math.round(limits.maxUncompressedBytes / 1048576)} MB setelah dibuka (kemungkinan bom zip)`,
      });
    }
    parts.set(e.name, out);
  }
  return { parts };
}
