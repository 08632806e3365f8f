import type { HostApi } from '../../shared/host/hostApi';
import { hostBridgeName } from '../../shared/host/hostApi';
import { BrowserHost } from './browserHost';

const hostMethods = ['openWorkspace', 'saveWorkspace', 'saveExport', 'writeRecovery', 'findRecovery', 'discardRecovery', 'appInfo', 'onMenuCommand'] as const;

/**
 * The host the renderer runs in: the Electron preload's bridge when it exposed one on
 * `window.manifestLens`, otherwise the browser implementation (file input and downloads).
 */
export function getHost(scope: Window = window): HostApi {
  const bridge: unknown = Reflect.get(scope, hostBridgeName);
  return isHostApi(bridge) ? bridge : new BrowserHost({ document: scope.document });
}

function isHostApi(value: unknown): value is HostApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    hostMethods.every((method) => typeof (value as Record<string, unknown>)[method] === 'function')
  );
}
