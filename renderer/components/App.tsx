import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ShipmentRow } from '../../shared/engine/engineApi';
import type { HostApi, MenuCommand } from '../../shared/host/hostApi';
import type { ImportProgress } from '../../shared/ingest/importReport';
import { defaultMarking } from '../../shared/markings/protectiveMarking';
import { formatCount } from '../format/format';
import { useTheme } from '../hooks/useTheme';
import { countDocuments } from '../format/sourceDocumentNouns';
import type { DocumentRun, ImportRun } from '../hooks/useWorkstation';
import { useWorkstation } from '../hooks/useWorkstation';
import { useTraderResolution } from '../hooks/useTraderResolution';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { ConfirmDialog } from './ConfirmDialog';
import { DemoDataNotice } from './DemoDataNotice';
import { DemoWorkspaceDialog } from './DemoWorkspaceDialog';
import { DetailsPanel } from './DetailsPanel';
import { DocumentsView } from './DocumentsView';
import { ImportDialog } from './ImportDialog';
import { ImportProfilesDialog } from './ImportProfilesDialog';
import { MarkingBanner } from './MarkingBanner';
import { NewWorkspaceDialog } from './NewWorkspaceDialog';
import { PassphraseDialog } from './PassphraseDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { NetworkView } from './network/NetworkView';
import type { NetworkFocusRequest } from './network/NetworkView';
import { ReportsView } from './reports/ReportsView';
import { NoticeBar } from './NoticeBar';
import { ShipmentsView } from './ShipmentsView';
import type { WorkspaceView } from './Sidebar';
import { Sidebar } from './Sidebar';
import type { StatusTask } from './StatusBar';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import type { TradersSection } from './TradersView';
import { TradersView } from './TradersView';
import { TargetsView } from './TargetsView';
import { AuditView } from './AuditView';
import { WorkspaceSettingsDialog } from './WorkspaceSettingsDialog';
import './App.css';

type DialogName = 'import' | 'import-documents' | 'import-profiles' | 'new-workspace' | 'settings' | 'confirm-open' | 'confirm-demo' | 'about-demo';

export interface AppProps {
  readonly engine: WorkerEngineApi;
  readonly host: HostApi;
}

const menuCommandLabels: Record<MenuCommand, string> = {
  'open-workspace': 'Open workspace',
  'save-workspace': 'Save workspace',
  'new-workspace': 'New workspace',
  'open-demo-workspace': 'Open demo workspace',
  'import-manifests': 'Import manifests',
  'toggle-theme': 'Toggle theme',
};

/**
 * The workstation: marking banners, toolbar, datasets and views (the shipments table with the
 * details of a line, or the source documents with a reader), status.
 */
export function App({ engine, host }: AppProps) {
  const workstation = useWorkstation(engine, host);
  const { theme, toggleTheme } = useTheme();
  const [dialog, setDialog] = useState<DialogName | null>(null);
  /** The analyst closed the autosave offer without deciding: it is not shown again this session. */
  const [recoveryPostponed, setRecoveryPostponed] = useState(false);
  const [selected, setSelected] = useState<ShipmentRow | null>(null);
  const [chosenView, setChosenView] = useState<WorkspaceView>('shipments');
  const { summary, importRun, documentRun, engineStatus, unsaved } = workstation;
  const sourceDocuments = summary?.counts.sourceDocuments ?? 0;
  // The Documents view exists only while the workspace keeps documents.
  const view: WorkspaceView = chosenView === 'documents' ? (sourceDocuments > 0 ? 'documents' : 'shipments') : chosenView;
  const [tradersSection, setTradersSection] = useState<TradersSection>('traders');
  const [selectedEntityId, setSelectedEntityId] = useState<string | null>(null);
  // A trader to focus in the Network view ("Show in network" on a report's mention); dropped when the analyst changes view.
  const [networkFocus, setNetworkFocus] = useState<NetworkFocusRequest | null>(null);
  const showInNetwork = (entityId: string) => {
    setNetworkFocus((current) => ({ entityId, request: (current?.request ?? 0) + 1 }));
    setChosenView('network');
  };
  const traders = useTraderResolution(engine, {
    engineReady: engineStatus.state === 'ready',
    sourceKey: `${workstation.workspaceEpoch}:${workstation.dataVersion}:${workstation.documentsVersion}`,
    onWorkspaceChanged: workstation.markUnsaved,
    showNotice: workstation.showNotice,
  });

  // Another workspace replaced this one: its selection no longer means anything.
  const [selectionEpoch, setSelectionEpoch] = useState(workstation.workspaceEpoch);
  if (selectionEpoch !== workstation.workspaceEpoch) {
    setSelectionEpoch(workstation.workspaceEpoch);
    setSelected(null);
    setSelectedEntityId(null);
  }

  const importing = (importRun !== null && importRun.phase !== 'done') || documentRun?.phase === 'running';
  const commandsDisabled = engineStatus.state !== 'ready' || summary === null || workstation.busyTask !== null || importing;

  const closeDialog = useCallback(() => setDialog(null), []);
  const requestOpen = () => {
    if (unsaved) setDialog('confirm-open');
    else void workstation.openWorkspace();
  };
  const requestDemo = () => {
    if (unsaved) setDialog('confirm-demo');
    else void workstation.openDemoWorkspace();
  };

  const commands: Record<MenuCommand, () => void> = {
    'new-workspace': () => setDialog('new-workspace'),
    'open-workspace': requestOpen,
    'save-workspace': () => void workstation.saveWorkspace(),
    'import-manifests': () => setDialog('import'),
    'toggle-theme': toggleTheme,
    'open-demo-workspace': requestDemo,
  };
  // The native menu (Electron) sends the same commands as the toolbar.
  const onMenuCommand = useEffectEvent((command: MenuCommand) => {
    if (commandsDisabled && command !== 'toggle-theme') {
      const reason = engineStatus.state === 'failed' ? 'the engine could not start' : engineStatus.state === 'starting' ? 'the engine is starting' : 'another task is running';
      workstation.showNotice('info', `${menuCommandLabels[command]} is unavailable: ${reason}.`);
      return;
    }
    commands[command]();
  });
  useEffect(() => host.onMenuCommand((command) => onMenuCommand(command)), [host]);

  return (
    <div className="workstation">
      <MarkingBanner marking={summary?.marking ?? defaultMarking} line={summary?.markingLine} position="top" />
      <div className="workstation__frame" inert={dialog !== null || workstation.passphrasePrompt !== null || (workstation.recoveryOffer !== null && !recoveryPostponed)}>
        <Toolbar
          workspaceName={summary?.name ?? null}
          unsaved={unsaved}
          commandsDisabled={commandsDisabled}
          theme={theme}
          onNewWorkspace={commands['new-workspace']}
          onOpenWorkspace={commands['open-workspace']}
          onSaveWorkspace={commands['save-workspace']}
          onImportManifests={commands['import-manifests']}
          onWorkspaceSettings={() => setDialog('settings')}
          onToggleTheme={toggleTheme}
        />
        {workstation.notice ? <NoticeBar key={workstation.notice.id} notice={workstation.notice} onDismiss={workstation.dismissNotice} /> : null}
        {workstation.demo ? <DemoDataNotice demo={workstation.demo.description} onAbout={() => setDialog('about-demo')} /> : null}
        <div className={`workstation__body workstation__body--${view}`}>
          <Sidebar
            datasets={summary?.datasets ?? []}
            manifestLines={summary?.counts.manifestLines ?? 0}
            sourceDocuments={sourceDocuments}
            traders={traders.summary?.resolvedAt ? traders.summary.entities : null}
            tradersToReview={traders.summary?.resolvedAt ? traders.summary.reviewItems : 0}
            view={view}
            onViewChange={(next) => {
              setNetworkFocus(null);
              setChosenView(next);
            }}
            onOpenDemo={commandsDisabled ? null : commands['open-demo-workspace']}
          />
          <main className="workstation__main">
            {workstation.openingDemo ? (
              <div className="workstation__engine-state">Opening the demo workspace…</div>
            ) : engineStatus.state === 'ready' && view === 'traders' ? (
              <TradersView
                key={workstation.workspaceEpoch}
                engine={engine}
                resolution={traders}
                section={tradersSection}
                onSectionChange={setTradersSection}
                selectedEntityId={selectedEntityId}
                onSelectEntity={setSelectedEntityId}
                commandsDisabled={commandsDisabled}
              />
            ) : engineStatus.state === 'ready' && view === 'network' ? (
              <NetworkView
                key={workstation.workspaceEpoch}
                engine={engine}
                dataKey={`${workstation.workspaceEpoch}:${workstation.dataVersion}:${traders.entitiesVersion}:${traders.summary?.resolvedAt ?? ''}`}
                host={host}
                workspaceName={summary?.name ?? 'Network'}
                showNotice={workstation.showNotice}
                focusRequest={networkFocus}
                onWorkspaceChanged={workstation.markUnsaved}
                marking={summary?.markingLine ?? summary?.marking ?? defaultMarking}
              />
            ) : engineStatus.state === 'ready' && view === 'reports' ? (
              <ReportsView
                key={workstation.workspaceEpoch}
                engine={engine}
                documentsVersion={workstation.documentsVersion}
                dataVersion={workstation.dataVersion}
                onImportReports={commandsDisabled ? null : () => setDialog('import-documents')}
                onShowInNetwork={showInNetwork}
                onImportReportFiles={commandsDisabled ? null : (files) => workstation.addSourceDocuments('intelligence-report', files)}
                reportImport={documentRun?.kind === 'intelligence-report' ? (documentRun.reportImport ?? null) : null}
              />
            ) : engineStatus.state === 'ready' && view === 'targets' ? (
              <TargetsView
                key={workstation.workspaceEpoch}
                engine={engine}
                host={host}
                workspaceName={summary?.name ?? 'Workspace'}
                marking={summary?.marking ?? defaultMarking}
                markingLine={summary?.markingLine}
                dataKey={`${workstation.dataVersion}:${traders.entitiesVersion}:${traders.summary?.resolvedAt ?? ''}`}
                showNotice={workstation.showNotice}
                onChanged={workstation.markUnsaved}
                commandsDisabled={commandsDisabled}
              />
            ) : engineStatus.state === 'ready' && view === 'audit' ? (
              <AuditView
                key={workstation.workspaceEpoch}
                engine={engine}
                dataKey={`${workstation.dataVersion}:${workstation.documentsVersion}:${traders.entitiesVersion}:${traders.summary?.resolvedAt ?? ''}:${unsaved}`}
              />
            ) : engineStatus.state === 'ready' && view === 'documents' ? (
              <DocumentsView
                key={workstation.workspaceEpoch}
                engine={engine}
                documentsVersion={workstation.documentsVersion}
                onAddDocuments={commandsDisabled ? null : () => setDialog('import-documents')}
              />
            ) : engineStatus.state === 'ready' ? (
              <ShipmentsView
                engine={engine}
                dataVersion={workstation.dataVersion}
                selectedLineId={selected?.lineId ?? null}
                onSelect={setSelected}
                onImportManifests={commandsDisabled ? null : commands['import-manifests']}
              />
            ) : (
              <div className="workstation__engine-state" role={engineStatus.state === 'failed' ? 'alert' : undefined}>
                {engineStatus.state === 'failed' ? `The engine could not start: ${engineStatus.reason}` : 'Starting the engine…'}
              </div>
            )}
          </main>
          {view === 'shipments' ? <DetailsPanel shipment={selected} /> : null}
        </div>
        <StatusBar
          engineStatus={engineStatus}
          summary={summary}
          task={statusTask(workstation.busyTask, workstation.taskProgress, importRun, documentRun, workstation.cancelImport)}
        />
      </div>
      <MarkingBanner marking={summary?.marking ?? defaultMarking} line={summary?.markingLine} position="bottom" />

      {dialog === 'import' || dialog === 'import-documents' ? (
        <ImportDialog
          run={importRun}
          documentRun={documentRun}
          initialTab={dialog === 'import-documents' ? 'documents' : 'manifests'}
          onImport={(files, choices) => void workstation.importFiles(files, choices)}
          onPreview={(file) => engine.previewManifestFile(file, file.name)}
          onManageProfiles={() => setDialog('import-profiles')}
          onCancelImport={workstation.cancelImport}
          onAddDocuments={(kind, files) => void workstation.addSourceDocuments(kind, files)}
          onClose={closeDialog}
        />
      ) : null}
      {dialog === 'import-profiles' ? (
        <ImportProfilesDialog engine={engine} host={host} onProfilesChanged={workstation.markUnsaved} onBack={() => setDialog('import')} onClose={closeDialog} />
      ) : null}
      {dialog === 'new-workspace' ? (
        <NewWorkspaceDialog discardsUnsavedChanges={unsaved} onCreate={(name, marking) => void workstation.createWorkspace(name, marking)} onClose={closeDialog} />
      ) : null}
      {dialog === 'settings' && summary ? (
        <WorkspaceSettingsDialog summary={summary} onApply={(marking) => void workstation.setMarking(marking)} onClose={closeDialog} />
      ) : null}
      {dialog === 'confirm-open' ? (
        <ConfirmDialog title="Open another workspace?" confirmLabel="Discard changes and open…" onConfirm={() => void workstation.openWorkspace()} onClose={closeDialog}>
          <p>The current workspace has unsaved changes. Opening another workspace discards them; save first to keep them.</p>
        </ConfirmDialog>
      ) : null}
      {dialog === 'confirm-demo' ? (
        <ConfirmDialog
          title="Open the demo workspace?"
          confirmLabel="Discard changes and open the demo"
          onConfirm={() => void workstation.openDemoWorkspace()}
          onClose={closeDialog}
        >
          <p>The current workspace has unsaved changes. Opening the demo workspace discards them; save first to keep them.</p>
        </ConfirmDialog>
      ) : null}
      {dialog === 'about-demo' && workstation.demo ? <DemoWorkspaceDialog demo={workstation.demo} sourceDocuments={sourceDocuments} onClose={closeDialog} /> : null}
      {workstation.recoveryOffer && !recoveryPostponed && !workstation.passphrasePrompt ? (
        <RecoveryDialog
          offer={workstation.recoveryOffer}
          onRestore={() => void workstation.restoreRecovery()}
          onDecline={() => void workstation.declineRecovery()}
          onClose={() => setRecoveryPostponed(true)}
        />
      ) : null}
      {workstation.passphrasePrompt ? (
        <PassphraseDialog
          key={`${workstation.passphrasePrompt.purpose}:${workstation.passphrasePrompt.subject}`}
          purpose={workstation.passphrasePrompt.purpose}
          subject={workstation.passphrasePrompt.subject}
          onSubmit={workstation.passphrasePrompt.submit}
          onCancel={workstation.passphrasePrompt.cancel}
        />
      ) : null}
    </div>
  );
}

function statusTask(
  busyTask: string | null,
  progress: ImportProgress | null,
  run: ImportRun | null,
  documentRun: DocumentRun | null,
  cancelImport: () => void,
): StatusTask | null {
  if (documentRun?.phase === 'running') {
    return { label: `Adding ${countDocuments(documentRun.files.length, documentRun.kind)} to the workspace…`, fraction: null, onCancel: null };
  }
  if (run && run.phase !== 'done') {
    const file = run.files[run.currentIndex];
    const byteLength = run.progress?.byteLength ?? file?.size ?? 0;
    const fraction = run.progress && byteLength > 0 ? Math.min(1, run.progress.bytesRead / byteLength) : null;
    const rows = run.progress ? ` · ${formatCount(run.progress.rowsRead)} rows` : '';
    return {
      label: `${run.phase === 'cancelling' ? 'Cancelling import of' : 'Importing'} ${file?.name ?? ''} (${run.currentIndex + 1}/${run.files.length})${rows}`,
      fraction,
      onCancel: run.phase === 'running' ? cancelImport : null,
    };
  }
  if (!busyTask) return null;
  if (!progress) return { label: `${busyTask}…`, fraction: null, onCancel: null };
  return {
    label: `${busyTask}: importing ${progress.fileName} · ${formatCount(progress.rowsRead)} rows`,
    fraction: progress.byteLength ? Math.min(1, progress.bytesRead / progress.byteLength) : null,
    onCancel: null,
  };
}
