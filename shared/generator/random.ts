/**
 * The generator's only source of randomness: a seeded xoroshiro128+ stream (pure-rand). Every part
 * of the world draws from its own stream derived from the seed and a label, so adding a draw in one
 * module never shifts what another module produces.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** FNV-1a over the label's UTF-16 code units, mixed with the seed: a stable 32-bit stream seed. */
function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed | 0);
  for (let index = 0; index < label.length; index += 1) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= Math.floor(seed / 0x1_0000_0000) | 0;
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) ^ (hash >>> 13);
}

export class Rng {
  private readonly generator: RandomGenerator;

  private constructor(generator: RandomGenerator) {
    this.generator = generator;
  }

  /** The stream for one labelled part of the world. */
  static stream(seed: number, label: string): Rng {
    const generator = xoroshiro128plus(deriveSeed(seed, label));
    for (let index = 0; index < 8; index += 1) generator.next(); // leave the weak first outputs behind
    return new Rng(generator);
  }

  /** A child stream: independent of how much this stream is used afterwards. */
  fork(label: string): Rng {
    return Rng.stream(this.generator.next(), label);
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.generator, min, max);
  }

  /** Float in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** One item with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let target = this.float() * total;
    for (const [item, weight] of items) {
      target -= weight;
      if (target < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = this.int(0, index);
      const held = items[index] as T;
      items[index] = items[other] as T;
      items[other] = held;
    }
    return items;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.max(0, count));
  }

  /** Standard normal by Box–Muller. */
  normal(mean = 0, deviation = 1): number {
    const u = 1 - this.float();
    const v = this.float();
    return mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal around a median: sigma 0.2 keeps most values within ±40 %. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  digits(count: number): string {
    let text = '';
    for (let index = 0; index < count; index += 1) text += String(this.int(0, 9));
    return text;
  }

  letters(count: number): string {
    let text = '';
    for (let index = 0; index < count; index += 1) text += String.fromCharCode(65 + this.int(0, 25));
    return text;
  }
}

/** A cumulative table for drawing many times from the same weights: O(log n) per draw. */
export class WeightedTable<T> {
  private readonly items: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('a weighted table needs at least one entry');
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], index) => {
      total += Math.max(0, weight);
      this.cumulative[index] = total;
    });
  }

  draw(rng: Rng): T {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const target = rng.float() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }
}

/**
 * A bijection on [0, size): an affine map followed by cycle-walking, so sequence numbers become
 * unique, random-looking serials without storing which were used.
 */
export class Permutation {
  private readonly size: number;
  private readonly multiplier: number;
  private readonly offset: number;

  constructor(size: number, rng: Rng) {
    this.size = size;
    if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`a permutation needs a positive size, got ${size}`);
    // Any multiplier coprime to the size is a bijection; 1 always is, so the search ends.
    let multiplier = rng.int(Math.max(1, Math.floor(size / 3)), Math.max(1, size - 1));
    while (gcd(multiplier, size) !== 1) multiplier -= 1;
    this.multiplier = multiplier;
    this.offset = rng.int(0, size - 1);
  }

  apply(index: number): number {
    // (multiplier * index + offset) mod size without losing precision above 2^53
    return (mulMod(this.multiplier, index % this.size, this.size) + this.offset) % this.size;
  }
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function mulMod(a: number, b: number, modulus: number): number {
  if (a * b < Number.MAX_SAFE_INTEGER) return (a * b) % modulus;
  return Number((BigInt(a) * BigInt(b)) % BigInt(modulus));
}
