import { plural } from '../format/format';
import { useEngineValue } from '../hooks/useEngineValue';
import type { WorkerEngineApi } from '../worker/workerEngineApi';

export interface WatchlistHitsViewProps {
  readonly engine: Pick<WorkerEngineApi, 'listWatchlistHits'>;
  /** Changes whenever the stored traders (and their screening) change; the list is then fetched again. */
  readonly entitiesVersion: number;
  /** Shows a trader's detail. */
  readonly onOpenTrader: (entityId: string) => void;
}

/**
 * Every watchlist hit of the workspace's traders and vessels: who, against which listed party on
 * which list, on what basis (name, IMO number), how close, and the sentence explaining it.
 */
export function WatchlistHitsView({ engine, entitiesVersion, onOpenTrader }: WatchlistHitsViewProps) {
  const { value: hits, error } = useEngineValue(() => engine.listWatchlistHits(), engine, entitiesVersion);

  if (error) {
    return (
      <div className="traders-view__error" role="alert">
        The watchlist hits could not be loaded: {error}
      </div>
    );
  }
  if (hits === null) return <p className="trader-detail__placeholder">Loading the watchlist hits…</p>;
  if (hits.length === 0) {
    return <p className="trader-detail__placeholder">No trader or vessel hits a watchlist. Import a watchlist under Import › Source documents to screen them.</p>;
  }
  const traders = hits.filter((hit) => hit.subjectKind === 'trader').length;
  return (
    <div className="watchlist-hits">
      <p className="review-queue__caption">
        {plural(hits.length, 'hit')}: {plural(traders, 'trader hit')}, {plural(hits.length - traders, 'vessel hit')}.
      </p>
      <table className="trader-detail__table watchlist-hits__table" aria-label="Watchlist hits">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Trader or vessel</th>
            <th scope="col">Listed party</th>
            <th scope="col">List</th>
            <th scope="col">Basis</th>
            <th scope="col" className="is-number">
              Score
            </th>
            <th scope="col">Explanation</th>
          </tr>
        </thead>
        <tbody>
          {hits.map((view) => (
            <tr key={`${view.subjectKind}-${view.subjectKey}-${view.hit.entryId}`}>
              <td>{view.subjectKind}</td>
              <td>
                {view.subjectKind === 'trader' ? (
                  <button type="button" className="link-button" onClick={() => onOpenTrader(view.subjectKey)} title={`Open ${view.subjectKey}`}>
                    {view.subjectName}
                  </button>
                ) : (
                  <>
                    {view.subjectName} <span className="trader-detail__id">{view.subjectKey}</span>
                  </>
                )}
              </td>
              <td>
                <span className="hit-badge">Hit</span> {view.hit.listedParty}
              </td>
              <td>{view.hit.listName}</td>
              <td>{view.hit.basis}</td>
              <td className="is-number">{Math.round(view.hit.score * 100)}%</td>
              <td className="is-wrap">
                {view.hit.explanation}
                {view.hit.reason ? <span className="watchlist-hits__reason">Listed for: {view.hit.reason}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
