import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { PartnerWorkspaceRequest } from '../../shared/engine/exportApi';
import type { TargetListEntry } from '../../shared/engine/riskApi';
import type { MarkingLine } from '../../shared/markings/markingLine';
import { useFormSubmission } from '../hooks/useFormSubmission';
import { FormDialogFooter } from './FormDialogFooter';
import { FormProblem } from './FormProblem';
import { FormRow } from './FormRow';
import { Modal } from './Modal';
import { TargetChoiceFieldset, useTargetChoice } from './TargetChoice';
import './BriefingPackDialog.css';

export interface PartnerExportDialogProps {
  readonly entries: readonly TargetListEntry[];
  /** The workspace's marking: its releasability, when stated, lists the agencies offered. */
  readonly markingLine: MarkingLine | undefined;
  /** Makes and saves the workspace file; rejects with the engine's reason (kept in the dialog). */
  readonly onExport: (request: PartnerWorkspaceRequest) => Promise<void>;
  readonly onClose: () => void;
}

/**
 * A workspace for a partner agency: which agency (one the marking is releasable to, when it says)
 * and which targets; the engine copies them with their evidence into a new, marked workspace file
 * and keeps back the reports whose handling code forbids passing them on.
 */
export function PartnerExportDialog({ entries, markingLine, onExport, onClose }: PartnerExportDialogProps) {
  const formId = useId();
  const agencyId = useId();
  const releasable = markingLine?.releasableTo ?? null;
  const [agency, setAgency] = useState(releasable?.[0] ?? '');
  const choice = useTargetChoice(entries);
  const { problem, working, submit } = useFormSubmission();
  const missing = agency.trim() === '' ? 'the agency' : choice.count === 0 ? 'at least one target' : null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (missing !== null || working) return;
    await submit(async () => {
      await onExport({ agency: agency.trim(), targets: choice.chosenTargets() });
      onClose();
    });
  };

  return (
    <Modal
      title="Workspace for a partner agency"
      width="wide"
      onClose={onClose}
      footer={
        <FormDialogFooter
          formId={formId}
          hint={missing !== null ? `Needs ${missing}.` : 'Reports whose handling code forbids passing them on stay behind.'}
          onCancel={onClose}
          submitDisabled={missing !== null || working}
          submitLabel={working ? 'Writing…' : 'Save workspace'}
        />
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void onSubmit(event)}>
        <FormRow htmlFor={agencyId} label="Agency">
          {releasable !== null && releasable.length > 0 ? (
            <select id={agencyId} className="select" value={agency} onChange={(event) => setAgency(event.target.value)} data-autofocus>
              {releasable.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          ) : (
            <input id={agencyId} className="text-input" value={agency} onChange={(event) => setAgency(event.target.value)} data-autofocus />
          )}
        </FormRow>
        <TargetChoiceFieldset entries={entries} choice={choice} />
        <FormProblem problem={problem} />
      </form>
    </Modal>
  );
}
