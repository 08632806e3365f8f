import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphFilters, ShipmentTimeline } from '../../../shared/engine/graphApi';
import { formatCount, plural } from '../../format/format';
import type { NetworkEngine } from '../../hooks/useNetwork';

export interface NetworkTimeBarProps {
  readonly engine: Pick<NetworkEngine, 'graphTimeline'>;
  readonly dataKey: string;
  readonly filters: GraphFilters;
  /** A new date window (both undefined: none), one undoable operation. */
  readonly onWindow: (dateFrom: string | undefined, dateTo: string | undefined) => void;
}

interface Span {
  readonly from: number;
  readonly to: number;
}

const dayMs = 86_400_000;
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** The buckets a date window covers (indices), or null when there is no window. */
export function windowSpan(timeline: ShipmentTimeline, dateFrom: string | undefined, dateTo: string | undefined): Span | null {
  if (!dateFrom && !dateTo) return null;
  const { buckets } = timeline;
  if (buckets.length === 0) return null;
  const indexOf = (date: string | undefined, fallback: number): number => {
    if (!date) return fallback;
    let found = -1;
    buckets.forEach((bucket, index) => {
      if (bucket.start <= date) found = index;
    });
    return found === -1 ? 0 : found;
  };
  return { from: indexOf(dateFrom, 0), to: indexOf(dateTo, buckets.length - 1) };
}

/** The dates of a span of buckets: the first bucket's start to the last bucket's last day. */
export function spanDates(timeline: ShipmentTimeline, span: Span): { dateFrom: string; dateTo: string } {
  const first = timeline.buckets[Math.min(span.from, span.to)]?.start as string;
  const last = timeline.buckets[Math.max(span.from, span.to)]?.start as string;
  return { dateFrom: first, dateTo: timeline.bucket === 'week' ? addDays(last, 6) : last };
}

/**
 * The time bar: bills per day or week over the workspace's whole range (under the other filters)
 * with the date window drawn over it. Drag across the bars to draw a window, drag inside the
 * window to move it, or step it with the arrows; letting go filters the network to the window
 * (one engine query, one undoable operation), "Whole range" clears it.
 */
export function NetworkTimeBar({ engine, dataKey, filters, onWindow }: NetworkTimeBarProps) {
  const [timeline, setTimeline] = useState<ShipmentTimeline | null>(null);
  const [draft, setDraft] = useState<Span | null>(null);
  const drag = useRef<{ mode: 'draw' | 'move'; anchor: number; span: Span } | null>(null);
  const { dateFrom, dateTo, ...others } = filters;
  const otherKey = JSON.stringify(others);

  useEffect(() => {
    let live = true;
    engine.graphTimeline(JSON.parse(otherKey) as GraphFilters).then(
      (answer) => live && setTimeline(answer),
      () => live && setTimeline(null),
    );
    return () => {
      live = false;
    };
  }, [engine, dataKey, otherKey]);

  const committed = useMemo(() => (timeline ? windowSpan(timeline, dateFrom, dateTo) : null), [timeline, dateFrom, dateTo]);
  const shown = draft ?? committed;

  const commit = (span: Span | null) => {
    if (!timeline) return;
    if (span === null) onWindow(undefined, undefined);
    else {
      const dates = spanDates(timeline, span);
      onWindow(dates.dateFrom, dates.dateTo);
    }
  };

  /** The span a drag reaches when the pointer is over bucket `index`. */
  const dragTo = (current: { mode: 'draw' | 'move'; anchor: number; span: Span }, index: number, count: number): Span => {
    if (current.mode === 'draw') return { from: Math.min(current.anchor, index), to: Math.max(current.anchor, index) };
    const base = committed ?? current.span;
    const width = base.to - base.from;
    const from = Math.max(0, Math.min(count - 1 - width, base.from + index - current.anchor));
    return { from, to: from + width };
  };

  useEffect(() => {
    const finish = (event: PointerEvent) => {
      const current = drag.current;
      if (!current || !timeline) return;
      drag.current = null;
      setDraft(null);
      // Where the pointer is let go counts, whatever moves were seen before.
      const index = event.target instanceof Element ? event.target.getAttribute('data-bucket') : null;
      commit(index === null ? current.span : dragTo(current, Number(index), timeline.buckets.length));
    };
    document.addEventListener('pointerup', finish);
    return () => document.removeEventListener('pointerup', finish);
  });

  if (!timeline || timeline.buckets.length === 0) return null;
  const { buckets } = timeline;
  const highest = Math.max(1, ...buckets.map((bucket) => bucket.bills));
  const bucketAt = (target: EventTarget): number | null => {
    const index = target instanceof Element ? target.getAttribute('data-bucket') : null;
    return index === null ? null : Number(index);
  };
  const shownDates = shown ? spanDates(timeline, shown) : null;
  const billsIn = shown ? buckets.slice(Math.min(shown.from, shown.to), Math.max(shown.from, shown.to) + 1).reduce((sum, bucket) => sum + bucket.bills, 0) : timeline.bills;
  const windowText = `${shownDates ? `${shownDates.dateFrom} – ${shownDates.dateTo}` : `${timeline.firstDate} – ${timeline.lastDate} (all)`} · ${plural(billsIn, 'bill')} · per ${timeline.bucket}`;
  const step = (by: number) => {
    if (!committed) return;
    const width = committed.to - committed.from;
    const from = Math.max(0, Math.min(buckets.length - 1 - width, committed.from + by));
    commit({ from, to: from + width });
  };

  return (
    <div className="network-timebar" role="group" aria-label="Time bar">
      <svg
        className="network-timebar__chart"
        viewBox={`0 0 ${buckets.length} 40`}
        preserveAspectRatio="none"
        data-testid="time-bar"
        onPointerDown={(event) => {
          const index = bucketAt(event.target);
          if (index === null) return;
          event.preventDefault();
          const inside = committed !== null && index >= committed.from && index <= committed.to;
          const span = inside && committed ? committed : { from: index, to: index };
          drag.current = { mode: inside ? 'move' : 'draw', anchor: index, span };
          setDraft(span);
        }}
        onPointerMove={(event) => {
          const current = drag.current;
          const index = bucketAt(event.target);
          if (!current || index === null) return;
          const span = dragTo(current, index, buckets.length);
          current.span = span;
          setDraft(span);
        }}
      >
        {buckets.map((bucket, index) => {
          const height = (bucket.bills / highest) * 38;
          const inWindow = shown === null || (index >= Math.min(shown.from, shown.to) && index <= Math.max(shown.from, shown.to));
          return (
            <g key={bucket.start}>
              <rect x={index + 0.08} width={0.84} y={40 - height} height={height} className={inWindow ? 'network-timebar__bar' : 'network-timebar__bar network-timebar__bar--out'} />
              <rect x={index} width={1} y={0} height={40} className="network-timebar__hit" data-bucket={index}>
                <title>{`${bucket.start}${timeline.bucket === 'week' ? ` (week)` : ''}: ${formatCount(bucket.bills)} bills`}</title>
              </rect>
            </g>
          );
        })}
        {shown ? <rect className="network-timebar__window" x={Math.min(shown.from, shown.to)} width={Math.abs(shown.to - shown.from) + 1} y={0} height={40} pointerEvents="none" /> : null}
      </svg>
      <div className="network-timebar__legend">
        <span data-testid="time-window" title={windowText}>
          {windowText}
        </span>
        <button type="button" className="button" aria-label="Move the window earlier" disabled={!committed || committed.from === 0} onClick={() => step(-1)}>
          ◀
        </button>
        <button type="button" className="button" aria-label="Move the window later" disabled={!committed || committed.to >= buckets.length - 1} onClick={() => step(1)}>
          ▶
        </button>
        <button type="button" className="button" disabled={!committed} onClick={() => commit(null)}>
          Whole range
        </button>
      </div>
    </div>
  );
}
