import type { ProtectiveMarking } from '../../shared/markings/protectiveMarking';
import { isProtectiveMarking, protectiveMarkings } from '../../shared/markings/protectiveMarking';

export interface MarkingSelectProps {
  readonly id: string;
  readonly value: ProtectiveMarking;
  readonly onChange: (marking: ProtectiveMarking) => void;
  /** Takes the focus when its dialog opens. */
  readonly autofocus?: boolean;
}

/** A choice among the protective markings, lowest first. */
export function MarkingSelect({ id, value, onChange, autofocus = false }: MarkingSelectProps) {
  return (
    <select
      id={id}
      className="select"
      value={value}
      data-autofocus={autofocus || undefined}
      onChange={(event) => {
        if (isProtectiveMarking(event.target.value)) onChange(event.target.value);
      }}
    >
      {protectiveMarkings.map((marking) => (
        <option key={marking.id} value={marking.id}>
          {marking.label}
        </option>
      ))}
    </select>
  );
}
