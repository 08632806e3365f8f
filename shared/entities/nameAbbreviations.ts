/**
 * The words of company names that manifests abbreviate or inflect, as data: each written form
 * (folded words) and the one canonical word (or words) it stands for. Only words of trade are
 * listed; a plural is folded only when it is a spelling of the same word of trade (TEXTILES,
 * TEXTILE, TEX), never in general, so that NORTHGATE HOME and NORTHGATE HOMES stay two names.
 */

export interface NameAbbreviation {
  readonly canonical: string;
  readonly written: readonly string[];
}

export const nameAbbreviations: readonly NameAbbreviation[] = [
  { canonical: 'INTERNATIONAL', written: ['INTL', 'INTERNATL', 'INT L', 'INTERNACIONAL', 'INTERNATIONALE'] },
  { canonical: 'TRADING', written: ['TRDG', 'TRDNG', 'TRAD', 'TRADE'] },
  { canonical: 'IMPORT EXPORT', written: ['IMP EXP', 'IMP AND EXP', 'IMPORT AND EXPORT', 'IMPORTS AND EXPORTS', 'IMPORT EXPORT', 'IMP EX', 'IMPORTACAO E EXPORTACAO', 'IMPORTACION Y EXPORTACION', 'IMPORT ET EXPORT'] },
  { canonical: 'MANUFACTURING', written: ['MFG', 'MFRS', 'MFR', 'MANUF', 'MANUFACTURERS', 'MANUFACTURER', 'MANUFACTORY'] },
  { canonical: 'ELECTRONICS', written: ['ELEC', 'ELECTRONIC', 'ELECT'] },
  { canonical: 'TECHNOLOGY', written: ['TECH', 'TECHNOLOGIES', 'TECHNOL', 'TECHNO'] },
  { canonical: 'INDUSTRY', written: ['IND', 'INDS', 'INDUSTRIES', 'INDUSTRIAL', 'INDUST', 'INDL'] },
  { canonical: 'ENTERPRISE', written: ['ENT', 'ENTS', 'ENTERPRISES', 'ENTPR'] },
  { canonical: 'CORPORATION', written: ['CORP', 'CORPN', 'CORPORACION', 'CORPORACAO'] },
  { canonical: 'BROTHERS', written: ['BROS', 'BRO', 'BROTHER'] },
  { canonical: 'GARMENT', written: ['GMTS', 'GMT', 'GARMENTS'] },
  { canonical: 'TEXTILE', written: ['TEX', 'TEXTILES', 'TXT', 'TEXT'] },
  { canonical: 'DISTRIBUTION', written: ['DIST', 'DISTR', 'DISTRIB', 'DISTRIBUTORS', 'DISTRIBUTOR', 'DISTRIBUTING'] },
  { canonical: 'SERVICE', written: ['SVCS', 'SVC', 'SERVICES', 'SERV', 'SRVS'] },
  { canonical: 'LOGISTICS', written: ['LOGISTIC', 'LOGS', 'LOG'] },
  { canonical: 'GENERAL', written: ['GEN', 'GENL'] },
  { canonical: 'DEVELOPMENT', written: ['DEV', 'DEVT', 'DEVEL', 'DEVELOPMENTS'] },
  { canonical: 'HOLDING', written: ['HLDGS', 'HLDG', 'HOLDINGS'] },
  { canonical: 'WHOLESALE', written: ['W SALE', 'WHOLESALERS', 'WHOLESALER', 'WHSLE', 'WHLSL'] },
  { canonical: 'COMMERCIAL', written: ['COMML', 'COMM', 'COML'] },
  { canonical: 'ASSOCIATES', written: ['ASSOC', 'ASSOCS', 'ASSOCIATE'] },
  { canonical: 'CHEMICAL', written: ['CHEM', 'CHEMICALS', 'CHEMS'] },
  { canonical: 'PRODUCTS', written: ['PRODS', 'PROD', 'PRODUCT'] },
  { canonical: 'SHIPPING', written: ['SHPG', 'SHIPPG'] },
  { canonical: 'MANAGEMENT', written: ['MGMT', 'MGT', 'MANAGEMT'] },
  { canonical: 'EQUIPMENT', written: ['EQUIP', 'EQPT'] },
  { canonical: 'MACHINERY', written: ['MACH', 'MACHY'] },
  { canonical: 'INVESTMENT', written: ['INV', 'INVT', 'INVESTMENTS'] },
  { canonical: 'SAINT', written: ['ST'] },
  { canonical: 'MOUNT', written: ['MT'] },
  { canonical: 'NUMBER', written: ['NO', 'NBR', 'NUM'] },
  { canonical: 'COMPANY', written: ['CO', 'CIA', 'CIE'] },
];
