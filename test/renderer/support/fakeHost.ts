import type { AppInfo, ExportSaveRequest, HostApi, HostFile, MenuCommand, SaveOutcome } from '../../../shared/host/hostApi';

/** A HostApi that records saves and lets the test send native-menu commands. */
export class FakeHost implements HostApi {
  readonly savedWorkspaces: { readonly bytes: Uint8Array; readonly suggestedName: string }[] = [];
  fileToOpen: HostFile | null = null;
  private readonly listeners = new Set<(command: MenuCommand) => void>();

  async openWorkspace(): Promise<HostFile | null> {
    return this.fileToOpen;
  }

  async saveWorkspace(bytes: Uint8Array, suggestedName: string): Promise<SaveOutcome> {
    this.savedWorkspaces.push({ bytes, suggestedName });
    return { status: 'saved', fileName: suggestedName };
  }

  async saveExport(request: ExportSaveRequest): Promise<SaveOutcome> {
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
