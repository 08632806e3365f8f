/**
 * A hand-written stand-in for the `electron` module, for tests in Node (the real package would
 * try to download the Electron binary). Each test file installs it with
 *   vi.mock('electron', () => import('./fakeElectron'));
 * and inspects the recorded state below. Only what the main process and preload use is modelled.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebFrame {
  url: string;
  readonly parent: FakeWebFrame | null;
  readonly processId: number;
  readonly frameToken: string;

  constructor(init: { url: string; parent: FakeWebFrame | null; processId: number; frameToken: string }) {
    this.url = init.url;
    this.parent = init.parent;
    this.processId = init.processId;
    this.frameToken = init.frameToken;
  }

  /** A child frame of this one, e.g. an <iframe> on the page. */
  child(url: string): FakeWebFrame {
    return new FakeWebFrame({ url, parent: this, processId: this.processId, frameToken: `${this.frameToken}/child` });
  }
}

export interface BeforeRequestDetails {
  readonly url: string;
}
type BeforeRequestListener = (details: BeforeRequestDetails, callback: (response: { cancel?: boolean }) => void) => void;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
type DevicePermissionHandler = (details: unknown) => boolean;

export class FakeSession {
  beforeRequestListener: BeforeRequestListener | null = null;
  beforeRequestRegistrations = 0;
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: DevicePermissionHandler | null = null;

  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener) => {
      this.beforeRequestRegistrations += 1;
      this.beforeRequestListener = listener;
    },
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler;
  }

  /** Runs the registered onBeforeRequest listener the way Chromium would; true when cancelled. */
  isCancelled(url: string): boolean {
    if (this.beforeRequestListener === null) {
      throw new Error('No onBeforeRequest listener is registered.');
    }
    let cancelled: boolean | undefined;
    this.beforeRequestListener({ url }, (response) => {
      cancelled = response.cancel === true;
    });
    if (cancelled === undefined) {
      throw new Error(`onBeforeRequest never answered for ${url}.`);
    }
    return cancelled;
  }
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly session: FakeSession;
  readonly mainFrame: FakeWebFrame;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: unknown[][] = [];

  constructor(session: FakeSession) {
    super();
    this.session = session;
    this.mainFrame = new FakeWebFrame({ url: 'about:blank', parent: null, processId: 100 + this.id, frameToken: `frame-${this.id}` });
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
}

/** A DOM-free stand-in for Electron's event objects: records preventDefault. */
export function fakeEvent<T extends object>(params: T = {} as T): T & { preventDefault: () => void; readonly defaultPrevented: boolean } {
  let prevented = false;
  return Object.defineProperties(params, {
    preventDefault: {
      value: () => {
        prevented = true;
      },
    },
    defaultPrevented: { get: () => prevented },
  }) as T & { preventDefault: () => void; readonly defaultPrevented: boolean };
}

export interface FakeWindowOptions {
  readonly title?: string;
  readonly show?: boolean;
  readonly webPreferences?: Record<string, unknown>;
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;

  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  readonly options: FakeWindowOptions;
  readonly webContents: FakeWebContents;
  loadedUrl: string | null = null;
  visible = false;
  minimized = false;
  focusCount = 0;
  private destroyed = false;

  constructor(options: FakeWindowOptions) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents(session.defaultSession);
    FakeBrowserWindow.created.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
  }

  focus(): void {
    this.focusCount += 1;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  private ready = false;
  private readyWaiters: Array<() => void> = [];

  readonly enableSandbox = vi.fn();
  readonly commandLine = { appendSwitch: vi.fn() };
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly setAboutPanelOptions = vi.fn();
  readonly getName = vi.fn(() => 'Manifest Lens');
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly getPath = vi.fn((_name: string): string => {
    throw new Error('app.getPath is not stubbed in this test.');
  });

  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  isReady(): boolean {
    return this.ready;
  }

  /** Fires 'ready' as Electron would, resolving every whenReady(). */
  becomeReady(): void {
    this.ready = true;
    for (const resolve of this.readyWaiters.splice(0)) {
      resolve();
    }
    this.emit('ready');
  }

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.ready = false;
    this.readyWaiters = [];
  }
}

export const app = new FakeApp();

export const session: { defaultSession: FakeSession } = { defaultSession: new FakeSession() };

export const BrowserWindow = FakeBrowserWindow;

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

type InvokeListener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

export const ipcMain = {
  handlers: new Map<string, InvokeListener>(),
  handle: vi.fn((channel: string, listener: InvokeListener) => {
    if (ipcMain.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    ipcMain.handlers.set(channel, listener);
  }),
  on: vi.fn(),
};

export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const contextBridge = {
  exposeInMainWorld: vi.fn(),
};

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
  readonly send = vi.fn();
  readonly sendSync = vi.fn();
}

export const ipcRenderer = new FakeIpcRenderer();

/** Restores every fake to its initial state (mocks back to their original implementations); call in beforeEach. */
export function resetFakeElectron(): void {
  vi.resetAllMocks();
  app.reset();
  session.defaultSession = new FakeSession();
  FakeBrowserWindow.created = [];
  FakeBrowserWindow.focused = null;
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
}

/** The listener given to ipcMain.handle for `channel`. */
export function invokeHandler(channel: string): InvokeListener {
  const listener = ipcMain.handlers.get(channel);
  if (listener === undefined) {
    throw new Error(`No ipcMain.handle for ${channel}.`);
  }
  return listener;
}
