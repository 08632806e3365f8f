import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { ipcChannels, isMenuCommand, type ExportSaveRequest, type HostApi, type MenuCommand } from '../../shared/host/hostApi';

/** The slice of ipcRenderer the bridge uses; it stays inside the preload, never exposed. */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * The HostApi as intent-level functions over IPC. Arguments are copied field by field, so nothing
 * but the documented data crosses; menu events reach the renderer as a validated MenuCommand,
 * never with the IpcRendererEvent (which would expose `sender`, i.e. ipcRenderer).
 */
export function createHostApi(ipc: BridgeIpc): HostApi {
  return {
    openWorkspace: () => ipc.invoke(ipcChannels.openWorkspace),
    saveWorkspace: (parts: readonly Uint8Array[], suggestedName: string) => ipc.invoke(ipcChannels.saveWorkspace, Array.from(parts), suggestedName),
    saveExport: (request: ExportSaveRequest) =>
      ipc.invoke(ipcChannels.saveExport, {
        format: request.format,
        suggestedName: request.suggestedName,
        bytes: request.bytes,
      }),
    appInfo: () => ipc.invoke(ipcChannels.appInfo),
    writeRecovery: (parts: readonly Uint8Array[], workspaceName: string) => ipc.invoke(ipcChannels.writeRecovery, Array.from(parts), workspaceName),
    findRecovery: () => ipc.invoke(ipcChannels.findRecovery),
    discardRecovery: () => ipc.invoke(ipcChannels.discardRecovery),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      const forward = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) {
          listener(command);
        }
      };
      ipc.on(ipcChannels.menuCommand, forward);
      return () => {
        ipc.removeListener(ipcChannels.menuCommand, forward);
      };
    },
  };
}
