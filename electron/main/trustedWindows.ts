import type { BrowserWindow, WebContents } from 'electron';

/**
 * The windows this process created itself. IPC is answered only for a webContents owned by one of
 * them, so a webContents that appears any other way (a denied popup that slipped through, a
 * DevTools front end, a future helper window) can never reach the host API.
 */
export class TrustedWindows {
  readonly #windows = new Set<BrowserWindow>();

  add(window: BrowserWindow): void {
    this.#windows.add(window);
    window.once('closed', () => this.#windows.delete(window));
  }

  /** The trusted window whose webContents is `contents`, if any. */
  ownerOf(contents: WebContents): BrowserWindow | undefined {
    return this.live().find((window) => window.webContents.id === contents.id);
  }

  /** The most recently created live window, used when a menu item fires with no window focused. */
  latest(): BrowserWindow | undefined {
    return this.live().at(-1);
  }

  private live(): BrowserWindow[] {
    return [...this.#windows].filter((window) => !window.isDestroyed());
  }
}
