import type { EntityDecisionRecord } from '../../shared/engine/entityApi';
import { formatTimestamp } from '../format/format';

export interface DecisionTableProps {
  readonly decisions: readonly EntityDecisionRecord[];
  readonly label: string;
}

/** Analyst decisions on traders as the audit log keeps them: when, who, what, and whether still in force. */
export function DecisionTable({ decisions, label }: DecisionTableProps) {
  return (
    <table className="trader-detail__table decision-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Id</th>
          <th scope="col">Time</th>
          <th scope="col">Analyst</th>
          <th scope="col">Kind</th>
          <th scope="col">Description</th>
          <th scope="col">Note</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((decision) => (
          <tr key={decision.decisionId} className={decision.inForce ? undefined : 'is-undone'}>
            <td className="is-code">{decision.decisionId}</td>
            <td className="is-code">{formatTimestamp(decision.recordedAt)}</td>
            <td>{decision.analyst}</td>
            <td>{decision.kind}</td>
            <td className="is-wrap">{decision.description}</td>
            <td className="is-wrap">{decision.note}</td>
            <td>{decision.inForce ? <span className="badge badge--completed">In force</span> : <span className="badge">Undone</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
