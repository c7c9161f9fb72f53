import { useCallback, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { RequestRow } from '../../../../shared/ipc/dataset';
import { useProjector, useTampilan } from '../../app/app-state';
import { rowHeight } from './columns';
import { RequestListRow } from './RequestListRow';
import { rowAt } from './use-request-pages';
import classes from './RequestList.module.css';

export interface RequestListProps {
  total: number;
  pages: ReadonlyMap<number, readonly RequestRow[]>;
  pickedIds: ReadonlySet<string>;
  ensureRange(first: number, last: number): void;
  onOpen(id: string): void;
  onPick(row: RequestRow): void;
}

/** The virtual body of Daftar Permohonan: only the visible rows (plus a margin) exist in the page. */
export function RequestList(p: RequestListProps) {
  const { t } = useTranslation();
  const projector = useProjector();
  const tampilan = useTampilan();
  const height = rowHeight(projector);
  const parentRef = useRef<HTMLDivElement>(null);
  // useFlushSync off: scroll updates are batched with React's own rendering instead of forcing a
  // synchronous render per scroll event.
  const virtualizer = useVirtualizer({
    count: p.total, getScrollElement: () => parentRef.current, estimateSize: () => height, overscan: 10, useFlushSync: false,
  });
  useEffect(() => { virtualizer.measure(); }, [height, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { ensureRange } = p;
  useEffect(() => { if (p.total > 0) ensureRange(first, last); }, [first, last, p.total, ensureRange]);
  const status = useCallback((s: RequestRow['status']) => t(`status.${s}`), [t]);
  const jenis = useCallback((j: RequestRow['jenis']) => t(`jenis.${j}`), [t]);

  return (
    <div ref={parentRef} className={classes.viewport} data-testid="request-list" tabIndex={0} role="rowgroup"
      aria-label={t('requests.title')}>
      <div className={classes.canvas} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((v) => {
          const r = rowAt(p.pages, v.index);
          if (!r) {
            return <div key={`p${v.index}`} className={`${classes.row} ${classes.placeholder}`} role="row"
              style={{ height, transform: `translateY(${v.start}px)` }}>{t('requests.loadingRow')}</div>;
          }
          return <RequestListRow key={r.id} row={r} top={v.start} height={height} picked={p.pickedIds.has(r.id)}
            projector={projector} tampilan={tampilan} statusLabel={status(r.status)} jenisLabel={jenis(r.jenis)} onOpen={p.onOpen} onPick={p.onPick} />;
        })}
      </div>
    </div>
  );
}
