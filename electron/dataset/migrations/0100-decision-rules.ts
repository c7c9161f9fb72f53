import type { Migration } from './types';

/**
 * Decision rules of a session (issue 10):
 * - sidang.aturan_keputusan: mufakat, majority of votes cast, or majority of members present.
 * - keputusan: the eligibility outcomes frozen with each version (JSON, parsed by a zod schema on
 *   read), the rule and the tally it was recorded under.
 * - pengecualian_syarat: an exception to a failed rule for one post, with its reason and proposer.
 * - penutupan_suara: the chair's "tutup pemungutan suara" on an item.
 */
export const decisionRules: Migration = {
  version: 100,
  id: '0100-decision-rules',
  up: (db) => {
    db.exec(`
ALTER TABLE sidang ADD COLUMN aturan_keputusan TEXT NOT NULL DEFAULT 'mayoritas_hadir'
  CHECK (aturan_keputusan IN ('mufakat','mayoritas_suara','mayoritas_hadir'));
ALTER TABLE keputusan ADD COLUMN status_kelayakan TEXT;
ALTER TABLE keputusan ADD COLUMN hasil_aturan TEXT NOT NULL DEFAULT '[]';
ALTER TABLE keputusan ADD COLUMN aturan_keputusan TEXT;
ALTER TABLE keputusan ADD COLUMN rekap TEXT;
CREATE TABLE pengecualian_syarat (
  agenda_item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE, jabatan_id TEXT NOT NULL,
  rule_id TEXT NOT NULL, alasan TEXT NOT NULL, diusulkan_oleh TEXT NOT NULL, nama_pengusul TEXT NOT NULL,
  dicatat_pada TEXT NOT NULL, PRIMARY KEY (agenda_item_id, jabatan_id, rule_id)
);
CREATE TABLE penutupan_suara (
  agenda_item_id TEXT PRIMARY KEY REFERENCES agenda_item(id) ON DELETE CASCADE, anggota_id TEXT NOT NULL,
  dicatat_pada TEXT NOT NULL
);
`);
  },
};
