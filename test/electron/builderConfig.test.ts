import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const configPath = fileURLToPath(new URL('../../electron-builder.config.cjs', import.meta.url));
const installedElectronVersion = (require('electron/package.json') as { version: string }).version;

interface BuilderConfig {
  readonly [key: string]: unknown;
  readonly electronFuses: Record<string, boolean>;
  readonly directories: Record<string, string>;
}

/** Loads the config afresh with ELECTRON_DIST set (or unset), as `electron-builder` would. */
function loadConfig(electronDist: string | undefined): BuilderConfig {
  const previous = process.env.ELECTRON_DIST;
  if (electronDist === undefined) {
    delete process.env.ELECTRON_DIST;
  } else {
    process.env.ELECTRON_DIST = electronDist;
  }
  try {
    delete require.cache[configPath];
    return require(configPath) as BuilderConfig;
  } finally {
    if (previous === undefined) {
      delete process.env.ELECTRON_DIST;
    } else {
      process.env.ELECTRON_DIST = previous;
    }
  }
}

afterEach(() => {
  delete require.cache[configPath];
});

describe('electron-builder config', () => {
  it('flips every security fuse', () => {
    expect(loadConfig(undefined).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages only dist/ and package.json into an asar, for the installed Electron version', () => {
    const config = loadConfig(undefined);
    expect(config.productName).toBe('Manifest Lens');
    expect(typeof config.appId).toBe('string');
    expect(config.files).toEqual(['dist/**/*', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.electronVersion).toBe(installedElectronVersion);
  });

  it('targets AppImage and deb on Linux, NSIS on Windows and dmg on macOS', () => {
    const config = loadConfig(undefined);
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'], entitlements: 'build/entitlements.mac.plist' });
  });

  it('uses ELECTRON_DIST for offline builds only when it is set', () => {
    expect(loadConfig('/opt/electron-dist').electronDist).toBe('/opt/electron-dist');
    expect('electronDist' in loadConfig(undefined)).toBe(false);
    expect('electronDist' in loadConfig('')).toBe(false);
  });

  it('passes electron-builder’s own schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (config: unknown, debugLogger: { isEnabled: boolean; add(): void }) => Promise<void>;
    };
    const logger = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(loadConfig('/opt/electron-dist'), logger)).resolves.toBeUndefined();
    const misspelled = { ...loadConfig(undefined), electronFuses: { runAsNodes: false } };
    await expect(validateConfiguration(misspelled, logger)).rejects.toThrow(/electronFuses/);
  });
});
