import { useState } from 'react';
import type { MentionDecision, ReportDetail, ReportMention } from '../../../shared/engine/reportApi';
import { MentionPanel } from './MentionPanel';
import { MentionText, mentionKindLabels } from './MentionText';

const fieldLabels: Record<string, string> = {
  reference: 'Reference',
  date: 'Date',
  sourceReliability: 'Source reliability',
  informationCredibility: 'Information credibility',
  handlingCode: 'Handling code',
  marking: 'Marking',
  originator: 'Originator',
  subject: 'Subject',
};
const flagLabels: Record<string, string> = {
  reference: 'Reference',
  date: 'Date',
  grading: 'Grading',
  handlingCode: 'Handling code',
  marking: 'Marking',
  text: 'Text',
  attachment: 'Attachment',
};

/**
 * One report: its grading, marking and handling code first, then what was read from the header
 * and what could not be (verbatim, with the reason), then the text exactly as read, as text (a
 * React text node in a <pre>): markup or script in a report is shown, never interpreted. The
 * mentions found in the text are highlighted by kind; clicking one shows what it links to, how
 * sure extraction is and why, with Accept, Reject and Re-link (`onReviewMention`; none: read only).
 */
export function ReportViewer({
  report,
  onReviewMention = null,
  onShowInNetwork = null,
}: {
  readonly report: ReportDetail;
  readonly onReviewMention?: ((mentionId: number, decision: MentionDecision) => Promise<ReportMention>) | null;
  /** "Show in network" on a mention of a trader: the trader's entity id. */
  readonly onShowInNetwork?: ((entityId: string) => void) | null;
}) {
  const [mentions, setMentions] = useState<readonly ReportMention[]>(report.mentions);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = mentions.find((mention) => mention.mentionId === selectedId) ?? null;
  const review = onReviewMention
    ? async (mentionId: number, decision: MentionDecision): Promise<ReportMention> => {
        const updated = await onReviewMention(mentionId, decision);
        setMentions((previous) => previous.map((mention) => (mention.mentionId === updated.mentionId ? updated : mention)));
        return updated;
      }
    : null;
  const kinds = [...new Set(mentions.filter((mention) => mention.status !== 'rejected').map((mention) => mention.kind))];
  return (
    <article className="report-viewer" aria-label={`Report ${report.reference ?? report.fileName}`}>
      <header className="report-viewer__header">
        <dl className="report-viewer__key">
          <div className="report-viewer__key-item report-viewer__key-item--grading">
            <dt>Grading</dt>
            <dd data-testid="report-grading">{report.grading ?? 'not read'}</dd>
          </div>
          <div className={`report-viewer__key-item report-viewer__key-item--marking${report.marking === null ? '' : ` marking-${report.marking.toLowerCase().replace(/\s+/g, '-')}`}`}>
            <dt>Marking</dt>
            <dd data-testid="report-marking">{report.marking ?? 'not read'}</dd>
          </div>
          <div className="report-viewer__key-item">
            <dt>Handling</dt>
            <dd data-testid="report-handling">{report.handlingCode ?? 'not read'}</dd>
          </div>
        </dl>
        <h2 className="report-viewer__title">{report.title}</h2>
        <p className="report-viewer__meta">
          {[report.reference, report.date, report.originator, report.fileName].filter((part) => part !== null).join(' · ')}
        </p>
      </header>
      {report.flags.length > 0 ? (
        <section className="report-viewer__flags" aria-label="Flagged">
          <h3>Flagged</h3>
          <ul>
            {report.flags.map((flag, index) => (
              <li key={index}>
                <strong>{flagLabels[flag.field] ?? flag.field}</strong>
                {flag.line === null ? null : <span className="report-viewer__line"> line {flag.line}</span>}
                {flag.text === null ? null : (
                  <>
                    {' '}
                    <code>{flag.text}</code>
                  </>
                )}
                : {flag.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <details className="report-viewer__fields">
        <summary>Header as read ({report.header.length} fields)</summary>
        <table className="report-viewer__field-table">
          <tbody>
            {report.header.map((field, index) => (
              <tr key={index}>
                <th scope="row">{fieldLabels[field.field] ?? field.field}</th>
                <td className="is-code">{field.value}</td>
                <td>
                  <code>{field.asWritten}</code>
                </td>
                <td className="report-viewer__style">line {field.line}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="report-viewer__mentions" data-testid="report-mention-summary">
        {mentions.length === 0
          ? 'No mentions found in the text.'
          : `${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}: ${kinds
              .map((kind) => `${mentionKindLabels[kind]} ${mentions.filter((mention) => mention.kind === kind && mention.status !== 'rejected').length}`)
              .join(' · ')}. Click one to review it.`}
      </p>
      <div className={selected === null ? 'report-viewer__reading' : 'report-viewer__reading report-viewer__reading--with-mention'}>
        <MentionText text={report.text} mentions={mentions} selectedId={selectedId} onSelect={(mention) => setSelectedId(mention.mentionId)} />
        {selected === null ? null : <MentionPanel key={selected.mentionId} mention={selected} onReview={review} onShowInNetwork={onShowInNetwork} />}
      </div>
    </article>
  );
}
