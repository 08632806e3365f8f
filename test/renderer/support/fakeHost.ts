import { joinWorkspaceFileParts } from '../../../shared/workspace/workspaceFile';
import type { AppInfo, ExportSaveRequest, HostApi, HostFile, MenuCommand, RecoveryFile, SaveOutcome } from '../../../shared/host/hostApi';

/** A HostApi that records saves and lets the test send native-menu commands. */
export class FakeHost implements HostApi {
  /** Each save: the parts as given, the file they make, and the name. */
  readonly savedWorkspaces: { readonly parts: readonly Uint8Array[]; readonly bytes: Uint8Array; readonly suggestedName: string }[] = [];
  fileToOpen: HostFile | null = null;
  /** Each saveExport request, as given. */
  readonly savedExports: ExportSaveRequest[] = [];
  /** What saveExport answers; 'cancelled' plays an analyst dismissing the save dialog. */
  exportOutcome: 'saved' | 'cancelled' = 'saved';
  private readonly listeners = new Set<(command: MenuCommand) => void>();

  async openWorkspace(): Promise<HostFile | null> {
    return this.fileToOpen;
  }

  async saveWorkspace(parts: readonly Uint8Array[], suggestedName: string): Promise<SaveOutcome> {
    this.savedWorkspaces.push({ parts, bytes: joinWorkspaceFileParts(parts), suggestedName });
    return { status: 'saved', fileName: suggestedName };
  }

  /** Each autosave: the file it makes and the workspace name. */
  readonly recoveryWrites: { readonly bytes: Uint8Array; readonly workspaceName: string }[] = [];
  /** The recovery file findRecovery answers with; discardRecovery clears it. */
  recovery: RecoveryFile | null = null;
  recoveryDiscards = 0;

  async writeRecovery(parts: readonly Uint8Array[], workspaceName: string): Promise<boolean> {
    this.recoveryWrites.push({ bytes: joinWorkspaceFileParts(parts), workspaceName });
    return true;
  }

  async findRecovery(): Promise<RecoveryFile | null> {
    return this.recovery;
  }

  async discardRecovery(): Promise<void> {
    this.recoveryDiscards += 1;
    this.recovery = null;
  }

  async saveExport(request: ExportSaveRequest): Promise<SaveOutcome> {
    this.savedExports.push(request);
    if (this.exportOutcome === 'cancelled') return { status: 'cancelled' };
    return { status: 'saved', fileName: request.suggestedName };
  }

  async appInfo(): Promise<AppInfo> {
    return { productName: 'Manifest Lens', version: '0.1.0', host: 'electron', platform: 'linux', versions: {} };
  }

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  sendMenuCommand(command: MenuCommand): void {
    for (const listener of this.listeners) listener(command);
  }

  get menuListenerCount(): number {
    return this.listeners.size;
  }
}
