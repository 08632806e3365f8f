import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { WorkspaceSummary } from '../../shared/engine/engineApi';
import type { MarkingLine } from '../../shared/markings/markingLine';
import { parseMarkingLine, plainMarkingLine, renderMarkingLine } from '../../shared/markings/markingLine';
import type { ProtectiveMarking } from '../../shared/markings/protectiveMarking';
import { MarkingSelect } from './MarkingSelect';
import { Modal } from './Modal';

export interface WorkspaceSettingsDialogProps {
  readonly summary: WorkspaceSummary;
  /** The classification alone when only it changed (descriptors, caveats and releasability kept), else the whole line. */
  readonly onApply: (marking: ProtectiveMarking | MarkingLine) => void;
  readonly onClose: () => void;
}

/** The controls of a line as the analyst edits them: everything after the classification. */
function controlsText(line: MarkingLine): string {
  return renderMarkingLine(line).slice(line.classification.length).replace(/^ \| /, '').trim();
}

/** Reads the classification and the analyst's controls text as one marking line; the reason when it cannot. */
function readLine(classification: ProtectiveMarking, controls: string): { line: MarkingLine } | { error: string } {
  try {
    return { line: parseMarkingLine(`${classification} ${controls.trim() === '' ? '' : `| ${controls}`}`) };
  } catch (error) {
    return { error: error instanceof Error ? error.message.replace(/^protective marking '[^']*': /, '') : String(error) };
  }
}

/**
 * The workspace's settings: its protective marking (classification, then descriptors, handling
 * caveats and releasability as one line), shown on every screen and carried by every export.
 */
export function WorkspaceSettingsDialog({ summary, onApply, onClose }: WorkspaceSettingsDialogProps) {
  const current = summary.markingLine ?? plainMarkingLine(summary.marking);
  const [marking, setMarking] = useState<ProtectiveMarking>(summary.marking);
  const [controls, setControls] = useState(controlsText(current));
  const markingId = useId();
  const controlsId = useId();
  const errorId = useId();
  const formId = useId();
  const read = readLine(marking, controls);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if ('error' in read) return;
    const changed = renderMarkingLine(read.line) !== renderMarkingLine(current);
    const onlyClassification = renderMarkingLine({ ...read.line, classification: current.classification }) === renderMarkingLine(current);
    if (changed) onApply(onlyClassification ? read.line.classification : read.line);
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
          <button type="submit" className="button button--primary" form={formId} disabled={'error' in read}>
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
        <div className="form__row">
          <label className="form__label" htmlFor={controlsId}>
            Descriptors, caveats and releasability
          </label>
          <input
            id={controlsId}
            className="text-input"
            value={controls}
            placeholder="[COMMERCIAL] | UK EYES ONLY | RELEASABLE TO: POLICE, BORDER FORCE"
            aria-invalid={'error' in read}
            aria-describedby={'error' in read ? errorId : undefined}
            onChange={(event) => setControls(event.target.value)}
          />
        </div>
        {'error' in read ? (
          <p id={errorId} className="form__warning" role="alert">
            {read.error}
          </p>
        ) : (
          <p className="form__hint">
            Shown as <strong>{renderMarkingLine(read.line)}</strong> at the top and bottom of every screen and carried by everything exported from this workspace (raised by the marking of any report an export includes).
          </p>
        )}
      </form>
    </Modal>
  );
}
