/**
 * The first start on this machine (this browser profile, or this app's user data): the app then
 * opens the demo workspace instead of an empty one. A flag in localStorage records that the first
 * start has happened; tests that exercise other flows set it before the page loads.
 */
export const firstStartStorageKey = 'manifest-lens.first-start-done';

/**
 * True exactly once per profile: the first time it is asked, it records the first start and
 * answers true; afterwards false. Where storage is unavailable (disabled, or full), it answers
 * false rather than opening the demo on every start.
 */
export function claimFirstStart(storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    if (!storage || storage.getItem(firstStartStorageKey) !== null) return false;
    storage.setItem(firstStartStorageKey, new Date().toISOString());
    return true;
  } catch {
    return false;
  }
}
