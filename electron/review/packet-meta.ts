import { AppError } from '../../shared/errors';
import { formatTanggal, addDays } from '../../shared/format/tanggal';
import type { Database } from '../dataset/database';
import { getMeta, setMeta } from '../dataset/repository';
import type { PacketBinding } from '../dataset/bpj-format';

/** Keys of a packet's `meta` rows. A full dataset has none of them. */
export const PACKET_META = {
  id: 'paket_id',
  sidangId: 'paket_sidang_id',
  anggotaId: 'paket_anggota_id',
  anggotaNama: 'paket_anggota_nama',
  /** Last day the packet may be opened, "yyyy-mm-dd" (WIB). */
  kedaluwarsa: 'paket_kedaluwarsa',
  dibuatPada: 'paket_dibuat_pada',
} as const;

export interface PacketMeta {
  id: string;
  sidangId: string;
  anggotaId: string;
  anggotaNama: string;
  kedaluwarsa: string;
  dibuatPada: string;
}

export function writePacketMeta(db: Database, m: PacketMeta): void {
  for (const [field, key] of Object.entries(PACKET_META)) setMeta(db, key, m[field as keyof PacketMeta]);
}

export function readPacketMeta(db: Database): PacketMeta {
  const out: Partial<PacketMeta> = {};
  for (const [field, key] of Object.entries(PACKET_META)) {
    const v = getMeta(db, key);
    if (!v) throw new AppError('PAKET_TIDAK_LENGKAP', { kunci: key });
    out[field as keyof PacketMeta] = v;
  }
  return out as PacketMeta;
}

/**
 * Kota Bengkulu keeps WIB (UTC+7) and has no daylight saving; the packet stays usable through the whole of its
 * last day there, whatever the laptop's time zone.
 */
function expiryInstant(lastDay: string): Date {
  return new Date(`${addDays(lastDay, 1)}T00:00:00+07:00`);
}

/** Today's date in WIB, "yyyy-mm-dd". */
export function todayWib(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Refuses an expired packet; run on every open, before anything of it is shown. */
export function assertPacketNotExpired(db: Database, now: Date): PacketMeta {
  const meta = readPacketMeta(db);
  if (now.getTime() >= expiryInstant(meta.kedaluwarsa).getTime()) {
    throw new AppError('PAKET_KEDALUWARSA', { tanggal: formatTanggal(meta.kedaluwarsa) });
  }
  return meta;
}

/**
 * The expiry and id the packet's header authenticates must be the ones inside: a packet whose meta says
 * otherwise was not written by the export, and is refused as damaged.
 */
export function assertPacketMatchesHeader(db: Database, bound: PacketBinding): void {
  if (getMeta(db, PACKET_META.kedaluwarsa) !== bound.kedaluwarsa || getMeta(db, PACKET_META.id) !== bound.paketId) {
    throw new AppError('BPJ_ISI_RUSAK');
  }
}
