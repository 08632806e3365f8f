import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../format/format';

export interface EngineValue<Value> {
  /** Null until the first answer; the previous answer stays while a newer one loads. */
  readonly value: Value | null;
  readonly error: string | null;
}

/**
 * A value the engine answers, fetched again whenever the `source` (the engine) or the `version`
 * (of the data behind it) changes. A late answer to an older request is ignored.
 */
export function useEngineValue<Value>(load: () => Promise<Value>, source: object, version: unknown): EngineValue<Value> {
  const [value, setValue] = useState<Value | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  useEffect(() => {
    let current = true;
    latestLoad.current()
      .then((answer) => {
        if (!current) return;
        setError(null);
        setValue(answer);
      })
      .catch((reason: unknown) => {
        if (current) setError(errorMessage(reason));
      });
    return () => {
      current = false;
    };
  }, [source, version]);

  return { value, error };
}
