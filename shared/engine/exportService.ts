import { auditActor } from '../audit/auditTrail';
import { briefingPackPdf } from '../exports/briefingPack/briefingPackPdf';
import { targetListCsv, targetListFileName } from '../exports/targetListCsv';
import { plainFileNamePart } from '../exports/targetListTable';
import { targetListXlsx } from '../exports/targetListXlsx';
import { markingFileNamePrefix, parseMarkingLine, renderMarkingLine } from '../markings/markingLine';
import { followTheMoneyEntities, followTheMoneyJsonl } from '../exports/followTheMoney/followTheMoneyEntities';
import { readFtmBills, readFtmTraders } from '../store/followTheMoneySource';
import { readTargetEntries } from '../store/targetListStore';
import { readWorkspaceMarking } from '../store/workspaceMarkingStore';
import type { WorkspaceStore } from '../store/workspaceStore';
import { gatherBriefingPack } from './briefingPackService';
import type { BriefingPackRequest, ExportEngineApi, ExportFile, PartnerWorkspaceRequest } from './exportApi';
import { buildPartnerWorkspace } from './partnerWorkspaceService';
import type { WorkspaceFileParts } from '../workspace/workspaceFile';

/**
 * The engine's exports over whichever store is open (issue 9). Each file carries the marking of
 * what it contains: the workspace's, raised by any report included; the UI saves it through the
 * host and records the save in the audit trail.
 */
/** How the engine makes a new workspace and its file (for the partner subset). */
export interface WorkspaceMaker {
  create(): WorkspaceStore;
  encode(image: Uint8Array): Promise<WorkspaceFileParts>;
}

export class ExportService implements ExportEngineApi {
  constructor(
    private readonly currentStore: () => WorkspaceStore,
    private readonly workspaceName: () => string,
    private readonly workspaces: WorkspaceMaker,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async exportPartnerWorkspace(request: PartnerWorkspaceRequest): Promise<ExportFile> {
    const subset = this.workspaces.create();
    try {
      const outcome = buildPartnerWorkspace(this.currentStore(), subset, this.workspaceName(), request, this.now());
      const agency = String(request.agency).trim().toUpperCase().replace(/\s+/g, ' ');
      const name = `${this.workspaceName()} for ${agency}`;
      subset.setSetting('name', name);
      const parts = await this.workspaces.encode(subset.exportImage());
      const bytes = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0));
      let offset = 0;
      for (const part of parts) {
        bytes.set(part, offset);
        offset += part.byteLength;
      }
      const marking = renderMarkingLine(outcome.marking);
      return {
        format: 'mlens',
        suggestedName: `${markingFileNamePrefix(outcome.marking)} - ${plainFileNamePart(name, 'partner workspace')}.mlens`,
        bytes,
        marking,
        what: 'partner-workspace',
        detail: {
          agency,
          targets: outcome.targets,
          bills: outcome.bills,
          reports: outcome.reports,
          reportsKeptBack: outcome.reportsKeptBack.map((report) => `${report.reference} (${report.reason})`).join('; '),
          marking,
        },
      };
    } finally {
      subset.close();
    }
  }

  async exportTargetList(format: 'csv' | 'xlsx'): Promise<ExportFile> {
    if (format !== 'csv' && format !== 'xlsx') throw new RangeError(`the target list is exported as csv or xlsx, not ${JSON.stringify(format)}`);
    const store = this.currentStore();
    const marking = readWorkspaceMarking(store);
    const entries = readTargetEntries(store);
    const bytes =
      format === 'csv'
        ? new TextEncoder().encode(targetListCsv(entries, marking))
        : await targetListXlsx(entries, marking, { workspaceName: this.workspaceName(), author: auditActor(store), createdAt: this.now() });
    return {
      format,
      suggestedName: targetListFileName(this.workspaceName(), marking, format),
      bytes,
      marking: renderMarkingLine(marking),
      what: 'targets',
      detail: { rows: entries.length, marking: renderMarkingLine(marking) },
    };
  }

  async exportFollowTheMoney(): Promise<ExportFile> {
    const store = this.currentStore();
    const marking = readWorkspaceMarking(store);
    const text = renderMarkingLine(marking);
    const entities = followTheMoneyEntities(readFtmTraders(store), readFtmBills(store), { workspaceName: this.workspaceName(), marking: text });
    const count = (schema: string) => entities.filter((entity) => entity.schema === schema).length;
    return {
      format: 'ftm-jsonl',
      suggestedName: `${markingFileNamePrefix(marking)} - ${plainFileNamePart(this.workspaceName(), 'workspace')} - entities.ftm.jsonl`,
      bytes: new TextEncoder().encode(followTheMoneyJsonl(entities)),
      marking: text,
      what: 'ftm-entities',
      detail: { entities: entities.length, traders: count('Company') + count('LegalEntity'), addresses: count('Address'), vessels: count('Vessel'), bills: count('EconomicActivity'), links: count('UnknownLink'), marking: text },
    };
  }

  async exportBriefingPack(request: BriefingPackRequest): Promise<ExportFile> {
    const pack = gatherBriefingPack(this.currentStore(), this.workspaceName(), request, this.now());
    const bytes = await briefingPackPdf(pack);
    const reports = new Set(pack.targets.flatMap((target) => target.reports.map((report) => report.reportId))).size;
    return {
      format: 'pdf',
      suggestedName: `${markingFileNamePrefix(parseMarkingLine(pack.marking.text))} - ${plainFileNamePart(pack.operationName, 'operation')} - briefing pack.pdf`,
      bytes,
      marking: pack.marking.text,
      what: 'briefing-pack',
      detail: { operation: pack.operationName, targets: pack.targets.length, reports, graph: pack.graph !== null, marking: pack.marking.text, handlingCodes: pack.marking.handlingCodes.join(', ') },
    };
  }
}
