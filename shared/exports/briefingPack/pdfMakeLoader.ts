import type { PdfMake } from 'pdfmake';

/** The font family every briefing pack is set in: Roboto, as pdfmake ships it, embedded in the file. */
export const briefingPackFont = 'Roboto';

let loaded: Promise<PdfMake> | null = null;

/**
 * pdfmake, loaded on first use (Node: its server build; the engine's Web Worker: its browser
 * build, bundled by Vite), with the Roboto files it ships written into its virtual file system and
 * every URL and local path refused: a pack is made offline from what it is given, fonts embedded.
 */
export function loadPdfMake(): Promise<PdfMake> {
  loaded ??= (async () => {
    const pdfmakeModule = (await import('pdfmake')) as unknown as { readonly default?: PdfMake } & PdfMake;
    const pdfmake = pdfmakeModule.default ?? pdfmakeModule;
    const fontsModule = (await import('pdfmake/build/vfs_fonts.js')) as unknown as { readonly default?: Readonly<Record<string, string>> } & Readonly<Record<string, string>>;
    const fontFiles = fontsModule.default ?? fontsModule;
    const files = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };
    for (const fileName of Object.values(files)) {
      const base64 = fontFiles[fileName];
      if (typeof base64 !== 'string') throw new Error(`pdfmake's font container has no ${fileName}`);
      pdfmake.virtualfs.writeFileSync(fileName, base64, 'base64');
    }
    pdfmake.setFonts({ [briefingPackFont]: files });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy?.(() => false);
    return pdfmake;
  })();
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}
