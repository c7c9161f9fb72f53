import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { Masukan } from '../../../../shared/masukan/schemas';

/**
 * The feedback on these candidates, by NIP; empty while loading and where the channel is refused
 * (a member's review packet carries no masukan: it stays with the secretariat).
 */
export function useMasukan(nips: readonly string[]): Map<string, Masukan[]> {
  const key = [...nips].sort().join(',');
  const [byNip, setByNip] = useState(new Map<string, Masukan[]>());
  useEffect(() => {
    let live = true;
    setByNip(new Map());
    if (!key) return;
    api.masukan.forCandidates({ nips: key.split(',') }).then((r) => {
      if (!live) return;
      const m = new Map<string, Masukan[]>();
      for (const x of r.masukan) (m.get(x.nip) ?? m.set(x.nip, []).get(x.nip)!).push(x);
      setByNip(m);
    }, () => undefined);
    return () => { live = false; };
  }, [key]);
  return byNip;
}
