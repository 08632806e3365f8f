/**
 * Blocking: which record pairs are worth scoring. Records share a block when they share the
 * normalised name, a rare pair of sound-alike words of the name (or its one sound-alike word),
 * the phone line, an identifier, or the numbers of the address (house, unit and postcode: one
 * premises). Blocks of sound-alike words larger than their cap say too little (every "GLOBAL
 * TRADING") and are dropped; their records still meet through rarer keys. Exact keys (one name,
 * one line, one identifier, one set of numbers) have a far higher cap: a forwarder written the
 * same way on every bill is one block. Cost is bounded by the caps: at most cap² / 2 pairs a key.
 */
import type { PartyRecord } from './partyRecord';
import { phoneticKey } from './phoneticKeys';
import { phoneKey } from './phoneNumbers';

export interface BlockingOptions {
  /** Blocks of sound-alike words with more records than this are dropped. */
  readonly maximumBlockSize: number;
  /** The same, for blocks of one exact name, phone line or set of address numbers. */
  readonly maximumExactBlockSize: number;
  /** Sound-alike word pairs are formed among this many leading words of a name. */
  readonly pairWords: number;
}

export const defaultBlockingOptions: BlockingOptions = { maximumBlockSize: 12, maximumExactBlockSize: 1000, pairWords: 4 };

export interface CandidatePairs {
  /** Positions in the records given, two per pair, left < right. */
  readonly pairs: Uint32Array;
  readonly blocks: number;
  readonly oversizedBlocks: number;
  /** Records in the largest kept block. */
  readonly largestBlock: number;
}

function nameKeys(record: PartyRecord, pairWords: number): string[] {
  const { words, base } = record.name;
  const codes = [...new Set(words.map(phoneticKey))];
  const keys = [`n:${base}`];
  if (codes.length === 1) keys.push(`w:${codes[0] as string}`);
  const leading = codes.slice(0, pairWords).sort();
  for (let i = 0; i < leading.length; i += 1) for (let j = i + 1; j < leading.length; j += 1) keys.push(`p:${leading[i]}|${leading[j]}`);
  return keys;
}

export function candidatePairs(records: readonly PartyRecord[], options: BlockingOptions = defaultBlockingOptions): CandidatePairs {
  const blockOf = new Map<string, number>();
  const members: number[][] = [];
  /** Whether each block is of exact keys (name, phone, address numbers). */
  const exact: boolean[] = [];
  const keysOfName = new Map<string, number[]>();
  /** The blocks of record i are blockList[blockStart[i] .. blockStart[i + 1]). */
  const blockList: number[] = [];
  const blockStart = new Int32Array(records.length + 1);
  const blockFor = (key: string): number => {
    let block = blockOf.get(key);
    if (block === undefined) {
      block = members.length;
      blockOf.set(key, block);
      members.push([]);
      exact.push(!key.startsWith('w:') && !key.startsWith('p:'));
    }
    return block;
  };
  const join = (position: number, block: number): void => {
    (members[block] as number[]).push(position);
    blockList.push(block);
  };
  records.forEach((record, position) => {
    blockStart[position] = blockList.length;
    let nameBlocks = keysOfName.get(record.name.base);
    if (!nameBlocks) {
      nameBlocks = nameKeys(record, options.pairWords).map(blockFor);
      keysOfName.set(record.name.base, nameBlocks);
    }
    for (const block of nameBlocks) join(position, block);
    if (record.phone) join(position, blockFor(`t:${phoneKey(record.phone)}`));
    if (record.address && record.address.numbers.length >= 2) join(position, blockFor(`a:${[...record.address.numbers].sort().join(' ')}`));
    for (const [scheme, value] of record.identifiers) join(position, blockFor(`i:${scheme}:${value}`));
  });
  blockStart[records.length] = blockList.length;
  const usable = members.map((list, block) => list.length >= 2 && list.length <= (exact[block] ? options.maximumExactBlockSize : options.maximumBlockSize));
  let kept = 0;
  let oversized = 0;
  let largest = 0;
  for (const [block, list] of members.entries()) {
    if (list.length < 2) continue;
    if (!usable[block]) oversized += 1;
    else {
      kept += 1;
      largest = Math.max(largest, list.length);
    }
  }
  // Each record meets the later records of its kept blocks once: a stamp per partner dedupes.
  const stamp = new Int32Array(records.length).fill(-1);
  const pairs: number[] = [];
  for (let left = 0; left < records.length; left += 1) {
    for (let at = blockStart[left] as number; at < (blockStart[left + 1] as number); at += 1) {
      const block = blockList[at] as number;
      if (!usable[block]) continue;
      const list = members[block] as number[];
      for (const right of list) {
        if (right <= left || stamp[right] === left) continue;
        stamp[right] = left;
        pairs.push(left, right);
      }
    }
  }
  return { pairs: Uint32Array.from(pairs), blocks: kept, oversizedBlocks: oversized, largestBlock: largest };
}
