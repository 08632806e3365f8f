import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
// The WebAssembly is bundled with the app and served from its own origin, never from a CDN.
import sqlWasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { createManifestEngine } from '../../shared/engine/manifestEngine';
import { createWorkerEngine } from './workerEngine';

/**
 * The engine's dedicated module Web Worker: sql.js and every query run here, off the UI thread.
 * The renderer reaches it only through the WorkerEngineApi (renderer/engine/engineClient).
 */
const engineReady = initSqlJs({ locateFile: () => sqlWasmUrl }).then((sqlJs) => createManifestEngine(sqlJs));
// A failed start is reported to the caller of the first RPC, not as an unhandled rejection.
engineReady.catch(() => undefined);

Comlink.expose(createWorkerEngine(engineReady));
