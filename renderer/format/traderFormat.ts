import type { PartyRole } from '../../shared/entities/partyOccurrence';

/** Display formatting of the traders views: points, roles, provenance. */

/** Log-odds points signed as the engine's explanations write them: "+4.2", "−1.5", "0.0". */
export function formatPoints(points: number): string {
  if (points === 0) return '0.0';
  return `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(1)}`;
}

export const roleLabels: Record<PartyRole, string> = {
  shipper: 'Shipper',
  consignee: 'Consignee',
  'notify party': 'Notify party',
};

export function formatRoles(roles: readonly PartyRole[]): string {
  return roles.map((role) => roleLabels[role]).join(', ');
}

/** "manifest-march.csv:14": the file and the row (spreadsheet numbering) an occurrence came from. */
export function formatSource(sourceFile: string, sourceRow: number): string {
  return `${sourceFile}:${sourceRow}`;
}
