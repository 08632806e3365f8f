import { useRef, useState } from 'react';
import type { EntityDecisionInput, ReviewQueueItem } from '../../shared/engine/entityApi';
import { formatCount } from '../format/format';
import { formatPoints } from '../format/traderFormat';
import { useEngineValue } from '../hooks/useEngineValue';
import { useKeyboardShortcuts } from '../hooks/useKeyboardShortcuts';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { ReviewItemPanel } from './ReviewItemPanel';

/** How many of the most uncertain links the queue fetches at a time. */
export const reviewQueueLimit = 200;

export interface ReviewQueueViewProps {
  readonly engine: Pick<WorkerEngineApi, 'reviewQueue'>;
  /** Changes whenever the stored traders change; the queue is then fetched again. */
  readonly entitiesVersion: number;
  /** Links to review in the whole resolution (the queue lists the most uncertain of them). */
  readonly reviewItems: number;
  /** Records a decision; resolves true when the engine accepted it. Null while decisions are unavailable. */
  readonly onDecide: ((decision: EntityDecisionInput) => Promise<boolean>) | null;
}

export function reviewItemKey(item: Pick<ReviewQueueItem, 'left' | 'right'>): string {
  return `${item.left}|${item.right}`;
}

/**
 * The review queue: uncertain links, most uncertain first, on the left; the chosen one on the
 * right, side by side with its explanation, to be judged "same trader" (S), "not the same" (N) or
 * skipped (J; K goes back). After a decision the queue is fetched again and the next link shown.
 */
export function ReviewQueueView({ engine, entitiesVersion, reviewItems, onDecide }: ReviewQueueViewProps) {
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [deciding, setDeciding] = useState(false);
  const listRefs = useRef(new Map<string, HTMLTableRowElement>());

  const { value: items, error } = useEngineValue(() => engine.reviewQueue(reviewQueueLimit), engine, entitiesVersion);

  const queue = items ?? [];
  const foundIndex = queue.findIndex((item) => reviewItemKey(item) === currentKey);
  const index = foundIndex >= 0 ? foundIndex : 0;
  const item = queue[index] ?? null;

  const show = (next: number) => {
    const target = queue[Math.max(0, Math.min(queue.length - 1, next))];
    if (!target) return;
    const key = reviewItemKey(target);
    setCurrentKey(key);
    listRefs.current.get(key)?.scrollIntoView?.({ block: 'nearest' });
  };

  const decide = async (decision: EntityDecisionInput) => {
    if (!onDecide || deciding || !item) return;
    // The link after this one is shown next (the queue is fetched again once the engine answers).
    const following = queue[index + 1] ?? queue[index - 1] ?? null;
    setDeciding(true);
    const trimmed = note.trim();
    const accepted = await onDecide(trimmed ? { ...decision, note: trimmed } : decision);
    setDeciding(false);
    if (!accepted) return;
    setNote('');
    setCurrentKey(following ? reviewItemKey(following) : null);
  };

  const canDecide = onDecide !== null && !deciding && item !== null;
  const same = item && canDecide ? () => void decide({ kind: 'merge', occurrenceIds: [item.left, item.right] }) : null;
  const notSame = item && canDecide ? () => void decide({ kind: 'not the same', left: [item.left], right: [item.right] }) : null;

  useKeyboardShortcuts(item !== null, (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    switch (event.key.toLowerCase()) {
      case 's':
        same?.();
        return true;
      case 'n':
        notSame?.();
        return true;
      case 'j':
        show(index + 1);
        return true;
      case 'k':
        show(index - 1);
        return true;
      default:
        return false;
    }
  });

  if (error) {
    return (
      <div className="traders-view__error" role="alert">
        The review queue could not be loaded: {error}
      </div>
    );
  }
  if (items === null) return <p className="trader-detail__placeholder">Loading the review queue…</p>;
  if (queue.length === 0) return <p className="trader-detail__placeholder">No uncertain links: nothing to review.</p>;

  return (
    <div className="review-queue">
      <div className="review-queue__list">
        <p className="review-queue__caption">
          {queue.length < reviewItems ? `The ${formatCount(queue.length)} most uncertain of ${formatCount(reviewItems)} links` : `${formatCount(queue.length)} links`}, most
          uncertain first. Keys: <kbd>S</kbd> same trader, <kbd>N</kbd> not the same, <kbd>J</kbd>/<kbd>K</kbd> next/previous.
        </p>
        <table className="shipments-table review-queue__table" aria-label="Review queue">
          <thead>
            <tr>
              <th scope="col" className="shipments-table__cell--number">
                <span className="shipments-table__label">#</span>
              </th>
              <th scope="col">
                <span className="shipments-table__label">Left</span>
              </th>
              <th scope="col">
                <span className="shipments-table__label">Right</span>
              </th>
              <th scope="col" className="shipments-table__cell--number">
                <span className="shipments-table__label">Points</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {queue.map((candidate, position) => {
              const key = reviewItemKey(candidate);
              const selected = position === index;
              return (
                <tr
                  key={key}
                  ref={(element) => {
                    if (element) listRefs.current.set(key, element);
                    else listRefs.current.delete(key);
                  }}
                  className={selected ? 'is-selected' : undefined}
                  aria-selected={selected}
                  onClick={() => setCurrentKey(key)}
                >
                  <td className="shipments-table__cell--number">{formatCount(position + 1)}</td>
                  <td title={candidate.leftMember.rawName}>{candidate.leftMember.rawName}</td>
                  <td title={candidate.rightMember.rawName}>{candidate.rightMember.rawName}</td>
                  <td className="shipments-table__cell--number">{formatPoints(candidate.explanation.total)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="review-queue__item">
        {item ? (
          <ReviewItemPanel
            item={item}
            position={index + 1}
            count={queue.length}
            note={note}
            onNoteChange={setNote}
            onSame={same}
            onNotSame={notSame}
            onSkip={() => show(index + 1)}
            onPrevious={() => show(index - 1)}
          />
        ) : null}
      </div>
    </div>
  );
}
