import { useCallback, useEffect, useId, useState } from 'react';
import type { RiskRuleDescriptor } from '../../shared/engine/riskApi';
import type { RiskProfileList } from '../../shared/engine/riskProfileApi';
import type { HostApi } from '../../shared/host/hostApi';
import type { ProtectiveMarking } from '../../shared/markings/protectiveMarking';
import type { RiskProfile } from '../../shared/risk/riskModel';
import { riskProfileFileName } from '../../shared/risk/riskProfileFile';
import { errorMessage, formatTimestamp } from '../format/format';
import { importPickedFile } from '../files/fileImport';
import { useDialogAction } from '../hooks/useDialogAction';
import type { ActionOutcome } from '../hooks/useDialogAction';
import { saveAuditedExport } from '../host/auditedExport';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { ActionOutcomeMessage } from './ActionOutcomeMessage';
import { FileImportButton } from './FileImportButton';
import { Modal } from './Modal';
import './RiskProfile.css';

/** What the dialog asks of the engine: the rules, the profiles, and saving, activating, exporting and importing one. */
export type RiskProfileEngine = Pick<WorkerEngineApi, 'riskRules' | 'listRiskProfiles' | 'saveRiskProfile' | 'activateRiskProfile' | 'exportRiskProfile' | 'importRiskProfile' | 'recordExport'>;

export interface RiskProfileDialogProps {
  readonly engine: RiskProfileEngine;
  readonly host: Pick<HostApi, 'saveExport'>;
  readonly workspaceName: string;
  readonly marking: ProtectiveMarking;
  /** A profile was saved, imported or activated: the workspace has unsaved changes. */
  readonly onChanged: () => void;
  readonly onClose: () => void;
}

/** A profile file is a few kilobytes (a learned one lists its examined bills); anything much larger is not one. */
export const maxRiskProfileFileBytes = 8 * 1024 * 1024;

/** The built-in default is listed under this key (it is not stored). */
const defaultKey = '';

/** The profile as the form holds it: every number as typed. */
interface Draft {
  readonly name: string;
  readonly description: string;
  readonly threshold: string;
  readonly weights: Readonly<Record<string, string>>;
  readonly parameters: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

function draftOf(profile: RiskProfile, rules: readonly RiskRuleDescriptor[]): Draft {
  return {
    name: profile.name,
    description: profile.description ?? '',
    threshold: String(profile.thresholds.target),
    weights: Object.fromEntries(rules.map((rule) => [rule.id, String(profile.weights[rule.id] ?? rule.weight)])),
    parameters: Object.fromEntries(rules.map((rule) => [rule.id, Object.fromEntries(rule.parameters.map((parameter) => [parameter.id, String(profile.parameters[rule.id]?.[parameter.id] ?? parameter.defaultValue)]))])),
  };
}

/** The draft as a profile; every number that does not read is named. */
function profileOf(draft: Draft, rules: readonly RiskRuleDescriptor[], base: RiskProfile | null): RiskProfile {
  const problems: string[] = [];
  const number = (text: string, what: string): number => {
    const value = Number(text.trim().replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(value)) problems.push(`${what} "${text}" is not a number`);
    return value;
  };
  const weights = Object.fromEntries(rules.map((rule) => [rule.id, number(draft.weights[rule.id] ?? '', `the weight of ${rule.title}`)]));
  const parameters = Object.fromEntries(rules.map((rule) => [rule.id, Object.fromEntries(rule.parameters.map((parameter) => [parameter.id, number(draft.parameters[rule.id]?.[parameter.id] ?? '', `${rule.title}: ${parameter.title}`)]))]));
  const target = number(draft.threshold, 'the target threshold');
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  return {
    name: draft.name.trim(),
    weights,
    parameters,
    thresholds: { target },
    ...(draft.description.trim() === '' ? {} : { description: draft.description.trim() }),
    // Edited weights of a learned profile keep its record: the bills that trained it stay held out.
    ...(base?.learning ? { learning: base.learning } : {}),
  };
}

/**
 * The risk profile (issue 8): every rule with its title and description, its weight and its
 * parameters, and the target threshold, edited and saved in the workspace (a new version under
 * the same name, or a new profile under another); which profile scoring uses; export to a JSON
 * file through the host's save dialog and import of one.
 */
export function RiskProfileDialog({ engine, host, workspaceName, marking, onChanged, onClose }: RiskProfileDialogProps) {
  const formId = useId();
  const [rules, setRules] = useState<readonly RiskRuleDescriptor[] | null>(null);
  const [list, setList] = useState<RiskProfileList | null>(null);
  const [selected, setSelected] = useState<string>(defaultKey);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [activate, setActivate] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { outcome, setOutcome, working, act, mounted } = useDialogAction();

  const selectedProfile = (current: RiskProfileList | null, key: string): RiskProfile | null =>
    current === null ? null : key === defaultKey ? current.defaultProfile : (current.profiles.find((saved) => saved.profile.name === key)?.profile ?? null);

  const refresh = useCallback(
    async (key?: string) => {
      try {
        const [described, listed] = await Promise.all([engine.riskRules(), engine.listRiskProfiles()]);
        if (!mounted.current) return;
        const chosen = key ?? listed.activeName ?? defaultKey;
        setRules(described.rules);
        setList(listed);
        setSelected(chosen);
        setDraft(draftOf(selectedProfile(listed, chosen) ?? listed.defaultProfile, described.rules));
        setLoadError(null);
      } catch (error) {
        if (mounted.current) setLoadError(`Reading the risk profiles failed: ${errorMessage(error)}`);
      }
    },
    [engine, mounted],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const choose = (key: string) => {
    if (!list || !rules) return;
    setSelected(key);
    setDraft(draftOf(selectedProfile(list, key) ?? list.defaultProfile, rules));
    setOutcome(null);
  };

  const save = () =>
    act(async () => {
      if (!draft || !rules || !list) return null;
      const profile = profileOf(draft, rules, selectedProfile(list, selected));
      const saved = await engine.saveRiskProfile(profile, { activate });
      onChanged();
      await refresh(saved.profile.name);
      return {
        tone: 'success',
        message: `Saved the risk profile '${saved.profile.name}' (version ${saved.version})${saved.active ? '; scoring uses it: score again to rank with it' : ''}.`,
      };
    });

  const makeActive = (key: string) =>
    act(async () => {
      const listed = await engine.activateRiskProfile(key === defaultKey ? null : key);
      onChanged();
      await refresh(key);
      return { tone: 'success', message: `Scoring uses ${listed.activeName === null ? 'the built-in default profile' : `the profile '${listed.activeName}'`}: score again to rank with it.` };
    });

  const exportProfile = (key: string) =>
    act(async () => {
      const name = key === defaultKey ? 'Default' : key;
      const text = await engine.exportRiskProfile(name);
      const saved = await saveAuditedExport(host, engine, 'risk-profile', { format: 'json', suggestedName: riskProfileFileName(workspaceName, marking, name), bytes: new TextEncoder().encode(text) }, { profile: name, marking });
      return saved.status === 'saved' ? { tone: 'success', message: `Exported the risk profile '${name}' as ${saved.fileName}.` } : null;
    });

  const importProfile = (file: File) =>
    act(() =>
      importPickedFile<ActionOutcome>(file, { maxBytes: maxRiskProfileFileBytes, kind: 'a risk profile file', failure: 'Importing the risk profile file' }, async () => {
        const saved = await engine.importRiskProfile(file.name, await file.text());
        onChanged();
        await refresh(saved.profile.name);
        return { tone: 'success', message: `Imported the risk profile '${saved.profile.name}' from ${file.name} (version ${saved.version}).` };
      }),
    );

  const savedSelected = list?.profiles.find((saved) => saved.profile.name === selected) ?? null;
  const nameInUse = draft !== null && list !== null && list.profiles.some((saved) => saved.profile.name === draft.name.trim());
  const activeName = list?.activeName ?? null;

  return (
    <Modal
      title="Risk profile"
      width="wide"
      onClose={onClose}
      footer={
        <>
          <button type="submit" form={formId} className="button button--primary" disabled={working || draft === null}>
            {nameInUse ? 'Save as a new version' : 'Save as a new profile'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="risk-profile__intro">
        A profile says how much each rule counts (its weight: points for an ordinary finding), with the rule&apos;s parameters, and the score at which a
        shipment or trader is proposed as a target. Scoring uses{' '}
        <strong data-testid="profile-in-use">{list === null ? 'the profile in use (reading…)' : activeName === null ? 'the built-in default profile' : `the profile '${activeName}'`}</strong>.
      </p>
      {loadError ? (
        <p className="import-profiles__outcome import-profiles__outcome--error" role="alert">
          {loadError}
        </p>
      ) : null}
      {list && rules && draft ? (
        <>
          <div className="risk-profile__bar">
            <label className="risk-profile__field">
              Profile
              <select aria-label="Profile to edit" value={selected} onChange={(event) => choose(event.target.value)} disabled={working}>
                <option value={defaultKey}>Default (built-in){activeName === null ? ' — in use' : ''}</option>
                {list.profiles.map((saved) => (
                  <option key={saved.profile.name} value={saved.profile.name}>
                    {saved.profile.name} (version {saved.version}){saved.active ? ' — in use' : ''}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" disabled={working || (selected === defaultKey ? activeName === null : savedSelected?.active === true)} onClick={() => void makeActive(selected)}>
              {selected === defaultKey ? 'Use the default' : 'Use for scoring'}
            </button>
            <button type="button" className="button" disabled={working} onClick={() => void exportProfile(selected)}>
              Export…
            </button>
            <FileImportButton label="Import profile file…" ariaLabel="Import risk profile file" accept=".json,application/json" disabled={working} onFile={(file) => void importProfile(file)} />
          </div>
          {savedSelected ? (
            <p className="risk-profile__meta">
              Version {savedSelected.version}, saved {formatTimestamp(savedSelected.updatedAt)}
              {savedSelected.profile.learning ? ` · weights learned from examination outcomes ${formatTimestamp(savedSelected.profile.learning.learnedAt)}: ${savedSelected.profile.learning.evaluation}` : ''}
            </p>
          ) : null}
          <ActionOutcomeMessage outcome={outcome} />
          <form
            id={formId}
            className="risk-profile__form"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <div className="risk-profile__bar">
              <label className="risk-profile__field">
                Name
                <input aria-label="Profile name" value={draft.name} maxLength={100} required onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
              </label>
              <label className="risk-profile__field">
                Target threshold (points)
                <input aria-label="Target threshold" inputMode="decimal" value={draft.threshold} onChange={(event) => setDraft({ ...draft, threshold: event.target.value })} />
              </label>
              <label className="risk-profile__check">
                <input type="checkbox" checked={activate} onChange={(event) => setActivate(event.target.checked)} /> Use it for scoring
              </label>
            </div>
            <label className="risk-profile__field risk-profile__field--wide">
              Description
              <textarea aria-label="Profile description" rows={2} value={draft.description} onChange={(event) => setDraft({ ...draft, description: event.target.value })} />
            </label>
            <table className="import-report__issues risk-profile__rules" aria-label="Rules">
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col" className="is-number">
                    Weight
                  </th>
                  <th scope="col">Parameters</th>
                </tr>
              </thead>
              <tbody>
                {rules.map((rule) => (
                  <tr key={rule.id} data-rule={rule.id}>
                    <th scope="row" className="risk-profile__rule">
                      <span className="risk-profile__rule-title">{rule.title}</span>
                      <span className="risk-profile__rule-id">
                        {rule.id} · {rule.subject} · default weight {rule.weight}
                      </span>
                      <span className="risk-profile__rule-description">{rule.description}</span>
                    </th>
                    <td className="is-number">
                      <input
                        className="risk-profile__number"
                        aria-label={`Weight of ${rule.title}`}
                        inputMode="decimal"
                        value={draft.weights[rule.id] ?? ''}
                        onChange={(event) => setDraft({ ...draft, weights: { ...draft.weights, [rule.id]: event.target.value } })}
                      />
                    </td>
                    <td>
                      {rule.parameters.length === 0 ? <span className="risk-profile__none">none</span> : null}
                      {rule.parameters.map((parameter) => (
                        <label key={parameter.id} className="risk-profile__parameter">
                          <span>{parameter.title}</span>
                          <input
                            className="risk-profile__number"
                            aria-label={`${rule.title}: ${parameter.title}`}
                            inputMode="decimal"
                            value={draft.parameters[rule.id]?.[parameter.id] ?? ''}
                            onChange={(event) => setDraft({ ...draft, parameters: { ...draft.parameters, [rule.id]: { ...draft.parameters[rule.id], [parameter.id]: event.target.value } } })}
                          />
                        </label>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </form>
        </>
      ) : loadError ? null : (
        <p className="import-profiles__empty">Reading the risk profiles…</p>
      )}
    </Modal>
  );
}
