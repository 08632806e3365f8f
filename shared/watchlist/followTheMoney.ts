/**
 * FollowTheMoney entities, one JSON object a line (OpenSanctions exports, Aleph): the party
 * schemata (Company, Organization, LegalEntity, Person, Vessel) become entries with their names,
 * aliases, addresses, countries and IMO numbers. Address entities referenced by a party
 * (addressEntity) lend it their full text, Sanction entities their programme and reason; those
 * rows and the other schemata (Ownership, Directorship, Family, Passport, ...) are rejected with
 * the reason they are not a listed party, so rows read = entries + rejections.
 */
import { imoNumberField } from './listImoNumbers';
import { listCountries } from './listCountries';
import { decodeUtf8 } from './textDecoding';
import { excerptOf, type ListedSubject, type WatchlistEntry, type WatchlistParse, type WatchlistRejection } from './watchlistEntry';

const partySchemata: Readonly<Record<string, ListedSubject>> = {
  Company: 'company',
  Organization: 'organisation',
  LegalEntity: 'entity',
  PublicBody: 'organisation',
  Person: 'person',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
  readonly datasets?: readonly string[];
}

interface Line {
  readonly row: number;
  readonly text: string;
  readonly entity?: FtmEntity;
  readonly problem?: string;
}

/** Characters of one line: an entity with every name, address and note is a few KB. */
export const maxFollowTheMoneyLineLength = 1024 * 1024;

function readLine(text: string, row: number): Line {
  if (text.length > maxFollowTheMoneyLineLength) return { row, text: text.slice(0, 200), problem: `the line is ${text.length.toLocaleString('en-GB')} characters long, more than the ${maxFollowTheMoneyLineLength.toLocaleString('en-GB')} an entity is read up to` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { row, text, problem: `not JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null) return { row, text, problem: 'not a JSON object' };
  const { id, schema, properties, datasets } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return { row, text, problem: 'no entity id' };
  if (typeof schema !== 'string') return { row, text, problem: 'no schema' };
  const props: Record<string, readonly string[]> = {};
  if (typeof properties === 'object' && properties !== null) {
    for (const [key, values] of Object.entries(properties)) if (Array.isArray(values)) props[key] = values.filter((item): item is string => typeof item === 'string');
  }
  return { row, text, entity: { id, schema, properties: props, ...(Array.isArray(datasets) ? { datasets: datasets.filter((item): item is string => typeof item === 'string') } : {}) } };
}

const values = (entity: FtmEntity, ...names: string[]): string[] => names.flatMap((name) => entity.properties[name] ?? []);

export function parseFollowTheMoney(bytes: Uint8Array): WatchlistParse {
  const lines: Line[] = [];
  decodeUtf8(bytes)
    .split(/\r?\n/)
    .forEach((text, index) => {
      if (text.trim() !== '') lines.push(readLine(text, index + 1));
    });
  const byId = new Map<string, FtmEntity>();
  for (const line of lines) if (line.entity) byId.set(line.entity.id, line.entity);
  // Sanctions and addresses, by the party they belong to.
  const sanctionsOf = new Map<string, FtmEntity[]>();
  for (const line of lines) {
    if (line.entity?.schema !== 'Sanction') continue;
    for (const target of values(line.entity, 'entity')) sanctionsOf.set(target, [...(sanctionsOf.get(target) ?? []), line.entity]);
  }
  const entries: WatchlistEntry[] = [];
  const rejections: WatchlistRejection[] = [];
  for (const line of lines) {
    const entity = line.entity;
    if (!entity) {
      rejections.push({ row: line.row, reason: line.problem as string, excerpt: excerptOf(line.text) });
      continue;
    }
    const subject = partySchemata[entity.schema];
    if (subject === undefined) {
      const about = values(entity, 'entity')[0];
      const reason =
        entity.schema === 'Sanction'
          ? `a Sanction record, not a listed party${about && byId.has(about) ? `: its programme and reason are attached to ${about}` : ': the party it names is not in the file'}`
          : entity.schema === 'Address'
            ? 'an Address record, not a listed party: its text is attached to the parties that refer to it'
            : `a ${entity.schema} record (relationship or document), not a listed party`;
      rejections.push({ row: line.row, reason, excerpt: excerptOf(line.text) });
      continue;
    }
    const names = values(entity, 'name');
    const name = names[0];
    if (name === undefined) {
      rejections.push({ row: line.row, reason: `a ${entity.schema} without a name`, excerpt: excerptOf(line.text) });
      continue;
    }
    const imo = values(entity, 'imoNumber').map(imoNumberField);
    const addresses = [
      ...values(entity, 'address'),
      ...values(entity, 'addressEntity').flatMap((id) => {
        const address = byId.get(id);
        return address ? values(address, 'full') : [];
      }),
    ];
    const sanctions = sanctionsOf.get(entity.id) ?? [];
    entries.push({
      entryId: `FTM-${entity.id}`,
      format: 'FollowTheMoney',
      listName: (entity.datasets ?? []).join(' '),
      subject,
      name,
      aliases: [...new Set([...names.slice(1), ...values(entity, 'alias', 'previousName', 'weakAlias')])].filter((alias) => alias !== name),
      addresses: [...new Set(addresses)],
      countries: listCountries(values(entity, 'country', 'jurisdiction', 'nationality', 'flag', 'citizenship')),
      imoNumbers: [...new Set(imo.flatMap((found) => found.valid))],
      emails: values(entity, 'email'),
      reason: [...new Set(sanctions.flatMap((sanction) => values(sanction, 'reason')))].join('; '),
      programmes: [...new Set(sanctions.flatMap((sanction) => values(sanction, 'program', 'programId')))],
      linkedTo: [],
      row: line.row,
      problems: imo.flatMap((found) => found.problems),
    });
  }
  return { format: 'FollowTheMoney', rowsRead: lines.length, entries, rejections };
}
