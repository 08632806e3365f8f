import type { BriefingPack, BriefingTarget } from '../exports/briefingPack/briefingPack';
import { exportMarking } from '../markings/exportMarking';
import { isProtectiveMarking } from '../markings/protectiveMarking';
import { readReportsNaming, readShipment, readSources, readTrader, readTraderShipments, readWatchlistHits } from '../store/briefingEvidenceStore';
import type { MentionTarget } from '../store/briefingEvidenceStore';
import { readTargetEntries } from '../store/targetListStore';
import { readWorkspaceMarking } from '../store/workspaceMarkingStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import type { BriefingPackRequest } from './exportApi';
import { targetPriorityNames } from './riskApi';

/** Bills of a trader target shown in full in a pack (the most recent); the rest are counted. */
export const traderBillsInPack = 8;

/** Largest network snapshot a pack takes (a PNG of the whole screen at 2× is a few MB). */
export const maxGraphSnapshotBytes = 32 * 1024 * 1024;

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Gathers a briefing pack from the workspace: the chosen targets of the list (all of them when
 * none is chosen) with their evidence, the sources, and the marking: the workspace's raised by
 * every report the pack includes. A request that names no operation, a bad date, a target not on
 * the list or a snapshot that is not a PNG is refused with the reason (RangeError).
 */
export function gatherBriefingPack(store: WorkspaceStore, workspaceName: string, request: BriefingPackRequest, now: Date): BriefingPack {
  const operationName = String(request?.operationName ?? '').trim();
  if (operationName === '') throw new RangeError('a briefing pack needs an operation name');
  const author = String(request.author ?? '').trim();
  if (author === '') throw new RangeError('a briefing pack needs an author');
  const date = String(request.date ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`a briefing pack's date is a calendar date written yyyy-mm-dd, not ${JSON.stringify(request.date)}`);
  }
  const distribution = (request.distribution ?? []).map((entry) => String(entry).trim()).filter((entry) => entry !== '');
  const graph = request.graph ?? null;
  if (graph !== null) {
    if (!(graph.png instanceof Uint8Array) || !pngSignature.every((byte, index) => graph.png[index] === byte)) throw new RangeError('the network snapshot is not a PNG image');
    if (graph.png.byteLength > maxGraphSnapshotBytes) throw new RangeError(`the network snapshot is ${graph.png.byteLength} bytes, above the ${maxGraphSnapshotBytes}-byte limit`);
  }

  const entries = readTargetEntries(store);
  let chosen = entries;
  if (request.targets !== undefined) {
    const wanted = new Set(request.targets.map((key) => `${key.kind}\u0000${key.ref}`));
    chosen = entries.filter((entry) => wanted.has(`${entry.kind}\u0000${entry.ref}`));
    const missing = request.targets.filter((key) => !entries.some((entry) => entry.kind === key.kind && entry.ref === key.ref));
    if (missing.length > 0) throw new RangeError(`not on the target list: ${missing.map((key) => `${key.kind} ${key.ref}`).join(', ')}`);
  }

  const targets: BriefingTarget[] = chosen.map((entry) => {
    const rank = entries.indexOf(entry) + 1;
    const reasons = (entry.currentScore !== null && entry.currentReasons.length > 0 ? entry.currentReasons : entry.reasonsWhenAdded).map((reason) => ({ ruleId: reason.ruleId, points: reason.points, reason: reason.reason }));
    const common = {
      rank,
      kind: entry.kind,
      ref: entry.ref,
      name: entry.name,
      priority: targetPriorityNames[entry.priority],
      status: entry.status,
      agency: entry.agency,
      notes: entry.notes,
      score: entry.currentScore ?? entry.scoreWhenAdded,
      reasons,
    };
    if (entry.kind === 'shipment') {
      const shipment = readShipment(store, entry.ref);
      const traders = shipment === null ? [] : shipment.parties.flatMap((party) => (party.entityId === null ? [] : [party.entityId]));
      const vessels = shipment === null ? [] : [shipment.vesselImo ?? shipment.vesselName ?? ''].filter((key) => key !== '');
      const containers = shipment === null ? [] : shipment.lines.flatMap((line) => (line.containerNumber === null ? [] : [line.containerNumber]));
      const named: MentionTarget[] = [
        { kind: 'bill-of-lading', key: entry.ref },
        ...[...new Set(containers)].map((key): MentionTarget => ({ kind: 'container', key })),
        ...(shipment?.vesselImo ? [{ kind: 'vessel', key: shipment.vesselImo } as const] : []),
        ...[...new Set(traders)].map((key): MentionTarget => ({ kind: 'trader', key })),
      ];
      return { ...common, shipments: shipment === null ? [] : [shipment], billCount: shipment === null ? 0 : 1, trader: null, reports: readReportsNaming(store, named), watchlistHits: readWatchlistHits(store, traders, vessels) };
    }
    const trader = readTrader(store, entry.ref);
    const { shipments, billCount } = readTraderShipments(store, entry.ref, traderBillsInPack);
    return { ...common, shipments, billCount, trader, reports: readReportsNaming(store, [{ kind: 'trader', key: entry.ref }]), watchlistHits: readWatchlistHits(store, [entry.ref], []) };
  });

  const included = new Map(targets.flatMap((target) => target.reports.map((report) => [report.reportId, report] as const)));
  const marking = exportMarking(
    readWorkspaceMarking(store),
    [...included.values()].map((report) => ({ reference: report.reference ?? report.fileName, marking: isProtectiveMarking(report.marking) ? report.marking : null, handlingCode: report.handlingCode })),
  );
  return {
    operationName,
    date,
    author,
    distribution,
    summary: String(request.summary ?? ''),
    workspaceName,
    marking: { text: marking.text, classification: marking.line.classification, handlingCodes: marking.handlingCodes, raisedBy: marking.raisedBy },
    generatedAt: now.toISOString(),
    targets,
    graph,
    sources: readSources(store),
  };
}
