/**
 * A party on a watchlist, whatever the list's format: its names (the listed name and aliases),
 * what kind of party it is, addresses, countries, IMO numbers, why it is listed and where in the
 * file it came from. Every row of a list file either becomes an entry or a rejection with a reason.
 */

export type WatchlistFormat = 'watchlist csv' | 'OFAC SDN' | 'FollowTheMoney';

export type ListedSubject = 'company' | 'organisation' | 'person' | 'vessel' | 'aircraft' | 'entity';

export interface WatchlistEntry {
  /** Unique within the list: "SDN-4243", "CSV-12", "FTM-NK-2GdmHtZTeNXjNVrBGEXZNj". */
  readonly entryId: string;
  readonly format: WatchlistFormat;
  /** The list as the file names it: "SANCTIONS", "SDN CUBA", a FollowTheMoney dataset. */
  readonly listName: string;
  readonly subject: ListedSubject;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly addresses: readonly string[];
  /** ISO 3166 alpha-2 where the list gives a country or flag it names. */
  readonly countries: readonly string[];
  /** Seven digits, check digit valid (ship or company scheme). */
  readonly imoNumbers: readonly string[];
  readonly emails: readonly string[];
  /** Why it is listed, as the list says. */
  readonly reason: string;
  readonly programmes: readonly string[];
  /** Names of parties the list links it to ("Linked To:", owners). */
  readonly linkedTo: readonly string[];
  /** Row (CSV record or JSON line) in the file, counting from 1. */
  readonly row: number;
  /** Field-level problems kept with an otherwise usable entry: "IMO 1234568 fails its check digit". */
  readonly problems: readonly string[];
}

export interface WatchlistRejection {
  readonly row: number;
  readonly reason: string;
  /** The start of the row as read, for the analyst to find it. */
  readonly excerpt: string;
}

export interface WatchlistParse {
  readonly format: WatchlistFormat;
  /** Rows read = entries + rejections. */
  readonly rowsRead: number;
  readonly entries: readonly WatchlistEntry[];
  readonly rejections: readonly WatchlistRejection[];
}

/** A rejection's excerpt: the first 120 characters of the row. */
export function excerptOf(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
