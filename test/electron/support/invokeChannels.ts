import { ipcChannels } from '../../../shared/host/hostApi';

/**
 * The channels the main process answers (ipcMain.handle), written out: every channel of the host
 * API but menu:command, which the main process sends. A channel added to or dropped from the
 * handlers must be added or dropped here too.
 */
export const invokeChannels: readonly string[] = [
  ipcChannels.openWorkspace,
  ipcChannels.saveWorkspace,
  ipcChannels.saveExport,
  ipcChannels.appInfo,
  ipcChannels.writeRecovery,
  ipcChannels.findRecovery,
  ipcChannels.discardRecovery,
];
