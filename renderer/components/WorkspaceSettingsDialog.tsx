import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { WorkspaceSummary } from '../../shared/engine/engineApi';
import type { ProtectiveMarking } from '../../shared/markings/protectiveMarking';
import { MarkingSelect } from './MarkingSelect';
import { Modal } from './Modal';

export interface WorkspaceSettingsDialogProps {
  readonly summary: WorkspaceSummary;
  readonly onApply: (marking: ProtectiveMarking) => void;
  readonly onClose: () => void;
}

/** The workspace's settings: its protective marking, shown on every screen and export. */
export function WorkspaceSettingsDialog({ summary, onApply, onClose }: WorkspaceSettingsDialogProps) {
  const [marking, setMarking] = useState<ProtectiveMarking>(summary.marking);
  const markingId = useId();
  const formId = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (marking !== summary.marking) onApply(marking);
    onClose();
  };

  return (
    <Modal
      title="Workspace settings"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" form={formId}>
            Apply
          </button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={onSubmit}>
        <div className="form__row">
          <span className="form__label">Workspace</span>
          <span className="form__value">{summary.name}</span>
        </div>
        <div className="form__row">
          <label className="form__label" htmlFor={markingId}>
            Protective marking
          </label>
          <MarkingSelect id={markingId} value={marking} onChange={setMarking} autofocus />
        </div>
        <p className="form__hint">
          The marking is shown at the top and bottom of every screen and carried by everything exported from this workspace.
        </p>
      </form>
    </Modal>
  );
}
