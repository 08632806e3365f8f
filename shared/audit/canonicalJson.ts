import { configure } from 'safe-stable-stringify';

/**
 * JSON with object keys sorted at every depth (safe-stable-stringify), so one value always has one
 * text: what an audit record's detail is stored and hashed as. A circular structure is refused;
 * big integers are written as numbers; undefined and functions are left out as JSON.stringify does.
 */
const stableStringify = configure({ deterministic: true, bigint: true, circularValue: TypeError });

export function canonicalJson(value: Readonly<Record<string, unknown>>): string {
  return stableStringify(value);
}
