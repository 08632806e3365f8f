/**
 * Source and information grading (the Admiralty system): source reliability A (completely
 * reliable) to F (cannot be judged), information credibility 1 (confirmed) to 6 (cannot be
 * judged). Reports write the grading in many ways; the generator uses them all.
 */
import type { Rng } from '../random';

export type SourceReliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
export type InformationCredibility = 1 | 2 | 3 | 4 | 5 | 6;

export interface Grading {
  readonly source: SourceReliability;
  readonly credibility: InformationCredibility;
}

/** Credible: a usually reliable source or better with information probably true or better. */
export function isCredibleGrading(grading: Grading): boolean {
  return 'AB'.includes(grading.source) && grading.credibility <= 2;
}

export function drawCredibleGrading(rng: Rng): Grading {
  return { source: rng.pick(['A', 'B', 'B'] as const), credibility: rng.pick([1, 2, 2] as const) };
}

export function drawLowCredibilityGrading(rng: Rng): Grading {
  return rng.chance(0.5)
    ? { source: rng.pick(['D', 'E', 'F'] as const), credibility: rng.pick([3, 4, 5, 6] as const) }
    : { source: rng.pick(['C', 'E', 'F'] as const), credibility: rng.pick([4, 5, 6] as const) };
}

/** One of the spellings met in reports: "B2", "Grading: A1", "Source evaluation: B / Intelligence evaluation: 2", ... */
export function writeGrading(grading: Grading, rng: Rng): string {
  const { source, credibility } = grading;
  switch (rng.int(0, 7)) {
    case 0:
      return `Grading: ${source}${credibility}`;
    case 1:
      return `Source evaluation: ${source} / Intelligence evaluation: ${credibility}`;
    case 2:
      return `EVALUATION: ${source}${credibility}`;
    case 3:
      return `Source grading ${source}, information grading ${credibility}`;
    case 4:
      return `Admiralty grading: ${source}/${credibility}`;
    case 5:
      return `Evaluation ${source}-${credibility}`;
    case 6:
      return `Grade: ${source.toLowerCase()}${credibility}`;
    default:
      return `${source}${credibility}`;
  }
}
