import { extname, isAbsolute, resolve } from 'node:path';
import type { OpenFileEvent } from '../../shared/ipc/file-handle';
import type { FileHandles } from './file-handles';

export type OpenKind = 'dataset' | 'response';

export interface OpenRequest {
  path: string;
  kind: OpenKind;
}

/**
 * The file types the installers register. A review packet is a .bpj too (its header says which);
 * the member's response is .bpjt (shared/review/response-format). electron-builder.yml lists the
 * same extensions; tests/packaging checks that they agree.
 */
export const FILE_ASSOCIATIONS: readonly { ext: string; kind: OpenKind; name: string }[] = [
  { ext: 'bpj', kind: 'dataset', name: 'Dataset Baperjakat' },
  { ext: 'bpjt', kind: 'response', name: 'Tanggapan telaah Baperjakat' },
];

export function fileKind(path: string): OpenKind | null {
  const ext = extname(path).slice(1).toLowerCase();
  return FILE_ASSOCIATIONS.find((a) => a.ext === ext)?.kind ?? null;
}

/**
 * The files in a command line (first launch or a second instance's argv): every argument that is not
 * a switch and has one of our extensions, resolved against the launching process's folder. The
 * executable, `.` in dev and Chromium's own switches fall out on their own.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): OpenRequest[] {
  const out: OpenRequest[] = [];
  for (const arg of argv) {
    if (!arg || arg.startsWith('-')) continue;
    const kind = fileKind(arg);
    if (!kind) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (!out.some((r) => r.path === path)) out.push({ path, kind });
  }
  return out;
}

/**
 * What the page receives for a file the OS handed over: its kind and a handle issued for the one use it
 * may serve (a dataset or packet is opened, a response is imported), never the path itself.
 */
export function openFileEvent(req: OpenRequest, handles: FileHandles): OpenFileEvent {
  return { kind: req.kind, file: handles.issue(req.path, req.kind === 'dataset' ? 'buka-dataset' : 'tanggapan-telaah') };
}

/**
 * Holds files the OS hands over before a window can take them (macOS sends open-file before
 * `ready`; a first launch has its argv before the page loads), then delivers them in order.
 */
export class FileOpenRouter {
  private pending: OpenRequest[] = [];

  /** deliver answers false when no page can take the file yet; it is kept for flush(). */
  constructor(private readonly deliver: (req: OpenRequest) => boolean) {}

  open(requests: readonly OpenRequest[]): void {
    for (const r of requests) if (this.pending.length > 0 || !this.deliver(r)) this.pending.push(r);
  }

  /** Call when the window's page has loaded. */
  flush(): void {
    const queue = this.pending;
    this.pending = [];
    for (let i = 0; i < queue.length; i++) {
      if (!this.deliver(queue[i]!)) {
        this.pending = queue.slice(i);
        return;
      }
    }
  }

  get waiting(): readonly OpenRequest[] {
    return this.pending;
  }
}
