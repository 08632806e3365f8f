import type { ScreeningHit } from '../../shared/watchlist/watchlistScreening';

export interface ScreeningHitListProps {
  readonly hits: readonly ScreeningHit[];
}

/** Watchlist hits of one trader or vessel, best first: the listed party, on what basis, and why. */
export function ScreeningHitList({ hits }: ScreeningHitListProps) {
  return (
    <ul className="hit-list" aria-label="Watchlist hits">
      {hits.map((hit) => (
        <li key={hit.entryId} className="hit-list__item">
          <div className="hit-list__head">
            <span className="hit-badge">Hit</span>
            <strong>{hit.listedParty}</strong>
            <span className="hit-list__meta">
              {hit.listName} · {hit.subject} · on {hit.basis} · score {Math.round(hit.score * 100)}%
            </span>
          </div>
          <p className="hit-list__explanation">{hit.explanation}</p>
          {hit.nameMatch ? (
            <p className="hit-list__detail">
              “{hit.nameMatch.screenedName}” against the listed {hit.nameMatch.listedAs} “{hit.nameMatch.listedName}”: {hit.nameMatch.detail}
            </p>
          ) : null}
          {hit.reason ? <p className="hit-list__reason">Listed for: {hit.reason}</p> : null}
        </li>
      ))}
    </ul>
  );
}
