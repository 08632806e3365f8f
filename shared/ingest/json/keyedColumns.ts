import { FileUnusableError } from '../formats/importFormat';
import { inputLimits } from '../inputLimits';
import { flattenJsonObject } from './flattenJson';

/**
 * The columns of a table of JSON objects: every dotted key met so far, in the order first met.
 * A record becomes fields in that order; a key the record lacks is an empty field.
 */
export class KeyedColumns {
  readonly names: string[] = [];
  private readonly indexByName = new Map<string, number>();

  fieldsOf(object: Readonly<Record<string, unknown>>): string[] {
    const fields: string[] = [];
    for (const [key, value] of flattenJsonObject(object)) {
      let index = this.indexByName.get(key);
      if (index === undefined) {
        if (this.names.length >= inputLimits.maxColumns) throw new FileUnusableError(`the records have more than ${inputLimits.maxColumns.toLocaleString('en-GB')} distinct keys; a table is read up to ${inputLimits.maxColumns.toLocaleString('en-GB')} columns`);
        index = this.names.length;
        this.names.push(key);
        this.indexByName.set(key, index);
      }
      fields[index] = value;
    }
    return Array.from(fields, (field) => field ?? '');
  }
}
