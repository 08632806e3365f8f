import type { SqlValue } from 'sql.js';
import type { EngineApi } from '../../../../shared/engine/engineApi';
import { decodeWorkspaceFile, joinWorkspaceFileParts } from '../../../../shared/workspace/workspaceFile';
import { loadSqlJsForNode } from '../../../../electron/node/sqlJsNode';

/**
 * Runs a query on what the engine stored, through the saved workspace file (the same image the
 * analyst saves), for tests that check columns the EngineApi does not show.
 */
export async function queryWorkspace(engine: EngineApi, sql: string, params: SqlValue[] = []): Promise<Record<string, SqlValue>[]> {
  const sqlJs = await loadSqlJsForNode();
  const database = new sqlJs.Database(await decodeWorkspaceFile(joinWorkspaceFileParts(await engine.saveWorkspace())));
  try {
    const statement = database.prepare(sql);
    statement.bind(params);
    const rows: Record<string, SqlValue>[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    statement.free();
    return rows;
  } finally {
    database.close();
  }
}
