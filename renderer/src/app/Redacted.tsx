import { formatNip, maskNip } from '../../../shared/domain/nip';
import { useProjector } from './app-state';

/** NIP as printed ("19850312 201001 1 004"), partly masked in projector mode. */
export function Nip({ nip }: { nip: string }) {
  const projector = useProjector();
  return <span data-nip>{projector ? maskNip(nip) : formatNip(nip)}</span>;
}

/** Address and phone vanish in projector mode; only the kecamatan stays. */
export function Domicile({ alamat, kelurahan, kecamatan }: { alamat: string; kelurahan: string; kecamatan: string }) {
  const projector = useProjector();
  if (projector) return <span>Kec. {kecamatan}</span>;
  return <span>{alamat}, Kel. {kelurahan}, Kec. {kecamatan}</span>;
}
