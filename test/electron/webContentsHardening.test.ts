import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isAllowedRequestUrl } from '../../electron/main/networkPolicy';
import { hardenEveryWebContents } from '../../electron/main/webContentsHardening';
import { app, fakeEvent, FakeSession, FakeWebContents, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

/** A webContents announced through 'web-contents-created', as Electron does for every one. */
function createdWebContents(session = new FakeSession()): FakeWebContents {
  const contents = new FakeWebContents(session);
  app.emit('web-contents-created', fakeEvent(), contents);
  return contents;
}

function navigationIsPrevented(contents: FakeWebContents, eventName: string, params: Record<string, unknown>): boolean {
  const event = fakeEvent({ ...params });
  contents.emit(eventName, event, params.url);
  return event.defaultPrevented;
}

beforeEach(() => {
  resetFakeElectron();
  hardenEveryWebContents(app as unknown as App);
});

describe('navigation', () => {
  it('lets the main frame navigate only to the app page itself', () => {
    const contents = createdWebContents();
    const willNavigate = (url: string) => navigationIsPrevented(contents, 'will-navigate', { url, isMainFrame: true });
    expect(willNavigate('app://bundle/index.html')).toBe(false);
    expect(willNavigate('app://bundle/index.html#/cases/7')).toBe(false);
    expect(willNavigate('app://bundle/')).toBe(false);
    expect(willNavigate('https://evil.example/')).toBe(true);
    expect(willNavigate('http://localhost:5173/')).toBe(true);
    expect(willNavigate('file:///etc/passwd')).toBe(true);
    expect(willNavigate('app://bundle/assets/app.js')).toBe(true);
    expect(willNavigate('app://evil/index.html')).toBe(true);
    expect(willNavigate('javascript:alert(1)')).toBe(true);
  });

  it('blocks every subframe navigation and main-frame navigation away from the app', () => {
    const contents = createdWebContents();
    const willFrameNavigate = (url: string, isMainFrame: boolean) =>
      navigationIsPrevented(contents, 'will-frame-navigate', { url, isMainFrame });
    expect(willFrameNavigate('app://bundle/index.html', true)).toBe(false);
    expect(willFrameNavigate('app://bundle/index.html', false)).toBe(true);
    expect(willFrameNavigate('https://evil.example/', true)).toBe(true);
    expect(willFrameNavigate('https://evil.example/', false)).toBe(true);
  });

  it('blocks redirects', () => {
    const contents = createdWebContents();
    expect(navigationIsPrevented(contents, 'will-redirect', { url: 'https://evil.example/' })).toBe(true);
  });
});

describe('new windows and webviews', () => {
  it('denies window.open and target=_blank for any URL', () => {
    const contents = createdWebContents();
    expect(contents.windowOpenHandler).not.toBeNull();
    for (const url of ['https://evil.example/', 'app://bundle/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('prevents a <webview> from attaching', () => {
    const contents = createdWebContents();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('session permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'fullscreen'])(
    'denies a request for %s',
    (permission) => {
      const session = createdWebContents().session;
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check and device request with false', () => {
    const session = createdWebContents().session;
    expect(session.permissionCheckHandler?.({}, 'clipboard-sanitized-write', 'app://bundle', {})).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'media', 'https://evil.example', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });
});

describe('network requests', () => {
  it.each([
    'http://example.com/',
    'https://example.com/tracker.js',
    'http://127.0.0.1:5173/',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'WSS://EXAMPLE.COM/socket',
    'ws://localhost:9222/devtools/browser/1',
    'wss://127.0.0.1/',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'app://evil/index.html',
    'chrome-extension://abc/script.js',
    'gopher://example.com/',
  ])('cancels %s', (url) => {
    const session = createdWebContents().session;
    expect(session.isCancelled(url)).toBe(true);
    expect(isAllowedRequestUrl(url)).toBe(false);
  });

  it.each([
    'app://bundle/index.html',
    'app://bundle/assets/sql-wasm.wasm',
    'data:image/png;base64,AAAA',
    'blob:app://bundle/7d0c2b3e-0000-4000-8000-000000000000',
  ])('lets %s through', (url) => {
    const session = createdWebContents().session;
    expect(session.isCancelled(url)).toBe(false);
  });

  it('hardens each session once, however many webContents share it', () => {
    const shared = new FakeSession();
    createdWebContents(shared);
    createdWebContents(shared);
    expect(shared.beforeRequestRegistrations).toBe(1);
  });

  it('covers webContents created by anyone, not only the app window', () => {
    const devtools = createdWebContents();
    expect(devtools.windowOpenHandler).not.toBeNull();
    expect(devtools.session.isCancelled('https://example.com/')).toBe(true);
  });
});
