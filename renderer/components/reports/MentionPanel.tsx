import { useState } from 'react';
import type { MentionDecision, MentionTargetKind, ReportMention } from '../../../shared/engine/reportApi';
import { mentionTargetKinds } from '../../../shared/engine/reportApi';
import { errorMessage } from '../../format/format';
import { mentionKindLabels } from './MentionText';

const targetKindLabels: Record<MentionTargetKind, string> = {
  trader: 'Trader (entity id, T:…)',
  'bill-of-lading': 'Bill of lading',
  container: 'Container',
  vessel: 'Vessel (IMO number)',
  port: 'Port (UN/LOCODE)',
  'watchlist-entry': 'Watchlist entry (row id)',
  'hs-code': 'HS code',
};

const statusLabels: Record<ReportMention['status'], string> = {
  proposed: 'Proposed by extraction',
  accepted: 'Accepted',
  rejected: 'Rejected',
  relinked: 'Re-linked',
};

/**
 * The selected mention: what it names, what it links to, how sure extraction is and why, its
 * review; Accept, Reject and Re-link (to a target the analyst names) record a review in the
 * workspace's audited log.
 */
export function MentionPanel({
  mention,
  onReview,
  onShowInNetwork = null,
}: {
  readonly mention: ReportMention;
  readonly onReview: ((mentionId: number, decision: MentionDecision) => Promise<ReportMention>) | null;
  /** Shows the trader a mention links to in the Network view; none: no such action. */
  readonly onShowInNetwork?: ((entityId: string) => void) | null;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [relinking, setRelinking] = useState(false);
  const [targetKind, setTargetKind] = useState<MentionTargetKind>(mention.target?.kind ?? 'trader');
  const [targetKey, setTargetKey] = useState('');

  const review = async (decision: MentionDecision) => {
    if (!onReview) return;
    setBusy(true);
    setFailure(null);
    try {
      await onReview(mention.mentionId, decision);
      setRelinking(false);
      setTargetKey('');
    } catch (reason) {
      setFailure(errorMessage(reason));
    } finally {
      setBusy(false);
    }
  };
  const disabled = onReview === null || busy;
  const trader = mention.target?.kind === 'trader' ? mention.target.key : null;

  return (
    <section className="mention-panel" aria-label="Selected mention">
      <h3 className="mention-panel__title">
        <span className={`mention-panel__kind mention--${mention.kind}`}>{mentionKindLabels[mention.kind]}</span> <q>{mention.text}</q>
      </h3>
      <dl className="mention-panel__facts">
        <dt>Links to</dt>
        <dd data-testid="mention-target">{mention.target === null ? 'nothing in this workspace' : `${mention.target.label} (${mention.target.kind} ${mention.target.key})`}</dd>
        {mention.status === 'relinked' && mention.extractedTarget !== null ? (
          <>
            <dt>Found as</dt>
            <dd>{mention.extractedTarget.label}</dd>
          </>
        ) : null}
        <dt>Confidence</dt>
        <dd data-testid="mention-confidence">{Math.round(mention.confidence * 100)}%</dd>
        <dt>Why</dt>
        <dd data-testid="mention-reason">{mention.reason}</dd>
        <dt>Review</dt>
        <dd data-testid="mention-status">
          {statusLabels[mention.status]}
          {mention.review === null ? '' : ` by ${mention.review.analyst}, ${mention.review.recordedAt.slice(0, 16).replace('T', ' ')}`}
        </dd>
      </dl>
      <div className="mention-panel__actions">
        <button type="button" className="button" disabled={disabled || mention.status === 'accepted'} onClick={() => void review({ decision: 'accept' })}>
          Accept
        </button>
        <button type="button" className="button" disabled={disabled || mention.status === 'rejected'} onClick={() => void review({ decision: 'reject' })}>
          Reject
        </button>
        <button type="button" className="button" disabled={disabled} aria-expanded={relinking} onClick={() => setRelinking((open) => !open)}>
          Re-link…
        </button>
        {onShowInNetwork !== null && trader !== null ? (
          <button type="button" className="button" onClick={() => onShowInNetwork(trader)}>
            Show in network
          </button>
        ) : null}
      </div>
      {relinking ? (
        <form
          className="mention-panel__relink"
          onSubmit={(event) => {
            event.preventDefault();
            if (targetKey.trim() !== '') void review({ decision: 'relink', target: { kind: targetKind, key: targetKey.trim() } });
          }}
        >
          <label>
            <span>Target</span>
            <select value={targetKind} onChange={(event) => setTargetKind(event.target.value as MentionTargetKind)}>
              {mentionTargetKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {targetKindLabels[kind]}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Key</span>
            <input type="text" className="text-input" value={targetKey} onChange={(event) => setTargetKey(event.target.value)} aria-label="Target key" />
          </label>
          <button type="submit" className="button" disabled={disabled || targetKey.trim() === ''}>
            Re-link
          </button>
        </form>
      ) : null}
      {failure === null ? null : (
        <p className="mention-panel__error" role="alert">
          The review was not recorded: {failure}
        </p>
      )}
    </section>
  );
}
