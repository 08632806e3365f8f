import type { PdfContent, PdfDocumentDefinition } from 'pdfmake';
import { markingColours } from '../../markings/markingColours';
import type { BriefingPack, BriefingShipment, BriefingTarget } from './briefingPack';
import { briefingPackFont, loadPdfMake } from './pdfMakeLoader';

/**
 * The briefing pack as a PDF (pdfmake; Roboto embedded; made offline in the engine's thread).
 * Every page has the pack's marking in a banner of the classification's colour at the top and at
 * the bottom, and "Page N of M" with the operation's name above the bottom banner. Sections: cover
 * sheet (operation, date, author, marking, handling, distribution), summary, the target table
 * with scores and reasons, the chosen network view, the evidence per target (shipment details,
 * linked reports with gradings and references, watchlist hits) and the sources (each file with
 * its SHA-256).
 */
export async function briefingPackPdf(pack: BriefingPack): Promise<Uint8Array> {
  const pdfmake = await loadPdfMake();
  const bytes = await pdfmake.createPdf(briefingPackDocument(pack)).getBuffer();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const pageMargins = [40, 56, 40, 70] as const;

export function briefingPackDocument(pack: BriefingPack): PdfDocumentDefinition {
  const colours = markingColours[pack.marking.classification];
  const banner = (): PdfContent => ({
    table: { widths: ['*'], body: [[{ text: pack.marking.text, alignment: 'center', bold: true, color: colours.text, fillColor: colours.background, fontSize: 9, margin: [0, 3, 0, 3] }]] },
    layout: 'noBorders',
  });
  return {
    pageSize: 'A4',
    pageMargins,
    info: { title: `${pack.operationName}: briefing pack`, author: pack.author, subject: pack.marking.text, keywords: `protective marking: ${pack.marking.text}`, creator: 'Manifest Lens' },
    defaultStyle: { font: briefingPackFont, fontSize: 9, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 24, bold: true, margin: [0, 40, 0, 8] },
      heading: { fontSize: 15, bold: true, margin: [0, 0, 0, 8] },
      subheading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      label: { bold: true, color: '#444444' },
      tableHeader: { bold: true, fillColor: '#E8EAED' },
      muted: { color: '#555555' },
    },
    header: () => ({ stack: [banner()], margin: [40, 16, 40, 0] }),
    footer: (currentPage, pageCount) => ({
      stack: [{ columns: [{ text: pack.operationName, style: 'muted' }, { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right' }], margin: [0, 0, 0, 4] }, banner()],
      margin: [40, 8, 40, 0],
    }),
    content: [
      ...coverSheet(pack),
      ...summarySection(pack),
      ...targetTable(pack),
      ...graphSection(pack),
      ...pack.targets.flatMap((target) => targetEvidence(target)),
      ...sourcesSection(pack),
    ],
  };
}

function coverSheet(pack: BriefingPack): PdfContent[] {
  const row = (label: string, value: PdfContent): PdfContent[] => [{ text: label, style: 'label' }, value];
  const handling =
    pack.marking.handlingCodes.length === 0
      ? 'No handling code: none of the reports included carries one.'
      : `Reports included carry handling codes ${pack.marking.handlingCodes.join(', ')}; each report's code is given with it, and the most restrictive governs any onward dissemination of this pack.`;
  return [
    { text: 'BRIEFING PACK', style: 'title' },
    { text: pack.operationName, fontSize: 18, margin: [0, 0, 0, 24] },
    {
      table: {
        widths: [110, '*'],
        body: [
          row('Operation', pack.operationName),
          row('Date', pack.date),
          row('Author', pack.author),
          row('Protective marking', { text: pack.marking.text, bold: true }),
          row('Handling', handling),
          ...(pack.marking.raisedBy.length > 0 ? [row('Marking raised by', `reports ${pack.marking.raisedBy.join(', ')}`)] : []),
          row('Distribution', pack.distribution.length === 0 ? 'None stated' : { ul: [...pack.distribution] }),
          row('Workspace', pack.workspaceName),
          row('Generated', pack.generatedAt),
          row('Contents', `${pack.targets.length} targets, ${countReports(pack)} reports, ${pack.sources.length} source files`),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: 'This pack was generated offline by Manifest Lens from the workspace named above. Every score is the sum of the reasons given beside it.', style: 'muted', margin: [0, 24, 0, 0], pageBreak: 'after' },
  ];
}

function countReports(pack: BriefingPack): number {
  return new Set(pack.targets.flatMap((target) => target.reports.map((report) => report.reportId))).size;
}

function summarySection(pack: BriefingPack): PdfContent[] {
  const shipments = pack.targets.filter((target) => target.kind === 'shipment').length;
  const traders = pack.targets.length - shipments;
  const hits = pack.targets.reduce((total, target) => total + target.watchlistHits.length, 0);
  const paragraphs = pack.summary.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
  return [
    { text: 'Summary', style: 'heading' },
    ...(paragraphs.length === 0 ? [{ text: 'No summary was written for this pack.', style: 'muted', margin: [0, 0, 0, 6] }] : paragraphs.map((paragraph) => ({ text: paragraph, margin: [0, 0, 0, 6] }))),
    {
      ul: [
        `${pack.targets.length} targets: ${shipments} shipments, ${traders} traders`,
        `${countReports(pack)} intelligence reports linked to them`,
        `${hits} watchlist hits on them, their parties and vessels`,
      ],
      margin: [0, 4, 0, 12],
    },
  ];
}

function targetTable(pack: BriefingPack): PdfContent[] {
  const header = ['#', 'Target', 'Priority / status', 'Score', 'Reasons'];
  const body = pack.targets.map((target) => [
    String(target.rank),
    { stack: [{ text: target.ref, bold: true }, target.name, { text: target.kind, style: 'muted' }] },
    `${target.priority} / ${target.status}`,
    { text: target.score === null ? '—' : target.score.toFixed(2), alignment: 'right' },
    target.reasons.length === 0 ? { text: 'no reason recorded', style: 'muted' } : { ul: target.reasons.map((reason) => `[+${reason.points.toFixed(2)}] ${reason.reason}`) },
  ]);
  return [{ text: 'Targets', style: 'heading', pageBreak: 'before' }, recordTable(header, [14, 110, 50, 30, '*'], body, 'The target list is empty.', { dontBreakRows: false })];
}

function graphSection(pack: BriefingPack): PdfContent[] {
  if (pack.graph === null) return [];
  return [
    { text: 'Network', style: 'heading', pageBreak: 'before' },
    { image: `data:image/png;base64,${base64(pack.graph.png)}`, fit: [515, 620], alignment: 'center' },
    { text: pack.graph.caption, style: 'muted', margin: [0, 6, 0, 0] },
  ];
}

function targetEvidence(target: BriefingTarget): PdfContent[] {
  const title = `${target.rank}. ${target.kind === 'shipment' ? 'Shipment' : 'Trader'} ${target.ref}: ${target.name}`;
  const content: PdfContent[] = [
    { text: title, style: 'heading', pageBreak: 'before' },
    {
      columns: [
        { text: [{ text: 'Score ', style: 'label' }, target.score === null ? 'not scored' : target.score.toFixed(2)] },
        { text: [{ text: 'Priority ', style: 'label' }, target.priority] },
        { text: [{ text: 'Status ', style: 'label' }, target.status] },
        { text: [{ text: 'Agency ', style: 'label' }, target.agency || '—'] },
      ],
      margin: [0, 0, 0, 4],
    },
  ];
  if (target.notes.trim() !== '') content.push({ text: [{ text: 'Notes: ', style: 'label' }, target.notes] });
  content.push({ text: 'Reasons', style: 'subheading' });
  content.push(target.reasons.length === 0 ? { text: 'No reason recorded.', style: 'muted' } : { ul: target.reasons.map((reason) => `[+${reason.points.toFixed(2)}] ${reason.reason} (${reason.ruleId})`) });
  if (target.trader !== null) {
    const trader = target.trader;
    content.push({ text: 'Trader', style: 'subheading' });
    content.push(
      keyValues([
        ['Entity', trader.entityId],
        ['Names written', trader.names.join('; ')],
        ['Roles', trader.roles],
        ['Countries', trader.countries],
        ['Addresses', trader.addresses.join('\n') || '—'],
        ['Bills', String(target.billCount)],
      ]),
    );
  }
  content.push({ text: target.kind === 'shipment' ? 'Shipment' : `Shipments (${target.shipments.length} of ${target.billCount}, most recent first)`, style: 'subheading' });
  if (target.shipments.length === 0) content.push({ text: 'No bill of lading found in the workspace.', style: 'muted' });
  for (const shipment of target.shipments) content.push(...shipmentDetails(shipment, target.kind === 'shipment'));
  content.push({ text: 'Linked intelligence reports', style: 'subheading' });
  content.push(
    recordTable(
      ['Reference', 'Date', 'Grading', 'Marking', 'Handling', 'Mentions'],
      [70, 50, 36, 70, 40, '*'],
      target.reports.map((report) => [
        report.reference ?? `(none) ${report.fileName}`,
        report.date ?? '—',
        report.grading ?? '—',
        report.marking ?? '—',
        report.handlingCode ?? '—',
        { stack: report.mentions.map((mention) => ({ text: [{ text: `${mention.names.join(', ')}: `, bold: true }, mention.sentence], margin: [0, 0, 0, 2] })) },
      ]),
      'No report names this target.',
    ),
  );
  content.push({ text: 'Watchlist hits', style: 'subheading' });
  content.push(
    recordTable(
      ['Subject', 'List', 'Listed as', 'Score', 'Why'],
      [70, 70, 80, 30, '*'],
      target.watchlistHits.map((hit) => [`${hit.subjectName} (${hit.subjectKind})`, hit.listName, hit.listedName, hit.score.toFixed(2), hit.explanation]),
      'No watchlist hit on this target, its parties or its vessel.',
    ),
  );
  return content;
}

function shipmentDetails(shipment: BriefingShipment, full: boolean): PdfContent[] {
  const party = (role: string) =>
    shipment.parties
      .filter((entry) => entry.role === role)
      .map((entry) => `${entry.name}${entry.address ? `, ${entry.address}` : ''}${entry.entityId ? ` [${entry.entityId}]` : ''}`)
      .join('\n') || '—';
  const facts: [string, string][] = [
    ['B/L', shipment.billOfLadingNumber],
    ['Arrival', shipment.arrivalDate ?? '—'],
    ['Vessel', [shipment.vesselName, shipment.vesselImo ? `IMO ${shipment.vesselImo}` : null, shipment.voyageNumber ? `voyage ${shipment.voyageNumber}` : null].filter(Boolean).join(', ') || '—'],
    ['Route', [['receipt', shipment.placeOfReceipt], ['loading', shipment.portOfLoading], ['discharge', shipment.portOfDischarge], ['origin', shipment.countryOfOrigin]].filter(([, value]) => value !== null).map(([label, value]) => `${label} ${value}`).join(', ') || '—'],
    ['Shipper', party('shipper')],
    ['Consignee', party('consignee')],
    ['Notify party', party('notify_party')],
    ['Source', `${shipment.sourceFile}, row ${shipment.sourceRow}`],
  ];
  const content: PdfContent[] = [keyValues(full ? facts : facts.filter(([label]) => label !== 'Notify party' && label !== 'Source'))];
  content.push({
    table: {
      headerRows: 1,
      widths: [62, 40, '*', 34, 50, 56],
      body: [
        ['Container', 'HS', 'Goods', 'Pkgs', 'Kg', 'USD'].map((text) => ({ text, style: 'tableHeader' })),
        ...shipment.lines.map((line) => [
          line.containerNumber ?? '—',
          line.hsCode ?? '—',
          line.goodsDescription ?? '—',
          { text: line.packages === null ? '—' : String(line.packages), alignment: 'right' },
          { text: line.grossWeightKg === null ? '—' : formatNumber(line.grossWeightKg), alignment: 'right' },
          { text: line.declaredValueUsd === null ? '—' : formatNumber(line.declaredValueUsd), alignment: 'right' },
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    margin: [0, 2, 0, 8],
  });
  return content;
}

/** A table of records under a header row, in the pack's light style; the muted line `empty` when there is no record. */
function recordTable(headers: readonly string[], widths: readonly (number | '*')[], rows: readonly (readonly PdfContent[])[], empty: string, options: { readonly dontBreakRows?: boolean } = {}): PdfContent {
  if (rows.length === 0) return { text: empty, style: 'muted' };
  return { table: { headerRows: 1, ...options, widths, body: [headers.map((text) => ({ text, style: 'tableHeader' })), ...rows] }, layout: 'lightHorizontalLines', fontSize: 8 };
}

function keyValues(rows: readonly (readonly [string, string])[]): PdfContent {
  return { table: { widths: [80, '*'], body: rows.map(([label, value]) => [{ text: label, style: 'label' }, value]) }, layout: 'noBorders', margin: [0, 0, 0, 4] };
}

function sourcesSection(pack: BriefingPack): PdfContent[] {
  return [
    { text: 'Sources', style: 'heading', pageBreak: 'before' },
    { text: 'Every file this workspace holds that the pack draws on, with its SHA-256 as stored when it was read.', style: 'muted', margin: [0, 0, 0, 6] },
    recordTable(
      ['Kind', 'File and SHA-256', 'Added'],
      [80, '*', 90],
      pack.sources.map((source) => [source.kind, { stack: [source.fileName, { text: source.sha256, fontSize: 7, style: 'muted' }] }, source.addedAt]),
      'No source file.',
    ),
  ];
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}
