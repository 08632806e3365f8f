// Sandboxed preload, bundled to dist/electron/preload.cjs: exposes the HostApi, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { hostBridgeName } from '../../shared/host/hostApi';
import { createHostApi } from './hostBridge';

contextBridge.exposeInMainWorld(hostBridgeName, createHostApi(ipcRenderer));
