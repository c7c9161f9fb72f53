import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { openFileEventSchema, type FileHandle } from '../../../../shared/ipc/file-handle';

export interface OpenFileState {
  /** The dataset or packet to show the unlock screen for; `seq` changes each time one is handed over. */
  unlock: { file: FileHandle; seq: number } | null;
  /** Handed over while the open dataset has acts not yet in its file: waiting for the user's answer. */
  asking: FileHandle | null;
  /** A response waiting to be imported: kept until imported or dismissed, whatever is opened meanwhile. */
  response: FileHandle | null;
  confirmReplace(): void;
  cancelReplace(): void;
  dismissResponse(): void;
}

/**
 * Follows files the OS hands to the app (double-click, second launch, macOS open-file). A dataset or review
 * packet closes what is open (asking first when acts are not yet in the file) and shows the unlock screen for
 * it; a response waits to be imported. Main sends a handle, never a path. `onClosed` moves the app to the
 * unlock screen.
 */
export function useOpenFile(onClosed: () => void): OpenFileState {
  const [unlock, setUnlock] = useState<OpenFileState['unlock']>(null);
  const [asking, setAsking] = useState<FileHandle | null>(null);
  const [response, setResponse] = useState<FileHandle | null>(null);
  const closed = useRef(onClosed);
  closed.current = onClosed;

  const openInstead = useCallback(async (file: FileHandle, wasOpen: boolean) => {
    if (wasOpen) await api.dataset.close({});
    setUnlock((cur) => ({ file, seq: (cur?.seq ?? 0) + 1 }));
    closed.current();
  }, []);

  useEffect(() => window.appEvents?.onOpenFile?.((raw) => {
    const event = openFileEventSchema.safeParse(raw);
    if (!event.success) return;
    const { file, kind } = event.data;
    if (kind === 'response') return setResponse(file);
    void (async () => {
      const st = await api.dataset.status({});
      if (st.open && st.dirty) setAsking(file);
      else await openInstead(file, st.open);
    })();
  }), [openInstead]);

  return {
    unlock, asking, response,
    confirmReplace: () => {
      if (asking) void openInstead(asking, true);
      setAsking(null);
    },
    cancelReplace: () => setAsking(null),
    dismissResponse: () => setResponse(null),
  };
}
