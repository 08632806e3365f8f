import type { SnippetSegment } from '../../../shared/engine/reportApi';

/**
 * A search snippet as the engine gives it, segments of plain text: the matching words in <mark>,
 * everything as React text nodes. Whatever markup the text holds is shown as characters.
 */
export function SnippetText({ segments }: { readonly segments: readonly SnippetSegment[] }) {
  return (
    <span className="snippet">
      {segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </span>
  );
}
