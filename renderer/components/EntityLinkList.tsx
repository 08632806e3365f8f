import { useState } from 'react';
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
  /**
   * Records that the link's two occurrences are not the same trader; resolves true when the
   * engine accepted it. Null while decisions are unavailable (no button is shown).
   */
  readonly onNotTheSame?: ((link: EntityLink) => Promise<boolean>) | null;
}

/** What "Not the same" on a link records, in the analyst's words (the button's tooltip). */
export const notTheSameLinkTitle =
  'Record that these two occurrences are not the same trader (kept on every re-run, audited, undo with Ctrl+Z). ' +
  'The trader is resolved again and splits between them; each other member stays with the side its own evidence matches.';

/** Links open by default when a trader has this few; more are listed closed, to open one by one. */
const openWhenAtMost = 3;

/**
 * The links holding a trader together (a spanning tree over its members), each with why: the
 * scored comparison with every feature, or the analyst decision that joined the two.
 */
export function EntityLinkList({ links, members, decisions, onNotTheSame = null }: EntityLinkListProps) {
  const [deciding, setDeciding] = useState<string | null>(null);
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
        const key = `${link.left}-${link.right}`;
        const notTheSame = onNotTheSame ? (
          <button
            type="button"
            className="button button--small link-list__not-the-same"
            title={notTheSameLinkTitle}
            aria-label={`Not the same: ${title}`}
            disabled={deciding !== null}
            onClick={() => {
              setDeciding(key);
              void onNotTheSame(link).finally(() => setDeciding(null));
            }}
          >
            {deciding === key ? 'Recording…' : 'Not the same'}
          </button>
        ) : null;
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
                {notTheSame}
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
                {notTheSame}
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
