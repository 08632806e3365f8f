import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { parseAppBundleUrl } from './appOrigin';
import type { TrustedWindows } from './trustedWindows';

/**
 * Accepts an IPC call only from the main frame of a window this process created, showing a page
 * of app://bundle. Returns that window (the parent for any dialog); throws otherwise.
 */
export function requireTrustedSender(event: IpcMainInvokeEvent, trustedWindows: TrustedWindows): BrowserWindow {
  const frame = event.senderFrame;
  if (frame === null) {
    throw new Error('IPC rejected: the sending frame no longer exists.');
  }
  if (parseAppBundleUrl(frame.url) === null) {
    throw new Error(`IPC rejected: the sender ${describeUrl(frame.url)} is not the app bundle.`);
  }
  const mainFrame = event.sender.mainFrame;
  const isMainFrame =
    frame.parent === null && frame.processId === mainFrame.processId && frame.frameToken === mainFrame.frameToken;
  if (!isMainFrame) {
    throw new Error('IPC rejected: only the main frame of the app window may call the host.');
  }
  const window = trustedWindows.ownerOf(event.sender);
  if (window === undefined) {
    throw new Error('IPC rejected: the sender is not a window created by the app.');
  }
  return window;
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(unparseable URL)';
  }
}
