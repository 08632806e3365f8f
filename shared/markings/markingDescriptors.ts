/**
 * Descriptors of the UK Government Security Classifications: a word after the classification that
 * says why the material is sensitive and so who should see it ("OFFICIAL-SENSITIVE [COMMERCIAL]").
 * Kept as data: adding one is one entry. Written in square brackets after the classification.
 */
export interface MarkingDescriptor {
  readonly id: string;
  readonly description: string;
}

export const markingDescriptors = [
  { id: 'COMMERCIAL', description: 'commercial information whose disclosure could harm a company or the Government in a negotiation' },
  { id: 'LOCSEN', description: 'location-sensitive: where people, assets or operations are' },
  { id: 'PERSONAL', description: 'personal information about identifiable people' },
  { id: 'OPERATIONAL', description: 'detail of a planned or running operation' },
] as const satisfies readonly MarkingDescriptor[];

export function findMarkingDescriptor(text: string): MarkingDescriptor | undefined {
  const folded = text.trim().toUpperCase();
  return markingDescriptors.find((descriptor) => descriptor.id === folded);
}
