import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { BriefingPackRequest } from '../../shared/engine/exportApi';
import type { TargetListEntry } from '../../shared/engine/riskApi';
import { useBriefingSnapshot } from '../hooks/useBriefingSnapshot';
import { useFormSubmission } from '../hooks/useFormSubmission';
import { FormDialogFooter } from './FormDialogFooter';
import { FormProblem } from './FormProblem';
import { FormRow } from './FormRow';
import { Modal } from './Modal';
import { TargetChoiceFieldset, useTargetChoice } from './TargetChoice';
import './BriefingPackDialog.css';

export interface BriefingPackDialogProps {
  readonly workspaceName: string;
  readonly entries: readonly TargetListEntry[];
  /** Makes and saves the pack; resolves when done (the dialog then closes), rejects with the reason. */
  readonly onGenerate: (request: BriefingPackRequest) => Promise<void>;
  readonly onClose: () => void;
  /** Today, yyyy-mm-dd (given so tests are stable). */
  readonly today?: string;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The briefing pack's cover and contents: operation, date, author, distribution (one a line),
 * summary, which targets of the list go in, and the network picture (the one kept from the Network
 * view, a PNG file, or none). The engine makes the PDF; the host saves it.
 */
export function BriefingPackDialog({ workspaceName, entries, onGenerate, onClose, today = new Date().toISOString().slice(0, 10) }: BriefingPackDialogProps) {
  const formId = useId();
  const ids = { operation: useId(), date: useId(), author: useId(), distribution: useId(), summary: useId(), picture: useId(), file: useId(), caption: useId() };
  const kept = useBriefingSnapshot();
  const snapshot = kept !== null && kept.workspaceName === workspaceName ? kept : null;
  const [operationName, setOperationName] = useState(workspaceName);
  const [date, setDate] = useState(today);
  const [author, setAuthor] = useState('');
  const [distribution, setDistribution] = useState('');
  const [summary, setSummary] = useState('');
  const choice = useTargetChoice(entries);
  const [picture, setPicture] = useState<'kept' | 'file' | 'none'>(snapshot !== null ? 'kept' : 'none');
  const [file, setFile] = useState<{ readonly png: Uint8Array; readonly name: string } | null>(null);
  const [caption, setCaption] = useState(snapshot?.caption ?? '');
  const { problem, setProblem, working, submit } = useFormSubmission();

  const missing = operationName.trim() === '' ? 'an operation name' : author.trim() === '' ? 'an author' : !/^\d{4}-\d{2}-\d{2}$/.test(date) ? 'a date' : choice.count === 0 ? 'at least one target' : picture === 'file' && file === null ? 'a PNG file' : null;

  const chooseFile = async (list: FileList | null) => {
    const picked = list?.[0];
    if (!picked) return;
    const png = new Uint8Array(await picked.arrayBuffer());
    if (!pngSignature.every((byte, index) => png[index] === byte)) {
      setFile(null);
      setProblem(`${picked.name} is not a PNG image`);
      return;
    }
    setProblem(null);
    setFile({ png, name: picked.name });
    if (caption.trim() === '') setCaption(picked.name.replace(/\.png$/i, ''));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (missing !== null || working) return;
    const png = picture === 'kept' ? (snapshot?.png ?? null) : picture === 'file' ? (file?.png ?? null) : null;
    const request: BriefingPackRequest = {
      operationName: operationName.trim(),
      author: author.trim(),
      date,
      distribution: distribution.split('\n').map((line) => line.trim()).filter((line) => line !== ''),
      summary,
      targets: choice.chosenTargets(),
      graph: png === null ? null : { png, caption: caption.trim() },
    };
    await submit(async () => {
      await onGenerate(request);
      onClose();
    });
  };

  return (
    <Modal
      title="Briefing pack"
      width="wide"
      onClose={onClose}
      footer={
        <FormDialogFooter
          formId={formId}
          hint={missing !== null ? `Needs ${missing}.` : `${choice.count} of ${entries.length} targets; the pack carries the highest marking of what it includes.`}
          onCancel={onClose}
          submitDisabled={missing !== null || working}
          submitLabel={working ? 'Making the PDF…' : 'Save PDF'}
        />
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void onSubmit(event)}>
        <FormRow htmlFor={ids.operation} label="Operation">
          <input id={ids.operation} className="text-input" value={operationName} onChange={(event) => setOperationName(event.target.value)} data-autofocus />
        </FormRow>
        <FormRow htmlFor={ids.date} label="Date">
          <input id={ids.date} className="text-input" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </FormRow>
        <FormRow htmlFor={ids.author} label="Author">
          <input id={ids.author} className="text-input" value={author} onChange={(event) => setAuthor(event.target.value)} />
        </FormRow>
        <FormRow htmlFor={ids.distribution} label="Distribution (one a line)">
          <textarea id={ids.distribution} className="text-input briefing-pack__text" rows={3} value={distribution} onChange={(event) => setDistribution(event.target.value)} />
        </FormRow>
        <FormRow htmlFor={ids.summary} label="Summary">
          <textarea id={ids.summary} className="text-input briefing-pack__text" rows={5} value={summary} onChange={(event) => setSummary(event.target.value)} />
        </FormRow>
        <TargetChoiceFieldset entries={entries} choice={choice} />
        <fieldset className="briefing-pack__fieldset">
          <legend className="form__label">Network picture</legend>
          <label className="briefing-pack__choice">
            <input type="radio" name={ids.picture} checked={picture === 'kept'} disabled={snapshot === null} onChange={() => setPicture('kept')} />{' '}
            {snapshot === null ? 'None kept from the Network view (its "Use in briefing pack" keeps one)' : `Kept from the Network view: ${snapshot.caption}`}
          </label>
          <label className="briefing-pack__choice">
            <input type="radio" name={ids.picture} checked={picture === 'file'} onChange={() => setPicture('file')} /> A PNG file
          </label>
          {picture === 'file' ? <input id={ids.file} type="file" accept="image/png,.png" aria-label="PNG file" onChange={(event) => void chooseFile(event.target.files)} /> : null}
          <label className="briefing-pack__choice">
            <input type="radio" name={ids.picture} checked={picture === 'none'} onChange={() => setPicture('none')} /> No picture
          </label>
          {picture !== 'none' ? (
            <FormRow htmlFor={ids.caption} label="Caption">
              <input id={ids.caption} className="text-input" value={caption} onChange={(event) => setCaption(event.target.value)} />
            </FormRow>
          ) : null}
        </fieldset>
        <FormProblem problem={problem} />
      </form>
    </Modal>
  );
}
