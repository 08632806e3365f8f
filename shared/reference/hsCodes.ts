/**
 * The Harmonized System nomenclature (HS 2022) at chapter (2), heading (4) and subheading (6)
 * digits, with descriptions, parents and sections. Source and licence: SOURCES.md.
 */
import hsCodeData from './data/hsCodes.json';

export type HsLevel = 2 | 4 | 6;

export interface HsCode {
  /** Digits only: "85", "8504", "850440". */
  readonly code: string;
  readonly description: string;
  readonly level: HsLevel;
  /** The heading of a subheading, the chapter of a heading; null for a chapter. */
  readonly parent: string | null;
  /** Roman numeral of the section ("XVI"); null for chapter 99, which belongs to none. */
  readonly section: string | null;
}

export interface HsSection {
  readonly id: string;
  readonly description: string;
}

interface HsCodeFile {
  readonly sections: readonly (readonly [string, string])[];
  readonly codes: readonly (readonly [string, string, (string | null)?])[];
}

const data = hsCodeData as unknown as HsCodeFile;

let byCode: ReadonlyMap<string, HsCode> | undefined;
let ordered: readonly HsCode[] | undefined;

function index(): ReadonlyMap<string, HsCode> {
  if (byCode) return byCode;
  const map = new Map<string, HsCode>();
  const sectionOfChapter = new Map<string, string | null>();
  for (const [code, description, section] of data.codes) {
    const level = code.length as HsLevel;
    if (level === 2) sectionOfChapter.set(code, section ?? null);
    map.set(code, {
      code,
      description,
      level,
      parent: level === 2 ? null : code.slice(0, level - 2),
      section: level === 2 ? (section ?? null) : (sectionOfChapter.get(code.slice(0, 2)) ?? null),
    });
  }
  byCode = map;
  ordered = [...map.values()];
  return map;
}

/** Digits of an HS code as written in manifests: "8504.40", "8504 40", "850440" all give "850440". */
export function normalizeHsCode(text: string): string {
  return text.replace(/[\s.-]+/g, '');
}

/** The chapter, heading or subheading; undefined when the code is not in the nomenclature. */
export function findHsCode(code: string): HsCode | undefined {
  return index().get(normalizeHsCode(code));
}

export function isKnownHsCode(code: string): boolean {
  return findHsCode(code) !== undefined;
}

/** Every code, chapters, headings and subheadings in nomenclature order. */
export function allHsCodes(): readonly HsCode[] {
  index();
  return ordered as readonly HsCode[];
}

export function hsCodesAtLevel(level: HsLevel): readonly HsCode[] {
  return allHsCodes().filter((entry) => entry.level === level);
}

/** The direct children of a chapter or heading. */
export function hsChildren(code: string): readonly HsCode[] {
  const parent = normalizeHsCode(code);
  return allHsCodes().filter((entry) => entry.parent === parent);
}

/** The chain from the chapter down to the code itself; empty when unknown. */
export function hsLineage(code: string): readonly HsCode[] {
  const lineage: HsCode[] = [];
  let current = findHsCode(code);
  while (current) {
    lineage.unshift(current);
    current = current.parent === null ? undefined : findHsCode(current.parent);
  }
  return lineage;
}

export const hsSections: readonly HsSection[] = data.sections.map(([id, description]) => ({ id, description }));

export function findHsSection(id: string): HsSection | undefined {
  return hsSections.find((section) => section.id === id.trim().toUpperCase());
}
