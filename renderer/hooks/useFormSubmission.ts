import { useCallback, useState } from 'react';

export interface FormSubmission {
  /** The reason the last submission (or a check before it) failed, shown in the form; null: none. */
  readonly problem: string | null;
  readonly setProblem: (problem: string | null) => void;
  /** True while a submission runs: the submit button is disabled. */
  readonly working: boolean;
  /** Runs the submission; a rejection's message becomes the problem. */
  readonly submit: (work: () => Promise<void>) => Promise<void>;
}

/** A dialog form whose submission waits on the engine or the host, and shows why it failed. */
export function useFormSubmission(): FormSubmission {
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const submit = useCallback(async (work: () => Promise<void>) => {
    setWorking(true);
    setProblem(null);
    try {
      await work();
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setWorking(false);
    }
  }, []);

  return { problem, setProblem, working, submit };
}
