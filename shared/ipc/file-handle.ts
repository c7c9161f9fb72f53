import { z } from 'zod';

/**
 * A file main chose in its own dialog (or from its recent-files list), as the page sees it: an opaque
 * id and the file's name. The renderer never sends a filesystem path; main maps the id back.
 */
export const fileHandleSchema = z.object({ handle: z.string(), name: z.string() });
export type FileHandle = z.infer<typeof fileHandleSchema>;

/** What a channel that reads a chosen file takes: only a handle's id, never a path. */
export const handleIdSchema = z.string().regex(/^fh-[0-9a-f]{32}$/, 'bukan pegangan berkas dari aplikasi');
