import { UsageError } from './analyzeCommand';

/** The environment variable the CLI reads the workspace passphrase from (never an argument: arguments show in process lists). */
export const passphraseVariable = 'MANIFEST_LENS_PASSPHRASE';

/** The passphrase from the environment, or undefined when the variable is not set; set but empty is a usage error. */
export function passphraseFromEnvironment(environment: Readonly<Record<string, string | undefined>>): string | undefined {
  const passphrase = environment[passphraseVariable];
  if (passphrase === undefined) return undefined;
  if (passphrase.length === 0) throw new UsageError(`${passphraseVariable} is set but empty: give the passphrase, or unset it to write a plain workspace`);
  return passphrase;
}
