import { Box, Paper, Table, Text } from '@mantine/core';
import type { Block } from '../../../../shared/documents/blocks';
import type { KopSurat } from '../../../../shared/documents/model';
import classes from './DocumentPreview.module.css';

function Lines({ text }: { text: string }) {
  return <>{text.split('\n').map((l, i) => <div key={i}>{l || '\u00a0'}</div>)}</>;
}

function BlockView({ b, kop }: { b: Block; kop: KopSurat }) {
  switch (b.t) {
    case 'kop':
      return b.gaya === 'instansi' ? (
        <div className={classes.kop}>
          <div className={classes.kopName}>{kop.pemerintah.toUpperCase()}</div>
          <div className={classes.kopInstansi}>{kop.instansi.toUpperCase()}</div>
          <div className={classes.kopSmall}>{kop.alamat}</div>
          <div className={classes.kopSmall}>{kop.kontak}</div>
        </div>
      ) : <div className={classes.emblem} aria-hidden>{kop.logoBase64 ? <img src={`data:image/*;base64,${kop.logoBase64}`} alt="" height={48} /> : 'LOGO'}</div>;
    case 'heading':
      return <div className={classes.heading} style={{ fontWeight: b.bold === false ? 400 : 700 }}>{b.lines.map((l, i) => <div key={i}>{l || '\u00a0'}</div>)}</div>;
    case 'para':
      return <p className={classes.para} style={{ textAlign: b.align ?? 'left', fontWeight: b.bold ? 700 : 400 }}>{b.text}</p>;
    case 'spacer':
      return <div style={{ height: b.h * 0.8 }} />;
    case 'grid':
      return (
        <div className={classes.grid} style={{ gridTemplateColumns: b.widths.map((w) => `${w}fr`).join(' '), fontSize: (b.size ?? 11) * 1.05 }}>
          {b.rows.flatMap((row, ri) => row.map((c, ci) => (
            <div key={`${ri}-${ci}`} style={{ textAlign: b.align?.[ci] ?? 'left', fontWeight: b.bold?.[ci] ? 700 : 400 }}><Lines text={c} /></div>
          )))}
        </div>
      );
    case 'table':
      return (
        <Table withTableBorder withColumnBorders className={classes.table}>
          <Table.Thead>
            <Table.Tr>{b.cols.map((c) => <Table.Th key={c.header} style={{ width: `${c.weight * 100}%` }}>{c.header}</Table.Th>)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {b.rows.map((r, i) => (
              <Table.Tr key={i}>{r.map((c, j) => <Table.Td key={j} style={{ textAlign: b.cols[j]?.align ?? 'left' }}><Lines text={c} /></Table.Td>)}</Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      );
    case 'pageBreak':
      return <hr className={classes.pageBreak} />;
    case 'keep':
      return null;
    case 'signatureBox':
      return <div className={classes.sigBox}>▣ Tanda tangan elektronik (PAdES) dan kode QR dibubuhkan pada PDF.</div>;
    case 'note':
      return <Text size="xs" fs="italic" c="dimmed">{b.text}</Text>;
  }
}

/** The composed document as HTML on a sheet: the same blocks the PDF and DOCX are drawn from. */
export function DocumentPreview(props: { blocks: Block[]; kop: KopSurat; rahasia: boolean; draf: boolean }) {
  return (
    <Paper shadow="sm" className={classes.sheet} data-testid="doc-preview">
      {props.rahasia && <div className={classes.rahasia}>RAHASIA</div>}
      {props.draf && <Box className={classes.draf}>DRAF</Box>}
      {props.blocks.map((b, i) => <BlockView key={i} b={b} kop={props.kop} />)}
      {props.rahasia && <div className={classes.rahasia}>RAHASIA</div>}
    </Paper>
  );
}
