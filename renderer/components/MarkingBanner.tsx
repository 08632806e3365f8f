import type { MarkingLine } from '../../shared/markings/markingLine';
import { renderMarkingLine } from '../../shared/markings/markingLine';
import type { ProtectiveMarking } from '../../shared/markings/protectiveMarking';
import './MarkingBanner.css';

export interface MarkingBannerProps {
  readonly marking: ProtectiveMarking;
  /** The full marking line (descriptors, caveats, releasability); the classification alone without it. */
  readonly line?: MarkingLine | undefined;
  readonly position: 'top' | 'bottom';
}

/**
 * The workspace's protective marking, shown across the full width at the top and the bottom, above
 * any dialog's backdrop so it stays readable while a dialog is open.
 */
export function MarkingBanner({ marking, line, position }: MarkingBannerProps) {
  const text = line !== undefined && line.classification === marking ? renderMarkingLine(line) : marking;
  return (
    <div className={`marking-banner marking-banner--${markingClassName(marking)}`} role="note" aria-label={`Protective marking, ${position}`} data-marking={marking}>
      {text}
    </div>
  );
}

export function markingClassName(marking: ProtectiveMarking): string {
  return marking.toLowerCase().replace(/[^a-z]+/g, '-');
}
