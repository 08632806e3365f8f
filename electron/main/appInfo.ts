import { app } from 'electron';
import type { AppInfo } from '../../shared/host/hostApi';

/** The runtime versions worth showing in an About box or a bug report; nothing else leaks. */
const reportedVersions = ['electron', 'chrome', 'node', 'v8'] as const;

export function collectAppInfo(): AppInfo {
  const versions: Record<string, string> = {};
  for (const name of reportedVersions) {
    const version = process.versions[name];
    if (typeof version === 'string') {
      versions[name] = version;
    }
  }
  return {
    productName: app.getName(),
    version: app.getVersion(),
    host: 'electron',
    platform: process.platform,
    versions,
  };
}
