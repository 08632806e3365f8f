import { useState } from 'react';
import type { AuditRecord, AuditTrailPage, AuditVerification } from '../../shared/engine/auditApi';
import { errorMessage, formatCount, formatTimestamp, plural } from '../format/format';
import { useEngineValue } from '../hooks/useEngineValue';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { Icon } from './Icon';
import { Pager } from './Pager';
import './AuditView.css';

export interface AuditViewProps {
  readonly engine: Pick<WorkerEngineApi, 'auditTrail' | 'verifyAuditTrail'>;
  /** Changes whenever the workspace's data may have changed; the page is then fetched again. */
  readonly dataKey: string;
}

export const auditPageSize = 50;

type Verifying = { readonly state: 'running' } | { readonly state: 'done'; readonly result: AuditVerification } | { readonly state: 'failed'; readonly reason: string };

/** A detail value in plain words: text as is, anything else as compact JSON. */
function detailText(detail: AuditRecord['detail']): string {
  if (detail === undefined) return '';
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/**
 * The workspace's audit trail (issue 10): every action that changed or exported data, newest
 * first (time, who, what, on what, outcome, detail), paged; "Verify chain" walks the whole hash
 * chain in the engine and says OK or which record first does not hold and why. Everything is
 * shown as text.
 */
export function AuditView({ engine, dataKey }: AuditViewProps) {
  const [offset, setOffset] = useState(0);
  const [verifying, setVerifying] = useState<Verifying | null>(null);
  const [refreshes, setRefreshes] = useState(0);
  const { value: page, error } = useEngineValue<AuditTrailPage>(() => engine.auditTrail({ offset, limit: auditPageSize }), engine, `${dataKey}:${offset}:${refreshes}`);

  const verify = async () => {
    setVerifying({ state: 'running' });
    setRefreshes((count) => count + 1);
    try {
      setVerifying({ state: 'done', result: await engine.verifyAuditTrail() });
    } catch (failure) {
      setVerifying({ state: 'failed', reason: errorMessage(failure) });
    }
  };
  const broken = verifying?.state === 'done' && !verifying.result.ok ? verifying.result.firstBadSequence : null;

  return (
    <section className="audit-view" aria-labelledby="audit-title">
      <div className="view-header">
        <h1 id="audit-title" className="view-header__title">
          Audit
        </h1>
        <span className="view-header__count">{page ? plural(page.total, 'record') : ''}</span>
        <div className="view-header__spacer" />
        <button type="button" className="button" onClick={() => void verify()} disabled={verifying?.state === 'running'}>
          <Icon name="search" size={14} />
          Verify chain
        </button>
      </div>
      <p className="audit-view__intro">
        Every import, decision, review, scoring, target change and export, appended to a SHA-256 hash chain kept in the workspace. Verifying recomputes every hash: an edited,
        removed, inserted or reordered record is found.
      </p>
      {verifying?.state === 'running' ? (
        <p className="audit-view__verdict" role="status">
          Verifying the chain…
        </p>
      ) : verifying?.state === 'failed' ? (
        <p className="audit-view__verdict audit-view__verdict--broken" role="alert">
          The chain could not be verified: {verifying.reason}
        </p>
      ) : verifying?.state === 'done' ? (
        verifying.result.ok ? (
          <p className="audit-view__verdict audit-view__verdict--ok" role="status">
            Chain OK: {plural(verifying.result.records, 'record')} verified, head {verifying.result.headHash?.slice(0, 16)}…
          </p>
        ) : (
          <p className="audit-view__verdict audit-view__verdict--broken" role="alert">
            Chain broken at record {formatCount(verifying.result.firstBadSequence ?? 0)}: {verifying.result.reason}
          </p>
        )
      ) : null}
      {error ? (
        <p className="audit-view__error" role="alert">
          The audit trail could not be read: {error}
        </p>
      ) : null}
      <div className="audit-view__scroll" role="region" aria-label="Audit records">
        {page !== null && page.total === 0 ? <p className="audit-view__empty">Nothing has been recorded in this workspace yet.</p> : null}
        {page !== null && page.total > 0 ? (
          <table className="audit-table" aria-label="Audit trail">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Time</th>
                <th scope="col">Actor</th>
                <th scope="col">Action</th>
                <th scope="col">Object</th>
                <th scope="col">Outcome</th>
                <th scope="col">Detail</th>
                <th scope="col">Hash</th>
              </tr>
            </thead>
            <tbody>
              {page.records.map((record) => (
                <tr key={record.sequence} className={record.sequence === broken ? 'audit-table__row--broken' : undefined}>
                  <td>{record.sequence}</td>
                  <td title={record.at}>{formatTimestamp(record.at)}</td>
                  <td>{record.actor}</td>
                  <td>{record.action}</td>
                  <td>
                    {record.objectKind} {record.objectId}
                  </td>
                  <td className={`audit-table__outcome--${record.outcome}`}>{record.outcome}</td>
                  <td className="audit-table__detail">{detailText(record.detail)}</td>
                  <td className="audit-table__hash" title={record.hash}>
                    {record.hash.slice(0, 12)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      {page !== null && page.total > auditPageSize ? (
        <div className="audit-view__bar">
          <Pager offset={offset} pageSize={auditPageSize} total={page.total} onOffsetChange={setOffset} />
        </div>
      ) : null}
    </section>
  );
}
