import { AppError } from '../../shared/errors';
import { attr, decodeOoxmlEscapes, DOC_RELS, parseXml, PKG_RELS, SML } from './xml-stream';

/** The workbook-level facts intake needs: sheets in order, shared strings, date styles, date system. */
export interface WorkbookInfo {
  sheets: { name: string; part: string; hidden: boolean }[];
  strings: string[];
  isDate: boolean[];
  date1904: boolean;
}

interface Rel { type: string; target: string }

function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = base.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function readRels(parts: Map<string, Buffer>, of: string): Map<string, Rel> {
  const relsPart = `${dirOf(of)}_rels/${of.slice(dirOf(of).length)}.rels`;
  const rels = new Map<string, Rel>();
  const bytes = parts.get(relsPart);
  if (!bytes) return rels;
  parseXml(relsPart, bytes, {
    open(tag) {
      if (tag.local !== 'Relationship' || tag.uri !== PKG_RELS) return;
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (id && target && attr(tag, 'TargetMode') !== 'External') rels.set(id, { type: attr(tag, 'Type') ?? '', target: resolve(dirOf(of), target) });
    },
  });
  return rels;
}

function workbookPart(parts: Map<string, Buffer>): string | null {
  for (const r of readRels(parts, '').values()) if (r.type.endsWith('/officeDocument') && parts.has(r.target)) return r.target;
  return parts.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/** Text of every <t> inside <si>/<is>, phonetic runs (<rPh>) left out. */
export class RunText {
  private depthInPhonetic = 0;
  private inT = false;
  text = '';
  open(local: string): void {
    if (local === 'rPh') this.depthInPhonetic++;
    else if (local === 't') this.inT = true;
  }
  close(local: string): void {
    if (local === 'rPh') this.depthInPhonetic--;
    else if (local === 't') this.inT = false;
  }
  add(s: string): void {
    if (this.inT && this.depthInPhonetic === 0) this.text += s;
  }
  take(): string {
    const t = decodeOoxmlEscapes(this.text);
    this.text = '';
    return t;
  }
}

function sharedStrings(part: string, bytes: Buffer | undefined): string[] {
  const out: string[] = [];
  if (!bytes) return out;
  const run = new RunText();
  parseXml(part, bytes, {
    open(tag) { if (SML.has(tag.uri)) run.open(tag.local); },
    close(tag) {
      if (!SML.has(tag.uri)) return;
      if (tag.local === 'si') out.push(run.take());
      else run.close(tag.local);
    },
    text(t) { run.add(t); },
  });
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Per cellXfs index: does this style show a number as a date? */
function dateStyles(part: string, bytes: Buffer | undefined): boolean[] {
  if (!bytes) return [];
  const custom = new Map<number, boolean>();
  const xfs: number[] = [];
  let inCellXfs = false;
  parseXml(part, bytes, {
    open(tag) {
      if (!SML.has(tag.uri)) return;
      if (tag.local === 'numFmt') {
        // Strip quoted literals, [colours]/[locales] and escapes before looking for day/year tokens.
        const code = (attr(tag, 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
        custom.set(Number(attr(tag, 'numFmtId')), /[dy]/.test(code) && !/^[#0.,%\s]*$/.test(code));
      } else if (tag.local === 'cellXfs') inCellXfs = true;
      else if (tag.local === 'xf' && inCellXfs) xfs.push(Number(attr(tag, 'numFmtId') ?? 0));
    },
    close(tag) { if (tag.local === 'cellXfs') inCellXfs = false; },
  });
  return xfs.map((id) => custom.get(id) ?? BUILTIN_DATE_FORMATS.has(id));
}

function isOds(parts: Map<string, Buffer>): boolean {
  const m = parts.get('mimetype')?.toString('latin1') ?? '';
  return m.startsWith('application/vnd.oasis.opendocument') || (parts.has('content.xml') && parts.has('META-INF/manifest.xml'));
}

export function readWorkbookInfo(parts: Map<string, Buffer>): WorkbookInfo {
  const wb = workbookPart(parts);
  if (!wb) {
    if (isOds(parts)) throw new AppError('SPREADSHEET_ODS');
    throw new AppError('BUKAN_SPREADSHEET', { alasan: 'arsip zip tanpa buku kerja Excel' });
  }
  const rels = readRels(parts, wb);
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const sheets: WorkbookInfo['sheets'] = [];
  let date1904 = false;
  parseXml(wb, parts.get(wb)!, {
    open(tag) {
      if (!SML.has(tag.uri)) return;
      if (tag.local === 'workbookPr') {
        const v = attr(tag, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (tag.local === 'sheet') {
        const rel = rels.get(attr(tag, 'id', DOC_RELS) ?? '');
        if (!rel || !rel.type.endsWith('/worksheet')) return; // chart sheets, dialog sheets
        const state = attr(tag, 'state') ?? 'visible';
        sheets.push({ name: (attr(tag, 'name') ?? rel.target).normalize('NFC'), part: rel.target, hidden: state !== 'visible' });
      }
    },
  });
  const ss = byType('/sharedStrings') ?? 'xl/sharedStrings.xml';
  const st = byType('/styles') ?? 'xl/styles.xml';
  return { sheets, strings: sharedStrings(ss, parts.get(ss)), isDate: dateStyles(st, parts.get(st)), date1904 };
}
