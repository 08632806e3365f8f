// electron-builder configuration, used by `npm run dist`.
// Packaging never touches the network for Electron itself: the version is read from the
// installed `electron` package (never probed), and when ELECTRON_DIST names a directory holding
// an unpacked Electron or its release zips, that is used instead of a download.
const { version: electronVersion } = require('electron/package.json');

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.manifestlens.workstation',
  productName: 'Manifest Lens',
  electronVersion,
  ...(process.env.ELECTRON_DIST ? { electronDist: process.env.ELECTRON_DIST } : {}),
  files: ['dist/**/*', 'package.json'],
  asar: true,
  directories: { output: 'release', buildResources: 'build' },
  // https://www.electronjs.org/docs/latest/tutorial/fuses, flipped in the binary before signing.
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: { target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Manifest Lens team <team@manifest-lens.invalid>' },
  win: { target: ['nsis'] },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
};

module.exports = config;
