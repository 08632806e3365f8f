import { useEffect, useState } from 'react';
import type { GraphFilters, NetworkFilterOptions } from '../../../shared/engine/graphApi';
import { formatCount } from '../../format/format';
import type { NetworkEngine } from '../../hooks/useNetwork';

export interface NetworkFilterBarProps {
  readonly engine: Pick<NetworkEngine, 'graphFilterOptions'>;
  readonly dataKey: string;
  readonly filters: GraphFilters;
  /** A new set of filters (one undoable operation). */
  readonly onChange: (filters: GraphFilters) => void;
}

type CodeFilter = 'hsChapter' | 'port' | 'country';

/**
 * The filters on the bills behind the network: HS chapter, port (UN/LOCODE) and country, chosen
 * from what the workspace's bills carry (with their bill counts), and a minimum risk score when
 * the workspace has been scored. The engine applies them in SQL with bound values (see
 * shared/graph/billFilters.ts); the date window and minimum bills sit in the toolbar and time bar.
 */
export function NetworkFilterBar({ engine, dataKey, filters, onChange }: NetworkFilterBarProps) {
  const [options, setOptions] = useState<NetworkFilterOptions | null>(null);
  useEffect(() => {
    let live = true;
    engine.graphFilterOptions().then(
      (answer) => live && setOptions(answer),
      () => live && setOptions(null),
    );
    return () => {
      live = false;
    };
  }, [engine, dataKey]);

  const set = (name: CodeFilter | 'minimumRiskScore', value: string) => {
    const { [name]: _dropped, ...rest } = filters;
    if (value === '' || (name === 'minimumRiskScore' && Number(value) <= 0)) onChange(rest);
    else onChange({ ...rest, [name]: name === 'minimumRiskScore' ? Number(value) : value });
  };

  const picker = (name: CodeFilter, label: string, choices: NetworkFilterOptions['ports'] | undefined) => (
    <label className="network-field">
      <span>{label}</span>
      <select aria-label={label} value={filters[name] ?? ''} onChange={(event) => set(name, event.target.value)}>
        <option value="">all</option>
        {/* The chosen value stays listed even when the workspace no longer has it. */}
        {filters[name] && !choices?.some((choice) => choice.code === filters[name]) ? <option value={filters[name]}>{filters[name]}</option> : null}
        {(choices ?? []).map((choice) => (
          <option key={choice.code} value={choice.code}>
            {choice.code} ({formatCount(choice.bills)})
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="network-filter-bar" role="group" aria-label="Network filters">
      {picker('hsChapter', 'HS chapter', options?.hsChapters)}
      {picker('port', 'Port', options?.ports)}
      {picker('country', 'Country', options?.countries)}
      <label className="network-field" title={options?.riskScored ? `Shipment scores run up to ${options.maxRiskScore ?? 0}` : 'Score the risks (Targets view) to filter by them'}>
        <span>Min. risk</span>
        <input
          type="number"
          min={0}
          step={0.5}
          className="network-field__number"
          aria-label="Minimum risk score"
          disabled={!options?.riskScored && filters.minimumRiskScore === undefined}
          value={filters.minimumRiskScore ?? ''}
          onChange={(event) => set('minimumRiskScore', event.target.value)}
        />
      </label>
    </div>
  );
}
