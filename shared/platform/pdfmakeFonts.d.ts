/**
 * pdfmake's font container (`pdfmake/build/vfs_fonts.js`): the Roboto font files it ships, each
 * as base64, by file name (mapped here by tsconfig.base.json `paths`: the package has no types).
 */
declare const fontFiles: Readonly<Record<string, string>>;
export default fontFiles;
