import type { Resolution } from '../entities/traderEntity';
import type { StoredTrader } from '../store/entityResolutionStore';
import { readVessels } from '../store/resolutionInputs';
import type { HitToStore } from '../store/screeningHitStore';
import { readWatchlists } from '../store/watchlistStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import { WatchlistIndex } from '../watchlist/watchlistIndex';
import { screenTraders, screenVessels, type TraderToScreen } from '../watchlist/watchlistScreening';

/**
 * Screening a resolution's traders and the workspace's vessels against every stored watchlist,
 * list by list (entry ids are unique within a list). A trader can only hit when one of its names
 * is alike to a listed name, whatever its countries and addresses; which raw names are alike to a
 * name of each list is remembered for the open workspace, so a re-run after a decision screens in
 * full only the traders with such a name, and looks up only names not seen before.
 */
export class ResolutionScreening {
  /** Per store, per watchlist document: raw name → whether some listed name is alike to it. */
  private readonly nameMatches = new WeakMap<WorkspaceStore, Map<number, { index: WatchlistIndex; alike: Map<string, boolean> }>>();

  /** Screens the traders of a resolution just made. */
  screenResolution(store: WorkspaceStore, resolution: Resolution): HitToStore[] {
    return this.screen(
      store,
      resolution.entities.map((entity) => ({
        entityId: entity.entityId,
        displayName: entity.displayName,
        names: entity.names,
        countries: entity.countries,
        addresses: [...new Set(entity.members.map((member) => member.rawAddress).filter((address) => address.trim() !== ''))],
      })),
    );
  }

  /** Screens traders (of a resolution, or as stored) and the workspace's vessels. */
  screen(store: WorkspaceStore, traders: readonly (TraderToScreen & Pick<StoredTrader, 'displayName'>)[]): HitToStore[] {
    const lists = readWatchlists(store);
    if (lists.length === 0) return [];
    let known = this.nameMatches.get(store);
    if (!known) this.nameMatches.set(store, (known = new Map()));
    const traderNames = new Map(traders.map((trader) => [trader.entityId, trader.displayName]));
    const vessels = readVessels(store);
    const vesselNames = new Map(vessels.map((vessel) => [vessel.vesselKey, vessel.name]));
    const hits: HitToStore[] = [];
    for (const list of lists) {
      let screened = known.get(list.documentId);
      if (!screened) known.set(list.documentId, (screened = { index: new WatchlistIndex(list.entries), alike: new Map() }));
      const { index, alike } = screened;
      const hasAlikeName = (name: string): boolean => {
        let found = alike.get(name);
        if (found === undefined) {
          found = screenTraders(index, [{ entityId: name, names: [name] }]).length > 0;
          alike.set(name, found);
        }
        return found;
      };
      const candidates = traders.filter((trader) => trader.names.some(hasAlikeName));
      for (const screening of screenTraders(index, candidates)) {
        for (const hit of screening.hits) {
          const subjectName = traderNames.get(screening.subjectKey) ?? screening.subjectKey;
          hits.push({ subjectKind: 'trader', subjectKey: screening.subjectKey, subjectName, hit, watchlistEntryRowId: list.rowIdOf.get(hit.entryId) as number });
        }
      }
      for (const screening of screenVessels(index, vessels)) {
        for (const hit of screening.hits) {
          const subjectName = vesselNames.get(screening.subjectKey) ?? screening.subjectKey;
          hits.push({ subjectKind: 'vessel', subjectKey: screening.subjectKey, subjectName, hit, watchlistEntryRowId: list.rowIdOf.get(hit.entryId) as number });
        }
      }
    }
    return hits;
  }
}
