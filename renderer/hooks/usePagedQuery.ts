import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../format/format';

/** What a paged engine query answers: one page of rows, where it starts, and how many there are in all. */
export interface QueryPage {
  readonly rows: readonly unknown[];
  readonly offset: number;
  readonly total: number;
}

export interface PagedQuery<Page extends QueryPage> {
  /** The latest page answered (kept while the next one loads, so the table does not flicker). */
  readonly page: Page | null;
  readonly offset: number;
  readonly setOffset: (offset: number) => void;
  /** True from the first render until the first answer, and while a page loads. */
  readonly loading: boolean;
  readonly error: string | null;
}

/**
 * One page at a time of an engine query. `queryKey` names the query (filter and sort): a new key
 * starts again at the first page. When the `source` (the engine) or the `dataVersion` change, the data
 * behind the query changed: the current page is fetched again. A late answer to an older request is ignored, and a page
 * that no longer exists (the data shrank) moves to the last page that does.
 */
export function usePagedQuery<Page extends QueryPage>(
  fetchPage: (offset: number, limit: number) => Promise<Page>,
  queryKey: string,
  source: object,
  dataVersion: number,
  pageSize: number,
): PagedQuery<Page> {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page | null>(null);
  // Loading from the first render: an empty table before the first answer would claim "no rows".
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [pagedQueryKey, setPagedQueryKey] = useState(queryKey);
  const latestFetch = useRef(fetchPage);
  latestFetch.current = fetchPage;

  // A new query starts again at the first page.
  if (pagedQueryKey !== queryKey) {
    setPagedQueryKey(queryKey);
    setOffset(0);
  }

  useEffect(() => {
    let current = true;
    setLoading(true);
    latestFetch.current(offset, pageSize)
      .then((result) => {
        if (!current) return;
        setError(null);
        if (result.rows.length === 0 && offset > 0) {
          setOffset(result.total === 0 ? 0 : Math.floor((result.total - 1) / pageSize) * pageSize);
          return;
        }
        setPage(result);
      })
      .catch((reason: unknown) => {
        if (current) setError(errorMessage(reason));
      })
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [pagedQueryKey, source, dataVersion, offset, pageSize]);

  return { page, offset, setOffset, loading, error };
}
