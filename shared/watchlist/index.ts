/** Watchlists: parsing list files (simple CSV, OFAC SDN, FollowTheMoney) and screening against them. */
export type { WatchlistEntry, WatchlistFormat, WatchlistParse, WatchlistRejection, ListedSubject } from './watchlistEntry';
export { parseWatchlist, detectWatchlistFormat } from './watchlistFormats';
export { parseSimpleWatchlistCsv, simpleWatchlistColumns } from './simpleWatchlistCsv';
export { parseOfacSdn, ofacSdnColumns } from './ofacSdn';
export { parseFollowTheMoney } from './followTheMoney';
export { WatchlistFileError } from './watchlistFileError';
export { TextDecodingError, decodeLatin1, decodeUtf8 } from './textDecoding';
export { WatchlistIndex, type ListedName } from './watchlistIndex';
export { screenTraders, screenVessels, screeningThresholds, type ScreeningHit, type NameMatch, type DismissedMatch, type Screening, type TraderToScreen, type VesselToScreen } from './watchlistScreening';
