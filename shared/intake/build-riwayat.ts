import { riwayatJabatanSchema, type RiwayatJabatan } from '../compare/experience';
import type { LevelJabatan } from '../domain/eselon';
import type { ParsedRow, ProblemSink } from './rows';
import type { SheetSpec } from './sheets';

/** One post of someone's career history, as the dataset stores it (table riwayat_jabatan). */
export type RiwayatRow = RiwayatJabatan & { nip: string };

const LEVEL_OF_JENIS: Record<string, LevelJabatan> = { fungsional: 'fungsional', pelaksana: 'pelaksana' };

/**
 * Accepted riwayat rows → posts per person. SIASN lists a TMT per post and no end: an open end
 * runs to the person's next post in the sheet, and only the latest one is still held.
 */
export function buildRiwayat(rows: ParsedRow[], spec: SheetSpec, sink: ProblemSink): RiwayatRow[] {
  const byNip = new Map<string, RiwayatRow[]>();
  for (const r of rows) {
    if (!r.ok) continue;
    const parsed = riwayatJabatanSchema.safeParse({
      namaJabatan: r.v.namaJabatan, level: r.v.level ?? LEVEL_OF_JENIS[r.v.jenisJabatan as string], unit: r.v.unit ?? '',
      tmtMulai: r.v.tmtMulai, tmtSelesai: r.v.tmtSelesai ?? null,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      sink.cell(spec, r, 'namaJabatan', 'TIDAK_SESUAI_SKEMA', { rincian: `${issue.path.join('.')}: ${issue.message}` });
      continue;
    }
    const list = byNip.get(r.v.nip) ?? [];
    list.push({ ...parsed.data, nip: r.v.nip });
    byNip.set(r.v.nip, list);
  }
  const out: RiwayatRow[] = [];
  for (const list of byNip.values()) {
    list.sort((a, b) => a.tmtMulai.localeCompare(b.tmtMulai));
    list.forEach((p, i) => {
      const next = list.slice(i + 1).find((q) => q.tmtMulai > p.tmtMulai);
      out.push(p.tmtSelesai === null && next ? { ...p, tmtSelesai: next.tmtMulai } : p);
    });
  }
  return out;
}
