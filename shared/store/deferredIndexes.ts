import type { WorkspaceStore } from './workspaceStore';

/**
 * Secondary indexes set aside during a bulk load. Filling an empty table and then building its
 * indexes (one sort each) is several times faster than keeping them up to date row by row, and
 * the result is the same. Only tables that are empty when the load starts are treated so, and only
 * indexes declared with CREATE INDEX (those backing UNIQUE and PRIMARY KEY constraints stay, as
 * they enforce the constraints). Must run inside the load's transaction: a rollback brings the
 * dropped indexes back with everything else.
 */
export class DeferredIndexes {
  private constructor(private readonly store: WorkspaceStore, private readonly definitions: string[]) {}

  static dropOnEmptyTables(store: WorkspaceStore, tables: readonly string[]): DeferredIndexes {
    const definitions: string[] = [];
    for (const table of tables) {
      if (store.scalar(`SELECT 1 FROM ${table} LIMIT 1`) !== undefined) continue;
      const indexes = store.all<{ name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name", [table]);
      for (const { name, sql } of indexes) {
        store.run(`DROP INDEX ${quoteIdentifier(name)}`);
        definitions.push(sql);
      }
    }
    return new DeferredIndexes(store, definitions);
  }

  /** Builds the indexes that were set aside (once; later calls do nothing). */
  rebuild(): void {
    for (const sql of this.definitions.splice(0)) this.store.run(sql);
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
