import type { EntityDecisionRecord, EntityMemberView } from '../../shared/engine/entityApi';
import type { EntityLink } from '../../shared/entities/traderEntity';
import { formatPoints } from '../format/traderFormat';
import { MatchExplanationTable, verdictLabels } from './MatchExplanationTable';

export interface EntityLinkListProps {
  readonly links: readonly EntityLink[];
  /** The trader's members, to name each side of a link. */
  readonly members: readonly EntityMemberView[];
  /** The decisions touching the trader, to say which one joined an analyst link. */
  readonly decisions: readonly EntityDecisionRecord[];
}

/** Links open by default when a trader has this few; more are listed closed, to open one by one. */
const openWhenAtMost = 3;

/**
 * The links holding a trader together (a spanning tree over its members), each with why: the
 * scored comparison with every feature, or the analyst decision that joined the two.
 */
export function EntityLinkList({ links, members, decisions }: EntityLinkListProps) {
  const byId = new Map(members.map((member) => [member.occurrenceId, member]));
  const nameOf = (occurrenceId: string) => {
    const member = byId.get(occurrenceId);
    return member ? `${member.rawName} (B/L ${member.billOfLadingNumber})` : `occurrence ${occurrenceId}`;
  };
  if (links.length === 0) return <p className="trader-detail__empty">A single occurrence: no links.</p>;
  return (
    <ol className="link-list">
      {links.map((link) => {
        const title = `${nameOf(link.left)} and ${nameOf(link.right)}`;
        return (
          <li key={`${link.left}-${link.right}`} className="link-list__item">
            {link.basis === 'matched' ? (
              <details open={links.length <= openWhenAtMost}>
                <summary className="link-list__summary">
                  <span className="link-list__names">
                    {nameOf(link.left)} <span className="link-list__joiner">↔</span> {nameOf(link.right)}
                  </span>
                  <span className={`verdict verdict--${link.explanation.verdict.replace(' ', '-')}`}>{verdictLabels[link.explanation.verdict]}</span>
                  <span className="link-list__points">{formatPoints(link.explanation.total)}</span>
                </summary>
                <MatchExplanationTable explanation={link.explanation} label={`Why ${title} are linked`} />
              </details>
            ) : (
              <div className="link-list__summary link-list__summary--analyst">
                <span className="link-list__names">
                  {nameOf(link.left)} <span className="link-list__joiner">↔</span> {nameOf(link.right)}
                </span>
                <span className="verdict verdict--same-trader">Analyst</span>
                <span className="link-list__analyst">
                  joined by decision {link.decisionId}
                  {describeDecision(decisions, link.decisionId)}
                </span>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function describeDecision(decisions: readonly EntityDecisionRecord[], decisionId: string): string {
  const decision = decisions.find((candidate) => candidate.decisionId === decisionId);
  if (!decision) return '';
  return `: ${decision.description}${decision.note ? ` (“${decision.note}”)` : ''}, ${decision.analyst}`;
}
