/**
 * Company legal forms across jurisdictions, as data: each form with the spellings met on
 * manifests and in sanctions lists (any script and punctuation: spellings are folded with the
 * names they are matched against), where it may stand in a name, and its family. Two names whose
 * legal forms are of different families (an LLC and a GmbH) are unlikely to be one company; the
 * spellings of one family (LTD, CO., LTD., PRIVATE LIMITED) say nothing either way.
 */

export type LegalFormFamily =
  | 'limited company'
  | 'public limited company'
  | 'limited liability company'
  | 'joint-stock company'
  | 'corporation'
  | 'partnership'
  | 'cooperative'
  | 'free-zone company'
  | 'sole trader'
  | 'company';

export interface LegalForm {
  /** Registry key and the abbreviation shown to analysts: "GMBH", "SP Z OO". */
  readonly id: string;
  readonly meaning: string;
  readonly family: LegalFormFamily;
  /** ISO 3166 alpha-2 codes of the jurisdictions that use it; empty when used everywhere. */
  readonly jurisdictions: readonly string[];
  /** Suffix forms close a name ("ACME LTD"), prefix forms open it ("OOO ROMASHKA", "PT MAJU"). */
  readonly position: 'suffix' | 'prefix' | 'either';
  readonly spellings: readonly string[];
}

const cis = ['RU', 'BY', 'KZ', 'UA', 'UZ', 'KG', 'AM', 'AZ', 'TJ', 'MD'];
const latinAmerica = ['MX', 'AR', 'CL', 'CO', 'PE', 'EC', 'VE', 'UY', 'PY', 'BO', 'GT', 'CR', 'PA', 'DO', 'HN', 'SV', 'NI'];

export const legalForms: readonly LegalForm[] = [
  // Common-law limited companies
  { id: 'LTD', meaning: 'private company limited by shares', family: 'limited company', jurisdictions: ['GB', 'IE', 'HK', 'IN', 'PK', 'BD', 'LK', 'NG', 'KE', 'GH', 'NZ', 'IL', 'CY', 'MT', 'MU', 'TZ', 'UG', 'ZM'], position: 'suffix', spellings: ['LTD', 'LTD.', 'LIMITED', 'L.T.D.'] },
  { id: 'CO LTD', meaning: 'company limited', family: 'limited company', jurisdictions: ['CN', 'HK', 'TW', 'KR', 'JP', 'TH', 'VN', 'MM', 'KH'], position: 'suffix', spellings: ['CO LTD', 'CO., LTD.', 'CO.,LTD', 'CO.LTD.', 'CO LIMITED', 'CO., LIMITED', 'COMPANY LIMITED', 'COMPANY LTD', '有限公司', '有限会社', '유한회사'] },
  { id: 'PVT LTD', meaning: 'private limited company', family: 'limited company', jurisdictions: ['IN', 'PK', 'LK', 'BD', 'NP', 'ZW'], position: 'suffix', spellings: ['PVT LTD', 'PVT. LTD.', 'PVT.LTD.', 'PRIVATE LIMITED', 'PRIVATE LTD', 'PVT LIMITED', '(P) LTD', '(PVT) LTD', '(PVT.) LTD.', '(PRIVATE) LIMITED', '(PRIVATE) LTD', 'P LTD', 'PVT CO LTD'] },
  { id: 'PTE LTD', meaning: 'private limited company', family: 'limited company', jurisdictions: ['SG'], position: 'suffix', spellings: ['PTE LTD', 'PTE. LTD.', 'PTE LIMITED', 'PTE'] },
  { id: 'PTY LTD', meaning: 'proprietary limited company', family: 'limited company', jurisdictions: ['AU', 'ZA', 'NA', 'BW'], position: 'suffix', spellings: ['PTY LTD', '(PTY) LTD', 'PTY. LTD.', 'PTY LIMITED', 'PROPRIETARY LIMITED', 'PTY'] },
  { id: 'PLC', meaning: 'public limited company', family: 'public limited company', jurisdictions: ['GB', 'IE', 'NG', 'LK'], position: 'suffix', spellings: ['PLC', 'P.L.C.', 'PUBLIC LIMITED COMPANY', 'PUBLIC LTD CO'] },
  { id: 'PCL', meaning: 'public company limited', family: 'public limited company', jurisdictions: ['TH'], position: 'suffix', spellings: ['PCL', 'PUBLIC COMPANY LIMITED', 'PUBLIC CO., LTD.', 'PUBLIC CO LTD'] },
  { id: 'LLP', meaning: 'limited liability partnership', family: 'partnership', jurisdictions: ['GB', 'US', 'IN', 'SG', 'KZ'], position: 'suffix', spellings: ['LLP', 'L.L.P.', 'LIMITED LIABILITY PARTNERSHIP'] },
  { id: 'LP', meaning: 'limited partnership', family: 'partnership', jurisdictions: ['GB', 'US', 'CA'], position: 'suffix', spellings: ['LP', 'L.P.', 'LIMITED PARTNERSHIP'] },
  { id: 'LLC', meaning: 'limited liability company', family: 'limited liability company', jurisdictions: ['US', 'AE', 'OM', 'QA', 'SA', 'BH', 'KW', 'GE', 'AM', 'UA', 'RU', 'BY'], position: 'either', spellings: ['LLC', 'L.L.C', 'L.L.C.', 'L L C', 'LIMITED LIABILITY COMPANY', 'LIMITED LIABILITY CO', 'LTD LIABILITY CO'] },
  { id: 'INC', meaning: 'incorporated company', family: 'corporation', jurisdictions: ['US', 'CA', 'PH', 'PA', 'LR', 'MH', 'KR', 'JP', 'TW'], position: 'suffix', spellings: ['INC', 'INC.', 'INCORPORATED'] },
  { id: 'CORP', meaning: 'corporation', family: 'corporation', jurisdictions: ['US', 'CA', 'PH', 'PA', 'LR', 'JP', 'TW'], position: 'suffix', spellings: ['CORP', 'CORP.', 'CORPORATION'] },
  { id: 'CO', meaning: 'company', family: 'company', jurisdictions: [], position: 'suffix', spellings: ['CO', 'CO.', 'COMPANY', '& CO', '& CO.', 'AND COMPANY', 'CIE', '& CIE'] },
  // Gulf and free zones
  { id: 'FZE', meaning: 'free zone establishment', family: 'free-zone company', jurisdictions: ['AE'], position: 'suffix', spellings: ['FZE', 'F.Z.E', 'F.Z.E.', 'FZ E', 'FREE ZONE ESTABLISHMENT'] },
  { id: 'FZCO', meaning: 'free zone company', family: 'free-zone company', jurisdictions: ['AE'], position: 'suffix', spellings: ['FZCO', 'FZ CO', 'F.Z.CO', 'FZC', 'F.Z.C', 'FREE ZONE COMPANY'] },
  { id: 'FZ LLC', meaning: 'free zone limited liability company', family: 'free-zone company', jurisdictions: ['AE'], position: 'suffix', spellings: ['FZ LLC', 'FZ-LLC', 'F.Z. L.L.C.', 'FZLLC'] },
  { id: 'DMCC', meaning: 'Dubai Multi Commodities Centre company', family: 'free-zone company', jurisdictions: ['AE'], position: 'suffix', spellings: ['DMCC', 'DMCCO'] },
  { id: 'EST', meaning: 'establishment (sole proprietorship)', family: 'sole trader', jurisdictions: ['AE', 'SA', 'QA', 'KW', 'BH', 'OM'], position: 'suffix', spellings: ['EST', 'EST.', 'ESTABLISHMENT'] },
  { id: 'WLL', meaning: 'with limited liability', family: 'limited liability company', jurisdictions: ['BH', 'KW', 'QA'], position: 'suffix', spellings: ['WLL', 'W.L.L.', 'W.L.L', 'WITH LIMITED LIABILITY'] },
  { id: 'SAE', meaning: 'Egyptian joint-stock company', family: 'joint-stock company', jurisdictions: ['EG'], position: 'suffix', spellings: ['SAE', 'S.A.E.', 'S.A.E'] },
  { id: 'SAOG', meaning: 'Omani public joint-stock company', family: 'joint-stock company', jurisdictions: ['OM'], position: 'suffix', spellings: ['SAOG', 'S.A.O.G', 'SAOC', 'S.A.O.C'] },
  { id: 'PJSC', meaning: 'public joint-stock company', family: 'joint-stock company', jurisdictions: ['AE', 'UA', 'RU', 'IR'], position: 'either', spellings: ['PJSC', 'P.J.S.C', 'P.J.S.C.', 'PUBLIC JOINT STOCK COMPANY', 'PUBLIC JOINT-STOCK COMPANY', 'PUBLIC JSC'] },
  { id: 'JSC', meaning: 'joint-stock company', family: 'joint-stock company', jurisdictions: [...cis, 'VN', 'GE', 'LT', 'LV'], position: 'either', spellings: ['JSC', 'J.S.C', 'J.S.C.', 'JOINT STOCK COMPANY', 'JOINT-STOCK COMPANY', 'JOINT-STOCK CO.', 'JOINT STOCK CO', 'JT STOCK CO'] },
  { id: 'OJSC', meaning: 'open joint-stock company', family: 'joint-stock company', jurisdictions: cis, position: 'either', spellings: ['OJSC', 'OPEN JOINT STOCK COMPANY', 'OPEN JOINT-STOCK COMPANY'] },
  { id: 'CJSC', meaning: 'closed joint-stock company', family: 'joint-stock company', jurisdictions: cis, position: 'either', spellings: ['CJSC', 'CLOSED JOINT STOCK COMPANY', 'CLOSED JOINT-STOCK COMPANY'] },
  // CIS (written in Cyrillic or transliterated)
  { id: 'OOO', meaning: 'limited liability company (obshchestvo s ogranichennoy otvetstvennostyu)', family: 'limited liability company', jurisdictions: ['RU', 'BY', 'UZ', 'KG', 'TJ'], position: 'either', spellings: ['ООО', 'OOO', 'Общество с ограниченной ответственностью', 'OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU', 'ТОВ', 'TOV', 'Товариство з обмеженою відповідальністю', 'ТОО', 'TOO', 'ОДО', 'Таварыства з абмежаванай адказнасцю'] },
  { id: 'AO', meaning: 'joint-stock company (aktsionernoye obshchestvo)', family: 'joint-stock company', jurisdictions: ['RU', 'KZ', 'BY'], position: 'either', spellings: ['АО', 'AO', 'Акционерное общество', 'AKTSIONERNOE OBSHCHESTVO', 'AKTSIONERNOYE OBSHCHESTVO'] },
  { id: 'PAO', meaning: 'public joint-stock company (publichnoye aktsionernoye obshchestvo)', family: 'joint-stock company', jurisdictions: ['RU'], position: 'either', spellings: ['ПАО', 'PAO', 'Публичное акционерное общество', 'ПАТ', 'PAT'] },
  { id: 'OAO', meaning: 'open joint-stock company (otkrytoye aktsionernoye obshchestvo)', family: 'joint-stock company', jurisdictions: cis, position: 'either', spellings: ['ОАО', 'OAO', 'Открытое акционерное общество'] },
  { id: 'ZAO', meaning: 'closed joint-stock company (zakrytoye aktsionernoye obshchestvo)', family: 'joint-stock company', jurisdictions: cis, position: 'either', spellings: ['ЗАО', 'ZAO', 'Закрытое акционерное общество'] },
  { id: 'IP', meaning: 'individual entrepreneur (individualny predprinimatel)', family: 'sole trader', jurisdictions: cis, position: 'prefix', spellings: ['ИП', 'Индивидуальный предприниматель'] },
  // Continental Europe
  { id: 'GMBH', meaning: 'Gesellschaft mit beschränkter Haftung', family: 'limited company', jurisdictions: ['DE', 'AT', 'CH', 'LI'], position: 'suffix', spellings: ['GMBH', 'G.M.B.H', 'G.M.B.H.', 'GES.M.B.H.', 'GESELLSCHAFT MIT BESCHRÄNKTER HAFTUNG', 'GESELLSCHAFT MBH', 'MIT BESCHR HAFTUNG'] },
  { id: 'GMBH & CO KG', meaning: 'limited partnership with a GmbH as general partner', family: 'partnership', jurisdictions: ['DE', 'AT'], position: 'suffix', spellings: ['GMBH & CO KG', 'GMBH & CO. KG', 'GMBH AND CO KG', 'GMBH CO KG'] },
  { id: 'UG', meaning: 'Unternehmergesellschaft (haftungsbeschränkt)', family: 'limited company', jurisdictions: ['DE'], position: 'suffix', spellings: ['UG HAFTUNGSBESCHRÄNKT', 'UG (HAFTUNGSBESCHRÄNKT)', 'UG'] },
  { id: 'AG', meaning: 'Aktiengesellschaft', family: 'joint-stock company', jurisdictions: ['DE', 'AT', 'CH', 'LI'], position: 'suffix', spellings: ['AG', 'A.G.', 'AKTIENGESELLSCHAFT'] },
  { id: 'KG', meaning: 'Kommanditgesellschaft', family: 'partnership', jurisdictions: ['DE', 'AT'], position: 'suffix', spellings: ['KG', 'KOMMANDITGESELLSCHAFT', 'OHG', 'GBR'] },
  { id: 'SE', meaning: 'Societas Europaea', family: 'joint-stock company', jurisdictions: [], position: 'suffix', spellings: ['SE', 'SOCIETAS EUROPAEA'] },
  { id: 'SA', meaning: 'société anonyme / sociedad anónima', family: 'joint-stock company', jurisdictions: ['FR', 'BE', 'LU', 'CH', 'ES', 'PT', 'PL', 'GR', 'BR', 'MA', 'TN', 'DZ', 'SN', 'CI', ...latinAmerica], position: 'suffix', spellings: ['SA', 'S.A.', 'S. A.', 'SOCIEDAD ANONIMA', 'SOCIEDAD ANÓNIMA', 'SOCIÉTÉ ANONYME', 'SOCIEDADE ANONIMA', 'SOCIEDADE ANÓNIMA', 'SPOLKA AKCYJNA', 'SPÓŁKA AKCYJNA'] },
  { id: 'SA DE CV', meaning: 'sociedad anónima de capital variable', family: 'joint-stock company', jurisdictions: ['MX', 'SV', 'HN'], position: 'suffix', spellings: ['SA DE CV', 'S.A. DE C.V.', 'S.A. DE C.V', 'SAPI DE CV', 'S.A.P.I. DE C.V.'] },
  { id: 'SAS', meaning: 'société par actions simplifiée / sociedad por acciones simplificada', family: 'joint-stock company', jurisdictions: ['FR', 'CO'], position: 'suffix', spellings: ['SAS', 'S.A.S.', 'S.A.S', 'SASU', 'SOCIETE PAR ACTIONS SIMPLIFIEE', 'SOCIÉTÉ PAR ACTIONS SIMPLIFIÉE'] },
  { id: 'SARL', meaning: 'société à responsabilité limitée', family: 'limited company', jurisdictions: ['FR', 'LU', 'MA', 'TN', 'DZ', 'LB', 'SN', 'CI', 'CM'], position: 'suffix', spellings: ['SARL', 'S.A.R.L.', 'S.A.R.L', 'SARLAU', 'EURL', 'SOCIÉTÉ À RESPONSABILITÉ LIMITÉE', 'SOCIETE A RESPONSABILITE LIMITEE'] },
  { id: 'SRL', meaning: 'società / sociedad / societate cu răspundere limitată', family: 'limited company', jurisdictions: ['IT', 'RO', 'MD', 'BE', 'AR', 'BO', 'PE', 'CR', 'DO'], position: 'suffix', spellings: ['SRL', 'S.R.L.', 'S.R.L', 'SOCIETA A RESPONSABILITA LIMITATA', 'SOCIETÀ A RESPONSABILITÀ LIMITATA', 'SOCIEDAD DE RESPONSABILIDAD LIMITADA', 'SOCIETATE CU RASPUNDERE LIMITATA'] },
  { id: 'S DE RL', meaning: 'sociedad de responsabilidad limitada', family: 'limited company', jurisdictions: ['MX', 'HN', 'GT', 'PA'], position: 'suffix', spellings: ['S DE RL', 'S. DE R.L.', 'S. DE R.L. DE C.V.', 'S DE RL DE CV'] },
  { id: 'SPA', meaning: 'società per azioni', family: 'joint-stock company', jurisdictions: ['IT', 'CL', 'DZ'], position: 'suffix', spellings: ['S.P.A.', 'SPA', 'S.P.A', 'SOCIETA PER AZIONI', 'SOCIETÀ PER AZIONI'] },
  { id: 'SL', meaning: 'sociedad limitada', family: 'limited company', jurisdictions: ['ES'], position: 'suffix', spellings: ['SL', 'S.L.', 'S.L', 'SLU', 'S.L.U.', 'SOCIEDAD LIMITADA'] },
  { id: 'LTDA', meaning: 'sociedade / sociedad limitada', family: 'limited company', jurisdictions: ['BR', 'CO', 'CL', 'PT', 'EC', 'UY'], position: 'suffix', spellings: ['LTDA', 'LTDA.', 'LIMITADA', 'EIRELI', 'CIA LTDA', 'CIA. LTDA.', 'COMPANIA LIMITADA', 'COMPAÑÍA LIMITADA', 'CIA. LTDA'] },
  { id: 'BV', meaning: 'besloten vennootschap', family: 'limited company', jurisdictions: ['NL', 'BE', 'CW', 'SR'], position: 'suffix', spellings: ['BV', 'B.V.', 'B.V', 'BVBA', 'BESLOTEN VENNOOTSCHAP'] },
  { id: 'NV', meaning: 'naamloze vennootschap', family: 'joint-stock company', jurisdictions: ['NL', 'BE', 'CW', 'SR'], position: 'suffix', spellings: ['NV', 'N.V.', 'N.V', 'NAAMLOZE VENNOOTSCHAP'] },
  { id: 'AB', meaning: 'aktiebolag', family: 'joint-stock company', jurisdictions: ['SE', 'FI'], position: 'either', spellings: ['AB', 'A.B.', 'AKTIEBOLAG', 'AKTIEBOLAGET', '(PUBL)', 'AB (PUBL)'] },
  { id: 'AS', meaning: 'aksjeselskap / aktieselskab / akciová společnost / anonim şirket', family: 'joint-stock company', jurisdictions: ['NO', 'DK', 'EE', 'CZ', 'SK', 'TR'], position: 'suffix', spellings: ['AS', 'A/S', 'A.S.', 'A.Ş.', 'ASA', 'AKSJESELSKAP', 'AKTIESELSKAB', 'AKCIOVA SPOLECNOST', 'ANONIM SIRKETI', 'ANONİM ŞİRKETİ'] },
  { id: 'APS', meaning: 'anpartsselskab', family: 'limited company', jurisdictions: ['DK'], position: 'suffix', spellings: ['APS', 'ApS', 'IVS'] },
  { id: 'AMBA', meaning: 'andelsselskab med begrænset ansvar (cooperative)', family: 'cooperative', jurisdictions: ['DK'], position: 'suffix', spellings: ['AMBA', 'A.M.B.A.', 'A.M.B.A'] },
  { id: 'OY', meaning: 'osakeyhtiö', family: 'limited company', jurisdictions: ['FI'], position: 'suffix', spellings: ['OY', 'OYJ', 'OSAKEYHTIO', 'OSAKEYHTIÖ'] },
  { id: 'SRO', meaning: 'společnost s ručením omezeným', family: 'limited company', jurisdictions: ['CZ', 'SK'], position: 'suffix', spellings: ['SRO', 'S.R.O.', 'S.R.O', 'SPOL. S R.O.', 'SPOL S RO', 'SPOLECNOST S RUCENIM OMEZENYM', 'SPOLOCNOST S RUCENIM OBMEDZENYM'] },
  { id: 'SP Z OO', meaning: 'spółka z ograniczoną odpowiedzialnością', family: 'limited company', jurisdictions: ['PL'], position: 'suffix', spellings: ['SP. Z O.O.', 'SP Z OO', 'SP. Z O. O.', 'SP.Z O.O.', 'SP ZOO', 'SPÓŁKA Z O.O.', 'SPOLKA Z O.O', 'SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ'] },
  { id: 'KFT', meaning: 'korlátolt felelősségű társaság', family: 'limited company', jurisdictions: ['HU'], position: 'suffix', spellings: ['KFT', 'KFT.', 'BT', 'BT.'] },
  { id: 'ZRT', meaning: 'zártkörűen működő részvénytársaság', family: 'joint-stock company', jurisdictions: ['HU'], position: 'suffix', spellings: ['ZRT', 'ZRT.', 'NYRT', 'NYRT.', 'RT'] },
  { id: 'DOO', meaning: 'društvo s ograničenom odgovornošću', family: 'limited company', jurisdictions: ['HR', 'SI', 'RS', 'BA', 'ME', 'MK'], position: 'suffix', spellings: ['DOO', 'D.O.O.', 'D.O.O', 'DOOEL'] },
  { id: 'DD', meaning: 'dioničko društvo', family: 'joint-stock company', jurisdictions: ['HR', 'SI', 'BA'], position: 'suffix', spellings: ['DD', 'D.D.', 'AD', 'A.D.'] },
  { id: 'EOOD', meaning: 'ednolichno druzhestvo s ogranichena otgovornost', family: 'limited company', jurisdictions: ['BG'], position: 'suffix', spellings: ['EOOD', 'ЕООД', 'OOD', 'ООД'] },
  { id: 'TR LTD STI', meaning: 'limited şirketi', family: 'limited company', jurisdictions: ['TR'], position: 'suffix', spellings: ['LTD. ŞTİ.', 'LTD STI', 'LTD. STI.', 'LIMITED SIRKETI', 'LİMİTED ŞİRKETİ', 'SAN. VE TIC. LTD. STI.', 'SAN VE TIC LTD STI', 'SANAYI VE TICARET LIMITED SIRKETI', 'SAN. VE TİC. LTD. ŞTİ.', 'TIC LTD STI', 'TIC. LTD. STI.', 'TİC. LTD. ŞTİ.', 'IC VE DIS TIC LTD STI'] },
  { id: 'TR AS', meaning: 'anonim şirketi (industry and trade)', family: 'joint-stock company', jurisdictions: ['TR'], position: 'suffix', spellings: ['SAN. VE TIC. A.S.', 'SAN VE TIC AS', 'SANAYI VE TICARET ANONIM SIRKETI', 'SAN. VE TİC. A.Ş.', 'TIC AS', 'TIC. A.S.', 'TİC. A.Ş.'] },
  { id: 'AE', meaning: 'anonymi etaireia', family: 'joint-stock company', jurisdictions: ['GR', 'CY'], position: 'suffix', spellings: ['Α.Ε.', 'ΑΕ', 'A.E.', 'ΑΝΩΝΥΜΗ ΕΤΑΙΡΕΙΑ', 'Ε.Π.Ε.', 'ΕΠΕ', 'Ι.Κ.Ε.', 'ΙΚΕ', 'ΝΑΥΤΙΛΙΑΚΗ ΕΤΑΙΡΕΙΑ'] },
  // Asia
  { id: 'SDN BHD', meaning: 'sendirian berhad (private limited)', family: 'limited company', jurisdictions: ['MY', 'BN'], position: 'suffix', spellings: ['SDN BHD', 'SDN. BHD.', 'SDN.BHD.', 'SDN BHD.', 'SENDIRIAN BERHAD'] },
  { id: 'BHD', meaning: 'berhad (public limited)', family: 'public limited company', jurisdictions: ['MY', 'BN'], position: 'suffix', spellings: ['BHD', 'BHD.', 'BERHAD'] },
  { id: 'PT', meaning: 'perseroan terbatas', family: 'limited company', jurisdictions: ['ID'], position: 'prefix', spellings: ['PT', 'PT.', 'P.T.', 'PERSEROAN TERBATAS'] },
  { id: 'TBK', meaning: 'terbuka (listed)', family: 'public limited company', jurisdictions: ['ID'], position: 'suffix', spellings: ['TBK', 'TBK.', 'PT TBK'] },
  { id: 'KK', meaning: 'kabushiki kaisha', family: 'joint-stock company', jurisdictions: ['JP'], position: 'either', spellings: ['KK', 'K.K.', 'KABUSHIKI KAISHA', '株式会社', 'GK', 'GODO KAISHA', '合同会社'] },
  { id: 'CO LTD KR', meaning: 'jusikhoesa (stock company)', family: 'joint-stock company', jurisdictions: ['KR'], position: 'either', spellings: ['주식회사', '(주)', 'JUSIKHOESA', 'CHUSIK HOESA'] },
  { id: 'GONGSI', meaning: 'gongsi (company)', family: 'company', jurisdictions: ['CN', 'TW', 'HK'], position: 'suffix', spellings: ['公司', 'GONGSI', 'YOUXIAN GONGSI', 'GUFEN YOUXIAN GONGSI', '股份有限公司'] },
];
