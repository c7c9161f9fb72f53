/**
 * Caps on what an intake file may be. A city of 20,000 ASN with every sheet filled is well under
 * them (≈ 300,000 rows in all, ≈ 70 MB of sheet XML); anything beyond is refused before parsing.
 */
export const LIMITS = {
  /** Size of the .xlsx or .csv file on disk. */
  maxFileBytes: 60 * 1024 * 1024,
  /** Sum of the uncompressed parts of an .xlsx (zip-bomb guard, measured by really inflating). */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** Parts inside the zip. */
  maxZipEntries: 2000,
  /** Data rows per sheet or CSV file (Kompetensi of 20,000 ASN × 10 codes is 200,000). */
  maxRowsPerSheet: 400_000,
  /** CSV files read from one folder. */
  maxCsvFiles: 40,
} as const;

export type Limits = { [K in keyof typeof LIMITS]: number };
