/**
 * The OFAC SDN list in its published CSV form (sdn.csv): Latin-1 bytes, no header, twelve
 * columns (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
 * Vess_flag, Vess_owner, Remarks), "-0-" for an empty field, and a DOS end-of-file byte (0x1A)
 * closing the file. Programmes are written "NPWMD] [IFSR". Aliases and IMO numbers live in the
 * remarks. A row with another column count, no entry number or no name is rejected.
 */
import { csvRecords } from './csvRecords';
import { listCountries } from './listCountries';
import { readOfacRemarks } from './ofacRemarks';
import { decodeLatin1 } from './textDecoding';
import { excerptOf, type ListedSubject, type WatchlistEntry, type WatchlistParse, type WatchlistRejection } from './watchlistEntry';

export const ofacSdnColumns = ['ent_num', 'SDN_Name', 'SDN_Type', 'Program', 'Title', 'Call_Sign', 'Vess_type', 'Tonnage', 'GRT', 'Vess_flag', 'Vess_owner', 'Remarks'] as const;

const endOfFile = '\u001a';

function field(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  return trimmed === '-0-' ? '' : trimmed;
}

function subjectOf(sdnType: string): ListedSubject {
  switch (sdnType.toLowerCase()) {
    case 'individual':
      return 'person';
    case 'vessel':
      return 'vessel';
    case 'aircraft':
      return 'aircraft';
    default:
      return 'entity';
  }
}

export function parseOfacSdn(bytes: Uint8Array): WatchlistParse {
  let text = decodeLatin1(bytes);
  const eof = text.lastIndexOf(endOfFile);
  if (eof >= 0 && text.slice(eof + 1).trim() === '') text = text.slice(0, eof);
  const entries: WatchlistEntry[] = [];
  const rejections: WatchlistRejection[] = [];
  const records = csvRecords(text);
  for (const record of records) {
    if (record.fields.length !== ofacSdnColumns.length) {
      rejections.push({ row: record.row, reason: `expected ${ofacSdnColumns.length} columns, found ${record.fields.length}`, excerpt: excerptOf(record.text) });
      continue;
    }
    const [entNum, name, sdnType, program, title, callSign, vesselType, tonnage, grossTonnage, flag, owner, remarksText] = record.fields.map(field) as string[];
    if (!/^\d+$/.test(entNum as string)) {
      rejections.push({ row: record.row, reason: `ent_num "${entNum}" is not a number`, excerpt: excerptOf(record.text) });
      continue;
    }
    if (name === '') {
      rejections.push({ row: record.row, reason: 'no SDN_Name', excerpt: excerptOf(record.text) });
      continue;
    }
    const remarks = readOfacRemarks(remarksText as string);
    const programmes = (program as string).split(/\]\s*\[/).map((part) => part.replace(/[[\]]/g, '').trim()).filter((part) => part !== '');
    const vesselFacts = [
      callSign ? `call sign ${callSign}` : '',
      vesselType ? `type ${vesselType}` : '',
      tonnage ? `tonnage ${tonnage}` : '',
      grossTonnage ? `GRT ${grossTonnage}` : '',
      flag ? `flag ${flag}` : '',
    ].filter((fact) => fact !== '');
    entries.push({
      entryId: `SDN-${entNum}`,
      format: 'OFAC SDN',
      listName: `SDN ${programmes.join(' ')}`.trim(),
      subject: subjectOf(sdnType as string),
      name: name as string,
      aliases: remarks.aliases.map((alias) => alias.name),
      addresses: [],
      countries: listCountries(flag ? [flag] : []),
      imoNumbers: remarks.imoNumbers,
      emails: remarks.emails,
      reason: [title, vesselFacts.join(', '), remarksText].filter((part) => part !== '').join('; '),
      programmes,
      linkedTo: [...(owner ? [owner] : []), ...remarks.linkedTo],
      row: record.row,
      problems: remarks.imoProblems,
    });
  }
  return { format: 'OFAC SDN', rowsRead: records.length, entries, rejections };
}
