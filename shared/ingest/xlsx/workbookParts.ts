import type { ExcelDateSystem } from '../excelSerialDate';
import { FileUnusableError } from '../formats/importFormat';
import type { ReadPacing } from '../formats/importFormat';
import { builtInNumberFormatKind, customNumberFormatKind } from './numberFormats';
import type { NumberFormatKind } from './numberFormats';
import { decodeOoxmlEscapes, parseXmlPart } from './xmlParts';
import type { InflateBudget, ZipArchive } from './zipArchive';

/**
 * The parts of an XLSX workbook needed before its worksheets can be read (ECMA-376 Part 1): the
 * package relationships that locate the workbook, the workbook's sheet list and date system, its
 * shared strings and the number formats of its cell styles.
 */
export interface WorkbookSheet {
  readonly name: string;
  /** Zip entry of the sheet's part; null when the relationship points nowhere. */
  readonly partName: string | null;
  readonly kind: 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'other';
}

export interface Workbook {
  readonly sheets: readonly WorkbookSheet[];
  readonly dateSystem: ExcelDateSystem;
  readonly sharedStrings: readonly string[];
  /** Number-format kind of each cell style (the `s` attribute of a cell indexes this). */
  readonly styleKinds: readonly NumberFormatKind[];
}

interface Relationship {
  readonly target: string;
  readonly type: string;
}

export async function readWorkbook(archive: ZipArchive, budget: InflateBudget, pacing: ReadPacing): Promise<Workbook> {
  const readPart = async (name: string): Promise<Uint8Array | null> => {
    const entry = archive.entry(name);
    return entry === undefined ? null : archive.read(entry, budget, pacing);
  };
  const packageRelationships = await readRelationships(readPart, '_rels/.rels', '');
  const workbookPath = [...packageRelationships.values()].find((relation) => relation.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookBytes = await readPart(workbookPath);
  if (workbookBytes === null) {
    if (archive.entry('xl/workbook.bin')) throw new FileUnusableError('this is an Excel binary workbook (.xlsb); save it as .xlsx or CSV and import that');
    if (archive.entry('content.xml') && archive.entry('mimetype')) throw new FileUnusableError('this is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import that');
    throw new FileUnusableError('this is a zip archive but not an Excel workbook (no xl/workbook.xml)');
  }
  const workbookDirectory = workbookPath.includes('/') ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1) : '';
  const relationships = await readRelationships(readPart, `${workbookDirectory}_rels/${workbookPath.slice(workbookDirectory.length)}.rels`, workbookDirectory);

  const declaredSheets: { name: string; relationshipId: string }[] = [];
  let dateSystem: ExcelDateSystem = '1900';
  parseXmlPart(workbookPath, workbookBytes, {
    open(name, attributes) {
      if (name === 'workbookPr' && (attributes.date1904 === '1' || attributes.date1904 === 'true')) dateSystem = '1904';
      if (name === 'sheet') {
        const relationshipId = Object.entries(attributes).find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1] ?? '';
        declaredSheets.push({ name: attributes.name ?? `Sheet${declaredSheets.length + 1}`, relationshipId });
      }
    },
  });
  const sheets = declaredSheets.map(({ name, relationshipId }): WorkbookSheet => {
    const relation = relationships.get(relationshipId);
    const kindName = relation?.type.slice(relation.type.lastIndexOf('/') + 1) ?? '';
    const kind = kindName === 'worksheet' || kindName === 'chartsheet' || kindName === 'dialogsheet' || kindName === 'macrosheet' ? kindName : 'other';
    return { name, partName: relation === undefined || archive.entry(relation.target) === undefined ? null : relation.target, kind };
  });
  const sharedStringsPath = [...relationships.values()].find((relation) => relation.type.endsWith('/sharedStrings'))?.target;
  const stylesPath = [...relationships.values()].find((relation) => relation.type.endsWith('/styles'))?.target;
  const sharedStringsBytes = sharedStringsPath === undefined ? null : await readPart(sharedStringsPath);
  const stylesBytes = stylesPath === undefined ? null : await readPart(stylesPath);
  return {
    sheets,
    dateSystem,
    sharedStrings: sharedStringsBytes === null ? [] : readSharedStrings(sharedStringsPath as string, sharedStringsBytes),
    styleKinds: stylesBytes === null ? [] : readStyleKinds(stylesPath as string, stylesBytes),
  };
}

async function readRelationships(readPart: (name: string) => Promise<Uint8Array | null>, partName: string, baseDirectory: string): Promise<Map<string, Relationship>> {
  const bytes = await readPart(partName);
  const relationships = new Map<string, Relationship>();
  if (bytes === null) return relationships;
  parseXmlPart(partName, bytes, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      relationships.set(attributes.Id ?? '', { target: resolvePartName(baseDirectory, attributes.Target ?? ''), type: attributes.Type ?? '' });
    },
  });
  return relationships;
}

/** A relationship target as a zip entry name: absolute ('/xl/...') or relative to the source part's folder. */
export function resolvePartName(baseDirectory: string, target: string): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith('/') ? target.slice(1) : baseDirectory + target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** Shared strings: the text of each `si`, rich-text runs joined, phonetic hints (`rPh`) left out. */
function readSharedStrings(partName: string, bytes: Uint8Array): string[] {
  const strings: string[] = [];
  let current = '';
  let inItem = false;
  let inText = false;
  let phoneticDepth = 0;
  parseXmlPart(partName, bytes, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && inItem && phoneticDepth === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phoneticDepth--;
      else if (name === 'si') {
        strings.push(decodeOoxmlEscapes(current));
        inItem = false;
      }
    },
  });
  return strings;
}

function readStyleKinds(partName: string, bytes: Uint8Array): NumberFormatKind[] {
  const customFormats = new Map<number, NumberFormatKind>();
  const kinds: NumberFormatKind[] = [];
  let inCellFormats = false;
  parseXmlPart(partName, bytes, {
    open(name, attributes) {
      if (name === 'numFmt') customFormats.set(Number(attributes.numFmtId), customNumberFormatKind(attributes.formatCode ?? ''));
      else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) {
        const id = Number(attributes.numFmtId ?? 0);
        kinds.push(customFormats.get(id) ?? builtInNumberFormatKind(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return kinds;
}
