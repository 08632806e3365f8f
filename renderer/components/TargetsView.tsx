import { Fragment, useCallback, useEffect, useId, useState } from 'react';
import type { RiskScoreSummary, TargetListEntry, TargetPage, TargetPriority, TargetRow, TargetStatus } from '../../shared/engine/riskApi';
import { targetPriorityNames, targetStatuses } from '../../shared/engine/riskApi';
import { targetListCsv, targetListFileName } from '../../shared/exports/targetListCsv';
import type { HostApi } from '../../shared/host/hostApi';
import type { ProtectiveMarking } from '../../shared/markings/protectiveMarking';
import type { RiskEvidence, RiskSubjectKind } from '../../shared/risk/riskModel';
import { errorMessage, formatCount, formatTimestamp, plural } from '../format/format';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { saveAuditedExport } from '../host/auditedExport';
import { ConfirmDialog } from './ConfirmDialog';
import { BriefingPackDialog } from './BriefingPackDialog';
import { PartnerExportDialog } from './PartnerExportDialog';
import type { ExportFile } from '../../shared/engine/exportApi';
import type { MarkingLine } from '../../shared/markings/markingLine';
import { markingText } from '../../shared/markings/markingText';
import { LearnFromOutcomesDialog } from './LearnFromOutcomesDialog';
import type { LearnFromOutcomesEngine } from './LearnFromOutcomesDialog';
import { RiskProfileDialog } from './RiskProfileDialog';
import type { RiskProfileEngine } from './RiskProfileDialog';
import { Icon } from './Icon';
import { Pager } from './Pager';
import './TargetsView.css';

export interface TargetsViewProps {
  readonly engine: Pick<WorkerEngineApi, 'riskSummary' | 'scoreRisks' | 'listTargets' | 'targetList' | 'addTarget' | 'updateTarget' | 'removeTarget' | 'recordExport' | 'exportTargetList' | 'exportBriefingPack' | 'exportFollowTheMoney' | 'exportPartnerWorkspace'> & RiskProfileEngine & LearnFromOutcomesEngine;
  readonly host: Pick<HostApi, 'saveExport'>;
  readonly workspaceName: string;
  readonly marking: ProtectiveMarking;
  /** The full marking (descriptors, caveats, releasability) the CSV carries; the classification alone without it. */
  readonly markingLine?: MarkingLine | undefined;
  /** Changes whenever manifests or the trader resolution change. */
  readonly dataKey: string;
  readonly showNotice: (tone: 'success' | 'error', message: string) => void;
  /** The workspace changed (a scoring, a target-list edit): it has unsaved changes. */
  readonly onChanged: () => void;
  readonly commandsDisabled: boolean;
}

const pageSize = 50;
const kinds: readonly { readonly id: RiskSubjectKind; readonly label: string }[] = [
  { id: 'shipment', label: 'Shipments' },
  { id: 'trader', label: 'Traders' },
];

type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly value: T } | { readonly state: 'failed'; readonly reason: string };

const keyOf = (kind: RiskSubjectKind, ref: string) => `${kind}\u0000${ref}`;

/**
 * Risks and targets (issue 8): the ranked shipments and traders of the latest scoring with their
 * reasons (each with its points and facts), added to the analyst's target list; the list with
 * priority, status, agency and notes edited in place, removal after asking, and its CSV export
 * (formula-safe, marked) through the host.
 */
export function TargetsView({ engine, host, workspaceName, marking, markingLine, dataKey, showNotice, onChanged, commandsDisabled }: TargetsViewProps) {
  const tabsId = useId();
  const [kind, setKind] = useState<RiskSubjectKind>('shipment');
  const [offset, setOffset] = useState(0);
  const [summary, setSummary] = useState<Loaded<RiskScoreSummary | null>>({ state: 'loading' });
  const [page, setPage] = useState<Loaded<TargetPage>>({ state: 'loading' });
  const [targets, setTargets] = useState<Loaded<readonly TargetListEntry[]>>({ state: 'loading' });
  const [scoring, setScoring] = useState(false);
  const [version, setVersion] = useState(0);
  const [removing, setRemoving] = useState<TargetListEntry | null>(null);
  const [profileDialog, setProfileDialog] = useState<'profile' | 'learn' | null>(null);
  const [briefingOpen, setBriefingOpen] = useState(false);
  const [partnerOpen, setPartnerOpen] = useState(false);

  useEffect(() => {
    let current = true;
    engine
      .riskSummary()
      .then((value) => current && setSummary({ state: 'loaded', value }))
      .catch((reason: unknown) => current && setSummary({ state: 'failed', reason: errorMessage(reason) }));
    return () => {
      current = false;
    };
  }, [engine, dataKey, version]);

  useEffect(() => {
    let current = true;
    engine
      .listTargets({ kind, offset, limit: pageSize })
      .then((value) => current && setPage({ state: 'loaded', value }))
      .catch((reason: unknown) => current && setPage({ state: 'failed', reason: errorMessage(reason) }));
    return () => {
      current = false;
    };
  }, [engine, kind, offset, dataKey, version]);

  const reloadTargets = useCallback(() => {
    let current = true;
    engine
      .targetList()
      .then((value) => current && setTargets({ state: 'loaded', value }))
      .catch((reason: unknown) => current && setTargets({ state: 'failed', reason: errorMessage(reason) }));
    return () => {
      current = false;
    };
  }, [engine]);
  useEffect(() => reloadTargets(), [reloadTargets, dataKey, version]);

  const score = async () => {
    setScoring(true);
    try {
      const result = await engine.scoreRisks();
      onChanged();
      showNotice('success', `Scored ${formatCount(result.billsScored)} shipments and ${formatCount(result.tradersKnown)} traders: ${plural(result.shipmentTargets, 'shipment')} and ${plural(result.traderTargets, 'trader')} at or above ${result.profile.thresholds.target} points`);
      setOffset(0);
      setVersion((previous) => previous + 1);
    } catch (failure) {
      showNotice('error', `Scoring failed: ${errorMessage(failure)}`);
    } finally {
      setScoring(false);
    }
  };

  const act = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
      onChanged();
    } catch (failure) {
      showNotice('error', `${what} failed: ${errorMessage(failure)}`);
    }
    reloadTargets();
  };

  const exportCsv = async () => {
    try {
      const entries = await engine.targetList();
      const fullMarking = markingLine?.classification === marking ? markingLine : marking;
      const outcome = await saveAuditedExport(host, engine, 'targets', { format: 'csv', suggestedName: targetListFileName(workspaceName, fullMarking), bytes: new TextEncoder().encode(targetListCsv(entries, fullMarking)) }, { rows: entries.length, marking: markingText(fullMarking) });
      if (outcome.status === 'saved') showNotice('success', `Saved ${outcome.fileName}`);
    } catch (failure) {
      showNotice('error', `The target list could not be exported: ${errorMessage(failure)}`);
    }
  };

  // Files the engine makes (the XLSX workbook, the briefing pack PDF), saved through the host and audited.
  const saveEngineExport = async (file: ExportFile) => {
    const outcome = await saveAuditedExport(host, engine, file.what, { format: file.format, suggestedName: file.suggestedName, bytes: file.bytes }, file.detail);
    if (outcome.status === 'saved') showNotice('success', `Saved ${outcome.fileName}`);
  };
  const exportFollowTheMoney = async () => {
    try {
      await saveEngineExport(await engine.exportFollowTheMoney());
    } catch (failure) {
      showNotice('error', `The entities could not be exported: ${errorMessage(failure)}`);
    }
  };
  const exportXlsx = async () => {
    try {
      await saveEngineExport(await engine.exportTargetList('xlsx'));
    } catch (failure) {
      showNotice('error', `The target list could not be exported: ${errorMessage(failure)}`);
    }
  };

  const listed = new Set(targets.state === 'loaded' ? targets.value.map((entry) => keyOf(entry.kind, entry.ref)) : []);
  const scored = summary.state === 'loaded' && summary.value !== null;

  return (
    <section className="targets-view" aria-labelledby="targets-title">
      <div className="view-header">
        <h1 id="targets-title" className="view-header__title">
          Targets
        </h1>
        <span className="view-header__count">{summary.state === 'loaded' && summary.value ? `Scored ${formatTimestamp(summary.value.scoredAt)}${summary.value.profile?.name ? ` with the profile ${summary.value.profile.name}` : ''}` : ''}</span>
        <div className="view-header__spacer" />
        <button type="button" className="button" onClick={() => void exportFollowTheMoney()} disabled={commandsDisabled} title="Every resolved trader, address, vessel and bill with their relations as FollowTheMoney JSON lines, for Aleph">
          Export entities (FtM)
        </button>
        <button type="button" className="button" onClick={() => setProfileDialog('profile')} disabled={commandsDisabled}>
          Risk profile…
        </button>
        <button type="button" className="button" onClick={() => setProfileDialog('learn')} disabled={commandsDisabled}>
          Learn from outcomes…
        </button>
        <button type="button" className={scored ? 'button' : 'button button--primary'} onClick={() => void score()} disabled={scoring || commandsDisabled}>
          {scoring ? 'Scoring…' : scored ? 'Score again' : 'Score risks'}
        </button>
      </div>
      {summary.state === 'failed' ? (
        <p className="targets-view__error" role="alert">
          The scoring could not be read: {summary.reason}
        </p>
      ) : null}
      <div className="targets-view__body">
        <section className="targets-view__risks" aria-label="Ranked risks">
          <div className="targets-view__bar">
            <div className="traders-tabs" role="tablist" aria-label="Risk kinds">
              {kinds.map((candidate) => (
                <button
                  key={candidate.id}
                  id={`${tabsId}-${candidate.id}-tab`}
                  type="button"
                  role="tab"
                  className="traders-tabs__tab"
                  aria-selected={kind === candidate.id}
                  aria-controls={`${tabsId}-panel`}
                  onClick={() => {
                    setKind(candidate.id);
                    setOffset(0);
                  }}
                >
                  {candidate.label}
                  {summary.state === 'loaded' && summary.value ? (
                    <span className="traders-tabs__count">{formatCount(candidate.id === 'shipment' ? summary.value.shipmentsWithScore : summary.value.tradersWithScore)}</span>
                  ) : null}
                </button>
              ))}
            </div>
            <div className="view-header__spacer" />
            {page.state === 'loaded' && page.value.total > pageSize ? <Pager offset={offset} pageSize={pageSize} total={page.value.total} onOffsetChange={setOffset} /> : null}
          </div>
          <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${kind}-tab`} className="targets-view__scroll">
            {summary.state === 'loaded' && summary.value === null ? (
              <div className="targets-view__empty">
                <p>Risks have not been scored in this workspace yet. Scoring runs every rule over every shipment and trader (resolve traders first for the trader rules).</p>
                <button type="button" className="button button--primary" onClick={() => void score()} disabled={scoring || commandsDisabled}>
                  {scoring ? 'Scoring…' : 'Score risks'}
                </button>
              </div>
            ) : page.state === 'failed' ? (
              <p className="targets-view__error" role="alert">
                The ranked risks could not be listed: {page.reason}
              </p>
            ) : page.state === 'loaded' ? (
              <RiskTable
                rows={page.value.rows}
                listed={listed}
                onAdd={(row) => void act(`Adding ${row.ref}`, () => engine.addTarget({ kind: row.kind, ref: row.ref }))}
              />
            ) : (
              <p className="targets-view__empty">Loading the ranked risks…</p>
            )}
          </div>
        </section>
        <section className="targets-view__list" aria-labelledby="target-list-title">
          <div className="targets-view__bar">
            <h2 id="target-list-title" className="targets-view__heading">
              Target list <span className="traders-tabs__count">{targets.state === 'loaded' ? formatCount(targets.value.length) : ''}</span>
            </h2>
            <div className="view-header__spacer" />
            <AddByHand onAdd={(addKind, ref) => act(`Adding ${ref}`, () => engine.addTarget({ kind: addKind, ref }))} />
            <button type="button" className="button" onClick={() => void exportCsv()} disabled={targets.state !== 'loaded' || targets.value.length === 0}>
              <Icon name="save" />
              Export CSV
            </button>
            <button type="button" className="button" onClick={() => void exportXlsx()} disabled={targets.state !== 'loaded' || targets.value.length === 0}>
              <Icon name="save" />
              Export XLSX
            </button>
            <button type="button" className="button" onClick={() => setBriefingOpen(true)} disabled={targets.state !== 'loaded' || targets.value.length === 0 || commandsDisabled}>
              Briefing pack…
            </button>
            <button type="button" className="button" onClick={() => setPartnerOpen(true)} disabled={targets.state !== 'loaded' || targets.value.length === 0 || commandsDisabled}>
              For a partner…
            </button>
          </div>
          <div className="targets-view__scroll">
            {targets.state === 'failed' ? (
              <p className="targets-view__error" role="alert">
                The target list could not be read: {targets.reason}
              </p>
            ) : targets.state === 'loaded' && targets.value.length === 0 ? (
              <p className="targets-view__empty">No targets yet. Add shipments or traders from the ranked risks, or by B/L number or trader id.</p>
            ) : targets.state === 'loaded' ? (
              <TargetTable
                entries={targets.value}
                onUpdate={(entry, change) => void act(`Updating ${entry.ref}`, () => engine.updateTarget({ kind: entry.kind, ref: entry.ref }, change))}
                onRemove={setRemoving}
              />
            ) : null}
          </div>
        </section>
      </div>
      {removing ? (
        <ConfirmDialog
          title="Remove from the target list"
          confirmLabel="Remove"
          onClose={() => setRemoving(null)}
          onConfirm={() => void act(`Removing ${removing.ref}`, () => engine.removeTarget({ kind: removing.kind, ref: removing.ref }))}
        >
          <p>
            Remove {removing.kind} <strong>{removing.ref}</strong> ({removing.name}) from the target list? Its history stays in the workspace.
          </p>
        </ConfirmDialog>
      ) : null}
      {briefingOpen && targets.state === 'loaded' ? (
        <BriefingPackDialog workspaceName={workspaceName} entries={targets.value} onGenerate={async (request) => saveEngineExport(await engine.exportBriefingPack(request))} onClose={() => setBriefingOpen(false)} />
      ) : null}
      {partnerOpen && targets.state === 'loaded' ? (
        <PartnerExportDialog entries={targets.value} markingLine={markingLine?.classification === marking ? markingLine : undefined} onExport={async (request) => saveEngineExport(await engine.exportPartnerWorkspace(request))} onClose={() => setPartnerOpen(false)} />
      ) : null}
      {profileDialog === 'profile' ? (
        <RiskProfileDialog engine={engine} host={host} workspaceName={workspaceName} marking={marking} onChanged={onChanged} onClose={() => setProfileDialog(null)} />
      ) : null}
      {profileDialog === 'learn' ? (
        <LearnFromOutcomesDialog
          engine={engine}
          onChanged={() => {
            onChanged();
            setVersion((previous) => previous + 1);
          }}
          onClose={() => setProfileDialog(null)}
        />
      ) : null}
    </section>
  );
}

function RiskTable({ rows, listed, onAdd }: { readonly rows: readonly TargetRow[]; readonly listed: ReadonlySet<string>; readonly onAdd: (row: TargetRow) => void }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  if (rows.length === 0) return <p className="targets-view__empty">The scoring found nothing of this kind.</p>;
  const toggle = (ref: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(ref)) next.delete(ref);
      else next.add(ref);
      return next;
    });
  return (
    <table className="targets-table" aria-label="Ranked risks">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Ref</th>
          <th scope="col">Name</th>
          <th scope="col" className="is-number">
            Score
          </th>
          <th scope="col">Reasons</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const expanded = open.has(row.ref);
          const onList = listed.has(keyOf(row.kind, row.ref));
          return (
            <Fragment key={row.ref}>
              <tr data-ref={row.ref}>
                <td className="is-number">{row.rank}</td>
                <td className="is-code">{row.ref}</td>
                <td className="targets-table__risk-name">{row.name}</td>
                <td className="is-number targets-table__score">{row.score.toFixed(2)}</td>
                <td className="targets-table__reason-cell">
                  <button type="button" className="targets-table__expand" aria-expanded={expanded} onClick={() => toggle(row.ref)}>
                    <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {row.reasons[0]?.reason ?? ''}
                    {row.reasons.length > 1 ? <span className="targets-table__more"> +{row.reasons.length - 1}</span> : null}
                  </button>
                </td>
                <td>
                  <button type="button" className="button button--small" onClick={() => onAdd(row)} disabled={onList} aria-label={`Add ${row.ref} to targets`}>
                    {onList ? 'On the list' : 'Add to targets'}
                  </button>
                </td>
              </tr>
              {expanded ? (
                <tr className="targets-table__reasons">
                  <td />
                  <td colSpan={5}>
                    <Reasons reasons={row.reasons} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

function Reasons({ reasons }: { readonly reasons: readonly RiskEvidence[] }) {
  return (
    <ol className="risk-reasons" aria-label="Reasons">
      {reasons.map((reason, index) => (
        <li key={`${reason.ruleId}-${index}`} className="risk-reason">
          <span className="risk-reason__points">+{reason.points.toFixed(2)}</span>
          <span className="risk-reason__text">
            {reason.reason}
            <span className="risk-reason__rule">
              {reason.ruleId}
              {reason.via ? ` via ${reason.via}` : ''}
            </span>
          </span>
          {Object.keys(reason.facts).length > 0 ? (
            <dl className="risk-reason__facts">
              {Object.entries(reason.facts).map(([name, value]) => (
                <div key={name}>
                  <dt>{name}</dt>
                  <dd>{typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function AddByHand({ onAdd }: { readonly onAdd: (kind: RiskSubjectKind, ref: string) => Promise<void> }) {
  const [kind, setKind] = useState<RiskSubjectKind>('shipment');
  const [ref, setRef] = useState('');
  return (
    <form
      className="targets-view__add"
      onSubmit={(event) => {
        event.preventDefault();
        if (ref.trim() === '') return;
        void onAdd(kind, ref).then(() => setRef(''));
      }}
    >
      <select aria-label="Kind to add" value={kind} onChange={(event) => setKind(event.target.value as RiskSubjectKind)}>
        <option value="shipment">B/L</option>
        <option value="trader">Trader</option>
      </select>
      <input aria-label="B/L number or trader id to add" placeholder={kind === 'shipment' ? 'B/L number' : 'Trader id (T:…)'} value={ref} onChange={(event) => setRef(event.target.value)} />
      <button type="submit" className="button button--small" disabled={ref.trim() === ''}>
        Add
      </button>
    </form>
  );
}

function TargetTable({
  entries,
  onUpdate,
  onRemove,
}: {
  readonly entries: readonly TargetListEntry[];
  readonly onUpdate: (entry: TargetListEntry, change: { priority?: TargetPriority; status?: TargetStatus; agency?: string; notes?: string }) => void;
  readonly onRemove: (entry: TargetListEntry) => void;
}) {
  return (
    <table className="targets-table" aria-label="Target list">
      <thead>
        <tr>
          <th scope="col">Target</th>
          <th scope="col" className="is-number">
            Score
          </th>
          <th scope="col">Priority</th>
          <th scope="col">Status</th>
          <th scope="col">Agency</th>
          <th scope="col">Notes</th>
          <th scope="col">
            <span className="visually-hidden">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={keyOf(entry.kind, entry.ref)} data-ref={entry.ref}>
            <td>
              <span className="is-code">{entry.ref}</span>
              <span className="targets-table__name">
                {entry.kind === 'shipment' ? 'B/L' : 'Trader'} · {entry.name}
              </span>
            </td>
            <td className="is-number" title={`Added by ${entry.addedBy} ${formatTimestamp(entry.addedAt)}`}>
              {entry.currentScore === null ? '—' : entry.currentScore.toFixed(2)}
              {entry.scoreWhenAdded !== null && entry.scoreWhenAdded !== entry.currentScore ? <span className="targets-table__was">was {entry.scoreWhenAdded.toFixed(2)}</span> : null}
            </td>
            <td>
              <select aria-label={`Priority of ${entry.ref}`} value={entry.priority} onChange={(event) => onUpdate(entry, { priority: Number(event.target.value) as TargetPriority })}>
                {([1, 2, 3] as const).map((priority) => (
                  <option key={priority} value={priority}>
                    {priority} {targetPriorityNames[priority]}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <select aria-label={`Status of ${entry.ref}`} value={entry.status} onChange={(event) => onUpdate(entry, { status: event.target.value as TargetStatus })}>
                {targetStatuses.map((status) => (
                  <option key={status} value={status}>
                    {status}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <InlineText label={`Agency of ${entry.ref}`} value={entry.agency} onCommit={(agency) => onUpdate(entry, { agency })} />
            </td>
            <td>
              <InlineText label={`Notes on ${entry.ref}`} value={entry.notes} onCommit={(notes) => onUpdate(entry, { notes })} wide />
            </td>
            <td>
              <button type="button" className="icon-button" onClick={() => onRemove(entry)} aria-label={`Remove ${entry.ref}`} title="Remove from the target list">
                <Icon name="close" />
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A text field committed on Enter or when it loses the focus; Escape puts the stored value back. */
function InlineText({ label, value, onCommit, wide = false }: { readonly label: string; readonly value: string; readonly onCommit: (value: string) => void; readonly wide?: boolean }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <input
      className={wide ? 'targets-table__input targets-table__input--wide' : 'targets-table__input'}
      aria-label={label}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') setDraft(value);
      }}
    />
  );
}
