import type { KeyboardEvent } from 'react';
import { useId, useState } from 'react';
import { formatCount } from '../format/format';
import { useKeyboardShortcuts } from '../hooks/useKeyboardShortcuts';
import type { TraderResolution } from '../hooks/useTraderResolution';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { DecisionLogView } from './DecisionLogView';
import { ReviewQueueView } from './ReviewQueueView';
import { TraderDetail } from './TraderDetail';
import { TraderResolutionBar } from './TraderResolutionBar';
import { TradersList } from './TradersList';
import { WatchlistHitsView } from './WatchlistHitsView';
import './ShipmentsView.css';
import './TradersView.css';

export type TradersSection = 'traders' | 'review' | 'hits' | 'decisions';

export interface TradersViewProps {
  readonly engine: Pick<WorkerEngineApi, 'listEntities' | 'entityDetail' | 'entityIdOfOccurrence' | 'reviewQueue' | 'listEntityDecisions' | 'listWatchlistHits' | 'mentionsOfEntity'>;
  readonly resolution: TraderResolution;
  readonly section: TradersSection;
  readonly onSectionChange: (section: TradersSection) => void;
  readonly selectedEntityId: string | null;
  readonly onSelectEntity: (entityId: string) => void;
  /** True while workspace commands are unavailable (another task is running). */
  readonly commandsDisabled: boolean;
}

const sections: readonly { readonly id: TradersSection; readonly label: string }[] = [
  { id: 'traders', label: 'All traders' },
  { id: 'review', label: 'Review queue' },
  { id: 'hits', label: 'Watchlist hits' },
  { id: 'decisions', label: 'Decisions' },
];

/**
 * The traders of the workspace, resolved from the party occurrences of its manifests: the list
 * with the selected trader's detail, the review queue of uncertain links, the watchlist hits and
 * the decision log; undo and redo (Ctrl+Z, Ctrl+Shift+Z) of the analyst's decisions.
 */
export function TradersView({ engine, resolution, section, onSectionChange, selectedEntityId, onSelectEntity, commandsDisabled }: TradersViewProps) {
  const tabsId = useId();
  const { summary, pending, entitiesVersion } = resolution;
  /** The trader the detail followed here after the latest change of the traders: from, to. */
  const [followed, setFollowed] = useState<{ readonly from: string; readonly to: string; readonly version: number } | null>(null);
  const follow = (from: string, to: string) => {
    // Followed twice after one change: say where the trader was shown before it.
    setFollowed((previous) => ({ from: previous?.to === from && previous.version === entitiesVersion ? previous.from : from, to, version: entitiesVersion }));
    onSelectEntity(to);
  };
  const resolved = summary?.resolvedAt != null;
  const canChange = !commandsDisabled && pending === null && resolved;
  const onDecide = canChange ? resolution.recordDecision : null;
  const nextUndo = summary?.nextUndo ?? null;
  const nextRedo = summary?.nextRedo ?? null;
  const undo = canChange && nextUndo !== null ? () => void resolution.undo() : null;
  const redo = canChange && nextRedo !== null ? () => void resolution.redo() : null;
  const unavailable = !canChange ? (pending !== null ? `${pending}…` : resolved ? 'Unavailable while another task runs' : 'Resolve the traders first') : null;
  const undoTitle = nextUndo === null ? 'Nothing to undo: no decision is in force' : `${unavailable ? `${unavailable}. ` : ''}Undo decision ${nextUndo}, the last in force (Ctrl+Z)`;
  const redoTitle = nextRedo === null ? 'Nothing to redo: no undone decision to restore' : `${unavailable ? `${unavailable}. ` : ''}Redo decision ${nextRedo}, the last undone (Ctrl+Shift+Z)`;

  useKeyboardShortcuts(true, (event) => {
    const key = event.key.toLowerCase();
    if (!(event.ctrlKey || event.metaKey) || event.altKey || (key !== 'z' && key !== 'y')) return false;
    const redoing = key === 'y' || event.shiftKey;
    if (redoing) redo?.();
    else undo?.();
    return true;
  });

  const counts: Record<TradersSection, number | null> = {
    traders: summary && resolved ? summary.entities : null,
    review: summary && resolved ? summary.reviewItems : null,
    hits: summary && resolved ? summary.watchlistHits : null,
    decisions: null,
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = sections.findIndex((candidate) => candidate.id === section);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? sections.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : sections.length - 1)) % sections.length;
    const target = sections[next];
    if (!target) return;
    onSectionChange(target.id);
    document.getElementById(`${tabsId}-${target.id}-tab`)?.focus();
  };

  const openTrader = (entityId: string) => {
    onSelectEntity(entityId);
    onSectionChange('traders');
  };

  return (
    <section className="traders-view" aria-labelledby="traders-title">
      <div className="view-header">
        <h1 id="traders-title" className="view-header__title">
          Traders
        </h1>
        <div className="traders-tabs" role="tablist" aria-label="Traders views">
          {sections.map((candidate) => {
            const count = counts[candidate.id];
            return (
              <button
                key={candidate.id}
                id={`${tabsId}-${candidate.id}-tab`}
                type="button"
                role="tab"
                className="traders-tabs__tab"
                aria-selected={section === candidate.id}
                aria-controls={`${tabsId}-panel`}
                tabIndex={section === candidate.id ? 0 : -1}
                onClick={() => onSectionChange(candidate.id)}
                onKeyDown={onTabKeyDown}
              >
                {candidate.label}
                {count !== null ? <span className="traders-tabs__count">{formatCount(count)}</span> : null}
              </button>
            );
          })}
        </div>
        <div className="view-header__spacer" />
        <button type="button" className="button button--small" onClick={undo ?? undefined} disabled={!undo} aria-keyshortcuts="Control+Z" title={undoTitle}>
          Undo
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={redo ?? undefined}
          disabled={!redo}
          aria-keyshortcuts="Control+Shift+Z"
          title={redoTitle}
        >
          Redo
        </button>
      </div>
      <TraderResolutionBar
        summary={summary}
        summaryError={resolution.summaryError}
        pending={pending}
        onResolve={commandsDisabled ? null : () => void resolution.resolve()}
      />
      <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${section}-tab`} className={`traders-view__panel traders-view__panel--${section}`}>
        {section === 'traders' ? (
          <div className="traders-view__split">
            <TradersList engine={engine} entitiesVersion={entitiesVersion} selectedEntityId={selectedEntityId} onSelect={(row) => onSelectEntity(row.entityId)} resolved={resolved} />
            <aside className="trader-detail" aria-label="Trader">
              {selectedEntityId ? (
                <TraderDetail
                  key={selectedEntityId}
                  engine={engine}
                  entityId={selectedEntityId}
                  entitiesVersion={entitiesVersion}
                  onDecide={onDecide}
                  onFollow={follow}
                  followedFrom={followed?.to === selectedEntityId && followed.version === entitiesVersion ? followed.from : null}
                />
              ) : (
                <p className="trader-detail__placeholder">Select a trader to see its names, addresses, members, the links holding it together with their explanations, and its watchlist hits.</p>
              )}
            </aside>
          </div>
        ) : section === 'review' ? (
          <ReviewQueueView engine={engine} entitiesVersion={entitiesVersion} reviewItems={summary?.reviewItems ?? 0} onDecide={onDecide} />
        ) : section === 'hits' ? (
          <WatchlistHitsView engine={engine} entitiesVersion={entitiesVersion} onOpenTrader={openTrader} />
        ) : (
          <DecisionLogView engine={engine} entitiesVersion={entitiesVersion} />
        )}
      </div>
    </section>
  );
}
