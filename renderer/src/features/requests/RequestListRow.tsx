import { memo } from 'react';
import { formatNip, maskNip } from '../../../../shared/domain/nip';
import { formatTanggalPendek } from '../../../../shared/format/tanggal';
import type { RequestRow } from '../../../../shared/ipc/dataset';
import type { Tampilan } from '../../../../shared/format/redaction';
import { COLUMNS, PICK_WIDTH } from './columns';
import classes from './RequestList.module.css';

export interface RequestListRowProps {
  row: RequestRow;
  top: number;
  height: number;
  picked: boolean;
  projector: boolean;
  /** How much of the NIP the row may show (the focused session's level on the projector). */
  tampilan: Tampilan;
  statusLabel: string;
  /** The kind of request as the list shows it (pindah / tetap, in the UI language). */
  jenisLabel: string;
  onOpen(id: string): void;
  onPick(row: RequestRow): void;
}

const w = (i: number) => ({ width: COLUMNS[i]!.width });

/** One request in the list: plain elements, memoised, so scrolling re-renders only rows that enter. */
export const RequestListRow = memo(function RequestListRow(p: RequestListRowProps) {
  const r = p.row;
  return (
    <div
      className={`${classes.row} virtual-row`} role="row" tabIndex={0} data-testid="request-row"
      style={{ height: p.height, transform: `translateY(${p.top}px)` }}
      onClick={() => p.onOpen(r.id)} onKeyDown={(e) => { if (e.key === 'Enter') p.onOpen(r.id); }}
    >
      <div className={classes.cell} style={{ width: PICK_WIDTH }} role="cell" onClick={(e) => e.stopPropagation()}>
        <input type="checkbox" className={classes.pick} aria-label={r.namaLengkap} checked={p.picked}
          onChange={() => p.onPick(r)} data-testid="request-pick" />
      </div>
      <div className={classes.cell} style={w(0)} role="cell">
        <span className={`${classes.main} ${classes.name}`}>{r.namaLengkap}</span>
        <span className={classes.sub} data-nip>{p.tampilan === 'penuh' ? formatNip(r.nip) : maskNip(r.nip, p.tampilan)}</span>
      </div>
      <div className={classes.cell} style={w(1)} role="cell"><span className={classes.main}>{r.golongan}</span></div>
      <div className={classes.cell} style={w(2)} role="cell">
        <span className={classes.main}>{r.jabatanSaatIni}</span><span className={classes.sub}>{r.levelSaatIni ?? ''}</span>
      </div>
      <div className={classes.cell} style={w(3)} role="cell">
        <span className={classes.main}>{r.unit}</span><span className={classes.sub}>{r.kecamatan}</span>
      </div>
      <div className={classes.cell} style={w(4)} role="cell" data-testid="request-jenis">
        <span className={r.jenis === 'tetap' ? `${classes.badge} ${classes.tetap}` : classes.main}>{p.jenisLabel}</span>
      </div>
      <div className={classes.cell} style={w(5)} role="cell">
        <span className={classes.main}>{r.pilihan1}</span>
        {r.pilihanIds.length > 1 && <span className={classes.sub}>+{r.pilihanIds.length - 1}</span>}
      </div>
      <div className={classes.cell} style={w(6)} role="cell"><span className={classes.main}>{formatTanggalPendek(r.tanggal)}</span></div>
      <div className={classes.cell} style={w(7)} role="cell"><span className={classes.badge}>{p.statusLabel}</span></div>
    </div>
  );
});
