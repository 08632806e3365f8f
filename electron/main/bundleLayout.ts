import path from 'node:path';

/** Where the packaged pieces sit relative to dist/electron/main.cjs. */
export interface BundleLayout {
  /** dist/renderer: the static renderer served on app://bundle/. */
  readonly rendererRoot: string;
  /** dist/electron/preload.cjs: the sandboxed preload bundle. */
  readonly preloadPath: string;
}

export function bundleLayoutBeside(mainDirectory: string): BundleLayout {
  return {
    rendererRoot: path.join(mainDirectory, '../renderer'),
    preloadPath: path.join(mainDirectory, 'preload.cjs'),
  };
}
