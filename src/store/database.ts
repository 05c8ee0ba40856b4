import NodeModule from 'node:module';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { Pool, type PoolClient, type QueryResultRow } from 'pg';
import type { Logger } from '../log';
import { acquireDataDirLock, type DataDirLock } from './dataDirLock';
import { applyMigrations, migrations as allMigrations, type Migration } from './migrations';

export type DatabaseEngine = 'pglite' | 'postgres';

export interface QueryOutcome<R> {
  rows: R[];
  rowCount: number;
}

/** Something SQL can be run on: the database itself, or the client of an open transaction. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<QueryOutcome<R>>;
}

export interface Database extends Queryable {
  readonly engine: DatabaseEngine;
  /**
   * Runs `fn` inside BEGIN/COMMIT on one client and rolls back if it throws. Inside `fn`, use
   * only the `tx` it is given: with PGlite the pool has one connection, so a query on the
   * database itself would wait for the transaction that is waiting for it.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** True when the database answers a trivial query; for health checks, never throws. */
  ping(): Promise<boolean>;
  /** The shape pg-boss expects for its `db` option, so jobs share this pool. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when absent, an embedded PGlite database in `dataDir` is used. */
  databaseUrl?: string;
  dataDir: string;
  logger: Logger;
  /** Pool size for PostgreSQL; PGlite always uses exactly one connection. */
  maxConnections?: number;
  /** The schema to migrate to; the project's own list unless a test needs another. */
  migrations?: readonly Migration[];
}

/** Where the PGlite cluster lives inside DATA_DIR, next to its lock file. */
export const PGLITE_SUBDIRECTORY = 'pglite';

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { logger } = options;
  if (options.databaseUrl) {
    const pool = new Pool({ connectionString: options.databaseUrl, max: options.maxConnections ?? 10 });
    // An idle client losing its server connection is reported here; without a listener it would crash the process.
    pool.on('error', (error) => logger.error({ err: error }, 'idle PostgreSQL connection failed'));
    return finishOpening('postgres', pool, options, async () => {
      await pool.end();
    });
  }

  // Resolved once so the lock, the log lines and PGlite all agree on the directory whatever the cwd later becomes.
  const dataDir = path.resolve(options.dataDir);
  const lock = acquireDataDirLock(dataDir, logger);
  let pglite: PGlite | undefined;
  try {
    const dataPath = path.join(dataDir, PGLITE_SUBDIRECTORY);
    const { PGlite: PGliteClass } = loadPGlite();
    pglite = await PGliteClass.create({ dataDir: dataPath });
    const embedded = pglite;
    // One connection only: PGlite is single-session, and idle clients are kept because a
    // replacement would reuse the same in-process connection object.
    const { createPgConfig } = loadPGliteNodePostgres();
    const pool = new Pool({ ...createPgConfig(embedded), max: 1, idleTimeoutMillis: 0 });
    pool.on('error', (error) => logger.error({ err: error }, 'embedded database connection failed'));
    logger.info({ dataDir }, 'opened embedded PGlite database');
    return await finishOpening('pglite', pool, options, async () => {
      try {
        await pool.end();
        await embedded.close();
      } finally {
        lock.release();
      }
    });
  } catch (error) {
    if (pglite && !pglite.closed) await pglite.close().catch(() => undefined);
    lock.release();
    throw error;
  }
}

/**
 * PGlite's CommonJS build fetches its wasm and some Node built-ins with dynamic import(). Jest's
 * module sandbox rejects dynamic import() unless Node runs with --experimental-vm-modules, and it
 * also replaces `createRequire`; so PGlite is loaded by Node's own module loader, which is exactly
 * what a plain require does outside jest.
 */
interface NodeModuleLoader {
  _load(request: string, parent: null, isMain: boolean): unknown;
}

function requireNatively<T>(specifier: string): T {
  return (NodeModule as unknown as NodeModuleLoader)._load(require.resolve(specifier), null, false) as T;
}

function loadPGlite(): typeof import('@electric-sql/pglite') {
  return requireNatively<typeof import('@electric-sql/pglite')>('@electric-sql/pglite');
}

function loadPGliteNodePostgres(): typeof import('@electric-sql/pglite/node-postgres') {
  return requireNatively<typeof import('@electric-sql/pglite/node-postgres')>('@electric-sql/pglite/node-postgres');
}

async function finishOpening(engine: DatabaseEngine, pool: Pool, options: OpenDatabaseOptions, shutdown: () => Promise<void>): Promise<Database> {
  const { logger } = options;
  try {
    const client = await pool.connect();
    try {
      await applyMigrations(client, logger, options.migrations ?? allMigrations);
    } finally {
      client.release();
    }
  } catch (error) {
    await shutdown().catch((closeError: unknown) => logger.error({ err: closeError }, 'closing the database after a failed start-up failed'));
    throw error;
  }
  return new PoolDatabase(engine, pool, shutdown);
}

class PoolDatabase implements Database {
  private closing: Promise<void> | undefined;

  constructor(
    readonly engine: DatabaseEngine,
    private readonly pool: Pool,
    private readonly shutdown: () => Promise<void>,
  ) {}

  async query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<QueryOutcome<R>> {
    const result = await this.pool.query<R>(sql, params ? [...params] : undefined);
    return { rows: result.rows, rowCount: result.rowCount ?? 0 };
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      try {
        const result = await fn(clientQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw error;
      }
    } finally {
      // A client whose ROLLBACK failed may still be inside a transaction; never hand it out again.
      client.release(broken);
    }
  }

  async ping(): Promise<boolean> {
    try {
      const result = await this.pool.query<{ ok: number }>('SELECT 1 AS ok');
      return result.rows[0]?.ok === 1;
    } catch {
      return false;
    }
  }

  executeSql = async (text: string, values?: unknown[]): Promise<{ rows: unknown[] }> => {
    const result = await this.pool.query(text, values);
    return { rows: result.rows };
  };

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }
}

function clientQueryable(client: PoolClient): Queryable {
  return {
    async query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<QueryOutcome<R>> {
      const result = await client.query<R>(sql, params ? [...params] : undefined);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  };
}
