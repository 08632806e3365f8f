import { findExportFormat } from '../../shared/host/exportFormats';
import type { AppInfo, ExportSaveRequest, HostApi, HostFile, MenuCommand, RecoveryFile, SaveOutcome } from '../../shared/host/hostApi';
import { isPlainFileName, maxHostFileBytes } from '../../shared/host/hostApi';
import { productName, productVersion } from '../productInfo';

export const workspaceFileExtension = 'mlens';
const workspaceMimeType = 'application/vnd.manifest-lens.workspace';
/** How long a download's object URL stays valid: long enough for the browser to start saving. */
const objectUrlLifetimeMs = 60_000;

export interface BrowserHostEnvironment {
  readonly document: Document;
  readonly createObjectURL: (blob: Blob) => string;
  readonly revokeObjectURL: (url: string) => void;
  readonly userAgent: string;
}

/**
 * The HostApi in a plain browser tab (`npm run web`): files come from a file input and are saved
 * as downloads. There is no native menu; the toolbar offers the same commands.
 */
export class BrowserHost implements HostApi {
  private readonly environment: BrowserHostEnvironment;

  constructor(environment?: Partial<BrowserHostEnvironment>) {
    this.environment = {
      document: environment?.document ?? document,
      createObjectURL: environment?.createObjectURL ?? ((blob) => URL.createObjectURL(blob)),
      revokeObjectURL: environment?.revokeObjectURL ?? ((url) => URL.revokeObjectURL(url)),
      userAgent: environment?.userAgent ?? navigator.userAgent,
    };
  }

  openWorkspace(): Promise<HostFile | null> {
    const { document } = this.environment;
    return new Promise<HostFile | null>((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = `.${workspaceFileExtension}`;
      input.hidden = true;
      const finish = () => input.remove();
      input.addEventListener('cancel', () => {
        finish();
        resolve(null);
      });
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        finish();
        if (!file) {
          resolve(null);
          return;
        }
        if (file.size > maxHostFileBytes) {
          reject(new Error(`${file.name} is too large to open (${file.size} bytes)`));
          return;
        }
        file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
      });
      document.body.append(input);
      input.click();
    });
  }

  async saveWorkspace(parts: readonly Uint8Array[], suggestedName: string): Promise<SaveOutcome> {
    const fileName = withExtension(suggestedName, [workspaceFileExtension]);
    // The Blob is made of the parts as they are: the file is never joined into one more copy here.
    this.download(new Blob(parts.map(blobPart), { type: workspaceMimeType }), fileName);
    return { status: 'saved', fileName };
  }

  async saveExport(request: ExportSaveRequest): Promise<SaveOutcome> {
    const format = findExportFormat(request.format);
    if (!format) throw new Error(`Unknown export format: ${request.format}`);
    const fileName = withExtension(request.suggestedName, format.extensions);
    this.download(new Blob([blobPart(request.bytes)], { type: format.mimeType }), fileName);
    return { status: 'saved', fileName };
  }

  /** A browser tab keeps no recovery file: autosave is an Electron feature (the tab's storage is not the analyst's disk to manage). */
  async writeRecovery(): Promise<boolean> {
    return false;
  }

  async findRecovery(): Promise<RecoveryFile | null> {
    return null;
  }

  async discardRecovery(): Promise<void> {}

  async appInfo(): Promise<AppInfo> {
    return {
      productName,
      version: productVersion,
      host: 'browser',
      platform: 'web',
      versions: { userAgent: this.environment.userAgent },
    };
  }

  onMenuCommand(_listener: (command: MenuCommand) => void): () => void {
    return () => undefined;
  }

  private download(blob: Blob, fileName: string): void {
    const { document, createObjectURL, revokeObjectURL } = this.environment;
    const url = createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    anchor.hidden = true;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => revokeObjectURL(url), objectUrlLifetimeMs);
  }
}

/**
 * A safe download name with the required extension: directory parts and characters no file
 * system accepts are replaced, and the extension is appended unless the name already has it.
 */
export function withExtension(suggestedName: string, extensions: readonly string[]): string {
  const [primary] = extensions;
  if (primary === undefined) throw new Error('a file format needs at least one extension');
  const cleaned = suggestedName
    .replace(/[/\\:*?"<>|\p{Cc}]+/gu, '_')
    .trim()
    .slice(0, 180);
  const base = cleaned === '' || cleaned === '.' || cleaned === '..' ? 'untitled' : cleaned;
  const lower = base.toLowerCase();
  const name = extensions.some((extension) => lower.endsWith(`.${extension}`)) ? base : `${base}.${primary}`;
  if (!isPlainFileName(name)) throw new Error(`Cannot save under the name ${JSON.stringify(suggestedName)}`);
  return name;
}

/** Blob parts must be backed by a plain ArrayBuffer; a shared one is copied. */
function blobPart(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
