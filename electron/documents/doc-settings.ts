import type { Database } from '../dataset/database';
import { getMeta, setMeta } from '../dataset/repository';
import { DEFAULT_KOP, DEFAULT_NASKAH } from '../../shared/documents/defaults';
import { kopSuratSchema, naskahSkSchema, type DocumentSettings } from '../../shared/documents/model';

/** Letterhead and SK wording live in the dataset's meta: they belong to the instansi, not to one PC. */
const KOP_KEY = 'documents.kop';
const NASKAH_KEY = 'documents.naskah';

function read<T>(db: Database, key: string, parse: (v: unknown) => T, fallback: T): T {
  const raw = getMeta(db, key);
  if (!raw) return fallback;
  try {
    return parse(JSON.parse(raw));
  } catch {
    return fallback; // a damaged value must not stop documents: fall back to the defaults
  }
}

export function loadDocumentSettings(db: Database): DocumentSettings {
  return {
    kop: read(db, KOP_KEY, (v) => kopSuratSchema.parse(v), DEFAULT_KOP),
    naskah: read(db, NASKAH_KEY, (v) => naskahSkSchema.parse(v), DEFAULT_NASKAH),
  };
}

export function saveDocumentSettings(db: Database, s: DocumentSettings): void {
  setMeta(db, KOP_KEY, JSON.stringify(kopSuratSchema.parse(s.kop)));
  setMeta(db, NASKAH_KEY, JSON.stringify(naskahSkSchema.parse(s.naskah)));
}
