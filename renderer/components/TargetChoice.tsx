import { useState } from 'react';
import type { TargetKey, TargetListEntry } from '../../shared/engine/riskApi';

const targetKey = (entry: TargetKey): string => `${entry.kind}\u0000${entry.ref}`;

export interface TargetChoiceState {
  /** How many of the entries are chosen. */
  readonly count: number;
  readonly isChosen: (entry: TargetKey) => boolean;
  readonly toggle: (entry: TargetKey) => void;
  /** The chosen entries, in the list's order, as the engine takes them. */
  readonly chosenTargets: () => TargetKey[];
}

/** Which targets of the list an export takes: all at first, each one toggled by the analyst. */
export function useTargetChoice(entries: readonly TargetListEntry[]): TargetChoiceState {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(entries.map(targetKey)));
  return {
    count: chosen.size,
    isChosen: (entry) => chosen.has(targetKey(entry)),
    toggle: (entry) =>
      setChosen((previous) => {
        const key = targetKey(entry);
        const next = new Set(previous);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    chosenTargets: () => entries.filter((entry) => chosen.has(targetKey(entry))).map((entry) => ({ kind: entry.kind, ref: entry.ref })),
  };
}

/** The targets of the list, each with a check box: the ones an export takes. */
export function TargetChoiceFieldset({ entries, choice }: { readonly entries: readonly TargetListEntry[]; readonly choice: TargetChoiceState }) {
  return (
    <fieldset className="briefing-pack__fieldset">
      <legend className="form__label">Targets</legend>
      <ul className="briefing-pack__targets">
        {entries.map((entry) => (
          <li key={targetKey(entry)}>
            <label className="briefing-pack__choice">
              <input type="checkbox" checked={choice.isChosen(entry)} onChange={() => choice.toggle(entry)} /> {entry.kind} {entry.ref}: {entry.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
