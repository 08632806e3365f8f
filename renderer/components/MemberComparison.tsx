import type { EntityMemberView } from '../../shared/engine/entityApi';
import { formatSource, roleLabels } from '../format/traderFormat';

export interface MemberComparisonProps {
  readonly left: EntityMemberView;
  readonly right: EntityMemberView;
  readonly leftEntityName: string;
  readonly rightEntityName: string;
  readonly leftEntityId: string;
  readonly rightEntityId: string;
}

interface ComparedField {
  readonly label: string;
  readonly value: (member: EntityMemberView) => string;
  readonly code?: boolean;
}

const fields: readonly ComparedField[] = [
  { label: 'Name as written', value: (member) => member.rawName },
  { label: 'Address', value: (member) => member.rawAddress },
  { label: 'Phone', value: (member) => member.rawPhone, code: true },
  { label: 'Role', value: (member) => roleLabels[member.role] },
  { label: 'B/L', value: (member) => member.billOfLadingNumber, code: true },
  { label: 'Source', value: (member) => formatSource(member.sourceFile, member.sourceRow), code: true },
  { label: 'Occurrence', value: (member) => member.occurrenceId, code: true },
];

function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toUpperCase();
}

/** Two party occurrences side by side, field by field; fields written alike on both are marked. */
export function MemberComparison({ left, right, leftEntityName, rightEntityName, leftEntityId, rightEntityId }: MemberComparisonProps) {
  return (
    <table className="member-comparison" aria-label="The two occurrences side by side">
      <thead>
        <tr>
          <th scope="col" className="member-comparison__field">
            Field
          </th>
          <th scope="col">Left</th>
          <th scope="col">Right</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className="member-comparison__field">
            Trader
          </th>
          <td>
            {leftEntityName} <span className="member-comparison__id">{leftEntityId}</span>
          </td>
          <td>
            {rightEntityName} <span className="member-comparison__id">{rightEntityId}</span>
          </td>
        </tr>
        {fields.map((field) => {
          const a = field.value(left);
          const b = field.value(right);
          const alike = a !== '' && folded(a) === folded(b);
          return (
            <tr key={field.label} className={alike ? 'is-alike' : undefined}>
              <th scope="row" className="member-comparison__field">
                {field.label}
              </th>
              {[a, b].map((value, index) => (
                <td key={index} className={`${field.code ? 'is-code' : ''}${value === '' ? ' is-missing' : ''}`}>
                  {value === '' ? 'not given' : value}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
