import { useSyncExternalStore } from 'react';

/** A picture of a network view kept for the next briefing pack (the Network view's "Use in briefing pack"). */
export interface BriefingSnapshot {
  readonly png: Uint8Array;
  readonly caption: string;
  /** The workspace it was taken in: a snapshot of another workspace is not offered. */
  readonly workspaceName: string;
  readonly takenAt: string;
}

let current: BriefingSnapshot | null = null;
const listeners = new Set<() => void>();

/** Keeps the snapshot for the Briefing pack dialog, replacing any earlier one. */
export function keepBriefingSnapshot(snapshot: BriefingSnapshot | null): void {
  current = snapshot;
  for (const listener of listeners) listener();
}

export function currentBriefingSnapshot(): BriefingSnapshot | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The snapshot kept for the briefing pack, re-rendering when another is taken. */
export function useBriefingSnapshot(): BriefingSnapshot | null {
  return useSyncExternalStore(subscribe, currentBriefingSnapshot, currentBriefingSnapshot);
}
