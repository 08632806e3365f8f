import { useEffect, useState } from 'react';
import type { EntityMention } from '../../shared/engine/reportApi';
import { errorMessage, formatCount } from '../format/format';
import type { WorkerEngineApi } from '../worker/workerEngineApi';

type Loaded = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly mentions: readonly EntityMention[] } | { readonly state: 'failed'; readonly reason: string };

/**
 * "Mentioned in reports" of the trader detail: every report mention linked to the trader (not
 * rejected by the analyst), best graded first, with the report's reference, grading and the
 * sentence holding the mention, as text.
 */
export function EntityMentionList({
  engine,
  entityId,
  entitiesVersion,
}: {
  readonly engine: Pick<WorkerEngineApi, 'mentionsOfEntity'>;
  readonly entityId: string;
  readonly entitiesVersion: number;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    engine
      .mentionsOfEntity(entityId)
      .then((mentions) => current && setLoaded({ state: 'loaded', mentions }))
      .catch((reason: unknown) => current && setLoaded({ state: 'failed', reason: errorMessage(reason) }));
    return () => {
      current = false;
    };
  }, [engine, entityId, entitiesVersion]);

  const mentions = loaded.state === 'loaded' ? loaded.mentions : [];
  return (
    <section className="trader-detail__section" aria-label="Mentioned in reports">
      <h3 className="trader-detail__section-title">
        Mentioned in reports <span className="trader-detail__count">{loaded.state === 'loaded' ? formatCount(new Set(mentions.map((mention) => mention.reportId)).size) : ''}</span>
      </h3>
      {loaded.state === 'loading' ? (
        <p className="trader-detail__empty">Looking through the reports…</p>
      ) : loaded.state === 'failed' ? (
        <p className="trader-detail__empty" role="alert">
          The reports could not be read: {loaded.reason}
        </p>
      ) : mentions.length === 0 ? (
        <p className="trader-detail__empty">No intelligence report of the workspace mentions this trader.</p>
      ) : (
        <table className="trader-detail__table trader-detail__mentions" aria-label="Reports mentioning the trader">
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Grading</th>
              <th scope="col">Date</th>
              <th scope="col">Mention</th>
            </tr>
          </thead>
          <tbody>
            {mentions.map((mention) => (
              <tr key={mention.mentionId}>
                <td className="is-code">{mention.reference ?? mention.fileName}</td>
                <td className="is-code">{mention.grading ?? '—'}</td>
                <td>{mention.date ?? '—'}</td>
                <td>
                  {mention.sentence}
                  <span className="trader-detail__mention-meta">
                    {' '}
                    ({mention.kind === 'trader' ? 'name' : mention.kind} “{mention.text}”, {Math.round(mention.confidence * 100)}%{mention.status === 'proposed' ? '' : `, ${mention.status}`})
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
