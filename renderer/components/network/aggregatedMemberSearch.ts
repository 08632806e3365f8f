import type { AggregatedMember, GraphAggregation } from '../../../shared/engine/graphApi';

/**
 * Search-to-focus in an aggregated view: the members of the communities drawn as one node whose
 * name contains the text (case-insensitive; names starting with it first, then by name), or whose
 * id is the text. Focusing one expands its community first (see NetworkView).
 */
export function searchAggregatedMembers(aggregated: GraphAggregation | null | undefined, text: string, limit = 8): AggregatedMember[] {
  const needle = text.trim().toUpperCase();
  if (needle === '' || !aggregated?.members) return [];
  return aggregated.members
    .filter((member) => member.label.toUpperCase().includes(needle) || member.id.toUpperCase() === needle)
    .sort((a, b) => Number(!a.label.toUpperCase().startsWith(needle)) - Number(!b.label.toUpperCase().startsWith(needle)) || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
