import { analyze, parseAnalyzeArguments, UsageError } from './analyzeCommand';

/** Entry point of `npm run analyze`; the command itself is in analyzeCommand.ts. */
async function main(): Promise<void> {
  try {
    const result = await analyze(parseAnalyzeArguments(process.argv.slice(2)));
    for (const report of result.reports) {
      const note = report.status === 'completed' ? '' : ` (${report.status})`;
      const table = report.amsTable === undefined ? '' : ` [AMS ${report.amsTable}]`;
      process.stdout.write(`${report.fileName}: ${report.rowsRead} rows read, ${report.rowsStored} stored, ${report.rowsRejected} rejected${note}${table}\n`);
      for (const sheet of report.sheets ?? []) {
        const detail = sheet.status === 'imported' ? `${sheet.rowsRead} rows read, ${sheet.rowsStored} stored, ${sheet.rowsRejected} rejected` : `skipped: ${sheet.reason ?? ''}`;
        process.stdout.write(`  sheet "${sheet.name}": ${detail}\n`);
      }
    }
    if (result.sourceDocuments.length > 0) {
      const added = result.sourceDocuments.filter((receipt) => receipt.status === 'added').length;
      process.stdout.write(`source documents kept: ${added} added, ${result.sourceDocuments.length - added} already present\n`);
    }
    process.stdout.write(`wrote ${result.workspacePath} and ${result.reportPath}\n`);
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error).stack ?? String(error)}`;
    process.stderr.write(`analyze: ${message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}

void main();
