/**
 * The words of postal addresses, as data: the abbreviations written on manifests with the word
 * they stand for (RD → ROAD), the words that open the premises part of an address (UNIT 4, ROOM
 * 1203, PLOT NO. 7, P.O. BOX), and street types. Used to compare addresses and to find address
 * text that spilled into a party-name field.
 */

export const addressAbbreviations: readonly (readonly [written: string, canonical: string])[] = [
  ['RD', 'ROAD'], ['ST', 'STREET'], ['STR', 'STREET'], ['AVE', 'AVENUE'], ['AV', 'AVENUE'], ['AVDA', 'AVENIDA'], ['LN', 'LANE'],
  ['DR', 'DRIVE'], ['BLVD', 'BOULEVARD'], ['HWY', 'HIGHWAY'], ['SQ', 'SQUARE'], ['CRES', 'CRESCENT'], ['PL', 'PLACE'],
  ['CT', 'COURT'], ['TER', 'TERRACE'], ['PK', 'PARK'], ['EST', 'ESTATE'], ['IND', 'INDUSTRIAL'], ['INDL', 'INDUSTRIAL'],
  ['TRAD', 'TRADING'], ['BUS', 'BUSINESS'], ['BLDG', 'BUILDING'], ['BLD', 'BUILDING'], ['BLK', 'BLOCK'], ['FL', 'FLOOR'],
  ['FLR', 'FLOOR'], ['RM', 'ROOM'], ['STE', 'SUITE'], ['NO', 'NUMBER'], ['NR', 'NUMBER'], ['NBR', 'NUMBER'], ['JL', 'JALAN'],
  ['JLN', 'JALAN'], ['CRA', 'CARRERA'], ['CL', 'CALLE'], ['CAD', 'CADDESI'], ['SOK', 'SOKAK'], ['MAH', 'MAHALLESI'],
  ['MAHALLESI', 'MAHALLESI'], ['DIST', 'DISTRICT'], ['N', 'NORTH'], ['S', 'SOUTH'], ['E', 'EAST'], ['W', 'WEST'],
  ['POB', 'PO BOX'], ['WH', 'WAREHOUSE'], ['WHSE', 'WAREHOUSE'], ['OFF', 'OFFICE'], ['APT', 'APARTMENT'], ['KM', 'KILOMETRE'],
];

/** Words that open the premises part of an address; followed by a number. */
export const premisesWords: ReadonlySet<string> = new Set([
  'UNIT', 'ROOM', 'RM', 'FLAT', 'SUITE', 'STE', 'PLOT', 'OFFICE', 'WAREHOUSE', 'WH', 'NO', 'NUMBER', 'NR', 'BLDG', 'BUILDING',
  'BLOCK', 'BLK', 'SHOP', 'LOT', 'FLOOR', 'FL', 'APT', 'APARTMENT', 'GODOWN', 'SHED', 'BOX', 'POB', 'PO', 'KM', 'DOOR', 'GATE',
]);

/** Street types, written after the street name (MILL ROAD) ... */
export const streetTypeWords: ReadonlySet<string> = new Set([
  'ROAD', 'RD', 'STREET', 'ST', 'AVENUE', 'AVE', 'LANE', 'LN', 'WAY', 'DRIVE', 'DR', 'BOULEVARD', 'BLVD', 'HIGHWAY', 'HWY',
  'CRESCENT', 'CLOSE', 'COURT', 'PLACE', 'SQUARE', 'TERRACE', 'ESTATE', 'EST', 'PARK', 'ZONE', 'AREA', 'RO', 'DAERO', 'DAE RO',
  'CADDESI', 'SOKAK', 'STRASSE', 'STRAAT', 'GASSE', 'WHARF', 'QUAY', 'DOCK',
]);

/** ... or before it (AVENIDA PAULISTA, JALAN AMPANG, RUA XV DE NOVEMBRO). */
export const streetLeadWords: ReadonlySet<string> = new Set([
  'AVENIDA', 'AV', 'AVDA', 'CALLE', 'CL', 'CARRERA', 'CRA', 'RUA', 'RODOVIA', 'JALAN', 'JL', 'JLN', 'PERSIARAN', 'LORONG',
  'SOI', 'THANON', 'DUONG', 'PHO', 'VIA', 'VIALE', 'CARRER', 'RUE', 'BOULEVARD', 'ROUTE', 'CHEMIN', 'ULITSA', 'UL', 'PROSPEKT',
]);
