import type { ProtectiveMarking } from '../../shared/markings/protectiveMarking';
import './MarkingBanner.css';

export interface MarkingBannerProps {
  readonly marking: ProtectiveMarking;
  readonly position: 'top' | 'bottom';
}

/** The workspace's protective marking, shown across the full width at the top and the bottom. */
export function MarkingBanner({ marking, position }: MarkingBannerProps) {
  return (
    <div
      className={`marking-banner marking-banner--${markingClassName(marking)}`}
      role="note"
      aria-label={`Protective marking, ${position}`}
      data-marking={marking}
    >
      {marking}
    </div>
  );
}

export function markingClassName(marking: ProtectiveMarking): string {
  return marking.toLowerCase().replace(/[^a-z]+/g, '-');
}
