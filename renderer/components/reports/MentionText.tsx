import { Fragment } from 'react';
import type { ReportMention } from '../../../shared/engine/reportApi';

export const mentionKindLabels: Record<ReportMention['kind'], string> = {
  container: 'Container',
  'imo-number': 'IMO number',
  vessel: 'Vessel',
  'bill-of-lading': 'Bill of lading',
  'hs-code': 'HS code',
  port: 'Port',
  phone: 'Phone',
  email: 'E-mail',
  trader: 'Trader',
};

interface Segment {
  readonly text: string;
  readonly mention: ReportMention | null;
}

/** The text cut at the mentions' offsets; a mention overlapping one before it is left as text. */
export function mentionSegments(text: string, mentions: readonly ReportMention[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const mention of [...mentions].sort((left, right) => left.start - right.start)) {
    if (mention.start < at || mention.end > text.length || mention.end <= mention.start) continue;
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start), mention: null });
    segments.push({ text: text.slice(mention.start, mention.end), mention });
    at = mention.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mention: null });
  return segments;
}

/**
 * A report's text with its mentions highlighted by kind and status, each a button that selects it.
 * Everything is a React text node: markup in the report is shown as characters, never interpreted.
 */
export function MentionText({
  text,
  mentions,
  selectedId,
  onSelect,
}: {
  readonly text: string;
  readonly mentions: readonly ReportMention[];
  readonly selectedId: number | null;
  readonly onSelect: (mention: ReportMention) => void;
}) {
  return (
    <pre className="report-viewer__text" data-testid="report-text">
      {mentionSegments(text, mentions).map((segment, index) =>
        segment.mention === null ? (
          <Fragment key={index}>{segment.text}</Fragment>
        ) : (
          <mark key={index} className={`mention mention--${segment.mention.kind} mention--${segment.mention.status}`} data-mention-kind={segment.mention.kind}>
            <button
              type="button"
              className="mention__button"
              aria-pressed={segment.mention.mentionId === selectedId}
              title={`${mentionKindLabels[segment.mention.kind]}: ${segment.mention.target?.label ?? 'not linked'} (${Math.round(segment.mention.confidence * 100)}%, ${segment.mention.status})`}
              onClick={() => onSelect(segment.mention as ReportMention)}
            >
              {segment.text}
            </button>
          </mark>
        ),
      )}
    </pre>
  );
}
