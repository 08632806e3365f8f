import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { ProtectiveMarking } from '../../shared/markings/protectiveMarking';
import { defaultMarking } from '../../shared/markings/protectiveMarking';
import { FormDialogFooter } from './FormDialogFooter';
import { FormRow } from './FormRow';
import { MarkingSelect } from './MarkingSelect';
import { Modal } from './Modal';

export interface NewWorkspaceDialogProps {
  /** The current workspace has changes that creating a new one would discard. */
  readonly discardsUnsavedChanges: boolean;
  readonly onCreate: (name: string, marking: ProtectiveMarking) => void;
  readonly onClose: () => void;
}

export function NewWorkspaceDialog({ discardsUnsavedChanges, onCreate, onClose }: NewWorkspaceDialogProps) {
  const [name, setName] = useState('');
  const [marking, setMarking] = useState<ProtectiveMarking>(defaultMarking);
  const nameId = useId();
  const markingId = useId();
  const formId = useId();
  const trimmed = name.trim();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (trimmed === '') return;
    onCreate(trimmed, marking);
    onClose();
  };

  return (
    <Modal
      title="New workspace"
      onClose={onClose}
      footer={
        <FormDialogFooter formId={formId} onCancel={onClose} submitDisabled={trimmed === ''} submitLabel={discardsUnsavedChanges ? 'Discard changes and create' : 'Create'} />
      }
    >
      <form id={formId} className="form" onSubmit={onSubmit}>
        <FormRow htmlFor={nameId} label="Name">
          <input
            id={nameId}
            className="text-input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={120}
            required
            data-autofocus
            placeholder="e.g. Operation Harbour – Felixstowe imports"
          />
        </FormRow>
        <FormRow htmlFor={markingId} label="Protective marking">
          <MarkingSelect id={markingId} value={marking} onChange={setMarking} />
        </FormRow>
        {discardsUnsavedChanges ? (
          <p className="form__warning" role="alert">
            The current workspace has unsaved changes. Save it first to keep them.
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
