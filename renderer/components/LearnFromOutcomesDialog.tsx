import { useCallback, useEffect, useState } from 'react';
import type { OutcomeRuleStats } from '../../shared/engine/riskApi';
import type { WeightProposal } from '../../shared/risk/outcomeReweighting';
import { errorMessage, formatCount, plural } from '../format/format';
import { importPickedFile } from '../files/fileImport';
import { useDialogAction } from '../hooks/useDialogAction';
import type { ActionOutcome } from '../hooks/useDialogAction';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { ActionOutcomeMessage } from './ActionOutcomeMessage';
import { FileImportButton } from './FileImportButton';
import { Modal } from './Modal';
import './RiskProfile.css';

export type LearnFromOutcomesEngine = Pick<WorkerEngineApi, 'riskSummary' | 'outcomeRuleStats' | 'importOutcomes' | 'learnRiskWeights' | 'applyLearnedWeights'>;

export interface LearnFromOutcomesDialogProps {
  readonly engine: LearnFromOutcomesEngine;
  /** Outcomes were read or a learned profile applied: the workspace has unsaved changes. */
  readonly onChanged: () => void;
  readonly onClose: () => void;
}

/** An outcomes file is a CSV of three columns; anything this large is not one. */
export const maxOutcomesFileBytes = 64 * 1024 * 1024;

const share = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)} %`);
const figure = (value: number | null): string => (value === null ? '—' : value.toFixed(2));

/**
 * Learn from outcomes (issue 8): the examination outcomes read (import a file of them), each rule's
 * hit rate and lift on the examined bills, and a re-weighting of the profile in use fitted on them
 * (L2-regularised logistic regression) with its held-out evaluation, current against proposed
 * weights. Nothing changes until the analyst applies it: Apply saves the proposed weights as a new
 * profile version that scoring uses; the bills whose outcomes trained it keep their earlier
 * weights.
 */
export function LearnFromOutcomesDialog({ engine, onChanged, onClose }: LearnFromOutcomesDialogProps) {
  const [stats, setStats] = useState<OutcomeRuleStats | null>(null);
  const [scored, setScored] = useState<boolean | null>(null);
  const [proposal, setProposal] = useState<WeightProposal | null>(null);
  const [name, setName] = useState('');
  const { outcome, setOutcome, working, act, mounted } = useDialogAction();

  const refresh = useCallback(async () => {
    const summary = await engine.riskSummary();
    if (!mounted.current) return;
    setScored(summary !== null);
    setStats(summary === null ? null : await engine.outcomeRuleStats());
  }, [engine, mounted]);

  useEffect(() => {
    refresh().catch((error: unknown) => mounted.current && setOutcome({ tone: 'error', message: `Reading the outcomes failed: ${errorMessage(error)}` }));
  }, [refresh, mounted, setOutcome]);

  const importFile = (file: File) =>
    act(() =>
      importPickedFile<ActionOutcome>(file, { maxBytes: maxOutcomesFileBytes, kind: 'an outcomes file', failure: 'Reading the outcomes file', statesLimit: false }, async () => {
        const report = await engine.importOutcomes({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        onChanged();
        setProposal(null);
        await refresh();
        const rejected = report.rejected.length === 0 ? '' : `; ${plural(report.rejected.length, 'row')} rejected: ${report.rejected.slice(0, 5).map((row) => `row ${row.row}: ${row.reason}`).join('; ')}${report.rejected.length > 5 ? '; …' : ''}`;
        return {
          tone: report.rejected.length === 0 ? 'success' : 'error',
          message: `Read ${plural(report.outcomes, 'examination outcome')} from ${file.name} (${formatCount(report.seizures)} seizures, ${formatCount(report.noFinds)} no find), ${formatCount(report.billsInWorkspace)} of their bills in this workspace${rejected}.`,
        };
      }),
    );

  const learn = () =>
    act(async () => {
      const proposed = await engine.learnRiskWeights();
      setProposal(proposed);
      setName(proposed.baseProfile.name === 'Default' ? 'Learned from outcomes' : proposed.baseProfile.name);
      return null;
    });

  const apply = () =>
    act(async () => {
      if (!proposal) return null;
      const saved = await engine.applyLearnedWeights(proposal, { name });
      onChanged();
      setProposal(null);
      return { tone: 'success', message: `Saved the learned weights as '${saved.profile.name}' (version ${saved.version}); scoring uses it. Score again to rank with it.` };
    });

  return (
    <Modal
      title="Learn from outcomes"
      width="wide"
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      <p className="risk-profile__intro">
        Examination outcomes (a seizure or no find per examined bill) show how often each rule&apos;s findings led to a seizure. The weights of the profile in use can
        be learned from them; the proposal is evaluated on examined bills held out of its fitting, and nothing changes until you apply it. Outcomes never score the
        bills they came from.
      </p>
      <div className="risk-profile__bar">
        <FileImportButton label="Import outcomes file…" ariaLabel="Import outcomes file" accept=".csv,text/csv" disabled={working} onFile={(file) => void importFile(file)} />
        <button type="button" className="button button--primary" disabled={working || !stats || stats.examinedBills === 0} onClick={() => void learn()}>
          {working && !proposal ? 'Working…' : 'Propose weights'}
        </button>
      </div>
      <ActionOutcomeMessage outcome={outcome} />
      {scored === false ? <p className="import-profiles__empty">Risks have not been scored in this workspace yet: score them first, then learn from outcomes.</p> : null}
      {stats ? (
        <section aria-label="Rule hit rates">
          <h3 className="risk-profile__heading">
            Hit rates on {plural(stats.examinedBills, 'examined bill')}: {formatCount(stats.seizures)} seizures ({share(stats.seizureRate)})
          </h3>
          <table className="import-report__issues" aria-label="Hit rates">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col" className="is-number">
                  Examined bills found
                </th>
                <th scope="col" className="is-number">
                  Seizures
                </th>
                <th scope="col" className="is-number">
                  Hit rate
                </th>
                <th scope="col" className="is-number">
                  Lift
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.rules.map((rule) => (
                <tr key={rule.ruleId}>
                  <th scope="row">{rule.title}</th>
                  <td className="is-number">{formatCount(rule.examinedFound)}</td>
                  <td className="is-number">{formatCount(rule.seizuresFound)}</td>
                  <td className="is-number">{share(rule.hitRate)}</td>
                  <td className="is-number">{figure(rule.lift)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {proposal ? <ProposalView proposal={proposal} name={name} onName={setName} onApply={() => void apply()} working={working} /> : null}
    </Modal>
  );
}

function ProposalView({ proposal, name, onName, onApply, working }: { readonly proposal: WeightProposal; readonly name: string; readonly onName: (name: string) => void; readonly onApply: () => void; readonly working: boolean }) {
  const { evaluation } = proposal;
  return (
    <section aria-label="Proposed weights" className="risk-profile__proposal">
      <h3 className="risk-profile__heading">Proposed weights for the profile &apos;{proposal.baseProfile.name}&apos;</h3>
      <p className="risk-profile__meta">{proposal.summary}.</p>
      <table className="import-report__issues" aria-label="Held-out evaluation">
        <caption className="risk-profile__caption">Held out: {evaluation.method}</caption>
        <thead>
          <tr>
            <th scope="col">Weights</th>
            <th scope="col" className="is-number">
              AUC
            </th>
            <th scope="col" className="is-number">
              Seizures in the top {proposal.seizures}
            </th>
            <th scope="col" className="is-number">
              Log-loss
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Current</th>
            <td className="is-number">{figure(evaluation.current.auc)}</td>
            <td className="is-number">{share(evaluation.current.precisionAtSeizures)}</td>
            <td className="is-number">—</td>
          </tr>
          <tr>
            <th scope="row">Proposed</th>
            <td className="is-number">{figure(evaluation.proposed.auc)}</td>
            <td className="is-number">{share(evaluation.proposed.precisionAtSeizures)}</td>
            <td className="is-number">
              {evaluation.proposed.logLoss.toFixed(3)} (seizure rate alone {evaluation.baseRateLogLoss.toFixed(3)})
            </td>
          </tr>
        </tbody>
      </table>
      <table className="import-report__issues" aria-label="Current and proposed weights">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col" className="is-number">
              Found / seizures
            </th>
            <th scope="col" className="is-number">
              Lift
            </th>
            <th scope="col" className="is-number">
              Current weight
            </th>
            <th scope="col" className="is-number">
              Proposed weight
            </th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {proposal.rules.map((rule) => (
            <tr key={rule.ruleId} data-rule={rule.ruleId}>
              <th scope="row">{rule.title}</th>
              <td className="is-number">
                {formatCount(rule.examinedFound)} / {formatCount(rule.seizuresFound)}
              </td>
              <td className="is-number">{figure(rule.lift)}</td>
              <td className="is-number">{rule.currentWeight}</td>
              <td className={`is-number${rule.proposedWeight !== rule.currentWeight ? ' risk-profile__changed' : ''}`}>{rule.proposedWeight}</td>
              <td>{rule.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="risk-profile__bar">
        <label className="risk-profile__field">
          Save as
          <input aria-label="Name of the learned profile" value={name} maxLength={100} onChange={(event) => onName(event.target.value)} />
        </label>
        <button type="button" className="button button--primary" disabled={working || name.trim() === ''} onClick={onApply}>
          Apply as a new profile version
        </button>
      </div>
    </section>
  );
}
