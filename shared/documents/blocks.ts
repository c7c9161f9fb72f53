/**
 * A document as an ordered list of blocks. Each document is composed once (compose-*.ts) and drawn
 * by two renderers (PDF and DOCX), which is what keeps the SK's PDF and DOCX text the same.
 */
export type Align = 'left' | 'center' | 'right' | 'justify';

export type Block =
  | { t: 'kop'; gaya: 'instansi' | 'kepala_daerah' }
  | { t: 'heading'; lines: string[]; size?: number; bold?: boolean }
  | { t: 'para'; text: string; align?: Align; indent?: number; bold?: boolean }
  | { t: 'spacer'; h: number }
  /** Borderless columns: label : mark text, diktum, signature blocks. Widths are fractions. */
  | { t: 'grid'; widths: number[]; align?: Align[]; bold?: boolean[]; rows: string[][]; size?: number }
  /** Ruled table; header repeats on every page; a column-number row follows the header. */
  | { t: 'table'; cols: { header: string; weight: number; align?: Align }[]; rows: string[][]; size?: number }
  | { t: 'pageBreak' }
  /**
   * Start a new page unless what follows still fits: `h` points, or, without `h`, the blocks up to the
   * next keep or page break (through a signature box), measured. Keeps "Demikian …" with its signatures.
   */
  | { t: 'keep'; h?: number }
  /** Where the visible electronic-signature box (QR, signer, time) goes in a signed PDF. */
  | { t: 'signatureBox' }
  /** Footnote-sized line (audit head, content hash). */
  | { t: 'note'; text: string };

export interface ComposedDocument {
  title: string;
  /** Marks on every page. */
  rahasia: boolean;
  draf: boolean;
  blocks: Block[];
}
