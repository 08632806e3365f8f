import { analyze, parseAnalyzeArguments, UsageError } from './analyzeCommand';
import { outcomeRateLines } from '../../../shared/risk/outcomeRatesText';
import { passphraseFromEnvironment, passphraseVariable } from './passphraseEnvironment';

/** Entry point of `npm run analyze`; the command itself is in analyzeCommand.ts. */
async function main(): Promise<void> {
  try {
    const passphrase = passphraseFromEnvironment(process.env);
    const result = await analyze({ ...parseAnalyzeArguments(process.argv.slice(2)), ...(passphrase === undefined ? {} : { passphrase }) });
    for (const report of result.reports) {
      const note = report.status === 'completed' ? '' : ` (${report.status})`;
      const table = report.amsTable === undefined ? '' : ` [AMS ${report.amsTable}]`;
      process.stdout.write(`${report.fileName}: ${report.rowsRead} rows read, ${report.rowsStored} stored, ${report.rowsRejected} rejected${note}${table}\n`);
      if (report.mapping !== undefined && report.mapping.kind !== 'header-names') process.stdout.write(`  mapping: ${report.mapping.description}\n`);
      for (const sheet of report.sheets ?? []) {
        const detail = sheet.status === 'imported' ? `${sheet.rowsRead} rows read, ${sheet.rowsStored} stored, ${sheet.rowsRejected} rejected` : `skipped: ${sheet.reason ?? ''}`;
        process.stdout.write(`  sheet "${sheet.name}": ${detail}\n`);
      }
    }
    if (result.sourceDocuments.length > 0) {
      const added = result.sourceDocuments.filter((receipt) => receipt.status === 'added').length;
      process.stdout.write(`source documents kept: ${added} added, ${result.sourceDocuments.length - added} already present\n`);
    }
    if (result.intelligenceReports !== null) {
      const { imported, alreadyPresent, failed, flagged } = result.intelligenceReports;
      process.stdout.write(`intelligence reports: ${imported} read, ${alreadyPresent} already present, ${failed} not read, ${flagged} with fields flagged\n`);
      const { found, linked } = result.intelligenceReports.mentions;
      process.stdout.write(`report mentions: ${found} found, ${linked} linked to the workspace\n`);
    }
    for (const list of result.watchlists) {
      process.stdout.write(`${list.fileName}: ${list.format} watchlist, ${list.rowsRead} rows read, ${list.entries} entries, ${list.rejected} rejected\n`);
    }
    const resolved = result.entityResolution;
    process.stdout.write(
      `traders: ${resolved.occurrences} party occurrences resolved into ${resolved.entities} entities (${resolved.entitiesWithVariants} written more than one way), ` +
        `${resolved.placeholders} placeholders set aside, ${resolved.reviewItems} links to review, ${resolved.watchlistHits} traders and vessels on a watchlist\n`,
    );
    if (result.outcomes !== null) {
      const read = result.outcomes;
      process.stdout.write(`${read.fileName}: ${read.outcomes} examination outcomes (${read.seizures} seizures, ${read.noFinds} no find), ${read.rejected.length} rejected, ${read.billsInWorkspace} bills in the workspace\n`);
    }
    const risk = result.risk;
    process.stdout.write(
      `risk: ${risk.billsScored} bills and ${risk.tradersKnown} traders scored in ${(risk.durationMs / 1000).toFixed(1)} s; ` +
        `${risk.shipmentTargets} shipments and ${risk.traderTargets} traders at or above ${risk.profile.thresholds.target} points\n`,
    );
    if (risk.outcomes) for (const line of outcomeRateLines(risk.outcomes)) process.stdout.write(`${line}\n`);
    process.stdout.write(`wrote ${result.workspacePath}, ${result.reportPath}, ${result.entitiesPath}, ${result.watchlistHitsPath} and ${result.targetsPath}\n`);
    if (passphrase === undefined) {
      process.stdout.write(`${result.workspacePath} is NOT encrypted (set ${passphraseVariable} to encrypt it); the app encrypts it when it first saves it\n`);
    } else {
      process.stdout.write(`${result.workspacePath} is encrypted (AES-256-GCM, key from the passphrase in ${passphraseVariable} by Argon2id)\n`);
    }
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error).stack ?? String(error)}`;
    process.stderr.write(`analyze: ${message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}

void main();
