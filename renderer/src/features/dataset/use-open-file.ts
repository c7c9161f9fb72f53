import { useEffect, useRef } from 'react';
import { notifications } from '@mantine/notifications';
import { api } from '../../api';
import { openFileEventSchema, type FileHandle } from '../../../../shared/ipc/file-handle';
import { openFileText } from './open-file-i18n';

/**
 * Reacts to a file the OS handed to the app (double-click, second launch, macOS open-file). A dataset or
 * review packet closes whatever is open (asking first when acts are not yet in the file) and shows the
 * unlock screen for it; a response is announced with where to import it. Main sends a handle, not a path.
 */
export function useOpenFile(showUnlockFor: (file: FileHandle) => void): void {
  const latest = useRef(showUnlockFor);
  latest.current = showUnlockFor;

  useEffect(() => window.appEvents?.onOpenFile?.((raw) => {
    const event = openFileEventSchema.safeParse(raw);
    if (!event.success) return;
    const { file, kind } = event.data;
    if (kind === 'response') {
      notifications.show({ message: openFileText('response', { name: file.name }), autoClose: false });
      return;
    }
    void (async () => {
      const st = await api.dataset.status({});
      if (st.open && st.dirty && !window.confirm(openFileText('replace', { name: file.name }))) return;
      if (st.open) await api.dataset.close({});
      latest.current(file);
    })();
  }), []);
}
