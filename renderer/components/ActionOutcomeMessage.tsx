import type { ActionOutcome } from '../hooks/useDialogAction';

/** What a dialog's last action came to: an alert when it failed, a status line otherwise. */
export function ActionOutcomeMessage({ outcome }: { readonly outcome: ActionOutcome }) {
  return outcome ? (
    <p className={`import-profiles__outcome import-profiles__outcome--${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
      {outcome.message}
    </p>
  ) : null;
}
