import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { AppError } from '../../shared/errors';

/** SpreadsheetML as Excel (transitional) and "Strict Open XML" saves write it. */
export const SML = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);
export const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const DOC_RELS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

export interface XmlHandlers {
  open?: (tag: SaxesTagNS) => void;
  close?: (tag: SaxesTagNS) => void;
  text?: (text: string) => void;
}

const DOCTYPE = [Buffer.from('<!DOCTYPE'), Buffer.from('<!ENTITY')];

/**
 * A workbook part may never declare a DTD: entities are how "billion laughs" and external-file
 * tricks work, and no spreadsheet program writes one. Checked on the raw bytes of every part.
 */
export function refuseDoctype(part: string, bytes: Buffer): void {
  if (DOCTYPE.some((d) => bytes.indexOf(d) >= 0)) {
    throw new AppError('SPREADSHEET_DTD', { bagian: part });
  }
}

/** OOXML escapes control characters as _xHHHH_ inside text. */
export function decodeOoxmlEscapes(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const CHUNK = 1 << 20;
/**
 * No workbook part nests deeper than about ten elements. Unclosed tags nest without end, and the
 * namespace lookup walks the open-tag stack, so 100,000 of them would take quadratic time: stop early.
 */
const MAX_DEPTH = 64;

/**
 * Streams one part through a namespace-aware parser (saxes), 1 MiB at a time so a 70 MB sheet is
 * never one string. Elements are matched by namespace and local name by the callers, so `<x:row>`
 * reads like `<row>`. Malformed XML stops with a message naming the part.
 */
export function parseXml(part: string, bytes: Buffer, h: XmlHandlers): void {
  const p = xmlParser(part, bytes, h);
  p.run(() => {
    for (let at = 0; at < bytes.length; at += CHUNK) p.write(at);
    p.end();
  });
}

/**
 * The same, awaiting `between` after every 1 MiB: a long sheet lets the event loop breathe, so the
 * page sees progress and a cancel request arrives while it is read (`between` throws to stop).
 */
export async function parseXmlYielding(part: string, bytes: Buffer, h: XmlHandlers, between: () => Promise<void>): Promise<void> {
  const p = xmlParser(part, bytes, h);
  for (let at = 0; at < bytes.length; at += CHUNK) {
    p.run(() => p.write(at));
    await between();
  }
  p.run(() => p.end());
}

function xmlParser(part: string, bytes: Buffer, h: XmlHandlers) {
  refuseDoctype(part, bytes);
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('doctype', () => {
    throw new AppError('SPREADSHEET_DTD', { bagian: part });
  });
  let depth = 0;
  parser.on('opentagstart', () => {
    if (++depth > MAX_DEPTH) throw new AppError('SPREADSHEET_RUSAK', { alasan: `XML bagian ${part} bersarang lebih dari ${MAX_DEPTH} tingkat (tag tidak ditutup)` });
  });
  // saxes keeps one handler per event, so the depth count and the caller's close share one.
  const close = h.close;
  parser.on('closetag', (tag) => {
    depth--;
    close?.(tag);
  });
  if (h.open) parser.on('opentag', h.open);
  if (h.text) parser.on('text', h.text);
  const decoder = new StringDecoder('utf8');
  return {
    write: (at: number) => parser.write(decoder.write(bytes.subarray(at, at + CHUNK))),
    end: () => {
      parser.write(decoder.end());
      parser.close();
    },
    run(step: () => void) {
      try {
        step();
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError('SPREADSHEET_RUSAK', { alasan: `XML bagian ${part} tidak sah: ${String((err as Error).message).slice(0, 120)}` });
      }
    },
  };
}

/** An attribute by local name, whatever its prefix (plain attributes have no namespace). */
export function attr(tag: SaxesTagNS, local: string, uri?: Set<string>): string | undefined {
  for (const a of Object.values(tag.attributes)) {
    if (a.local === local && (uri ? uri.has(a.uri) : a.uri === '')) return a.value;
  }
  return undefined;
}
