import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { PartnerWorkspaceRequest } from '../../shared/engine/exportApi';
import type { TargetListEntry } from '../../shared/engine/riskApi';
import type { MarkingLine } from '../../shared/markings/markingLine';
import { Modal } from './Modal';
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
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(entries.map((entry) => `${entry.kind}\u0000${entry.ref}`)));
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const missing = agency.trim() === '' ? 'the agency' : chosen.size === 0 ? 'at least one target' : null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (missing !== null || working) return;
    setWorking(true);
    setProblem(null);
    try {
      await onExport({ agency: agency.trim(), targets: entries.filter((entry) => chosen.has(`${entry.kind}\u0000${entry.ref}`)).map((entry) => ({ kind: entry.kind, ref: entry.ref })) });
      onClose();
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Modal
      title="Workspace for a partner agency"
      width="wide"
      onClose={onClose}
      footer={
        <>
          <span className="form__hint">{missing !== null ? `Needs ${missing}.` : 'Reports whose handling code forbids passing them on stay behind.'}</span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" form={formId} disabled={missing !== null || working}>
            {working ? 'Writing…' : 'Save workspace'}
          </button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void onSubmit(event)}>
        <div className="form__row">
          <label className="form__label" htmlFor={agencyId}>
            Agency
          </label>
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
        </div>
        <fieldset className="briefing-pack__fieldset">
          <legend className="form__label">Targets</legend>
          <ul className="briefing-pack__targets">
            {entries.map((entry) => {
              const key = `${entry.kind}\u0000${entry.ref}`;
              return (
                <li key={key}>
                  <label className="briefing-pack__choice">
                    <input
                      type="checkbox"
                      checked={chosen.has(key)}
                      onChange={() =>
                        setChosen((previous) => {
                          const next = new Set(previous);
                          if (next.has(key)) next.delete(key);
                          else next.add(key);
                          return next;
                        })
                      }
                    />{' '}
                    {entry.kind} {entry.ref}: {entry.name}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        {problem !== null ? (
          <p className="form__warning" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </Modal>
  );
}
