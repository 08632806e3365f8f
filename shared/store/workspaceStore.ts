import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { latestSchemaVersion, migrations } from './migrations';

/**
 * Page cache of the connection, in KiB. Kept small: the memory of SQLite's WebAssembly heap never
 * goes back once taken, and a page missed is only a copy from the in-memory file (MEMFS). It is
 * also how much of a sort (CREATE INDEX, ORDER BY) is kept in that heap before it goes to a
 * temporary file (temp_store = FILE, see configure).
 */
const cacheKiB = 8 * 1024;

/**
 * The workspace's SQL store: one sql.js (SQLite/WebAssembly) database, migrated to the latest
 * schema on open. The only place that talks to sql.js directly; everything else goes through
 * named queries on it, never SQL assembled from user input.
 */
export class WorkspaceStore {
  private transactionOpen = false;
  /** True inside a transaction begun by beginBulkLoad (foreign keys not enforced row by row). */
  private bulkLoadOpen = false;
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

  /**
   * Begins the transaction of a bulk load in which SQLite does not check foreign keys row by row
   * (it can only be told so outside a transaction). The loader checks the rows it added, all at
   * once, with foreignKeyViolations before it commits; commit and rollback enforce foreign keys
   * again.
   */
  beginBulkLoad(): void {
    if (this.transactionOpen) throw new Error('a bulk load cannot begin inside a transaction');
    this.database.run('PRAGMA foreign_keys = OFF');
    try {
      this.begin();
    } catch (error) {
      this.database.run('PRAGMA foreign_keys = ON');
      throw error;
    }
    this.bulkLoadOpen = true;
  }

  /** False inside a bulk load (beginBulkLoad), where rows added must be checked with foreignKeyViolations. */
  get enforcesForeignKeys(): boolean {
    return !this.bulkLoadOpen;
  }

  /**
   * How many rows of `table` with a rowid above `afterRowId` have a foreign key that points at no
   * row, for every foreign key the table declares (as SQLite checks them: a key with a null column
   * points at nothing and is not checked). The check a bulk load makes of what it added.
   */
  foreignKeyViolations(table: string, afterRowId: number): number {
    const keys = new Map<number, { parent: string; from: string[]; to: (string | null)[] }>();
    for (const key of this.all<{ id: number; table: string; from: string; to: string | null }>(`SELECT id, "table", "from", "to" FROM pragma_foreign_key_list(?) ORDER BY id, seq`, [table])) {
      const entry = keys.get(key.id) ?? { parent: key.table, from: [], to: [] };
      entry.from.push(key.from);
      entry.to.push(key.to);
      keys.set(key.id, entry);
    }
    if (keys.size === 0) return 0;
    const conditions = [...keys.values()].map(({ parent, from, to }) => {
      // A key that names no parent columns refers to the parent's primary key.
      const primaryKey = to.some((column) => column === null)
        ? this.all<{ name: string }>('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk', [parent]).map((column) => quoteIdentifier(column.name))
        : [];
      const parentKey = to.map((column, index) => (column === null ? (primaryKey[index] ?? 'rowid') : quoteIdentifier(column)));
      const present = from.map((column) => `child.${quoteIdentifier(column)} IS NOT NULL`).join(' AND ');
      const matches = from.map((column, index) => `parent.${parentKey[index] as string} = child.${quoteIdentifier(column)}`).join(' AND ');
      return `(${present} AND NOT EXISTS (SELECT 1 FROM ${quoteIdentifier(parent)} AS parent WHERE ${matches}))`;
    });
    return Number(this.scalar(`SELECT count(*) FROM ${quoteIdentifier(table)} AS child WHERE child.rowid > ? AND (${conditions.join(' OR ')})`, [afterRowId]) ?? 0);
  }

  commit(): void {
    this.database.run('COMMIT');
    this.transactionOpen = false;
    this.generationCount++;
    this.endBulkLoad();
  }

  rollback(): void {
    try {
      this.database.run('ROLLBACK');
    } finally {
      this.transactionOpen = false;
      this.generationCount++;
      this.endBulkLoad();
    }
  }

  private endBulkLoad(): void {
    if (!this.bulkLoadOpen) return;
    this.bulkLoadOpen = false;
    this.database.run('PRAGMA foreign_keys = ON');
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
   * rollback still works) and nothing is synced. Temporary files (sorts larger than the page cache,
   * temporary tables) are files of that in-memory file system too, not of SQLite's heap: with
   * temp_store = MEMORY SQLite sorts the keys of a whole index in its heap (about 90 MiB for the
   * party names of 1M lines), and the WebAssembly heap never gives that memory back; the file goes
   * when the sort ends. Applied on open and again whenever the connection is reopened (reserve).
   */
  private configure(): void {
    this.database.exec(`PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA temp_store = FILE;
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
    // sql.js 1.16 copies the pages into a new array (SQLite's backup API) and keeps the connection
    // open; earlier versions closed and reopened it, resetting its settings: they are applied again.
    const image = this.database.export();
    this.generationCount++;
    this.configure();
    return image;
  }

  close(): void {
    this.database.close();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
