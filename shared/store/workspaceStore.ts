import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { latestSchemaVersion, migrations } from './migrations';

/**
 * The workspace's SQL store: one sql.js (SQLite/WebAssembly) database, migrated to the latest
 * schema on open. The only place that talks to sql.js directly; everything else goes through
 * named queries on it, never SQL assembled from user input.
 */
export class WorkspaceStore {
  private constructor(readonly database: Database) {}

  static create(sqlJs: SqlJsStatic): WorkspaceStore {
    const store = new WorkspaceStore(new sqlJs.Database());
    store.migrate();
    return store;
  }

  /** Opens a SQLite image; refuses images from a newer schema than this build knows. */
  static open(sqlJs: SqlJsStatic, image: Uint8Array): WorkspaceStore {
    const store = new WorkspaceStore(new sqlJs.Database(image));
    const version = store.schemaVersion();
    if (version > latestSchemaVersion) {
      store.close();
      throw new Error(`workspace schema version ${version} is newer than this build supports (${latestSchemaVersion})`);
    }
    store.migrate();
    return store;
  }

  schemaVersion(): number {
    return Number(this.scalar('PRAGMA user_version') ?? 0);
  }

  sqliteVersion(): string {
    return String(this.scalar('SELECT sqlite_version()'));
  }

  private migrate(): void {
    this.database.run('PRAGMA foreign_keys = ON');
    for (const migration of migrations) {
      if (migration.version <= this.schemaVersion()) continue;
      this.transaction(() => {
        this.database.exec(migration.sql);
        this.database.run(`PRAGMA user_version = ${migration.version}`);
      });
    }
  }

  transaction<T>(work: () => T): T {
    this.database.run('BEGIN');
    try {
      const result = work();
      this.database.run('COMMIT');
      return result;
    } catch (error) {
      this.database.run('ROLLBACK');
      throw error;
    }
  }

  /** First column of the first row, or undefined. */
  scalar(sql: string, params: SqlValue[] = []): SqlValue | undefined {
    const statement = this.database.prepare(sql);
    try {
      statement.bind(params);
      return statement.step() ? statement.get()[0] : undefined;
    } finally {
      statement.free();
    }
  }

  /** All rows as objects keyed by column name. */
  all<Row extends Record<string, SqlValue>>(sql: string, params: SqlValue[] = []): Row[] {
    const statement = this.database.prepare(sql);
    try {
      statement.bind(params);
      const rows: Row[] = [];
      while (statement.step()) rows.push(statement.getAsObject() as Row);
      return rows;
    } finally {
      statement.free();
    }
  }

  run(sql: string, params: SqlValue[] = []): void {
    this.database.run(sql, params);
  }

  lastInsertRowId(): number {
    return Number(this.scalar('SELECT last_insert_rowid()'));
  }

  getSetting(key: string): string | undefined {
    const value = this.scalar('SELECT value FROM workspace_setting WHERE key = ?', [key]);
    return value === undefined || value === null ? undefined : String(value);
  }

  setSetting(key: string, value: string): void {
    this.run('INSERT INTO workspace_setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  exportImage(): Uint8Array {
    return this.database.export();
  }

  close(): void {
    this.database.close();
  }
}
