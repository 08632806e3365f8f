// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../shared/host/hostApi';
import { hostBridgeName } from '../../shared/host/hostApi';
import { BrowserHost, withExtension } from '../../renderer/host/browserHost';
import { getHost } from '../../renderer/host/getHost';

interface Download {
  readonly fileName: string;
  readonly href: string;
  readonly blob: Blob;
}

/** A BrowserHost whose downloads are captured: the anchor's click, its name and the Blob behind its URL. */
function hostWithCapturedDownloads() {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`clicked a link to an unknown object URL: ${this.href}`);
    expect(this.isConnected).toBe(true);
    downloads.push({ fileName: this.download, href: this.href, blob });
  });
  const host = new BrowserHost({
    createObjectURL: (blob) => {
      const url = `blob:http://127.0.0.1/${blobs.size + 1}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url) => revoked.push(url),
  });
  return { host, downloads, revoked };
}

async function bytesOf(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('BrowserHost', () => {
  it('saves the workspace as a download named after the workspace, with the bytes of its parts in order', async () => {
    vi.useFakeTimers();
    const { host, downloads, revoked } = hostWithCapturedDownloads();
    const image = Uint8Array.of(0x89, 0x4d, 0x4c, 0x57, 0x53, 0x0d, 0x0a, 0x1a, 1, 2, 3);

    const outcome = await host.saveWorkspace([image.subarray(0, 8), image.subarray(8, 10), image.subarray(10)], 'Operation Harbour.mlens');

    expect(outcome).toEqual({ status: 'saved', fileName: 'Operation Harbour.mlens' });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.fileName).toBe('Operation Harbour.mlens');
    expect(await bytesOf(downloads[0]!.blob)).toEqual([...image]);
    expect(document.querySelector('a')).toBeNull();
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(revoked).toEqual([downloads[0]?.href]);
  });

  it('adds the workspace extension and replaces characters no file system accepts', async () => {
    const { host, downloads } = hostWithCapturedDownloads();
    const outcome = await host.saveWorkspace([Uint8Array.of(1)], 'Felixstowe: imports/March?');
    expect(outcome).toEqual({ status: 'saved', fileName: 'Felixstowe_ imports_March_.mlens' });
    expect(downloads[0]?.fileName).toBe('Felixstowe_ imports_March_.mlens');
  });

  it('saves an export with its format extension and MIME type', async () => {
    const { host, downloads } = hostWithCapturedDownloads();
    const csv = new TextEncoder().encode('B/L No.,Consignee Name\r\nMLNSZX2604118,Harbourline Imports Ltd\r\n');

    const outcome = await host.saveExport({ format: 'csv', suggestedName: 'shipments-march', bytes: csv });

    expect(outcome).toEqual({ status: 'saved', fileName: 'shipments-march.csv' });
    expect(downloads[0]?.blob.type).toBe('text/csv');
    expect(await bytesOf(downloads[0]!.blob)).toEqual([...csv]);
    await expect(host.saveExport({ format: 'docx' as 'csv', suggestedName: 'x', bytes: csv })).rejects.toThrow('Unknown export format: docx');
  });

  it('opens a workspace chosen in a hidden .mlens file input and removes the input', async () => {
    const clicked: HTMLInputElement[] = [];
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      clicked.push(this);
    });
    const host = new BrowserHost();
    const opening = host.openWorkspace();
    const input = clicked[0];
    expect(input?.type).toBe('file');
    expect(input?.accept).toBe('.mlens');
    expect(input?.hidden).toBe(true);

    const file = new File([Uint8Array.of(0x89, 0x4d, 0x4c, 0x57)], 'case-42.mlens');
    Object.defineProperty(input, 'files', { value: [file] });
    input?.dispatchEvent(new Event('change'));

    const opened = await opening;
    expect(opened?.name).toBe('case-42.mlens');
    expect([...(opened?.bytes ?? [])]).toEqual([0x89, 0x4d, 0x4c, 0x57]);
    expect(document.querySelector('input')).toBeNull();
  });

  it('answers null when the analyst cancels the file chooser', async () => {
    const clicked: HTMLInputElement[] = [];
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      clicked.push(this);
    });
    const opening = new BrowserHost().openWorkspace();
    clicked[0]?.dispatchEvent(new Event('cancel'));
    await expect(opening).resolves.toBeNull();
    expect(document.querySelector('input')).toBeNull();
  });

  it('describes itself as the browser host and has no native menu', async () => {
    const host = new BrowserHost({ userAgent: 'Mozilla/5.0 Chromium/140' });
    const info = await host.appInfo();
    expect(info).toMatchObject({ productName: 'Manifest Lens', host: 'browser', versions: { userAgent: 'Mozilla/5.0 Chromium/140' } });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    const listener = vi.fn();
    const unsubscribe = host.onMenuCommand(listener);
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('withExtension', () => {
  it('keeps a name that already has one of the extensions, in any case', () => {
    expect(withExtension('network.GEXF', ['gexf'])).toBe('network.GEXF');
    expect(withExtension('entities', ['jsonl'])).toBe('entities.jsonl');
    expect(withExtension('  ', ['csv'])).toBe('untitled.csv');
    expect(withExtension('..', ['csv'])).toBe('untitled.csv');
  });
});

describe('getHost', () => {
  it("uses the Electron preload's bridge when it is exposed", () => {
    const bridge: HostApi = {
      openWorkspace: async () => null,
      saveWorkspace: async () => ({ status: 'cancelled' }),
      saveExport: async () => ({ status: 'cancelled' }),
      writeRecovery: async () => true,
      findRecovery: async () => null,
      discardRecovery: async () => undefined,
      appInfo: async () => ({ productName: 'Manifest Lens', version: '0.1.0', host: 'electron', platform: 'linux', versions: {} }),
      onMenuCommand: () => () => undefined,
    };
    Reflect.set(window, hostBridgeName, bridge);
    try {
      expect(getHost(window)).toBe(bridge);
    } finally {
      Reflect.deleteProperty(window, hostBridgeName);
    }
  });

  it('falls back to the browser host without a bridge, or with something that is not one', () => {
    expect(getHost(window)).toBeInstanceOf(BrowserHost);
    Reflect.set(window, hostBridgeName, { openWorkspace: 'not a function' });
    try {
      expect(getHost(window)).toBeInstanceOf(BrowserHost);
    } finally {
      Reflect.deleteProperty(window, hostBridgeName);
    }
  });
});
