/**
 * Bill of lading numbers: carriers' master B/Ls in each carrier's own format and forwarders' house
 * B/Ls under their own prefix. Serials are a permutation of a counter, so numbers look random and
 * never repeat.
 */
import type { Carrier } from './carriers';
import { Permutation, type Rng } from './random';

const carrierSerialSpace = 10_000_000;
const houseSerialSpace = 1_000_000;

export class BillOfLadingNumbers {
  private readonly carrierCounters = new Map<string, { count: number; permutation: Permutation }>();
  private readonly houseCounters = new Map<string, { count: number; permutation: Permutation }>();

  constructor(private readonly rng: Rng) {}

  private counter(map: Map<string, { count: number; permutation: Permutation }>, key: string, space: number) {
    let counter = map.get(key);
    if (!counter) {
      counter = { count: 0, permutation: new Permutation(space, this.rng.fork(key)) };
      map.set(key, counter);
    }
    if (counter.count >= space) throw new RangeError(`bill of lading numbers exhausted for ${key}`);
    return counter;
  }

  master(carrier: Carrier, portOfLoading: string): string {
    const counter = this.counter(this.carrierCounters, carrier.scac, carrierSerialSpace);
    const serial = counter.permutation.apply(counter.count);
    counter.count += 1;
    return carrier.billOfLading(serial, portOfLoading);
  }

  /** A house B/L of a forwarder: its four-letter prefix, the year and a serial ("SHLK24012345"). */
  house(forwarderPrefix: string, year: number): string {
    const counter = this.counter(this.houseCounters, forwarderPrefix, houseSerialSpace);
    const serial = counter.permutation.apply(counter.count);
    counter.count += 1;
    return `${forwarderPrefix}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
  }
}
