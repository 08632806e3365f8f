import type { Session } from 'electron';
import { isAllowedRequestUrl } from './networkPolicy';

const hardenedSessions = new WeakSet<Session>();

/**
 * Denies every permission (camera, notifications, clipboard reads, HID, serial...) and cancels
 * every network request the network policy does not allow. Idempotent per session, so it can be
 * applied from each 'web-contents-created' without stacking handlers.
 */
export function hardenSession(session: Session): void {
  if (hardenedSessions.has(session)) {
    return;
  }
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}
