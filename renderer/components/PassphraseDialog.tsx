import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { useFormSubmission } from '../hooks/useFormSubmission';
import { FormDialogFooter } from './FormDialogFooter';
import { FormProblem } from './FormProblem';
import { FormRow } from './FormRow';
import { Modal } from './Modal';

/** Fewer characters than this are refused for a new passphrase. */
export const minimumPassphraseLength = 10;

export interface PassphraseDialogProps {
  /** 'open': the passphrase of an encrypted file; 'set': a new passphrase the workspace is saved with. */
  readonly purpose: 'open' | 'set';
  /** The file or workspace it is for, as the analyst knows it. */
  readonly subject: string;
  /** Tries the passphrase: resolves null when it is accepted (the dialog is then closed by its owner), else the reason to show. */
  readonly onSubmit: (passphrase: string) => Promise<string | null>;
  readonly onCancel: () => void;
}

/**
 * Asks for a workspace passphrase. The passphrase goes from this form to the engine's worker (its
 * key derivation) and nowhere else: it is not stored, logged or shown. A new passphrase is typed
 * twice. While the engine derives the key (about a second), the form waits.
 */
export function PassphraseDialog({ purpose, subject, onSubmit, onCancel }: PassphraseDialogProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { problem, setProblem, working: checking, submit } = useFormSubmission();
  const formId = useId();
  const passphraseId = useId();
  const confirmationId = useId();
  const setting = purpose === 'set';

  const onFormSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (checking) return;
    if (passphrase.length === 0) {
      setProblem('Type the passphrase.');
      return;
    }
    if (setting && passphrase.length < minimumPassphraseLength) {
      setProblem(`Use at least ${minimumPassphraseLength} characters; a few words are easier to remember than symbols.`);
      return;
    }
    if (setting && passphrase !== confirmation) {
      setProblem('The two passphrases differ.');
      return;
    }
    await submit(async () => {
      const refusal = await onSubmit(passphrase);
      if (refusal !== null) {
        setProblem(refusal);
        setPassphrase('');
        setConfirmation('');
      }
    });
  };

  return (
    <Modal
      title={setting ? 'Set a workspace passphrase' : 'Encrypted workspace'}
      onClose={onCancel}
      footer={
        <FormDialogFooter
          formId={formId}
          onCancel={onCancel}
          cancelLabel={setting ? 'Not now' : 'Cancel'}
          submitDisabled={checking}
          submitLabel={checking ? 'Checking…' : setting ? 'Set passphrase' : 'Unlock'}
        />
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void onFormSubmit(event)}>
        <p>
          {setting
            ? `“${subject}” is saved encrypted (AES-256-GCM) with a key derived from this passphrase. Without it the file cannot be opened: nobody can recover it.`
            : `“${subject}” is encrypted. Type its passphrase to open it.`}
        </p>
        <FormRow htmlFor={passphraseId} label="Passphrase">
          <input
            id={passphraseId}
            className="text-input"
            type="password"
            autoComplete={setting ? 'new-password' : 'current-password'}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            disabled={checking}
            data-autofocus
          />
        </FormRow>
        {setting ? (
          <FormRow htmlFor={confirmationId} label="Passphrase again">
            <input
              id={confirmationId}
              className="text-input"
              type="password"
              autoComplete="new-password"
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              disabled={checking}
            />
          </FormRow>
        ) : null}
        <FormProblem problem={problem} />
      </form>
    </Modal>
  );
}
