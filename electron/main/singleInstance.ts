import { app } from 'electron';

/**
 * Takes the single-instance lock. Returns false when another instance holds it (this one should
 * quit); otherwise calls `onSecondInstance` whenever a later launch is redirected here. The second
 * launch's command line is ignored: it is not trusted input.
 */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    return false;
  }
  app.on('second-instance', () => onSecondInstance());
  return true;
}
