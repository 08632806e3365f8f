/**
 * Container numbers: each carrier runs a pool of boxes (its own owner codes and lessors'), handed
 * out in turn so a container comes back weeks later but never twice on one vessel call. Numbers
 * are computed from the pool position (owner code, permuted serial, ISO 6346 check digit), so the
 * pool is never stored. Planted consignments draw from a separate range of the same pools.
 */
import { makeContainerNumber } from '../domain/containerNumber';
import type { Carrier } from './carriers';
import { Permutation, type Rng } from './random';

const serialSpace = 1_000_000;
/** Pool positions from here on are kept for planted consignments. */
const reservedFrom = 900_000;

class ContainerPool {
  private cursor = 0;
  private reservedCursor = 0;

  constructor(
    private readonly prefixes: readonly string[],
    private readonly size: number,
    private readonly serials: Permutation,
  ) {}

  /** Each position has its own serial (a permutation), so no two positions share a number. */
  private numberAt(position: number): string {
    const prefix = this.prefixes[position % this.prefixes.length] as string;
    return makeContainerNumber(prefix.slice(0, 3), 'U', this.serials.apply(position));
  }

  /** The next box of the circulating pool. */
  next(): string {
    const number = this.numberAt(this.cursor);
    this.cursor = (this.cursor + 1) % this.size;
    return number;
  }

  /** A box outside the circulating pool, for planted consignments. */
  reserved(): string {
    const position = reservedFrom + this.reservedCursor;
    this.reservedCursor += 1;
    if (position >= serialSpace) throw new RangeError('container serial space exhausted');
    return this.numberAt(position);
  }
}

export class ContainerYard {
  private readonly pools = new Map<string, ContainerPool>();

  /**
   * @param poolSize boxes in circulation per carrier: more than any one call loads, fewer than
   * the carrier's lines in the period, so boxes are reused.
   */
  constructor(carriers: readonly Carrier[], poolSize: number, rng: Rng) {
    const size = Math.min(poolSize, reservedFrom);
    for (const carrier of carriers) {
      this.pools.set(carrier.scac, new ContainerPool(carrier.containerPrefixes, size, new Permutation(serialSpace, rng.fork(carrier.scac))));
    }
  }

  private pool(carrier: Carrier): ContainerPool {
    const pool = this.pools.get(carrier.scac);
    if (!pool) throw new RangeError(`no container pool for ${carrier.scac}`);
    return pool;
  }

  next(carrier: Carrier): string {
    return this.pool(carrier).next();
  }

  reserved(carrier: Carrier): string {
    return this.pool(carrier).reserved();
  }
}
