import type { ReactNode } from 'react';

export interface FormDialogFooterProps {
  /** The form (by id) the submit button submits. */
  readonly formId: string;
  readonly submitLabel: ReactNode;
  readonly submitDisabled: boolean;
  readonly onCancel: () => void;
  readonly cancelLabel?: string;
  /** A line before the buttons: what the form still needs, or what submitting it does. */
  readonly hint?: ReactNode;
}

/** The footer of a dialog with a form: an optional hint, Cancel, and the form's submit button. */
export function FormDialogFooter({ formId, submitLabel, submitDisabled, onCancel, cancelLabel = 'Cancel', hint }: FormDialogFooterProps) {
  return (
    <>
      {hint !== undefined ? <span className="form__hint">{hint}</span> : null}
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="button button--primary" form={formId} disabled={submitDisabled}>
        {submitLabel}
      </button>
    </>
  );
}
