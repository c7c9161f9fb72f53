import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import { fileHandles } from '../app/file-handles';
import { persistAct } from '../session/persist';
import { tanggalWib } from '../../shared/session/targets';
import { importMasukan, masukanFor } from './import';

export function masukanHandlers(ctx: AppContext): DomainHandlers<'masukan'> {
  return {
    'masukan:chooseCsv': async () => {
      ctx.dataset();
      const path = await ctx.platform.chooseOpenFile({
        title: 'Pilih CSV masukan masyarakat', filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
      });
      return { file: path ? fileHandles(ctx).issue(path, 'csv-masukan') : null };
    },
    'masukan:import': ({ file }) => {
      const path = fileHandles(ctx).resolve(file, 'csv-masukan');
      const ds = ctx.dataset();
      const at = ctx.nowIso();
      const out = importMasukan({ db: ds.db, at, actor: ctx.platform.actor(), today: tanggalWib(at) }, path);
      if (out.diimpor > 0) persistAct(ds);
      return out;
    },
    'masukan:forCandidates': ({ nips }) => ({ masukan: masukanFor(ctx.dataset().db, nips) }),
  };
}
