import type { ReviewQueueItem } from '../../shared/engine/entityApi';
import { formatCount } from '../format/format';
import { formatPoints } from '../format/traderFormat';
import { MatchExplanationTable } from './MatchExplanationTable';
import { MemberComparison } from './MemberComparison';

export interface ReviewItemPanelProps {
  readonly item: ReviewQueueItem;
  /** 1-based place of the item in the queue, and the queue's length. */
  readonly position: number;
  readonly count: number;
  readonly note: string;
  readonly onNoteChange: (note: string) => void;
  /** Null while a decision cannot be recorded (one is being recorded, or commands are unavailable). */
  readonly onSame: (() => void) | null;
  readonly onNotSame: (() => void) | null;
  readonly onSkip: () => void;
  readonly onPrevious: () => void;
}

const questions: Record<ReviewQueueItem['question'], string> = {
  'same entity, weak link': 'These two are in one trader on a weak link. Are they the same trader?',
  'separate entities, close call': 'These two were kept apart on a close call. Are they the same trader?',
};

/** One uncertain link to judge: the two occurrences side by side, why the matcher hesitated, and the decision buttons. */
export function ReviewItemPanel({ item, position, count, note, onNoteChange, onSame, onNotSame, onSkip, onPrevious }: ReviewItemPanelProps) {
  return (
    <article className="review-item" aria-label="Link under review">
      <header className="review-item__header">
        <span className="review-item__position">
          {formatCount(position)} of {formatCount(count)}
        </span>
        <h2 className="review-item__question">{questions[item.question]}</h2>
        <span className="review-item__uncertainty" title="Distance of the total from the threshold: the smaller, the more uncertain">
          {formatPoints(item.explanation.total)} points
        </span>
      </header>
      <MemberComparison
        left={item.leftMember}
        right={item.rightMember}
        leftEntityName={item.leftEntityName}
        rightEntityName={item.rightEntityName}
        leftEntityId={item.leftEntityId}
        rightEntityId={item.rightEntityId}
      />
      <h3 className="trader-detail__section-title review-item__subtitle">Why the matcher hesitated</h3>
      <MatchExplanationTable explanation={item.explanation} label="Explanation of the link under review" />
      <div className="review-item__decision">
        <label className="trader-detail__note-field">
          <span>Note</span>
          <input
            type="text"
            className="text-input"
            value={note}
            onChange={(event) => onNoteChange(event.target.value)}
            placeholder="Why (kept in the audit log with the decision)"
          />
        </label>
        <div className="review-item__buttons" role="group" aria-label="Decision">
          <button type="button" className="button button--primary" onClick={onSame ?? undefined} disabled={!onSame} aria-keyshortcuts="S">
            Same trader <kbd>S</kbd>
          </button>
          <button type="button" className="button" onClick={onNotSame ?? undefined} disabled={!onNotSame} aria-keyshortcuts="N">
            Not the same <kbd>N</kbd>
          </button>
          <button type="button" className="button" onClick={onSkip} aria-keyshortcuts="J">
            Skip <kbd>J</kbd>
          </button>
          <button type="button" className="button" onClick={onPrevious} disabled={position <= 1} aria-keyshortcuts="K">
            Previous <kbd>K</kbd>
          </button>
        </div>
      </div>
    </article>
  );
}
