import { useEffect, useState } from 'react';
import type { GraphFilters, GraphProvenance } from '../../../shared/engine/graphApi';
import { errorMessage, formatCount, formatDecimal } from '../../format/format';
import type { NetworkEngine } from '../../hooks/useNetwork';

export interface NetworkProvenanceProps {
  readonly engine: Pick<NetworkEngine, 'graphProvenance'>;
  /** The selected node or edge. */
  readonly elementId: string;
  readonly filters: GraphFilters;
}

/** Records shown at first; "Show all" asks for up to provenanceAll. */
const provenanceFirst = 50;
const provenanceAll = 5_000;

/**
 * Where the selected element comes from: the stored records behind it within the view's filters
 * (a trader's party occurrences, the bills aggregated into a flow, the occurrences writing a
 * shared address or phone), each with its bill, the name or value as written, and the source
 * file and row, so every line of the picture can be traced to the manifest it was read from.
 * Keyed by the element (a new element starts with the first records again).
 */
export function NetworkProvenance({ engine, elementId, filters }: NetworkProvenanceProps) {
  const [limit, setLimit] = useState(provenanceFirst);
  const [answer, setAnswer] = useState<{ id: string; provenance: GraphProvenance | null; error: string | null } | null>(null);
  const filterKey = JSON.stringify(filters);

  useEffect(() => {
    let live = true;
    engine.graphProvenance(elementId, JSON.parse(filterKey) as GraphFilters, limit).then(
      (provenance) => live && setAnswer({ id: elementId, provenance, error: null }),
      (failure: unknown) => live && setAnswer({ id: elementId, provenance: null, error: errorMessage(failure) }),
    );
    return () => {
      live = false;
    };
  }, [engine, elementId, filterKey, limit]);

  if (!answer || answer.id !== elementId) return <p className="network-details__hint">Reading the records…</p>;
  if (answer.error !== null || !answer.provenance) {
    return (
      <section className="network-panel" aria-label="Provenance">
        <h3>Provenance</h3>
        <p className="network-details__hint">{answer.error}</p>
      </section>
    );
  }
  const { provenance } = answer;
  return (
    <section className="network-panel" aria-label="Provenance">
      <h3>Provenance ({formatCount(provenance.total)})</h3>
      <p className="network-provenance__what">{provenance.description}</p>
      <table className="network-provenance">
        <thead>
          <tr>
            <th scope="col">B/L or report</th>
            <th scope="col">Arrival</th>
            <th scope="col">As written</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {provenance.records.map((record, index) => (
            <tr key={`${record.billOfLadingNumber}:${record.sourceFile}:${record.sourceRow}:${index}`}>
              <td>{record.billOfLadingNumber ?? (record.reportReference !== undefined ? (record.reportReference ?? 'report without reference') : '—')}</td>
              <td>{record.arrivalDate ?? '—'}</td>
              <td>
                {record.role ? `${record.role}: ` : ''}
                {record.partyName ?? ''}
                {record.written ? ` · ${record.written}` : ''}
                {record.declaredValueUsd !== null ? ` · USD ${formatDecimal(record.declaredValueUsd)}` : ''}
              </td>
              <td>
                {record.sourceFile}
                {record.sourceSheet ? ` [${record.sourceSheet}]` : ''}
                {record.sourceRow !== null ? ` row ${record.sourceRow}` : record.location ? `, ${record.location}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {provenance.total > provenance.records.length ? (
        <button type="button" className="link-button" onClick={() => setLimit(provenanceAll)} disabled={limit >= provenanceAll}>
          {limit >= provenanceAll ? `First ${formatCount(provenanceAll)} of ${formatCount(provenance.total)} shown` : `Show all ${formatCount(provenance.total)}`}
        </button>
      ) : null}
    </section>
  );
}
