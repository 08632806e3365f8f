import { findHandlingCaveat, handlingCaveats } from './handlingCaveats';
import { findMarkingDescriptor, markingDescriptors } from './markingDescriptors';
import { markingRank, parseProtectiveMarking } from './protectiveMarking';
import type { ProtectiveMarking } from './protectiveMarking';

/**
 * A full protective marking line: the classification, its descriptors, handling caveats and the
 * releasability statement, as a banner or the first line of an export shows it:
 *
 *     OFFICIAL-SENSITIVE [COMMERCIAL, PERSONAL] | UK EYES ONLY | RELEASABLE TO: POLICE, BORDER FORCE
 *
 * Rendered in that one canonical form (descriptors in the registry's order in square brackets,
 * caveats and releasability each after " | "); parsed from the forms people write: "OFFICIAL
 * SENSITIVE: COMMERCIAL", "SECRET UK EYES ONLY", "// REL TO POLICE", en dashes, any case. A line
 * that cannot be read is refused with the reason (MarkingLineError), never read as something else.
 */
export interface MarkingLine {
  readonly classification: ProtectiveMarking;
  /** Descriptor ids (shared/markings/markingDescriptors.ts), in the registry's order. */
  readonly descriptors: readonly string[];
  /** Handling caveats as written canonically ("UK EYES ONLY"), in the registry's order. */
  readonly caveats: readonly string[];
  /**
   * The agencies the material may be released to, upper case; null when the marking says nothing
   * about releasability; empty when combining left no agency every part may go to (shown as
   * "RELEASABLE TO: NONE").
   */
  readonly releasableTo: readonly string[] | null;
}

export class MarkingLineError extends Error {
  constructor(readonly text: string, readonly reason: string) {
    super(`protective marking '${text}': ${reason}`);
    this.name = 'MarkingLineError';
  }
}

export function plainMarkingLine(classification: ProtectiveMarking): MarkingLine {
  return { classification, descriptors: [], caveats: [], releasableTo: null };
}

const classificationPattern = /^(TOP SECRET|SECRET|OFFICIAL[ -]?SENSITIVE|OFFICIAL)(?![A-Z])/;
const releasabilityPattern = /\b(?:RELEASABLE|REL) TO\b\s*:?\s*/;
const segmentSeparator = /\s*(?:\||\/\/|;|\s-\s|^:)\s*/;
const agencyPattern = /^[A-Z0-9][A-Z0-9 &'()./-]*$/;
const noAgency = 'NONE';

/** Reads a marking line; throws MarkingLineError naming what could not be read. */
export function parseMarkingLine(text: string): MarkingLine {
  const folded = text.trim().toUpperCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ');
  if (folded === '') throw new MarkingLineError(text, 'the marking is empty');
  const classificationMatch = classificationPattern.exec(folded);
  const classification = classificationMatch ? parseProtectiveMarking(classificationMatch[1] as string) : undefined;
  if (classificationMatch === null || classification === undefined) {
    throw new MarkingLineError(text, 'it does not start with a classification (OFFICIAL, OFFICIAL-SENSITIVE, SECRET or TOP SECRET)');
  }
  let rest = folded.slice(classificationMatch[0].length);
  const descriptors = new Set<string>();
  const caveats: string[] = [];
  let releasableTo: string[] | null = null;

  // Descriptors in square brackets: "[COMMERCIAL, PERSONAL]".
  rest = rest.replace(/\[([^\]]*)\]/g, (_, inside: string) => {
    for (const word of inside.split(',')) {
      const descriptor = findMarkingDescriptor(word);
      if (descriptor === undefined) throw new MarkingLineError(text, `'${word.trim()}' is not a descriptor (${markingDescriptors.map((entry) => entry.id).join(', ')})`);
      descriptors.add(descriptor.id);
    }
    return ' | ';
  });

  // Releasability runs to the end of the line or the next separator other than a comma.
  const releasability = releasabilityPattern.exec(rest);
  if (releasability !== null) {
    const after = rest.slice(releasability.index + releasability[0].length);
    const end = after.search(/\s*(?:\||\/\/|;)/);
    const listText = end < 0 ? after : after.slice(0, end);
    releasableTo = parseAgencies(text, listText);
    rest = `${rest.slice(0, releasability.index)} | ${end < 0 ? '' : after.slice(end)}`;
  }

  for (const segment of rest.split(segmentSeparator)) {
    let words = segment.trim().split(' ').filter((word) => word !== '' && word !== '-' && word !== ':');
    while (words.length > 0) {
      const descriptor = findMarkingDescriptor(words[0] as string);
      if (descriptor !== undefined) {
        descriptors.add(descriptor.id);
        words = words.slice(1);
        continue;
      }
      let taken = 0;
      for (let length = words.length; length > 0 && taken === 0; length -= 1) {
        const candidate = words.slice(0, length).join(' ');
        if (findHandlingCaveat(candidate) !== undefined) {
          caveats.push(candidate);
          taken = length;
        }
      }
      if (taken === 0) {
        throw new MarkingLineError(text, `'${words.join(' ')}' is neither a descriptor (${markingDescriptors.map((entry) => entry.id).join(', ')}), a handling caveat (${handlingCaveats.map((entry) => entry.id).join(', ')}) nor a releasability statement ("RELEASABLE TO: POLICE, BORDER FORCE")`);
      }
      words = words.slice(taken);
    }
  }
  return normaliseMarkingLine({ classification, descriptors: [...descriptors], caveats, releasableTo });
}

function parseAgencies(text: string, listText: string): string[] {
  const agencies = listText
    .split(/,|\bAND\b/)
    .map((agency) => agency.trim())
    .filter((agency) => agency !== '');
  if (agencies.length === 0) throw new MarkingLineError(text, 'the releasability statement names no agency');
  if (agencies.length === 1 && agencies[0] === noAgency) return [];
  for (const agency of agencies) {
    if (!agencyPattern.test(agency)) throw new MarkingLineError(text, `'${agency}' is not an agency name (letters, digits, spaces and & ' ( ) . / -)`);
  }
  return [...new Set(agencies)];
}

/**
 * The canonical form: descriptors in the registry's order, caveats folded and in the registry's
 * order (eyes-only caveats reduced to one: their countries intersected), agencies folded and
 * deduplicated in the order given.
 */
export function normaliseMarkingLine(line: MarkingLine): MarkingLine {
  const descriptorOrder = markingDescriptors.map((entry) => entry.id as string);
  const descriptors = [...new Set(line.descriptors.map((descriptor) => descriptor.trim().toUpperCase()))];
  for (const descriptor of descriptors) {
    if (!descriptorOrder.includes(descriptor)) throw new MarkingLineError(descriptor, `'${descriptor}' is not a descriptor`);
  }
  descriptors.sort((a, b) => descriptorOrder.indexOf(a) - descriptorOrder.indexOf(b));
  return {
    classification: line.classification,
    descriptors,
    caveats: canonicalCaveats(line.caveats),
    releasableTo: line.releasableTo === null ? null : [...new Set(line.releasableTo.map((agency) => agency.trim().toUpperCase().replace(/\s+/g, ' ')))],
  };
}

function canonicalCaveats(written: readonly string[]): string[] {
  const caveatOrder = handlingCaveats.map((entry) => entry.id as string);
  const others = new Map<string, string>();
  let eyesOnly = null as Set<string> | null;
  for (const text of written) {
    const folded = text.trim().toUpperCase().replace(/\s+/g, ' ');
    const caveat = findHandlingCaveat(folded);
    if (caveat === undefined) throw new MarkingLineError(text, `'${text}' is not a handling caveat`);
    if (caveat.id === 'uk-eyes-only' || caveat.id === 'eyes-only') {
      const countries = new Set(folded.replace(/ EYES ONLY$/, '').split('/'));
      const previous: Set<string> | null = eyesOnly;
      eyesOnly = previous === null ? countries : new Set([...previous].filter((country) => countries.has(country)));
    } else {
      others.set(caveat.id, folded);
    }
  }
  const caveats: [string, string][] = [...others.entries()];
  if (eyesOnly !== null) {
    // UK material: the UK is always among the eyes.
    const countries = ['UK', ...[...eyesOnly].filter((country) => country !== 'UK').sort()];
    caveats.push([countries.length === 1 ? 'uk-eyes-only' : 'eyes-only', `${countries.join('/')} EYES ONLY`]);
  }
  caveats.sort((a, b) => caveatOrder.indexOf(a[0]) - caveatOrder.indexOf(b[0]));
  return caveats.map(([, text]) => text);
}

/** The canonical text of a marking line (what parseMarkingLine reads back to the same line). */
export function renderMarkingLine(line: MarkingLine): string {
  let text: string = line.classification;
  if (line.descriptors.length > 0) text += ` [${line.descriptors.join(', ')}]`;
  for (const caveat of line.caveats) text += ` | ${caveat}`;
  if (line.releasableTo !== null) text += ` | RELEASABLE TO: ${line.releasableTo.length === 0 ? noAgency : line.releasableTo.join(', ')}`;
  return text;
}

/** The part of a marking fit for a file name: the classification and its descriptors. */
export function markingFileNamePrefix(line: MarkingLine): string {
  return [line.classification, ...line.descriptors].join(' ');
}

/**
 * Whether `a` is at least as restrictive as `b`: a classification at least as high, every
 * descriptor and caveat of `b` (an eyes-only caveat of fewer countries counts), and releasable to
 * no agency `b` may not go to.
 */
export function markingDominates(a: MarkingLine, b: MarkingLine): boolean {
  if (markingRank(a.classification) < markingRank(b.classification)) return false;
  if (!b.descriptors.every((descriptor) => a.descriptors.includes(descriptor))) return false;
  const aEyes = eyesCountries(a);
  const bEyes = eyesCountries(b);
  if (bEyes !== null && (aEyes === null || [...aEyes].some((country) => !bEyes.has(country)))) return false;
  const otherCaveats = (line: MarkingLine) => line.caveats.filter((caveat) => !caveat.endsWith(' EYES ONLY'));
  if (!otherCaveats(b).every((caveat) => otherCaveats(a).includes(caveat))) return false;
  if (b.releasableTo === null) return true;
  return a.releasableTo !== null && a.releasableTo.every((agency) => b.releasableTo?.includes(agency));
}

function eyesCountries(line: MarkingLine): Set<string> | null {
  const caveat = line.caveats.find((text) => text.endsWith(' EYES ONLY'));
  return caveat === undefined ? null : new Set(caveat.replace(/ EYES ONLY$/, '').split('/'));
}

/**
 * The marking of something made of all these parts (an export, a pack): the highest
 * classification, every descriptor and caveat of any part (eyes-only countries intersected), and
 * releasable only to the agencies every part that states releasability may go to. It dominates
 * every part (markingDominates) and is the least line that does.
 */
export function combineMarkingLines(lines: Iterable<MarkingLine>): MarkingLine {
  let classification: ProtectiveMarking = 'OFFICIAL';
  const descriptors: string[] = [];
  const caveats: string[] = [];
  let releasableTo: string[] | null = null;
  for (const line of lines) {
    if (markingRank(line.classification) > markingRank(classification)) classification = line.classification;
    descriptors.push(...line.descriptors);
    caveats.push(...line.caveats);
    if (line.releasableTo !== null) {
      releasableTo = releasableTo === null ? [...line.releasableTo] : releasableTo.filter((agency) => line.releasableTo?.includes(agency));
    }
  }
  return normaliseMarkingLine({ classification, descriptors, caveats, releasableTo });
}

/**
 * A total order for sorting (lowest first): by classification, then by how many controls the line
 * carries (descriptors, caveats, a releasability statement), then by its text. Consistent with
 * markingDominates: a line that strictly dominates another never sorts before it.
 */
export function compareMarkingLines(a: MarkingLine, b: MarkingLine): number {
  const rank = markingRank(a.classification) - markingRank(b.classification);
  if (rank !== 0) return rank;
  const controls = (line: MarkingLine) => line.descriptors.length + line.caveats.length + (line.releasableTo === null ? 0 : 1);
  const count = controls(a) - controls(b);
  if (count !== 0) return count;
  // Fewer countries among the eyes, fewer agencies to release to: more restrictive.
  const narrowness = (line: MarkingLine) => [100 - (eyesCountries(line)?.size ?? 100), line.releasableTo === null ? 0 : 1000 - line.releasableTo.length] as const;
  const [eyesA, agenciesA] = narrowness(a);
  const [eyesB, agenciesB] = narrowness(b);
  if (eyesA !== eyesB) return eyesA - eyesB;
  if (agenciesA !== agenciesB) return agenciesA - agenciesB;
  const textA = renderMarkingLine(a);
  const textB = renderMarkingLine(b);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}
