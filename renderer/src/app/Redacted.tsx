import type { ReactNode } from 'react';
import { formatNip, maskNip } from '../../../shared/domain/nip';
import { useProjector, useTampilan } from './app-state';

/** NIP as printed ("19850312 201001 1 004"), masked on the projector to the focused session's level. */
export function Nip({ nip }: { nip: string }) {
  const tampilan = useTampilan();
  return <span data-nip>{tampilan === 'penuh' ? formatNip(nip) : maskNip(nip, tampilan)}</span>;
}

/** Address and phone vanish in projector mode; only the kecamatan stays. */
export function Domicile({ alamat, kelurahan, kecamatan }: { alamat: string; kelurahan: string; kecamatan: string }) {
  const projector = useProjector();
  if (projector) return <span>Kec. {kecamatan}</span>;
  return <span>{alamat}, Kel. {kelurahan}, Kec. {kecamatan}</span>;
}

/** Scores and predikat (SKP, JPM, competency, weighted score): off the wall under the ketat level. */
export function UnlessKetat({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return <>{useTampilan() === 'ketat' ? fallback : children}</>;
}
