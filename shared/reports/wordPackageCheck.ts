import { FileUnusableError } from '../ingest/formats/importFormat';
import { InflateBudget, ZipArchive } from '../ingest/xlsx/zipArchive';

/** What a Word document may inflate to, all parts together (pictures included). */
export const maxWordPackageBytes = 256 * 1024 * 1024;
/** What one XML part may inflate to: mammoth holds a part whole as a DOM, so far less. */
export const maxWordXmlPartBytes = 32 * 1024 * 1024;

const noPacing = { checkpoint: async (): Promise<void> => undefined };

/**
 * Inflates every part of a Word document (.docx, a zip package) as a stream, counting what it
 * really inflates to, before mammoth reads it whole: a zip bomb (declared or hidden behind small
 * declared sizes) is refused with the reason, within bounded memory. Returns nothing; throws
 * an Error naming the part and the limit.
 */
export async function checkWordPackage(bytes: Uint8Array): Promise<void> {
  try {
    const archive = ZipArchive.open(bytes);
    const whole = new InflateBudget(maxWordPackageBytes);
    whole.checkDeclared(archive.declaredSize(archive.names()));
    for (const name of archive.names()) {
      const entry = archive.entry(name);
      if (!entry || name.endsWith('/')) continue;
      const part = new InflateBudget(/\.(?:xml|rels)$/i.test(name) ? maxWordXmlPartBytes : maxWordPackageBytes);
      part.checkDeclared(entry.declaredSize);
      await archive.inflate(entry, part, noPacing, (chunk) => whole.spend(chunk.length));
    }
  } catch (error) {
    if (!(error instanceof FileUnusableError)) throw error;
    // The zip reader speaks of workbooks (its first use); the refusal is about this document.
    throw new Error(error.message.replace(/\bthe workbook\b/g, 'the Word document').replace(/\ban XLSX workbook\b/g, 'a Word document'));
  }
}
