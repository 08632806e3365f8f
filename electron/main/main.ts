// Entry point of the Electron main process, bundled to dist/electron/main.cjs.
import { bundleLayoutBeside } from './bundleLayout';
import { startApplication } from './application';

startApplication(bundleLayoutBeside(__dirname));
