import type { FeatureOutcome, MatchExplanation, MatchVerdict } from '../../shared/entities/matchExplanation';
import { formatPoints } from '../format/traderFormat';
import './MatchExplanationTable.css';

export interface MatchExplanationTableProps {
  readonly explanation: MatchExplanation;
  /** Names the table for assistive technology ("Why ACME LTD and ACME LIMITED are linked"). */
  readonly label: string;
}

const outcomeClass: Record<FeatureOutcome, string> = {
  agree: 'is-agree',
  similar: 'is-similar',
  disagree: 'is-disagree',
  'not compared': 'is-not-compared',
};

export const verdictLabels: Record<MatchVerdict, string> = {
  'same trader': 'Same trader',
  uncertain: 'Uncertain',
  'different traders': 'Different traders',
};

/**
 * Why two party occurrences are (or are not) one trader: each feature compared, its outcome, the
 * points it adds or takes away and the sentence saying why; then the total, the verdict and the
 * model's probability. Points are log-odds around the threshold 0.
 */
export function MatchExplanationTable({ explanation, label }: MatchExplanationTableProps) {
  return (
    <table className="match-explanation" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Feature</th>
          <th scope="col">Outcome</th>
          <th scope="col" className="is-number">
            Points
          </th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {explanation.features.map((feature, index) => (
          // The starting point is the prior every comparison begins from: never faint.
          <tr key={`${feature.feature}-${index}`} className={feature.feature === 'starting point' ? 'is-prior' : outcomeClass[feature.outcome]}>
            <th scope="row">{feature.feature}</th>
            <td className="match-explanation__outcome">{feature.outcome}</td>
            <td className={`is-number ${feature.points > 0 ? 'is-positive' : feature.points < 0 ? 'is-negative' : ''}`}>{formatPoints(feature.points)}</td>
            <td className="match-explanation__detail">{feature.detail}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td>
            <span className={`verdict verdict--${explanation.verdict.replace(' ', '-')}`}>{verdictLabels[explanation.verdict]}</span>
          </td>
          <td className={`is-number ${explanation.total > 0 ? 'is-positive' : explanation.total < 0 ? 'is-negative' : ''}`}>{formatPoints(explanation.total)}</td>
          <td className="match-explanation__detail">
            {explanation.summary} <span className="match-explanation__probability">Probability {Math.round(explanation.probability * 100)}%.</span>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
