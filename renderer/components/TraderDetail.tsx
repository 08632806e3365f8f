import { useEffect, useRef, useState } from 'react';
import type { EntityDecisionInput, EntityDetail } from '../../shared/engine/entityApi';
import { errorMessage, formatCount, plural } from '../format/format';
import { formatRoles } from '../format/traderFormat';
import type { WorkerEngineApi } from '../worker/workerEngineApi';
import { CountedTextSection } from './CountedTextSection';
import { DecisionTable } from './DecisionTable';
import { EntityLinkList } from './EntityLinkList';
import { EntityMembersTable } from './EntityMembersTable';
import { EntityMentionList } from './EntityMentionList';
import { ScreeningHitList } from './ScreeningHitList';

export interface TraderDetailProps {
  readonly engine: Pick<WorkerEngineApi, 'entityDetail' | 'entityIdOfOccurrence' | 'mentionsOfEntity'>;
  readonly entityId: string;
  /** Changes whenever the stored traders change; the detail is then fetched again. */
  readonly entitiesVersion: number;
  /** Records a decision; resolves true when the engine accepted it. Null while decisions are unavailable. */
  readonly onDecide: ((decision: EntityDecisionInput) => Promise<boolean>) | null;
  /**
   * Shows the trader this one became after a decision (its id is "T:" and its smallest member, so
   * a merge, split, undo or redo may change it): followed through its members.
   */
  readonly onFollow: (from: string, to: string) => void;
  /** The id the trader had before the last decision, when it was followed here; null otherwise. */
  readonly followedFrom?: string | null;
}

type Loaded = { readonly state: 'loading' } | { readonly state: 'loaded'; readonly detail: EntityDetail } | { readonly state: 'failed'; readonly reason: string };

/** Former members asked about, at most, when following a trader whose id is gone. */
const followedMembers = 20;

/** The occurrence an entity id is named after: "T:" and its smallest member (see EntityEngineApi). */
export function occurrenceOfEntityId(entityId: string): string | null {
  return /^T:(\d+)$/.exec(entityId)?.[1] ?? null;
}

/** The trader holding the first of the occurrences that any trader holds; null when none does. */
async function traderOfFirst(engine: Pick<WorkerEngineApi, 'entityIdOfOccurrence'>, occurrenceIds: readonly string[]): Promise<string | null> {
  for (const occurrenceId of occurrenceIds) {
    const owner = await engine.entityIdOfOccurrence(occurrenceId);
    if (owner !== null) return owner;
  }
  return null;
}

/**
 * One trader in full: the names, addresses and phones it was written with (with counts), every
 * member occurrence with its bill of lading and source row, the links that hold it together with
 * their explanations, its watchlist hits and the decisions touching it. Members can be ticked and
 * split out into a trader of their own.
 */
export function TraderDetail({ engine, entityId, entitiesVersion, onDecide, onFollow, followedFrom = null }: TraderDetailProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const [splitting, setSplitting] = useState(false);
  /** The members last shown, smallest first: the trader is followed through them when its id is gone. */
  const formerMembers = useRef<readonly string[]>([]);
  /** Members to follow after the decision being recorded (the rest of a split), before anything else. */
  const followAfterDecision = useRef<readonly string[] | null>(null);

  useEffect(() => {
    let current = true;
    const load = async (): Promise<{ readonly detail: EntityDetail } | { readonly follow: string }> => {
      const preferred = followAfterDecision.current;
      followAfterDecision.current = null;
      if (preferred) {
        const owner = await traderOfFirst(engine, preferred);
        if (owner !== null && owner !== entityId) return { follow: owner };
      }
      try {
        return { detail: await engine.entityDetail(entityId) };
      } catch (reason) {
        // A decision changed the trader's id: follow it through the members it had.
        const anchor = occurrenceOfEntityId(entityId);
        const candidates = [...new Set([...(anchor ? [anchor] : []), ...formerMembers.current])].slice(0, followedMembers);
        const owner = await traderOfFirst(engine, candidates).catch(() => null);
        if (owner !== null && owner !== entityId) return { follow: owner };
        throw reason;
      }
    };
    load()
      .then((outcome) => {
        if (!current) return;
        if ('follow' in outcome) {
          onFollow(entityId, outcome.follow);
          return;
        }
        const { detail } = outcome;
        formerMembers.current = detail.members.map((member) => member.occurrenceId);
        setLoaded({ state: 'loaded', detail });
        // Ticks on members that left the trader mean nothing any more.
        setChecked((previous) => new Set(detail.members.map((member) => member.occurrenceId).filter((id) => previous.has(id))));
      })
      .catch((reason: unknown) => {
        if (current) setLoaded({ state: 'failed', reason: errorMessage(reason) });
      });
    return () => {
      current = false;
    };
    // onFollow is left out on purpose: a new callback of the parent must not fetch the trader again.
  }, [engine, entityId, entitiesVersion]);

  if (loaded.state === 'loading') return <p className="trader-detail__placeholder">Loading {entityId}…</p>;
  if (loaded.state === 'failed') {
    return (
      <p className="trader-detail__placeholder trader-detail__placeholder--error" role="alert">
        The trader {entityId} could not be shown: {loaded.reason}
      </p>
    );
  }
  const { detail } = loaded;
  const selected = detail.members.filter((member) => checked.has(member.occurrenceId)).map((member) => member.occurrenceId);
  const rest = detail.members.filter((member) => !checked.has(member.occurrenceId)).map((member) => member.occurrenceId);
  const canSplit = onDecide !== null && !splitting && selected.length > 0 && rest.length > 0;

  const split = async () => {
    if (!onDecide || !canSplit) return;
    setSplitting(true);
    const decision: EntityDecisionInput = { kind: 'split', occurrenceIds: selected, apartFrom: rest, ...(note.trim() ? { note: note.trim() } : {}) };
    // The detail then follows the rest: the trader the analyst was looking at, less the members split out.
    followAfterDecision.current = rest;
    const accepted = await onDecide(decision);
    setSplitting(false);
    if (!accepted) {
      followAfterDecision.current = null;
      return;
    }
    setNote('');
    setChecked(new Set());
  };

  const notTheSame = async (left: string, right: string): Promise<boolean> => {
    if (!onDecide || splitting) return false;
    setSplitting(true);
    const accepted = await onDecide({ kind: 'not the same', left: [left], right: [right], ...(note.trim() ? { note: note.trim() } : {}) });
    setSplitting(false);
    if (accepted) setNote('');
    return accepted;
  };

  return (
    <div className="trader-detail__body">
      <header className="trader-detail__heading">
        <h2 className="trader-detail__name">{detail.displayName}</h2>
        <span className="trader-detail__id">{detail.entityId}</span>
        {detail.watchlistHits > 0 ? <span className="hit-badge">{plural(detail.watchlistHits, 'watchlist hit')}</span> : null}
      </header>
      {followedFrom !== null && followedFrom !== detail.entityId ? (
        <p className="trader-detail__note" role="status">
          Followed from {followedFrom}: after the last decision its members are in this trader, {detail.entityId}.
        </p>
      ) : null}
      <p className="trader-detail__facts">
        {plural(detail.occurrences, 'occurrence')} · {plural(detail.variants, 'name variant')} · {formatRoles(detail.roles) || 'no role'}
        {detail.countries.length > 0 ? ` · ${detail.countries.join(', ')}` : ''}
      </p>

      <div className="trader-detail__columns">
        <CountedTextSection title="Names" items={detail.names} />
        <CountedTextSection title="Addresses" items={detail.addresses} />
        <CountedTextSection title="Phones" items={detail.phones} />
        {detail.emails.length > 0 ? <CountedTextSection title="E-mail addresses" items={detail.emails} /> : null}
      </div>

      {detail.hits.length > 0 ? (
        <section className="trader-detail__section" aria-label="Watchlist hits of the trader">
          <h3 className="trader-detail__section-title">Watchlist hits</h3>
          <ScreeningHitList hits={detail.hits} />
        </section>
      ) : null}

      <EntityMentionList engine={engine} entityId={detail.entityId} entitiesVersion={entitiesVersion} />

      <section className="trader-detail__section" aria-label="Members">
        <h3 className="trader-detail__section-title">
          Members <span className="trader-detail__count">{formatCount(detail.occurrences)}</span>
        </h3>
        {detail.members.length < detail.occurrences ? (
          <p className="trader-detail__note">The first {formatCount(detail.members.length)} members are listed; a split keeps them apart from these only.</p>
        ) : null}
        <EntityMembersTable members={detail.members} checked={checked} onCheckedChange={setChecked} disabled={onDecide === null || splitting} />
        <div className="trader-detail__actions">
          <label className="trader-detail__note-field">
            <span>Note</span>
            <input
              type="text"
              className="text-input"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder="Why (kept in the audit log with the decision)"
              disabled={onDecide === null}
            />
          </label>
          <button type="button" className="button" onClick={() => void split()} disabled={!canSplit}>
            {splitting ? 'Splitting…' : `Split selected members out${selected.length > 0 ? ` (${formatCount(selected.length)})` : ''}`}
          </button>
        </div>
      </section>

      <section className="trader-detail__section" aria-label="Links">
        <h3 className="trader-detail__section-title">
          Links <span className="trader-detail__count">{formatCount(detail.links.length)}</span>
        </h3>
        <EntityLinkList
          links={detail.links}
          members={detail.members}
          decisions={detail.decisions}
          onNotTheSame={onDecide !== null && !splitting ? (link) => notTheSame(link.left, link.right) : null}
        />
      </section>

      <section className="trader-detail__section" aria-label="Decisions on the trader">
        <h3 className="trader-detail__section-title">
          Decisions <span className="trader-detail__count">{formatCount(detail.decisions.length)}</span>
        </h3>
        {detail.decisions.length === 0 ? (
          <p className="trader-detail__empty">No analyst decision names a member of this trader.</p>
        ) : (
          <DecisionTable decisions={detail.decisions} label="Decisions on the trader" />
        )}
      </section>
    </div>
  );
}
