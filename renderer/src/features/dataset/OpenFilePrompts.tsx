import type { OpenFileState } from './use-open-file';
import { ReplaceDatasetModal } from './ReplaceDatasetModal';
import { ResponseAnnouncement } from './ResponseAnnouncement';

/** What a handed-over file may need from the user, over whichever screen is showing. */
export function OpenFilePrompts({ state }: { state: OpenFileState }) {
  return (
    <>
      <ReplaceDatasetModal file={state.asking} onConfirm={state.confirmReplace} onCancel={state.cancelReplace} />
      <ResponseAnnouncement file={state.response} onDismiss={state.dismissResponse} />
    </>
  );
}
