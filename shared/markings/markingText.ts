import { plainMarkingLine, renderMarkingLine } from './markingLine';
import type { MarkingLine } from './markingLine';
import type { ProtectiveMarking } from './protectiveMarking';

/** A classification alone or a full marking line, as exports are given one. */
export type MarkingInput = ProtectiveMarking | MarkingLine;

export function asMarkingLine(marking: MarkingInput): MarkingLine {
  return typeof marking === 'string' ? plainMarkingLine(marking) : marking;
}

/** The canonical text every export writes (a classification alone is its own text). */
export function markingText(marking: MarkingInput): string {
  return renderMarkingLine(asMarkingLine(marking));
}
