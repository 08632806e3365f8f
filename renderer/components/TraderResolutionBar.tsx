import type { EntityResolutionSummary } from '../../shared/engine/entityApi';
import { formatCount, formatDuration, formatTimestamp, plural } from '../format/format';

export interface TraderResolutionBarProps {
  readonly summary: EntityResolutionSummary | null;
  readonly summaryError: string | null;
  /** The action running, if any ("Resolving traders"). */
  readonly pending: string | null;
  /** Runs the resolution; null while workspace commands are unavailable. */
  readonly onResolve: (() => void) | null;
}

/**
 * One line on the resolution the traders come from: how many, with variants, to review, with
 * watchlist hits, when; a warning when the manifests, decisions or watchlists changed since,
 * with the command to resolve again (or to resolve for the first time).
 */
export function TraderResolutionBar({ summary, summaryError, pending, onResolve }: TraderResolutionBarProps) {
  if (summaryError) {
    return (
      <div className="trader-resolution trader-resolution--error" role="alert">
        The traders could not be loaded: {summaryError}
      </div>
    );
  }
  if (!summary) return <div className="trader-resolution">Loading the traders…</div>;
  const resolving = pending === 'Resolving traders';
  const resolveButton = (label: string) => (
    <button type="button" className="button button--small button--primary" onClick={onResolve ?? undefined} disabled={!onResolve || pending !== null}>
      {resolving ? 'Resolving…' : label}
    </button>
  );
  if (summary.resolvedAt === null) {
    return (
      <div className="trader-resolution" aria-label="Trader resolution">
        <span>
          The traders of this workspace have not been resolved yet: {plural(summary.occurrences, 'party occurrence')} to resolve into traders and
          screen against the watchlists.
        </span>
        {resolveButton('Resolve traders')}
      </div>
    );
  }
  return (
    <div className="trader-resolution" aria-label="Trader resolution">
      <span className="trader-resolution__figures">
        <strong>{plural(summary.entities, 'trader')}</strong> from {plural(summary.occurrences, 'party occurrence')}
        <span className="trader-resolution__sep"> · </span>
        {formatCount(summary.entitiesWithVariants)} with variants
        <span className="trader-resolution__sep"> · </span>
        {plural(summary.reviewItems, 'link')} to review
        <span className="trader-resolution__sep"> · </span>
        <span className={summary.watchlistHits > 0 ? 'trader-resolution__hits' : undefined}>{formatCount(summary.watchlistHits)} with watchlist hits</span>
        <span className="trader-resolution__sep"> · </span>
        {plural(summary.decisionsInForce, 'decision')} in force
        {summary.placeholders > 0 ? (
          <>
            <span className="trader-resolution__sep"> · </span>
            {plural(summary.placeholders, 'placeholder')} set aside
          </>
        ) : null}
      </span>
      <span className="trader-resolution__when">
        Resolved {formatTimestamp(summary.resolvedAt)} in {formatDuration(summary.durationMs)}
      </span>
      {summary.stale ? (
        <span className="trader-resolution__stale" role="status">
          Out of date: manifests, decisions or watchlists changed since.
          {resolveButton('Resolve again')}
        </span>
      ) : resolving ? (
        <span>Resolving…</span>
      ) : null}
    </div>
  );
}
