import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SqlValue } from 'sql.js';
import { loadSqlJsForNode } from '../../../electron/node/sqlJsNode';
import { BufferedInsert, maxTextBytes } from '../../../shared/store/bufferedInsert';
import { DeferredIndexes } from '../../../shared/store/deferredIndexes';
import { WorkspaceStore } from '../../../shared/store/workspaceStore';

const sqlJs = await loadSqlJsForNode();

function table(): { database: InstanceType<typeof sqlJs.Database>; insert: BufferedInsert } {
  const database = new sqlJs.Database();
  database.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, code TEXT, body TEXT, note TEXT, fixed INTEGER NOT NULL DEFAULT 7) STRICT');
  const insert = new BufferedInsert(database, 't', [
    { name: 'n' }, { name: 'r', omitWhenNull: true }, { name: 'code', text: true }, { name: 'body', text: true, omitWhenNull: true }, { name: 'note', text: true, omitWhenNull: true },
  ], 8);
  return { database, insert };
}

function stored(database: InstanceType<typeof sqlJs.Database>): SqlValue[][] {
  return database.exec('SELECT n, r, code, body, note, fixed FROM t ORDER BY id')[0]?.values ?? [];
}

describe('BufferedInsert', () => {
  it('stores exactly the values given, in order, whatever the mix of short, long, non-ASCII, empty and null text', () => {
    const { database, insert } = table();
    const long = 'ADDRESS LINE '.repeat(40);
    const rows: SqlValue[][] = [
      [1, 1.5, 'CNSHA', long, null],
      [2, null, '', 'SOCIÉTÉ GÉNÉRALE 🚢 — 東京', 'x'],
      [3, 2, null, null, null],
      [-4, 0.25, 'a"b\'c\\d%_', `${long}é`, ''],
      [5, null, 'Ü', null, 'ok'],
    ];
    for (let copy = 0; copy < 5; copy++) {
      for (const row of rows) {
        insert.values.push(...row);
        insert.rowAdded();
      }
    }
    expect(insert.pending).toBe(25);
    insert.flush();
    expect(insert.pending).toBe(0);
    const expected = Array.from({ length: 5 }, () => rows.map((row) => [...row, 7])).flat();
    expect(stored(database)).toEqual(expected);
    expect(database.exec("SELECT count(*) FROM t WHERE typeof(code) = 'text' AND code = ''")[0]?.values[0]?.[0]).toBe(5);
  });

  it('matches a plain parameterised insert on arbitrary rows (property)', () => {
    const text = fc.option(fc.oneof(fc.string({ maxLength: 5 }), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 })), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }), text, text, text), { maxLength: 40 }), (rows) => {
        const { database, insert } = table();
        for (const row of rows) {
          insert.values.push(...row);
          insert.rowAdded();
        }
        insert.flush();
        const reference = new sqlJs.Database();
        reference.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, code TEXT, body TEXT, note TEXT, fixed INTEGER NOT NULL DEFAULT 7) STRICT');
        for (const row of rows) reference.run('INSERT INTO t (n, r, code, body, note) VALUES (?, ?, ?, ?, ?)', row);
        expect(stored(database)).toEqual(stored(reference));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a text value too long to address in the blob', () => {
    const { insert } = table();
    insert.values.push(1, null, 'x', 'y'.repeat(maxTextBytes + 1), null);
    insert.rowAdded();
    expect(() => insert.flush()).toThrow(/at most 65535 bytes/);
  });
});

describe('DeferredIndexes', () => {
  const indexNames = (store: WorkspaceStore, table: string): string[] =>
    store.all<{ name: string }>("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name", [table]).map((row) => row.name);

  it('sets aside the indexes of empty tables only, rebuilds them identically, and a rollback brings them back', async () => {
    const store = WorkspaceStore.create(sqlJs);
    const before = store.all("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name");
    store.run("INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected) VALUES ('a', 'x', 't', '', '', '{}', 0, 0, 0)");
    store.run("INSERT INTO bill_of_lading (bill_of_lading_number, batch_id, source_row) VALUES ('BL1', 1, 2)");
    store.begin();
    const deferred = DeferredIndexes.dropOnEmptyTables(store, ['bill_of_lading', 'manifest_line', 'party_occurrence']);
    expect(indexNames(store, 'manifest_line')).toEqual([]);
    expect(indexNames(store, 'party_occurrence')).toEqual([]);
    expect(indexNames(store, 'bill_of_lading')).toEqual(['bill_of_lading_arrival', 'bill_of_lading_master', 'bill_of_lading_vessel']);
    deferred.rebuild();
    deferred.rebuild();
    expect(store.all("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")).toEqual(before);
    store.commit();

    store.begin();
    DeferredIndexes.dropOnEmptyTables(store, ['manifest_line']);
    store.rollback();
    expect(store.all("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")).toEqual(before);
  });
});

describe('WorkspaceStore.reserve', () => {
  it('reopens the database with room to grow, keeping its data; the saved image is exactly the database', async () => {
    const store = WorkspaceStore.create(sqlJs);
    store.setSetting('name', 'kept');
    store.reserve(8 * 1024 * 1024);
    expect(store.getSetting('name')).toBe('kept');
    expect(store.scalar('PRAGMA foreign_keys')).toBe(1);
    store.transaction(() => {
      for (let index = 0; index < 2000; index++) store.setSetting(`key ${index}`, 'x'.repeat(500));
    });
    const image = store.exportImage();
    expect(image.length).toBe(Number(store.scalar('PRAGMA page_count')) * Number(store.scalar('PRAGMA page_size')));
    const reopened = WorkspaceStore.open(sqlJs, image);
    expect(reopened.scalar('PRAGMA integrity_check')).toBe('ok');
    expect(reopened.getSetting('key 1999')).toBe('x'.repeat(500));
    expect(() => store.transaction(() => store.reserve(1))).toThrow(/inside a transaction/);
  });

  it('leaves no room in the saved image when the load rolls back, or never starts', async () => {
    const databaseBytes = (store: WorkspaceStore): number => Number(store.scalar('PRAGMA page_count')) * Number(store.scalar('PRAGMA page_size'));
    const rolledBack = WorkspaceStore.create(sqlJs);
    rolledBack.reserve(8 * 1024 * 1024);
    expect(() => rolledBack.transaction(() => {
      for (let index = 0; index < 2000; index++) rolledBack.setSetting(`key ${index}`, 'x'.repeat(500));
      throw new Error('cancelled');
    })).toThrow('cancelled');
    expect(rolledBack.exportImage().length).toBe(databaseBytes(rolledBack));
    const untouched = WorkspaceStore.create(sqlJs);
    untouched.reserve(8 * 1024 * 1024);
    expect(untouched.exportImage().length).toBe(databaseBytes(untouched));
  });
});

describe('WorkspaceStore temporary storage', () => {
  it('sorts beyond the page cache in temporary files (not SQLite\'s heap), on open, after reserve and after export', () => {
    const store = WorkspaceStore.create(sqlJs);
    expect(store.scalar('PRAGMA temp_store')).toBe(1);
    store.reserve(1024 * 1024);
    expect(store.scalar('PRAGMA temp_store')).toBe(1);
    const cacheBytes = -Number(store.scalar('PRAGMA cache_size')) * 1024;
    store.transaction(() => {
      store.run('CREATE TABLE sorted (key TEXT)');
      // About three times the page cache of keys, in no order: the index is built by a sort that spills.
      store.run(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
        INSERT INTO sorted SELECT printf('%08d-%s', (i * 7919) % 1000003, hex(zeroblob(20))) FROM n`, [Math.ceil((3 * cacheBytes) / 50)]);
      store.run('CREATE INDEX sorted_key ON sorted(key)');
    });
    expect(store.scalar('PRAGMA integrity_check')).toBe('ok');
    expect(store.scalar('SELECT count(*) FROM (SELECT key FROM sorted ORDER BY key)')).toBe(store.scalar('SELECT count(*) FROM sorted'));
    expect(store.scalar("SELECT min(key) FROM sorted")).toBe(store.scalar('SELECT key FROM sorted ORDER BY key LIMIT 1'));
    store.exportImage();
    expect(store.scalar('PRAGMA temp_store')).toBe(1);
  });
});

describe('WorkspaceStore bulk loads (foreign keys checked once, before the commit)', () => {
  const batch = (store: WorkspaceStore): number => {
    store.run(`INSERT INTO import_batch (source_file, content_sha256, imported_at, encoding, delimiter, column_mapping, rows_read, rows_stored, rows_rejected)
      VALUES ('f.csv', ?, '2026-01-01', '', '', '{}', 0, 0, 0)`, [`sha-${Math.random()}`]);
    return store.lastInsertRowId();
  };

  it('does not check foreign keys row by row inside, enforces them again after a commit or a rollback', () => {
    const store = WorkspaceStore.create(sqlJs);
    store.beginBulkLoad();
    expect(store.enforcesForeignKeys).toBe(false);
    expect(store.scalar('PRAGMA foreign_keys')).toBe(0);
    store.commit();
    expect(store.enforcesForeignKeys).toBe(true);
    expect(store.scalar('PRAGMA foreign_keys')).toBe(1);
    store.beginBulkLoad();
    store.rollback();
    expect(store.scalar('PRAGMA foreign_keys')).toBe(1);
    expect(() => store.transaction(() => store.beginBulkLoad())).toThrow(/inside a transaction/);
    expect(store.scalar('PRAGMA foreign_keys')).toBe(1);
  });

  it('finds the rows added that refer to nothing, for every foreign key of the table, and only among the rows added', () => {
    const store = WorkspaceStore.create(sqlJs);
    const firstBatch = batch(store);
    store.run(`INSERT INTO bill_of_lading (id, bill_of_lading_number, batch_id, source_row) VALUES (1, 'B1', ?, 2)`, [firstBatch]);
    store.beginBulkLoad();
    const batchId = batch(store);
    // An earlier row that refers to nothing is not this load's (it cannot exist outside a bulk load, but must not be counted).
    store.run(`INSERT INTO manifest_line (id, bill_of_lading_id, batch_id, source_row) VALUES (10, 99, ?, 2)`, [batchId]);
    const before = 10;
    store.run(`INSERT INTO manifest_line (bill_of_lading_id, batch_id, source_row) VALUES (1, ?, 3)`, [batchId]);
    expect(store.foreignKeyViolations('manifest_line', before)).toBe(0);
    store.run(`INSERT INTO manifest_line (bill_of_lading_id, batch_id, source_row) VALUES (2, ?, 4)`, [batchId]);
    store.run(`INSERT INTO manifest_line (bill_of_lading_id, batch_id, source_row) VALUES (1, 777, 5)`);
    expect(store.foreignKeyViolations('manifest_line', before)).toBe(2);
    expect(store.foreignKeyViolations('manifest_line', 0)).toBe(3);
    // A null key refers to nothing and is not checked (import_batch.release_id).
    expect(store.foreignKeyViolations('import_batch', 0)).toBe(0);
    store.run('UPDATE import_batch SET release_id = 5 WHERE id = ?', [batchId]);
    expect(store.foreignKeyViolations('import_batch', 0)).toBe(1);
    store.rollback();
    expect(store.scalar('SELECT count(*) FROM manifest_line')).toBe(0);
  });
});
