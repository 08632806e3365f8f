import type { EntityMemberView } from '../../shared/engine/entityApi';
import { roleLabels, formatSource } from '../format/traderFormat';

export interface EntityMembersTableProps {
  readonly members: readonly EntityMemberView[];
  /** Occurrence ids ticked for an action (a split). */
  readonly checked: ReadonlySet<string>;
  readonly onCheckedChange: (checked: ReadonlySet<string>) => void;
  readonly disabled: boolean;
}

/**
 * The party occurrences a trader is made of, as written on each bill of lading, with the file and
 * row each came from; a tick box on each to pick members for a split.
 */
export function EntityMembersTable({ members, checked, onCheckedChange, disabled }: EntityMembersTableProps) {
  const allChecked = members.length > 0 && members.every((member) => checked.has(member.occurrenceId));
  const toggle = (occurrenceId: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(occurrenceId);
    else next.delete(occurrenceId);
    onCheckedChange(next);
  };
  return (
    <div className="trader-detail__table-scroller">
      <table className="trader-detail__table members-table" aria-label="Members">
        <thead>
          <tr>
            <th scope="col" className="is-check">
              <input
                type="checkbox"
                aria-label="Select every member"
                checked={allChecked}
                disabled={disabled || members.length === 0}
                onChange={(event) => onCheckedChange(event.target.checked ? new Set(members.map((member) => member.occurrenceId)) : new Set())}
              />
            </th>
            <th scope="col">B/L</th>
            <th scope="col">Role</th>
            <th scope="col">Name as written</th>
            <th scope="col">Address</th>
            <th scope="col">Phone</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.occurrenceId} className={checked.has(member.occurrenceId) ? 'is-checked' : undefined}>
              <td className="is-check">
                <input
                  type="checkbox"
                  aria-label={`Select ${member.rawName} on B/L ${member.billOfLadingNumber} (occurrence ${member.occurrenceId})`}
                  checked={checked.has(member.occurrenceId)}
                  disabled={disabled}
                  onChange={(event) => toggle(member.occurrenceId, event.target.checked)}
                />
              </td>
              <td className="is-code">{member.billOfLadingNumber}</td>
              <td>{roleLabels[member.role]}</td>
              <td title={member.rawName}>{member.rawName}</td>
              <td title={member.rawAddress} className={member.rawAddress ? undefined : 'is-missing'}>
                {member.rawAddress || 'not given'}
              </td>
              <td className={member.rawPhone ? 'is-code' : 'is-missing'}>{member.rawPhone || 'not given'}</td>
              <td className="is-code" title={formatSource(member.sourceFile, member.sourceRow)}>
                {formatSource(member.sourceFile, member.sourceRow)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
