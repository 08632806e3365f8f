import { inputLimits, JsonDepthError } from '../inputLimits';

/**
 * Flattens a JSON object into dotted keys so header mapping can see nested fields:
 * `{"shipper": {"name": "X"}}` gives `shipper.name = X`. An array of plain values is one field,
 * its values joined with "; "; an array holding objects gives indexed keys (`containers.0.number`).
 * null and empty objects or arrays are empty fields; numbers and booleans are their JSON text.
 */
export function flattenJsonObject(object: Readonly<Record<string, unknown>>): [string, string][] {
  const entries: [string, string][] = [];
  flattenInto(object, '', entries, 0);
  return entries;
}

/** Throws JsonDepthError past inputLimits.maxJsonDepth levels (no manifest record nests that deep). */
function flattenInto(value: unknown, key: string, entries: [string, string][], depth: number): void {
  if (depth > inputLimits.maxJsonDepth) throw new JsonDepthError();
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      entries.push([key, value.filter((item) => item !== null).map(String).join('; ')]);
      return;
    }
    value.forEach((item, index) => flattenInto(item, `${key}.${index}`, entries, depth + 1));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const properties = Object.entries(value);
    if (properties.length === 0 && key !== '') entries.push([key, '']);
    for (const [name, child] of properties) flattenInto(child, key === '' ? name : `${key}.${name}`, entries, depth + 1);
    return;
  }
  entries.push([key, value === null || value === undefined ? '' : String(value)]);
}

/** "an object", "an array", "a string"...: what a JSON value is, for rejection reasons. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
