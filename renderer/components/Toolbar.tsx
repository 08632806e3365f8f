import type { Theme } from '../hooks/useTheme';
import { productName } from '../productInfo';
import { Icon } from './Icon';
import './Toolbar.css';

export interface ToolbarProps {
  readonly workspaceName: string | null;
  readonly unsaved: boolean;
  /** Workspace commands are unavailable while the engine starts or a task runs. */
  readonly commandsDisabled: boolean;
  readonly theme: Theme;
  readonly onNewWorkspace: () => void;
  readonly onOpenWorkspace: () => void;
  readonly onSaveWorkspace: () => void;
  readonly onImportManifests: () => void;
  readonly onWorkspaceSettings: () => void;
  readonly onToggleTheme: () => void;
}

export function Toolbar(props: ToolbarProps) {
  const { workspaceName, unsaved, commandsDisabled, theme } = props;
  const nextTheme = theme === 'dark' ? 'light' : 'dark';
  return (
    <header className="toolbar">
      <div className="toolbar__identity">
        <span className="toolbar__product">{productName}</span>
        {workspaceName !== null ? (
          <span className="toolbar__workspace" title={workspaceName}>
            {workspaceName}
            {unsaved ? (
              <span className="toolbar__unsaved" title="Unsaved changes">
                <span className="visually-hidden"> (unsaved changes)</span>
              </span>
            ) : null}
          </span>
        ) : null}
      </div>
      <div className="toolbar__commands" role="toolbar" aria-label="Workspace commands">
        <button type="button" className="tool-button" onClick={props.onNewWorkspace} disabled={commandsDisabled}>
          <Icon name="newWorkspace" />
          New
        </button>
        <button type="button" className="tool-button" onClick={props.onOpenWorkspace} disabled={commandsDisabled}>
          <Icon name="open" />
          Open…
        </button>
        <button type="button" className="tool-button" onClick={props.onSaveWorkspace} disabled={commandsDisabled}>
          <Icon name="save" />
          Save workspace
        </button>
        <span className="toolbar__separator" aria-hidden="true" />
        <button
          type="button"
          className="tool-button tool-button--primary"
          onClick={props.onImportManifests}
          disabled={commandsDisabled}
          title="Import manifests, or add intelligence reports, watchlists and examination outcomes"
        >
          <Icon name="import" />
          Import…
        </button>
        <span className="toolbar__separator" aria-hidden="true" />
        <button type="button" className="tool-button" onClick={props.onWorkspaceSettings} disabled={commandsDisabled}>
          <Icon name="settings" />
          Workspace settings…
        </button>
        <button
          type="button"
          className="tool-button tool-button--icon"
          onClick={props.onToggleTheme}
          aria-label={`Switch to ${nextTheme} theme`}
          title={`Switch to ${nextTheme} theme`}
        >
          <Icon name={theme === 'dark' ? 'sun' : 'moon'} />
        </button>
      </div>
    </header>
  );
}
