import { NINE_BOX_SARAN } from '../../../../shared/compare/nine-box';
import { RUMPUN, RUMPUN_LABEL, type Rumpun } from '../../../../shared/talent/rumpun';
import { JENJANG } from '../../../../shared/talent/schemas';

type Lang = 'id' | 'en';
const lang = (l: string): Lang => (l === 'en' ? 'en' : 'id');

const rumpunLabel = (l: string, r: Rumpun) => RUMPUN_LABEL[r][lang(l)];
export const saranText = (l: string, box: number) => NINE_BOX_SARAN[box]![lang(l)].join(', ');

export function rumpunOptions(l: string) {
  return RUMPUN.map((r) => ({ value: r, label: rumpunLabel(l, r) }));
}

export function jenjangOptions(t: (k: string) => string) {
  return JENJANG.map((j) => ({ value: j, label: t(`jenjang.${j}`) }));
}
