import type { Core } from 'cytoscape';
import { useState } from 'react';
import type { GraphEdgeView, GraphNodeView } from '../../../shared/engine/graphApi';
import { plainFileNamePart } from '../../../shared/exports/targetListTable';
import type { ExportableNetwork } from '../../../shared/graph/exports/exportableNetwork';
import { networkGexf } from '../../../shared/graph/exports/networkGexf';
import { networkGraphml } from '../../../shared/graph/exports/networkGraphml';
import type { NodePosition } from '../../../shared/graph/layouts/graphLayout';
import type { ExportFormatId } from '../../../shared/host/exportFormats';
import type { HostApi } from '../../../shared/host/hostApi';
import { exportMarking } from '../../../shared/markings/exportMarking';
import { markingFileNamePrefix } from '../../../shared/markings/markingLine';
import { asMarkingLine } from '../../../shared/markings/markingText';
import { isProtectiveMarking } from '../../../shared/markings/protectiveMarking';
import type { MarkingInput } from '../../../shared/markings/markingText';
import { errorMessage } from '../../format/format';
import { saveAuditedExport } from '../../host/auditedExport';
import type { WorkerEngineApi } from '../../worker/workerEngineApi';
import { networkSvg } from './networkSvgExport';

/** The graph drawn now: the view's nodes and edges still on the canvas, at their drawn positions. */
export function currentNetwork(cy: Core, nodes: Iterable<GraphNodeView>, edges: Iterable<GraphEdgeView>): { nodes: GraphNodeView[]; edges: GraphEdgeView[]; positions: Map<string, NodePosition> } {
  const drawn = (id: string) => {
    const element = cy.getElementById(id);
    return element.nonempty() && element.visible();
  };
  const shownNodes = [...nodes].filter((node) => drawn(node.id));
  const positions = new Map(shownNodes.map((node) => [node.id, { ...cy.getElementById(node.id).position() }]));
  return { nodes: shownNodes, edges: [...edges].filter((edge) => drawn(edge.id) && positions.has(edge.source) && positions.has(edge.target)), positions };
}

/** The marking an export of these nodes carries: the workspace's, raised by the markings of the reports drawn. */
export function networkExportMarking(workspace: MarkingInput, nodes: readonly GraphNodeView[]) {
  return exportMarking(
    asMarkingLine(workspace),
    nodes.flatMap((node) => (node.report ? [{ reference: node.report.reference, marking: isProtectiveMarking(node.report.marking) ? node.report.marking : null, handlingCode: null }] : [])),
  );
}

export interface NetworkExportButtonsProps {
  readonly cy: () => Core | null;
  readonly nodes: ReadonlyMap<string, GraphNodeView>;
  readonly edges: ReadonlyMap<string, GraphEdgeView>;
  readonly view: string;
  readonly viewTitle: string;
  readonly workspaceName: string;
  readonly marking: MarkingInput;
  readonly host: Pick<HostApi, 'saveExport'>;
  readonly engine: Pick<WorkerEngineApi, 'recordExport'>;
  readonly showNotice: (tone: 'info' | 'success' | 'error', message: string) => void;
  readonly disabled: boolean;
}

/**
 * Export of the current view as a picture (SVG, marked at top and bottom) and of the current
 * graph as GEXF and GraphML (marked in their metadata), through the host's save dialog and into
 * the audit trail.
 */
export function NetworkExportButtons({ cy, nodes, edges, view, viewTitle, workspaceName, marking, host, engine, showNotice, disabled }: NetworkExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const save = async (format: Extract<ExportFormatId, 'svg' | 'gexf' | 'graphml'>) => {
    const instance = cy();
    if (!instance) return;
    setBusy(true);
    try {
      const current = currentNetwork(instance, nodes.values(), edges.values());
      const markingOfExport = networkExportMarking(marking, current.nodes);
      const network: ExportableNetwork = { title: `${workspaceName} - ${viewTitle}`, view, marking: markingOfExport.text, ...current };
      const text = format === 'svg' ? networkSvg(instance, markingOfExport.text) : format === 'gexf' ? networkGexf(network) : networkGraphml(network);
      const suggestedName = `${markingFileNamePrefix(markingOfExport.line)} - ${plainFileNamePart(workspaceName, 'workspace')} - ${plainFileNamePart(viewTitle, view)}.${format}`;
      const outcome = await saveAuditedExport(host, engine, 'network', { format, suggestedName, bytes: new TextEncoder().encode(text) }, { view, nodes: current.nodes.length, edges: current.edges.length });
      if (outcome.status === 'saved') showNotice('success', `Saved ${outcome.fileName}`);
    } catch (failure) {
      showNotice('error', `The ${format.toUpperCase()} export could not be saved: ${errorMessage(failure)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {(
        [
          ['svg', 'Export SVG'],
          ['gexf', 'Export GEXF'],
          ['graphml', 'Export GraphML'],
        ] as const
      ).map(([format, label]) => (
        <button key={format} type="button" className="button" onClick={() => void save(format)} disabled={disabled || busy}>
          {label}
        </button>
      ))}
    </>
  );
}
