import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { SourceDocumentKind } from '../../shared/documents/sourceDocumentKinds';
import type { EngineInfo, ManifestImportChoices, SourceDocumentReceipt, WorkspaceSummary } from '../../shared/engine/engineApi';
import type { WatchlistImportReport } from '../../shared/engine/entityApi';
import type { ReportImportSummary } from '../../shared/engine/reportApi';
import type { HostApi, RecoveryFile } from '../../shared/host/hostApi';
import type { ImportProgress, ImportReport } from '../../shared/ingest/importReport';
import type { ProtectiveMarking } from '../../shared/markings/protectiveMarking';
import { defaultMarking } from '../../shared/markings/protectiveMarking';
import type { MarkingLine } from '../../shared/markings/markingLine';
import { workspaceFileExtension } from '../host/browserHost';
import type { DemoWorkspaceDescription, WorkerEngineApi } from '../worker/workerEngineApi';
import { errorMessage, formatCount, plural } from '../format/format';
import { countDocuments } from '../format/sourceDocumentNouns';
import { claimFirstStart } from './firstStart';
import { encryptedPreambleLength } from '../../shared/workspace/encryptedWorkspaceFile';
import { readWorkspaceFileHeader } from '../../shared/workspace/workspaceFile';

export const untitledWorkspaceName = 'Untitled workspace';
/** Information and success messages clear themselves after this long; errors stay until dismissed. */
export const noticeLifetimeMs = 10_000;

export type EngineStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'ready'; readonly info: EngineInfo }
  | { readonly state: 'failed'; readonly reason: string };

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'success' | 'error';
  readonly message: string;
}

export interface ImportFile {
  readonly name: string;
  readonly size: number;
  /** The US AMS table the file holds, when it is one (it is then imported with the release). */
  readonly amsTable: string | null;
}

export interface ImportRun {
  /**
   * The files in the order they are imported: first the AMS table files, together as one release
   * (see `releaseFiles`), then every other file on its own. Reports come in the same order.
   */
  readonly files: readonly ImportFile[];
  /** How many of `files`, from the first, are the AMS release imported together. */
  readonly releaseFiles: number;
  /** False while the files are being looked at (which are AMS tables), before any is imported. */
  readonly identified: boolean;
  /** Index in `files` of the file being imported (or last imported). */
  readonly currentIndex: number;
  readonly progress: ImportProgress | null;
  readonly reports: readonly ImportReport[];
  readonly phase: 'running' | 'cancelling' | 'done';
  /** Why the run stopped early, when the engine failed rather than the file. */
  readonly error: string | null;
}

/** One watchlist file sent to the engine: its import report, or why it could not be imported. */
export type WatchlistImportOutcome =
  | { readonly fileName: string; readonly report: WatchlistImportReport; readonly error: null }
  | { readonly fileName: string; readonly report: null; readonly error: string };

/** Files being added (or added) as source documents of one kind. */
export interface DocumentRun {
  readonly kind: SourceDocumentKind;
  readonly files: readonly { readonly name: string; readonly size: number }[];
  readonly phase: 'running' | 'done';
  /** One per file, in order, once the engine has kept them. */
  readonly receipts: readonly SourceDocumentReceipt[];
  /**
   * Watchlists are imported (parsed, kept as source documents and screened) rather than only
   * kept: one outcome per file, in order, as each finishes.
   */
  readonly watchlistImports: readonly WatchlistImportOutcome[];
  /** Intelligence reports are read into stored reports as they are kept: the outcome per file. */
  readonly reportImport?: ReportImportSummary | null;
  readonly error: string | null;
}

/** The demo workspace, while it is the open workspace. */
export interface OpenDemo {
  readonly description: DemoWorkspaceDescription;
  /** The report of the import of its manifests. */
  readonly manifestReport: ImportReport;
}

/** A passphrase the workstation is asking the analyst for (PassphraseDialog); see useWorkstation. */
export interface PassphrasePrompt {
  /** 'open': an encrypted file's passphrase; 'set': the passphrase the workspace will be saved with. */
  readonly purpose: 'open' | 'set';
  /** The file or workspace it is for. */
  readonly subject: string;
  /** Tries a passphrase: null when accepted (the prompt is then gone), else the reason to show. */
  submit(passphrase: string): Promise<string | null>;
  cancel(): void;
}

export const wrongPassphraseNotice = 'Wrong passphrase: the workspace could not be unlocked with it.';

/** How often a workspace with unsaved changes is autosaved to the host's recovery file (encrypted workspaces only). */
export const autosaveIntervalMs = 3 * 60_000;

/** An autosaved workspace the last session left, offered on start (HostApi.findRecovery). */
export interface RecoveryOffer {
  readonly workspaceName: string;
  readonly savedAt: string;
}

export interface Workstation {
  readonly engineStatus: EngineStatus;
  /** The passphrase being asked for; null when none is. */
  readonly passphrasePrompt: PassphrasePrompt | null;
  /** An autosaved workspace newer than its file, found on start; null when there is none (or it was answered). */
  readonly recoveryOffer: RecoveryOffer | null;
  /** Opens the autosaved workspace (asking its passphrase); it has unsaved changes until saved. */
  restoreRecovery(): Promise<void>;
  /** Deletes the autosaved workspace. */
  declineRecovery(): Promise<void>;
  readonly summary: WorkspaceSummary | null;
  /** True when the workspace has changes not yet saved to a file. */
  readonly unsaved: boolean;
  /** Changes whenever the shipments the engine holds change. */
  readonly dataVersion: number;
  /** Changes when another workspace replaces the current one. */
  readonly workspaceEpoch: number;
  /** Changes whenever the source documents the engine holds change. */
  readonly documentsVersion: number;
  /** A task other than an import (opening, saving); null when idle. */
  readonly busyTask: string | null;
  /** Progress of the busy task when it imports (the demo's manifests); null otherwise. */
  readonly taskProgress: ImportProgress | null;
  /** True while the demo workspace is being generated and loaded. */
  readonly openingDemo: boolean;
  /** Set while the workspace is the demo workspace opened in this session: what it holds. */
  readonly demo: OpenDemo | null;
  readonly importRun: ImportRun | null;
  readonly documentRun: DocumentRun | null;
  readonly notice: Notice | null;
  createWorkspace(name: string, marking: ProtectiveMarking): Promise<void>;
  openWorkspace(): Promise<void>;
  /** Replaces the workspace with the demo workspace (synthetic data). */
  openDemoWorkspace(): Promise<void>;
  saveWorkspace(): Promise<void>;
  setMarking(marking: ProtectiveMarking | MarkingLine): Promise<void>;
  /** Imports manifest files: AMS table files together as one release, every other file on its own. */
  importFiles(files: readonly File[], choices?: ManifestImportChoices): Promise<void>;
  cancelImport(): void;
  /** Keeps the files in the workspace as source documents of the kind. */
  addSourceDocuments(kind: SourceDocumentKind, files: readonly File[]): Promise<void>;
  showNotice(tone: Notice['tone'], message: string): void;
  dismissNotice(): void;
  /** Records that the workspace changed outside these workflows (a trader decision): it has unsaved changes. */
  markUnsaved(): void;
}

/**
 * The workstation's state and the workflows on it: the engine's start (with the demo workspace on
 * the first start), the workspace lifecycle (new, open, demo, save, marking), importing
 * manifest files (an AMS release together, the others one after another) with progress, and
 * adding source documents.
 */
export function useWorkstation(engine: WorkerEngineApi, host: HostApi): Workstation {
  const [engineStatus, setEngineStatus] = useState<EngineStatus>({ state: 'starting' });
  const [summary, setSummary] = useState<WorkspaceSummary | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [dataVersion, setDataVersion] = useState(0);
  const [workspaceEpoch, setWorkspaceEpoch] = useState(0);
  const [documentsVersion, setDocumentsVersion] = useState(0);
  const [busyTask, setBusyTask] = useState<string | null>(null);
  const [importRun, setImportRun] = useState<ImportRun | null>(null);
  const [documentRun, setDocumentRun] = useState<DocumentRun | null>(null);
  const [taskProgress, setTaskProgress] = useState<ImportProgress | null>(null);
  const [openingDemo, setOpeningDemo] = useState(false);
  const [demo, setDemo] = useState<OpenDemo | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [passphrasePrompt, setPassphrasePrompt] = useState<PassphrasePrompt | null>(null);
  const [recovery, setRecovery] = useState<RecoveryFile | null>(null);
  const autosaving = useRef(false);
  const noticeId = useRef(0);
  const cancelRequested = useRef(false);

  const showNotice = useCallback((tone: Notice['tone'], message: string) => {
    noticeId.current += 1;
    setNotice({ id: noticeId.current, tone, message });
  }, []);

  useEffect(() => {
    if (!notice || notice.tone === 'error') return undefined;
    const timer = setTimeout(() => setNotice((shown) => (shown?.id === notice.id ? null : shown)), noticeLifetimeMs);
    return () => clearTimeout(timer);
  }, [notice]);

  const replaceWorkspace = useCallback((next: WorkspaceSummary) => {
    setSummary(next);
    setUnsaved(false);
    setImportRun(null);
    setDocumentRun(null);
    setDemo(null);
    setDataVersion((version) => version + 1);
    setDocumentsVersion((version) => version + 1);
    setWorkspaceEpoch((epoch) => epoch + 1);
  }, []);

  const runTask = useCallback(
    async (label: string, work: () => Promise<void>) => {
      setBusyTask(label);
      try {
        await work();
      } catch (error) {
        showNotice('error', `${label} failed: ${errorMessage(error)}`);
      } finally {
        setBusyTask(null);
      }
    },
    [showNotice],
  );

  /**
   * Shows the passphrase prompt until `accept` takes a passphrase (true) or the analyst cancels
   * (false). The passphrase goes to `accept`, which hands it to the engine's worker, and nowhere else.
   */
  const askPassphrase = useCallback(
    (purpose: PassphrasePrompt['purpose'], subject: string, accept: (passphrase: string) => Promise<string | null>) =>
      new Promise<boolean>((resolve) => {
        setPassphrasePrompt({
          purpose,
          subject,
          async submit(passphrase) {
            const refusal = await accept(passphrase);
            if (refusal === null) {
              setPassphrasePrompt(null);
              resolve(true);
            }
            return refusal;
          },
          cancel() {
            setPassphrasePrompt(null);
            resolve(false);
          },
        });
      }),
    [],
  );

  /** Asks the passphrase of an encrypted file until the engine holds its key (true) or the analyst cancels (false). */
  const unlockFile = useCallback(
    (subject: string, bytes: Uint8Array) => {
      // The passphrase is checked on the file's first bytes, so the whole file crosses to the worker once.
      const head = bytes.slice(0, encryptedPreambleLength);
      return askPassphrase('open', subject, async (passphrase) => ((await engine.unlockWorkspaceFile(head, passphrase)) ? null : wrongPassphraseNotice));
    },
    [askPassphrase, engine],
  );

  const setPassphrase = useCallback(
    (subject: string) =>
      askPassphrase('set', subject, async (passphrase) => {
        await engine.setWorkspacePassphrase(passphrase);
        return null;
      }),
    [askPassphrase, engine],
  );

  const createWorkspace = useCallback(
    async (name: string, marking: ProtectiveMarking) => {
      let created = false;
      await runTask('Creating workspace', async () => {
        replaceWorkspace(await engine.newWorkspace(name, marking));
        created = true;
      });
      if (!created) return;
      const encrypted = await setPassphrase(name);
      showNotice('info', `New workspace “${name}” (${marking})${encrypted ? ': it will be saved encrypted with its passphrase' : '; you will set its passphrase when you first save it'}.`);
    },
    [engine, replaceWorkspace, runTask, setPassphrase, showNotice],
  );

  const openWorkspace = useCallback(async () => {
    let file;
    try {
      file = await host.openWorkspace();
    } catch (error) {
      showNotice('error', `Opening the workspace failed: ${errorMessage(error)}`);
      return;
    }
    if (!file) return;
    const { name, bytes } = file;
    let encrypted: boolean;
    try {
      encrypted = readWorkspaceFileHeader(bytes).encrypted;
    } catch (error) {
      showNotice('error', `Opening ${name} failed: ${errorMessage(error)}`);
      return;
    }
    if (encrypted && !(await unlockFile(name, bytes))) {
      showNotice('info', `${name} was not opened.`);
      return;
    }
    await runTask(`Opening ${name}`, async () => {
      const opened = await engine.openWorkspace(stripWorkspaceExtension(name), bytes);
      replaceWorkspace(opened);
      const documents = opened.counts.sourceDocuments > 0 ? ` and ${plural(opened.counts.sourceDocuments, 'source document')}` : '';
      const plain = encrypted ? '' : ' The file was not encrypted: you will set a passphrase when you save it.';
      showNotice('info', `Opened ${name}: ${plural(opened.counts.manifestLines, 'manifest line')}${documents}.${plain}`);
    });
  }, [engine, host, replaceWorkspace, runTask, showNotice, unlockFile]);

  const openDemoWorkspace = useCallback(
    () =>
      runTask('Opening the demo workspace', async () => {
        setOpeningDemo(true);
        setTaskProgress(null);
        try {
          const opened = await engine.openDemoWorkspace((progress) => setTaskProgress(progress));
          replaceWorkspace(opened.summary);
          setDemo({ description: opened.demo, manifestReport: opened.manifestReport });
          showNotice(
            'success',
            `Opened the demo workspace: synthetic data, ${plural(opened.manifestReport.rowsStored, 'manifest line')} with ` +
              `${plural(opened.demo.plantedSchemes.length, 'planted smuggling scheme')}.`,
          );
        } catch (error) {
          // The engine may have replaced the workspace before the demo failed: show what it holds.
          const current = await engine.summary().catch(() => null);
          if (current) {
            setSummary(current);
            setDataVersion((version) => version + 1);
            setDocumentsVersion((version) => version + 1);
            setWorkspaceEpoch((epoch) => epoch + 1);
          }
          throw error;
        } finally {
          setOpeningDemo(false);
          setTaskProgress(null);
        }
      }),
    [engine, replaceWorkspace, runTask, showNotice],
  );

  const openDemoOnFirstStart = useEffectEvent(() => {
    if (claimFirstStart()) void openDemoWorkspace();
  });

  /** On start: an autosaved workspace newer than its file is offered first; else, on the very first start, the demo. */
  const offerRecoveryOrDemo = useEffectEvent(async () => {
    let found: RecoveryFile | null = null;
    try {
      found = await host.findRecovery();
    } catch (error) {
      showNotice('error', `Looking for an autosaved workspace failed: ${errorMessage(error)}`);
    }
    if (found !== null) setRecovery(found);
    else openDemoOnFirstStart();
  });

  const restoreRecovery = useCallback(async () => {
    const file = recovery;
    if (file === null) return;
    setRecovery(null);
    let encrypted: boolean;
    try {
      encrypted = readWorkspaceFileHeader(file.bytes).encrypted;
    } catch (error) {
      showNotice('error', `Restoring the autosaved workspace failed: ${errorMessage(error)}`);
      return;
    }
    if (encrypted && !(await unlockFile(`${file.workspaceName} (autosaved)`, file.bytes))) {
      setRecovery(file);
      return;
    }
    await runTask('Restoring the autosaved workspace', async () => {
      const opened = await engine.openWorkspace(file.workspaceName, file.bytes);
      replaceWorkspace(opened);
      setUnsaved(true);
      showNotice('success', `Restored “${opened.name}” as autosaved at ${new Date(file.savedAt).toLocaleString()}: save it to keep it.`);
    });
  }, [engine, recovery, replaceWorkspace, runTask, showNotice, unlockFile]);

  const declineRecovery = useCallback(async () => {
    setRecovery(null);
    try {
      await host.discardRecovery();
      showNotice('info', 'The autosaved workspace was deleted.');
    } catch (error) {
      showNotice('error', `Deleting the autosaved workspace failed: ${errorMessage(error)}`);
    }
  }, [host, showNotice]);

  // The engine's start: an empty workspace, then on the very first start the demo workspace.
  useEffect(() => {
    let current = true;
    (async () => {
      try {
        const info = await engine.info();
        const created = await engine.newWorkspace(untitledWorkspaceName, defaultMarking);
        if (!current) return;
        setEngineStatus({ state: 'ready', info });
        setSummary(created);
        setDataVersion((version) => version + 1);
        await offerRecoveryOrDemo();
      } catch (error) {
        if (current) setEngineStatus({ state: 'failed', reason: errorMessage(error) });
      }
    })();
    return () => {
      current = false;
    };
  }, [engine]);

  const saveWorkspace = useCallback(async () => {
    const name = summary?.name ?? untitledWorkspaceName;
    // Workspaces are saved encrypted: one without a passphrase (new, the demo, a plain file) gets one first.
    let encrypted: boolean;
    try {
      encrypted = await engine.workspaceEncrypted();
    } catch (error) {
      showNotice('error', `Saving the workspace failed: ${errorMessage(error)}`);
      return;
    }
    if (!encrypted && !(await setPassphrase(name))) {
      showNotice('info', 'Not saved: a workspace is saved encrypted, with a passphrase.');
      return;
    }
    await runTask('Saving workspace', async () => {
      const parts = await engine.saveWorkspace();
      const outcome = await host.saveWorkspace(parts, `${name}.${workspaceFileExtension}`);
      if (outcome.status === 'saved') {
        setUnsaved(false);
        showNotice('success', `Workspace saved as ${outcome.fileName} (encrypted).`);
        // Saved: the autosave is older than the file now.
        await host.discardRecovery();
      }
    });
  }, [engine, host, runTask, setPassphrase, showNotice, summary]);

  /**
   * Autosave: while the workspace has unsaved changes and nothing else runs, it is written to the
   * host's recovery file every autosaveIntervalMs, encrypted with the workspace's key like a save.
   * A workspace without a passphrase is not autosaved: nothing reaches the disk unencrypted.
   */
  const autosave = useEffectEvent(async () => {
    const running = busyTask !== null || passphrasePrompt !== null || (importRun !== null && importRun.phase !== 'done') || documentRun?.phase === 'running';
    if (!unsaved || running || autosaving.current) return;
    autosaving.current = true;
    try {
      if (!(await engine.workspaceEncrypted())) return;
      await host.writeRecovery(await engine.saveWorkspace(), summary?.name ?? untitledWorkspaceName);
    } catch (error) {
      showNotice('error', `Autosave failed: ${errorMessage(error)}`);
    } finally {
      autosaving.current = false;
    }
  });

  useEffect(() => {
    if (engineStatus.state !== 'ready') return undefined;
    const timer = setInterval(() => void autosave(), autosaveIntervalMs);
    return () => clearInterval(timer);
  }, [engineStatus.state]);

  const setMarking = useCallback(
    (marking: ProtectiveMarking | MarkingLine) =>
      runTask('Changing the protective marking', async () => {
        setSummary(await engine.setMarking(marking));
        setUnsaved(true);
      }),
    [engine, runTask],
  );

  const importFiles = useCallback(
    async (files: readonly File[], choices?: ManifestImportChoices) => {
      if (files.length === 0) return;
      cancelRequested.current = false;
      const run: { -readonly [K in keyof ImportRun]: ImportRun[K] } = {
        files: files.map((file) => ({ name: file.name, size: file.size, amsTable: null })),
        releaseFiles: 0,
        identified: false,
        currentIndex: 0,
        progress: null,
        reports: [],
        phase: 'running',
        error: null,
      };
      const publish = () =>
        setImportRun({ ...run, phase: run.phase === 'running' && cancelRequested.current ? 'cancelling' : run.phase });
      const stored = async (reports: readonly ImportReport[]) => {
        run.reports = [...run.reports, ...reports];
        if (reports.some((report) => report.status === 'completed')) {
          setSummary(await engine.summary());
          setUnsaved(true);
          setDataVersion((version) => version + 1);
        }
        return reports.some((report) => report.status === 'cancelled');
      };
      publish();
      let step = 'Reading the chosen files';
      try {
        const tables = await engine.identifyAmsTables(files.map((file) => ({ file, fileName: file.name })));
        const release = files.flatMap((file, index) => {
          const amsTable = tables[index];
          return amsTable ? [{ file, amsTable }] : [];
        });
        const others = files.filter((_, index) => !tables[index]);
        run.files = [
          ...release.map(({ file, amsTable }) => ({ name: file.name, size: file.size, amsTable })),
          ...others.map((file) => ({ name: file.name, size: file.size, amsTable: null })),
        ];
        run.releaseFiles = release.length;
        run.identified = true;
        publish();
        let stopped = cancelRequested.current;
        if (release.length > 0 && !stopped) {
          step = `Import of the AMS release (${plural(release.length, 'table file')})`;
          const reports = await engine.importAmsReleaseFiles(
            release.map(({ file }) => ({ file, fileName: file.name })),
            (progress) => {
              const index = release.findIndex(({ file }) => file.name === progress.fileName);
              if (index >= 0) run.currentIndex = index;
              run.progress = progress;
              publish();
            },
          );
          stopped = await stored(reports);
        }
        for (const [offset, file] of others.entries()) {
          if (stopped || cancelRequested.current) break;
          run.currentIndex = release.length + offset;
          run.progress = null;
          publish();
          step = `Import of ${file.name}`;
          const report = await engine.importManifestFile(
            file,
            file.name,
            (progress) => {
              run.progress = progress;
              publish();
            },
            // The analyst's mapping from the preview applies to the one file it was made for.
            choices,
          );
          stopped = await stored([report]);
        }
      } catch (error) {
        run.error = `${step} failed: ${errorMessage(error)}`;
      }
      run.phase = 'done';
      run.progress = null;
      publish();
      const completed = run.reports.filter((report) => report.status === 'completed');
      const storedRows = completed.reduce((sum, report) => sum + report.rowsStored, 0);
      const rejected = completed.reduce((sum, report) => sum + report.rowsRejected, 0);
      const unusable = run.reports.length - completed.length;
      showNotice(
        run.error || unusable > 0 ? 'error' : 'success',
        run.error ??
          `Import finished: ${plural(run.reports.length, 'file')}, ${plural(storedRows, 'row')} stored, ${formatCount(rejected)} rejected` +
            (unusable > 0 ? `; ${plural(unusable, 'file')} not imported (see the import report).` : '.'),
      );
    },
    [engine, showNotice],
  );

  const cancelImport = useCallback(() => {
    cancelRequested.current = true;
    setImportRun((run) => (run && run.phase === 'running' ? { ...run, phase: 'cancelling' } : run));
    engine.cancelImport().catch((error: unknown) => showNotice('error', `Cancelling the import failed: ${errorMessage(error)}`));
  }, [engine, showNotice]);

  /** Imports each watchlist on its own (a bad file does not stop the others) and reports each. */
  const importWatchlists = useCallback(
    async (files: readonly File[], run: { watchlistImports: readonly WatchlistImportOutcome[] }, publish: () => void) => {
      for (const file of files) {
        let outcome: WatchlistImportOutcome;
        try {
          const report = await engine.importWatchlist({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
          outcome = { fileName: file.name, report, error: null };
        } catch (error) {
          outcome = { fileName: file.name, report: null, error: `Importing the watchlist ${file.name} failed: ${errorMessage(error)}` };
        }
        run.watchlistImports = [...run.watchlistImports, outcome];
        publish();
      }
      const imported = run.watchlistImports.flatMap((outcome) => (outcome.report ? [outcome.report] : []));
      const failed = run.watchlistImports.length - imported.length;
      if (imported.length > 0) {
        setUnsaved(true);
        setDocumentsVersion((version) => version + 1);
      }
      try {
        setSummary(await engine.summary());
      } catch (error) {
        showNotice('error', `Reading the workspace summary failed: ${errorMessage(error)}`);
        return;
      }
      const entries = imported.reduce((sum, report) => sum + report.entries, 0);
      const rejected = imported.reduce((sum, report) => sum + report.rejected, 0);
      const hits = imported.at(-1)?.summary.watchlistHits;
      if (failed > 0) {
        const firstError = run.watchlistImports.find((outcome) => outcome.error !== null)?.error ?? '';
        showNotice('error', failed === files.length ? firstError : `${firstError} (${plural(failed, 'watchlist')} of ${formatCount(files.length)} not imported; see the import dialog).`);
      } else {
        showNotice(
          'success',
          `Imported ${plural(imported.length, 'watchlist')}: ${plural(entries, 'entry', 'entries')}, ${formatCount(rejected)} rejected` +
            (hits === undefined ? '.' : `; ${plural(hits, 'trader or vessel', 'traders and vessels')} with watchlist hits.`),
        );
      }
    },
    [engine, showNotice],
  );

  const addSourceDocuments = useCallback(
    async (kind: SourceDocumentKind, files: readonly File[]) => {
      if (files.length === 0) return;
      const run: { -readonly [K in keyof DocumentRun]: DocumentRun[K] } = {
        kind,
        files: files.map((file) => ({ name: file.name, size: file.size })),
        phase: 'running',
        receipts: [],
        watchlistImports: [],
        reportImport: null,
        error: null,
      };
      const publish = () => setDocumentRun({ ...run });
      publish();
      if (kind === 'watchlist') {
        await importWatchlists(files, run, publish);
        run.phase = 'done';
        publish();
        return;
      }
      if (kind === 'intelligence-report') {
        try {
          const summary = await engine.importReportFiles(files.map((file) => ({ file, fileName: file.name })));
          run.reportImport = summary;
          // Every file read is kept byte for byte as a source document (a refused one is not).
          const kept = summary.files.flatMap((file, index) => (file.documentId === null ? [] : [{ file, size: files[index]?.size ?? 0 }]));
          run.files = kept.map(({ file, size }) => ({ name: file.fileName, size }));
          run.receipts = kept.map(({ file }) => ({ fileName: file.fileName, status: file.status === 'already-present' ? 'already-present' : 'added', documentId: file.documentId as number }));
          if (summary.imported > 0) {
            setUnsaved(true);
            setDocumentsVersion((version) => version + 1);
          }
          setSummary(await engine.summary());
          const parts = [
            `read ${plural(summary.imported, 'report')}`,
            ...(summary.flagged > 0 ? [`${formatCount(summary.flagged)} with header fields flagged`] : []),
            ...(summary.alreadyPresent > 0 ? [`${formatCount(summary.alreadyPresent)} already in the workspace`] : []),
            ...(summary.failed > 0 ? [`${formatCount(summary.failed)} not read`] : []),
          ];
          const sentence = `${parts.join('; ')}.`;
          showNotice(summary.failed > 0 ? 'error' : summary.imported > 0 ? 'success' : 'info', sentence.charAt(0).toUpperCase() + sentence.slice(1));
        } catch (error) {
          run.error = `Importing ${countDocuments(files.length, kind)} failed: ${errorMessage(error)}`;
          showNotice('error', run.error);
        }
        run.phase = 'done';
        publish();
        return;
      }
      try {
        run.receipts = [...(await engine.addSourceDocumentFiles(files.map((file) => ({ kind, file, fileName: file.name }))))];
        const added = run.receipts.filter((receipt) => receipt.status === 'added').length;
        const present = run.receipts.length - added;
        if (added > 0) {
          setUnsaved(true);
          setDocumentsVersion((version) => version + 1);
        }
        setSummary(await engine.summary());
        const alreadyThere = `${formatCount(present)} ${present === 1 ? 'was' : 'were'} already in the workspace`;
        if (added === 0) showNotice('info', `Nothing added: ${countDocuments(present, kind)} ${present === 1 ? 'was' : 'were'} already in the workspace.`);
        else showNotice('success', `Added ${countDocuments(added, kind)} to the workspace${present > 0 ? `; ${alreadyThere}` : ''}.`);
      } catch (error) {
        run.error = `Adding ${countDocuments(files.length, kind)} failed: ${errorMessage(error)}`;
        showNotice('error', run.error);
      }
      run.phase = 'done';
      publish();
    },
    [engine, importWatchlists, showNotice],
  );

  return {
    engineStatus,
    passphrasePrompt,
    recoveryOffer: recovery === null ? null : { workspaceName: recovery.workspaceName, savedAt: recovery.savedAt },
    restoreRecovery,
    declineRecovery,
    summary,
    unsaved,
    dataVersion,
    workspaceEpoch,
    documentsVersion,
    busyTask,
    taskProgress,
    openingDemo,
    demo,
    importRun,
    documentRun,
    notice,
    createWorkspace,
    openWorkspace,
    openDemoWorkspace,
    saveWorkspace,
    setMarking,
    importFiles,
    cancelImport,
    addSourceDocuments,
    showNotice,
    dismissNotice: useCallback(() => setNotice(null), []),
    markUnsaved: useCallback(() => setUnsaved(true), []),
  };
}

function stripWorkspaceExtension(fileName: string): string {
  const suffix = `.${workspaceFileExtension}`;
  return fileName.toLowerCase().endsWith(suffix) ? fileName.slice(0, -suffix.length) : fileName;
}
