import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { latestSchemaVersion, migrations } from './migrations';

/** Page cache of the connection, in KiB. */
const cacheKiB = 64 * 1024;

/**
 * The workspace's SQL store: one sql.js (SQLite/WebAssembly) database, migrated to the latest
 * schema on open. The only place that talks to sql.js directly; everything else goes through
 * named queries on it, never SQL assembled from user input.
 */
export class WorkspaceStore {
  private transactionOpen = false;
  private generationCount = 0;

  private constructor(private readonly sqlJs: SqlJsStatic, private connection: Database) {}

  /** The sql.js database. It is replaced when the store makes room for a bulk load (reserve): do not keep it across operations. */
  get database(): Database {
    return this.connection;
  }

  /**
   * Makes room for about `bytes` more of database before a bulk load. sql.js keeps the database in
   * a file of its in-memory file system, which grows by an eighth at a time and copies itself
   * each time: a load that adds hundreds of megabytes would copy the file dozens of times over.
   * Reopening the database from its image followed by `bytes` of zeros gives the file that room
   * at once; SQLite ignores the zeros (the database header says where the database ends) and trims
   * the file to the database when the load commits. Not inside a transaction; statements prepared
   * before are finalised. When the memory for the room cannot be had, nothing changes but that.
   */
  reserve(bytes: number): void {
    if (this.transactionOpen) throw new Error('cannot make room for a bulk load inside a transaction');
    const image = this.connection.export();
    this.generationCount++;
    this.configure();
    let padded: Uint8Array;
    try {
      padded = new Uint8Array(image.length + Math.max(0, Math.floor(bytes)));
    } catch {
      return; // No memory for the room: the database grows as it goes, as it would have.
    }
    padded.set(image);
    const reopened = new this.sqlJs.Database(padded);
    this.connection.close();
    this.connection = reopened;
    this.generationCount++;
    this.configure();
  }

  /**
   * Changes whenever data may have changed in a way total_changes() does not show: a transaction
   * ended (a rollback undoes changes it counted) or the connection was reopened. With
   * `totalChanges()`, what derived results (cached counts) are checked against.
   */
  get generation(): number {
    return this.generationCount;
  }

  /** True between begin() and commit()/rollback() (and inside transaction()). */
  get inTransaction(): boolean {
    return this.transactionOpen;
  }

  /** Rows inserted, updated or deleted on this connection so far (SQLite's total_changes()). */
  totalChanges(): number {
    return Number(this.scalar('SELECT total_changes()') ?? 0);
  }

  begin(): void {
    this.database.run('BEGIN');
    this.transactionOpen = true;
    this.generationCount++;
  }

  commit(): void {
    this.database.run('COMMIT');
    this.transactionOpen = false;
    this.generationCount++;
  }

  rollback(): void {
    try {
      this.database.run('ROLLBACK');
    } finally {
      this.transactionOpen = false;
      this.generationCount++;
    }
  }

  static create(sqlJs: SqlJsStatic): WorkspaceStore {
    const store = new WorkspaceStore(sqlJs, new sqlJs.Database());
    store.migrate();
    return store;
  }

  /** Opens a SQLite image; refuses images from a newer schema than this build knows. */
  static open(sqlJs: SqlJsStatic, image: Uint8Array): WorkspaceStore {
    const store = new WorkspaceStore(sqlJs, new sqlJs.Database(image));
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

  /**
   * The connection's settings. sql.js keeps the database in memory (a file of its in-memory file
   * system), so durability settings buy nothing: the rollback journal is kept in memory (a
   * rollback still works), nothing is synced, temporary tables and sorts stay in memory, and the
   * page cache is large enough to hold what a bulk load touches at random (the unique B/L index)
   * and to sort index keys. Applied on open and again whenever sql.js reopens the connection
   * (exportImage), which resets them.
   */
  private configure(): void {
    this.database.exec(`PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;
      PRAGMA cache_size = -${cacheKiB};`);
  }

  private migrate(): void {
    this.configure();
    for (const migration of migrations) {
      if (migration.version <= this.schemaVersion()) continue;
      this.transaction(() => {
        this.database.exec(migration.sql);
        this.database.run(`PRAGMA user_version = ${migration.version}`);
      });
    }
  }

  transaction<T>(work: () => T): T {
    this.begin();
    try {
      const result = work();
      this.commit();
      return result;
    } catch (error) {
      this.rollback();
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
    // sql.js closes and reopens the connection to export: its settings (foreign keys!) start over.
    const image = this.database.export();
    this.generationCount++;
    this.configure();
    return image;
  }

  close(): void {
    this.database.close();
  }
}
