import type { AgendaItemRecord } from '../../../../shared/session/model';
import { isJpt } from '../../../../shared/session/procedure';

/** Whether an item is about a JPT Pratama post: its vacant post, or the request's first choice. */
export function isJptItem(it: AgendaItemRecord): boolean {
  if (it.tinjauanPakta) return false;
  const first = [...it.pilihan].sort((a, b) => a.peringkat - b.peringkat)[0];
  return isJpt(it.jabatanLowong?.level ?? first?.level ?? null);
}
