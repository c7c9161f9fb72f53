import { z } from 'zod';

/**
 * A file main chose in its own dialog (or from its recent-files list), as the page sees it: an opaque
 * id and the file's name. The renderer never sends a filesystem path; main maps the id back.
 */
export const fileHandleSchema = z.object({ handle: z.string(), name: z.string() });
export type FileHandle = z.infer<typeof fileHandleSchema>;

/** What a channel that reads a chosen file takes: only a handle's id, never a path. */
export const handleIdSchema = z.string().regex(/^fh-[0-9a-f]{32}$/, 'bukan pegangan berkas dari aplikasi');

/**
 * A file the OS handed to the app (double-click, second launch, macOS open-file), as main tells the
 * page: what kind it is and a handle (datasets and review packets: for `dataset:open`; responses: for
 * the secretariat's import). Never the path.
 */
export const openFileEventSchema = z.object({ kind: z.enum(['dataset', 'response']), file: fileHandleSchema }).strict();
export type OpenFileEvent = z.infer<typeof openFileEventSchema>;
