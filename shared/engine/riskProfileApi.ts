import type { WeightProposal } from '../risk/outcomeReweighting';
import type { RiskProfile } from '../risk/riskModel';

/**
 * Risk profiles kept in the workspace and learning their weights from examination outcomes
 * (issue 8; shared/engine/riskProfileService.ts). Plain data in and out.
 */

export interface SavedRiskProfile {
  readonly profile: RiskProfile;
  /** 1 when first saved; each save under the name makes the next. */
  readonly version: number;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface RiskProfileList {
  readonly profiles: readonly SavedRiskProfile[];
  /** The profile scoring uses: the active one, else the built-in default (not stored, not editable in place). */
  readonly inUse: RiskProfile;
  /** Name of the active profile; null when scoring uses the built-in default. */
  readonly activeName: string | null;
  readonly defaultProfile: RiskProfile;
}

/** What a history entry of a profile records. */
export type RiskProfileAction = 'save' | 'import' | 'learn' | 'activate' | 'deactivate';

export interface RiskProfileHistoryEntry {
  readonly seq: number;
  readonly profileName: string;
  /** The version the action made or activated; null for a deactivation. */
  readonly version: number | null;
  readonly action: RiskProfileAction;
  /** The profile after a save, import or learn; null for (de)activation. */
  readonly definition: RiskProfile | null;
  readonly note: string;
  readonly analyst: string;
  readonly recordedAt: string;
}

export interface RiskProfileChange {
  /** Who makes it; else the workspace's analyst setting, else "analyst". */
  readonly analyst?: string;
  /** Make it the active profile too. */
  readonly activate?: boolean;
}

export interface LearnWeightsOptions {
  readonly folds?: number;
  readonly l2?: number;
  readonly minimumFound?: number;
}

export interface ApplyWeightsOptions {
  /** The name to save under; else the profile learned for (the built-in default's: "Learned from outcomes"). */
  readonly name?: string;
  readonly analyst?: string;
}

export interface RiskProfileEngineApi {
  /** The workspace's profiles by name, which is active, and the profile scoring uses. */
  listRiskProfiles(): Promise<RiskProfileList>;
  /** Checks and saves a profile: its first version, or the next under a name in use. The name "Default" is the built-in profile's. */
  saveRiskProfile(profile: RiskProfile, change?: RiskProfileChange): Promise<SavedRiskProfile>;
  /** Makes the named profile the one scoring uses; null goes back to the built-in default. */
  activateRiskProfile(name: string | null, analyst?: string): Promise<RiskProfileList>;
  /** A stored profile (or "Default", the built-in one) as the text of its JSON file (shared/risk/riskProfileFile.ts), with the workspace's marking. */
  exportRiskProfile(name: string): Promise<string>;
  /** Saves the profile a JSON file holds (its next version when the name is in use); a file that is not one is refused with every reason. */
  importRiskProfile(fileName: string, text: string, change?: RiskProfileChange): Promise<SavedRiskProfile>;
  /** Every change to the profiles, oldest first; of one profile when a name is given. */
  riskProfileHistory(name?: string): Promise<readonly RiskProfileHistoryEntry[]>;
  /**
   * Proposes weights for the profile in use, learned from the examination outcomes on the latest
   * scoring's findings, with the held-out evaluation. Changes nothing.
   */
  learnRiskWeights(options?: LearnWeightsOptions): Promise<WeightProposal>;
  /** Saves a proposal's profile as a new profile version (history action "learn") and makes it active. */
  applyLearnedWeights(proposal: WeightProposal, options?: ApplyWeightsOptions): Promise<SavedRiskProfile>;
}
