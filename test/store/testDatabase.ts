import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createLogger, type Logger } from '../../src/log';
import { openDatabase, type Database, type DatabaseEngine, type OpenDatabaseOptions } from '../../src/store/database';
import { startTestPostgres } from '../support/postgresCluster';

export const engines: DatabaseEngine[] = ['pglite', 'postgres'];

export const quietLogger: Logger = createLogger('silent');

export interface LogRecord {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A real pino logger whose output the test can read back. */
export function captureLogger(): { logger: Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const logger = pino({ level: 'debug' }, {
    write(line: string): void {
      records.push(JSON.parse(line) as LogRecord);
    },
  });
  return { logger, records };
}

type ReopenOptions = Partial<Pick<OpenDatabaseOptions, 'logger' | 'migrations'>>;

export interface TestDatabase {
  readonly engine: DatabaseEngine;
  /** The current instance; replaced by `reopen`. */
  db: Database;
  readonly dataDir: string;
  readonly databaseUrl?: string;
  /** Opens an instance on the same storage (PostgreSQL URL or PGlite DATA_DIR) without closing the current one. */
  openAnother(options?: ReopenOptions): Promise<Database>;
  /** Closes the current instance and opens a new one on the same storage; on failure `db` stays closed. */
  reopen(options?: ReopenOptions): Promise<Database>;
  dispose(): Promise<void>;
}

/** A fresh, migrated database on the given engine; open one per test file, PGlite's first open takes seconds. */
export async function openTestDatabase(engine: DatabaseEngine): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assistant-store-'));
  let server: Awaited<ReturnType<typeof startTestPostgres>> | undefined;
  try {
    server = engine === 'postgres' ? await startTestPostgres() : undefined;
    const databaseUrl = server?.url;
    const openAnother = (options: ReopenOptions = {}): Promise<Database> =>
      openDatabase({ databaseUrl, dataDir, logger: options.logger ?? quietLogger, migrations: options.migrations });
    const stopServer = server ? server.stop.bind(server) : async (): Promise<void> => undefined;
    const handle: TestDatabase = {
      engine,
      db: await openAnother(),
      dataDir,
      databaseUrl,
      openAnother,
      async reopen(options?: ReopenOptions): Promise<Database> {
        await handle.db.close();
        handle.db = await openAnother(options);
        return handle.db;
      },
      async dispose(): Promise<void> {
        try {
          await handle.db.close();
        } finally {
          await stopServer();
          fs.rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
    return handle;
  } catch (error) {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A fresh database for the `describe` block it is called in: opened before its tests, disposed
 * after them, and the named tables emptied before each test. Read it through the returned handle
 * once the block's tests run (it is opened in `beforeAll`).
 */
export function useTestDatabase(engine: DatabaseEngine, emptiedTables: string[] = []): TestDatabase {
  let opened: TestDatabase | undefined;
  const current = (): TestDatabase => {
    if (!opened) throw new Error('the test database is opened in beforeAll; use it inside hooks and tests');
    return opened;
  };
  beforeAll(async () => {
    opened = await openTestDatabase(engine);
  }, 120_000);
  afterAll(async () => {
    await opened?.dispose();
  });
  beforeEach(async () => {
    for (const table of emptiedTables) await current().db.query(`DELETE FROM ${table}`);
  });
  return {
    engine,
    get db() {
      return current().db;
    },
    set db(db: Database) {
      current().db = db;
    },
    get dataDir() {
      return current().dataDir;
    },
    get databaseUrl() {
      return current().databaseUrl;
    },
    openAnother: (options) => current().openAnother(options),
    reopen: (options) => current().reopen(options),
    dispose: () => current().dispose(),
  };
}
