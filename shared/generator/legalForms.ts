/**
 * Company legal forms and the spellings manifests use for each. The first spelling is the one the
 * company registered; the others are how shippers, carriers and EDI systems write it.
 */

export const legalForms = {
  NONE: { position: 'suffix', spellings: [''] },
  LTD: { position: 'suffix', spellings: ['LTD', 'LTD.', 'LIMITED'] },
  LIMITED: { position: 'suffix', spellings: ['LIMITED', 'LTD', 'LTD.'] },
  PLC: { position: 'suffix', spellings: ['PLC', 'P.L.C.', 'PUBLIC LIMITED COMPANY'] },
  LLP: { position: 'suffix', spellings: ['LLP', 'L.L.P.'] },
  CO_LTD: { position: 'suffix', spellings: ['CO., LTD.', 'CO.,LTD', 'CO LTD', 'CO., LIMITED', 'COMPANY LIMITED', 'CO.LTD.'] },
  HK_LIMITED: { position: 'suffix', spellings: ['LIMITED', 'LTD', 'CO., LIMITED', 'LTD.'] },
  PVT_LTD: { position: 'suffix', spellings: ['PVT. LTD.', 'PVT LTD', 'PRIVATE LIMITED', '(P) LTD', 'PVT.LTD.'] },
  PK_PVT_LTD: { position: 'suffix', spellings: ['(PVT) LTD', '(PVT.) LTD.', '(PRIVATE) LIMITED', 'PVT LTD'] },
  LLC: { position: 'suffix', spellings: ['LLC', 'L.L.C', 'L.L.C.', 'LIMITED LIABILITY COMPANY'] },
  FZE: { position: 'suffix', spellings: ['FZE', 'F.Z.E', 'F.Z.E.'] },
  FZCO: { position: 'suffix', spellings: ['FZCO', 'FZ CO', 'F.Z.CO'] },
  SDN_BHD: { position: 'suffix', spellings: ['SDN BHD', 'SDN. BHD.', 'SENDIRIAN BERHAD'] },
  BHD: { position: 'suffix', spellings: ['BHD', 'BHD.', 'BERHAD'] },
  PTE_LTD: { position: 'suffix', spellings: ['PTE LTD', 'PTE. LTD.', 'PRIVATE LIMITED'] },
  JSC: { position: 'suffix', spellings: ['JOINT STOCK COMPANY', 'JSC', 'J.S.C', 'JOINT-STOCK CO.'] },
  TR_LTD_STI: { position: 'suffix', spellings: ['SAN. VE TIC. LTD. STI.', 'SAN VE TIC LTD STI', 'SANAYI VE TICARET LIMITED SIRKETI', 'SAN. VE T\u0130C. LTD. \u015eT\u0130.'] },
  TR_AS: { position: 'suffix', spellings: ['SAN. VE TIC. A.S.', 'SAN VE TIC AS', 'SANAYI VE TICARET ANONIM SIRKETI', 'SAN. VE T\u0130C. A.\u015e.'] },
  INC: { position: 'suffix', spellings: ['INC', 'INC.', 'INCORPORATED'] },
  CORP: { position: 'suffix', spellings: ['CORPORATION', 'CORP', 'CORP.'] },
  PTY_LTD: { position: 'suffix', spellings: ['(PTY) LTD', 'PTY LTD', 'PTY. LTD.', 'PROPRIETARY LIMITED'] },
  SA: { position: 'suffix', spellings: ['S.A.', 'SA', 'S. A.', 'SOCIEDAD ANONIMA'] },
  SAS: { position: 'suffix', spellings: ['S.A.S.', 'SAS', 'S.A.S'] },
  LTDA: { position: 'suffix', spellings: ['LTDA', 'LTDA.', 'LIMITADA'] },
  CIA_LTDA: { position: 'suffix', spellings: ['CIA. LTDA.', 'CIA LTDA', 'COMPANIA LIMITADA'] },
  PCL: { position: 'suffix', spellings: ['PUBLIC COMPANY LIMITED', 'PCL', 'PUBLIC CO., LTD.'] },
  SAE: { position: 'suffix', spellings: ['S.A.E.', 'SAE', 'S.A.E'] },
  SARL: { position: 'suffix', spellings: ['SARL', 'S.A.R.L.', 'S.A.R.L'] },
  PT: { position: 'prefix', spellings: ['PT', 'PT.', 'P.T.'] },
} as const satisfies Record<string, { position: 'prefix' | 'suffix'; spellings: readonly string[] }>;

export type LegalFormId = keyof typeof legalForms;

/** A company's name as registered: the distinctive words and the legal form. */
export interface CompanyName {
  /** Upper case, without the legal form: "SHENZHEN HUAXIN ELECTRONICS". */
  readonly stem: string;
  readonly legalForm: LegalFormId;
}

/** The registered spelling: stem and the legal form's first spelling. */
export function canonicalCompanyName(name: CompanyName): string {
  return withLegalForm(name.stem, name.legalForm, legalForms[name.legalForm].spellings[0]);
}

export function withLegalForm(stem: string, legalForm: LegalFormId, spelling: string): string {
  if (spelling === '') return stem;
  return legalForms[legalForm].position === 'prefix' ? `${spelling} ${stem}` : `${stem} ${spelling}`;
}
