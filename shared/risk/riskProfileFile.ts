import { plainFileNamePart } from '../exports/targetListTable';
import { markingFileNamePrefix } from '../markings/markingLine';
import { asMarkingLine, markingText } from '../markings/markingText';
import type { MarkingInput } from '../markings/markingText';
import type { RiskProfile } from './riskModel';
import { checkRiskProfile } from './riskProfile';

/**
 * The risk profile file (JSON, version 1): what "Export" writes and "Import" reads, so a profile
 * travels between workspaces and analysts.
 *
 *     { "marking": "OFFICIAL-SENSITIVE", "format": "manifest-lens-risk-profile", "version": 1,
 *       "name": "Port of Felixstowe",
 *       "description": "…", "weights": { "undervaluation": 2.5, … },
 *       "parameters": { "undervaluation": { "robustZ": 3 }, … }, "thresholds": { "target": 3 },
 *       "learning": { … } }
 *
 * Rules the file does not name keep their default weight and parameters (a profile written before
 * a rule existed still reads). `marking` is the protective marking of the workspace it was exported
 * from (a learned profile names examined bills); it is shown, not checked, on reading. A file that is not JSON, of another format, of a newer version, or
 * whose profile does not check (unknown rule or parameter, negative weight, no threshold) is
 * refused with the file name and every reason.
 */
export const riskProfileFileFormat = 'manifest-lens-risk-profile';
export const riskProfileFileVersion = 1;

export function serializeRiskProfile(profile: RiskProfile, marking?: MarkingInput): string {
  const checked = checkRiskProfile(profile);
  const marked = marking === undefined ? {} : { marking: markingText(marking) };
  return `${JSON.stringify({ ...marked, format: riskProfileFileFormat, version: riskProfileFileVersion, ...checked }, null, 2)}\n`;
}

/** "OFFICIAL-SENSITIVE - Op Tile - risk profile Port team.json": the marking first, as every export's name. */
export function riskProfileFileName(workspaceName: string, marking: MarkingInput, profileName: string): string {
  return `${markingFileNamePrefix(asMarkingLine(marking))} - ${plainFileNamePart(workspaceName, 'workspace')} - risk profile ${plainFileNamePart(profileName, 'profile')}.json`;
}

export class RiskProfileFileError extends RangeError {
  constructor(readonly fileName: string, readonly reason: string) {
    super(`${fileName}: ${reason}`);
    this.name = 'RiskProfileFileError';
  }
}

export function parseRiskProfile(text: string, fileName: string): RiskProfile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new RiskProfileFileError(fileName, `not a JSON file (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RiskProfileFileError(fileName, 'not a risk profile file (the JSON is not an object)');
  const { format, version, marking: _marking, ...profile } = value as Record<string, unknown>;
  if (format !== riskProfileFileFormat) {
    throw new RiskProfileFileError(fileName, format === 'manifest-lens-import-profile' ? 'an import profile file, not a risk profile file' : `not a risk profile file (format is ${JSON.stringify(format ?? null)}, expected "${riskProfileFileFormat}")`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new RiskProfileFileError(fileName, `version ${JSON.stringify(version ?? null)} is not a profile file version`);
  if (version > riskProfileFileVersion) throw new RiskProfileFileError(fileName, `version ${version} is newer than this build reads (${riskProfileFileVersion})`);
  try {
    return checkRiskProfile(profile as unknown as RiskProfile);
  } catch (error) {
    throw new RiskProfileFileError(fileName, (error as Error).message);
  }
}
