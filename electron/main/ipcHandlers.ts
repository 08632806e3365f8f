import { ipcMain, type BrowserWindow } from 'electron';
import { ipcChannels, type HostApi } from '../../shared/host/hostApi';
import { collectAppInfo } from './appInfo';
import { saveExportFile } from './exportFiles';
import { requireArgumentCount, requireExportRequest, requireFileName, requireFileParts } from './ipcArguments';
import { requireTrustedSender } from './senderValidation';
import type { TrustedWindows } from './trustedWindows';
import { discardRecoveryFile, findRecoveryFile, requireWorkspaceName, writeRecoveryFile } from './recoveryFiles';
import { openWorkspaceFile, saveWorkspaceFile } from './workspaceFiles';

/** The HostApi calls that go renderer → main; menuCommand is the one channel main → renderer. */
export type InvokeOperation = Exclude<keyof typeof ipcChannels, 'menuCommand'>;

interface Operation<K extends InvokeOperation> {
  readonly argumentCount: number;
  run(window: BrowserWindow, args: readonly unknown[]): Promise<Awaited<ReturnType<HostApi[K]>>>;
}

const operations: { readonly [K in InvokeOperation]: Operation<K> } = {
  openWorkspace: {
    argumentCount: 0,
    run: (window) => openWorkspaceFile(window),
  },
  saveWorkspace: {
    argumentCount: 2,
    run: (window, [parts, suggestedName]) => saveWorkspaceFile(window, requireFileParts(parts), requireFileName(suggestedName)),
  },
  saveExport: {
    argumentCount: 1,
    run: (window, [request]) => saveExportFile(window, requireExportRequest(request)),
  },
  appInfo: {
    argumentCount: 0,
    run: async () => collectAppInfo(),
  },
  writeRecovery: {
    argumentCount: 2,
    run: (_window, [parts, workspaceName]) => writeRecoveryFile(requireFileParts(parts), requireWorkspaceName(workspaceName)),
  },
  findRecovery: {
    argumentCount: 0,
    run: () => findRecoveryFile(),
  },
  discardRecovery: {
    argumentCount: 0,
    run: () => discardRecoveryFile(),
  },
};

/**
 * One ipcMain.handle per invoke channel. Each call first proves its sender (main frame of a
 * trusted window on app://bundle), then the argument count, then each argument, before any
 * dialog opens or any file is touched.
 */
export function registerIpcHandlers(trustedWindows: TrustedWindows): void {
  for (const name of Object.keys(operations) as InvokeOperation[]) {
    const channel = ipcChannels[name];
    const operation: Operation<InvokeOperation> = operations[name];
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const window = requireTrustedSender(event, trustedWindows);
      requireArgumentCount(channel, args, operation.argumentCount);
      return operation.run(window, args);
    });
  }
}
