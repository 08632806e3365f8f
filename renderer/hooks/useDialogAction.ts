import { useCallback, useEffect, useRef, useState } from 'react';
import type { MutableRefObject } from 'react';
import { errorMessage } from '../format/format';

/** What an action of a dialog came to, shown until the next one; null: nothing to say. */
export type ActionOutcome = { readonly tone: 'success' | 'error'; readonly message: string } | null;

export interface DialogAction {
  readonly outcome: ActionOutcome;
  readonly setOutcome: (outcome: ActionOutcome) => void;
  /** True while an action runs: the dialog's controls are disabled. */
  readonly working: boolean;
  /** Runs one action at a time; its outcome (a thrown error's message, in the error tone) replaces the previous one. */
  readonly act: (work: () => Promise<ActionOutcome>) => Promise<void>;
  /** False once the dialog is gone: a late answer is then not applied. */
  readonly mounted: MutableRefObject<boolean>;
}

/** The actions of a dialog (save, import a file, export…): whether one runs, and what the last came to. */
export function useDialogAction(): DialogAction {
  const [outcome, setOutcome] = useState<ActionOutcome>(null);
  const [working, setWorking] = useState(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const act = useCallback(async (work: () => Promise<ActionOutcome>) => {
    setWorking(true);
    setOutcome(null);
    let result: ActionOutcome;
    try {
      result = await work();
    } catch (error) {
      result = { tone: 'error', message: errorMessage(error) };
    }
    if (!mounted.current) return;
    setOutcome(result);
    setWorking(false);
  }, []);

  return { outcome, setOutcome, working, act, mounted };
}
