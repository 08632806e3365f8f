/** A list file that cannot be read at all (no rows can be accounted for): the reason, in one line. */
export class WatchlistFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WatchlistFileError';
  }
}
