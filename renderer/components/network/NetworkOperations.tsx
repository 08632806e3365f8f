import { useEffect, useEffectEvent, useState } from 'react';
import type { GraphNodeView } from '../../../shared/engine/graphApi';
import { plural } from '../../format/format';
import type { NetworkState } from '../../hooks/useNetwork';
import type { ComposedScene } from './networkScene';

export interface NetworkOperationsProps {
  readonly network: NetworkState;
  readonly composed: ComposedScene;
  /** The selected node (a trader or a report); null when none or an edge. */
  readonly selected: GraphNodeView | null;
  /** Where the selected node is on the canvas now (what a pin keeps). */
  readonly positionOf: (id: string) => { x: number; y: number } | null;
}

/** Whether a key press belongs to a field (typing "z" in the search box is no undo). */
function inField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/**
 * The graph operations on the selected node: expand its neighbours by 1 to 3 hops (a page at a
 * time; the rest behind an "N more" node), collapse what its expansions added, hide it (with
 * "Show hidden (N)"), pin it where it is, show its ego network (radius 1 or 2) and go back; undo
 * and redo of every operation, also by ctrl+Z, ctrl+shift+Z and ctrl+Y.
 */
export function NetworkOperations({ network, composed, selected, positionOf }: NetworkOperationsProps) {
  const [hops, setHops] = useState(1);
  const [radius, setRadius] = useState<1 | 2>(1);
  const pinned = selected ? composed.pinned.has(selected.id) : false;
  const { scene } = network;
  // An aggregate node ("C:3") stands for a community: Expand draws its members; the rest apply to members only.
  const community = selected?.aggregate?.community ?? null;
  const aggregateReason = community === null ? undefined : `Community ${community + 1} is drawn as one node: expand it to work on its members`;

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || inField(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey && network.canUndo) {
      event.preventDefault();
      network.undo();
    } else if (((key === 'z' && event.shiftKey) || key === 'y') && network.canRedo) {
      event.preventDefault();
      network.redo();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <section className="network-panel" aria-label="Graph operations">
      <h3>Graph</h3>
      {scene.ego ? (
        <p className="network-operations__ego" data-testid="ego-state">
          Ego network of <strong>{scene.ego.label}</strong>, radius {scene.ego.radius}{' '}
          <button type="button" className="link-button" onClick={() => network.showEgo(null)}>
            Back to the whole view
          </button>
        </p>
      ) : null}
      <div className="network-panel__actions">
        <label className="network-field">
          <span>Hops</span>
          <select aria-label="Expand by hops" value={hops} onChange={(event) => setHops(Number(event.target.value))}>
            {[1, 2, 3].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!selected || network.expanding}
          title={community === null ? undefined : `Draw the members of community ${community + 1}`}
          onClick={() => {
            if (!selected) return;
            if (community !== null) network.setExpandedCommunities([...network.expandedCommunities.filter((other) => other !== community), community]);
            else void network.expand(selected.id, selected.label, hops, composed.known);
          }}
        >
          {community === null ? 'Expand' : 'Expand community'}
        </button>
        <button type="button" className="button" disabled={!selected || !composed.expandedCentres.has(selected.id)} onClick={() => selected && network.run({ kind: 'collapse', center: selected.id, label: selected.label })}>
          Collapse
        </button>
      </div>
      <div className="network-panel__actions">
        <button type="button" className="button" disabled={!selected || community !== null} title={aggregateReason} onClick={() => selected && network.run({ kind: 'hide', ids: [selected.id], label: selected.label })}>
          Hide
        </button>
        <button type="button" className="button" disabled={composed.hiddenCount === 0} onClick={() => network.run({ kind: 'show-hidden' })}>
          Show hidden ({composed.hiddenCount})
        </button>
        <button
          type="button"
          className="button"
          disabled={!selected || community !== null}
          title={aggregateReason}
          aria-pressed={pinned}
          onClick={() => {
            if (!selected) return;
            if (pinned) network.run({ kind: 'unpin', view: scene.view, id: selected.id, label: selected.label });
            else {
              const position = positionOf(selected.id);
              if (position) network.pin(selected.id, selected.label, position);
            }
          }}
        >
          {pinned ? 'Unpin' : 'Pin'}
        </button>
      </div>
      <div className="network-panel__actions">
        <label className="network-field">
          <span>Radius</span>
          <select aria-label="Ego network radius" value={radius} onChange={(event) => setRadius(Number(event.target.value) === 2 ? 2 : 1)}>
            <option value={1}>1</option>
            <option value={2}>2</option>
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={!selected || selected.kind !== 'trader'}
          title={aggregateReason}
          onClick={() => selected && network.showEgo({ id: selected.id, label: selected.label, radius })}
        >
          Show ego network
        </button>
      </div>
      <div className="network-panel__actions">
        <button type="button" className="button" disabled={!network.canUndo} onClick={network.undo} title={network.undoLabel ? `Undo ${network.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>
          Undo
        </button>
        <button type="button" className="button" disabled={!network.canRedo} onClick={network.redo} title={network.redoLabel ? `Redo ${network.redoLabel} (Ctrl+Shift+Z or Ctrl+Y)` : 'Nothing to redo'}>
          Redo
        </button>
        {network.expanding ? <span>Expanding…</span> : null}
      </div>
      {community !== null ? (
        <p className="network-details__hint" data-testid="aggregate-operations">
          Community {community + 1} is drawn as one node for its members: Expand community draws them; hide, pin, ego network, paths and records apply to a member once it is drawn.
        </p>
      ) : null}
      {network.operationError ? (
        <p role="alert" className="network-status__error">
          {network.operationError}
        </p>
      ) : null}
      <p className="network-operations__status" data-testid="graph-operations-status">
        {network.undoLabel ? `Last: ${network.undoLabel}` : 'No operations yet'}
        {scene.expansions.length > 0 ? ` · ${plural(scene.expansions.length, 'expansion')}` : ''}
        {composed.pinned.size > 0 ? ` · ${plural(composed.pinned.size, 'pinned node')}` : ''}
      </p>
    </section>
  );
}
