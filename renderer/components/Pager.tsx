import { formatCount } from '../format/format';
import { Icon } from './Icon';

export interface PagerProps {
  readonly offset: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onOffsetChange: (offset: number) => void;
}

/** "101–200 of 2,345" with first, previous, next and last page buttons. */
export function Pager({ offset, pageSize, total, onOffsetChange }: PagerProps) {
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / pageSize) * pageSize;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(total, offset + pageSize);
  const atStart = offset <= 0;
  const atEnd = offset >= lastOffset;
  return (
    <div className="pager" role="group" aria-label="Pages">
      <span className="pager__range" aria-live="polite">
        {formatCount(first)}–{formatCount(last)} of {formatCount(total)}
      </span>
      <button type="button" className="icon-button" onClick={() => onOffsetChange(0)} disabled={atStart} aria-label="First page">
        <Icon name="chevronsLeft" />
      </button>
      <button type="button" className="icon-button" onClick={() => onOffsetChange(Math.max(0, offset - pageSize))} disabled={atStart} aria-label="Previous page">
        <Icon name="chevronLeft" />
      </button>
      <button type="button" className="icon-button" onClick={() => onOffsetChange(Math.min(lastOffset, offset + pageSize))} disabled={atEnd} aria-label="Next page">
        <Icon name="chevronRight" />
      </button>
      <button type="button" className="icon-button" onClick={() => onOffsetChange(lastOffset)} disabled={atEnd} aria-label="Last page">
        <Icon name="chevronsRight" />
      </button>
    </div>
  );
}
