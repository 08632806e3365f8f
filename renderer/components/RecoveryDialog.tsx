import type { RecoveryOffer } from '../hooks/useWorkstation';
import { Modal } from './Modal';

export interface RecoveryDialogProps {
  readonly offer: RecoveryOffer;
  readonly onRestore: () => void;
  readonly onDecline: () => void;
  /** Decide later: the offer closes, the autosave stays until the next save or autosave replaces it. */
  readonly onClose: () => void;
}

/** Offers the workspace autosaved by a session that ended without saving it. */
export function RecoveryDialog({ offer, onRestore, onDecline, onClose }: RecoveryDialogProps) {
  return (
    <Modal
      title="Restore the autosaved workspace?"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onDecline}>
            Delete autosave
          </button>
          <button type="button" className="button button--primary" onClick={onRestore} data-autofocus>
            Restore
          </button>
        </>
      }
    >
      <p>
        “{offer.workspaceName}” was autosaved at <time dateTime={offer.savedAt}>{new Date(offer.savedAt).toLocaleString()}</time>, after it was last saved to its
        file: the last session ended with changes not saved. Restore opens the autosave (encrypted: you will be asked its passphrase); save it to keep it.
      </p>
    </Modal>
  );
}
