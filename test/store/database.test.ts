import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { migrations, type Migration } from '../../src/store/migrations';
import { DataDirLockedError, LOCK_FILE_NAME } from '../../src/store/dataDirLock';
import { openDatabase } from '../../src/store/database';
import { captureLogger, engines, openTestDatabase, quietLogger, type TestDatabase } from './testDatabase';

describe.each(engines)('database on %s', (engine) => {
  let handle: TestDatabase;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  }, 120_000);

  afterAll(async () => {
    await handle?.dispose();
  });

  beforeEach(async () => {
    await handle.db.query('DROP TABLE IF EXISTS scratch');
    await handle.db.query('CREATE TABLE scratch (id integer PRIMARY KEY, label text NOT NULL)');
  });

  it('reports its engine and answers a ping', async () => {
    expect(handle.db.engine).toBe(engine);
    await expect(handle.db.ping()).resolves.toBe(true);
  });

  it('applies every migration once; opening again applies nothing', async () => {
    const listApplied = () => handle.db.query<{ id: number; name: string; applied_at: Date }>('SELECT id, name, applied_at FROM schema_migrations ORDER BY id');
    const before = (await listApplied()).rows;
    expect(before.map(({ id, name }) => ({ id, name }))).toEqual(migrations.map(({ id, name }) => ({ id, name })));

    const { logger, records } = captureLogger();
    await handle.reopen({ logger });
    expect(records.filter((record) => record.msg === 'applied database migration')).toEqual([]);
    expect((await listApplied()).rows).toEqual(before);
  });

  it('runs each migration in its own transaction: a failing one leaves no trace and is retried at the next start', async () => {
    const broken: Migration = { id: 9001, name: 'half_done', sql: 'CREATE TABLE half_done (x integer); SELECT missing_column FROM half_done;' };
    await expect(handle.reopen({ migrations: [...migrations, broken] })).rejects.toThrow(/migration 9001 \(half_done\) failed/);

    const fixed: Migration = { ...broken, sql: 'CREATE TABLE half_done (x integer);' };
    const { logger, records } = captureLogger();
    const db = await handle.reopen({ migrations: [...migrations, fixed], logger });
    expect(records.filter((record) => record.msg === 'applied database migration').map((record) => record.migration)).toEqual([9001]);
    await db.query('INSERT INTO half_done (x) VALUES (1)');
    expect((await db.query('SELECT id FROM schema_migrations WHERE id = 9001')).rowCount).toBe(1);
  });

  it('refuses migrations that are out of order', async () => {
    const shuffled = [migrations[1], migrations[0]];
    await expect(handle.reopen({ migrations: shuffled })).rejects.toThrow(/strictly increasing/);
    await handle.reopen();
    await expect(handle.db.ping()).resolves.toBe(true);
  });

  it('rolls a transaction back when its function throws, and commits when it returns', async () => {
    const { db } = handle;
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO scratch (id, label) VALUES (1, $1)', ['doomed']);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await db.query('SELECT * FROM scratch')).rows).toEqual([]);

    // A failed statement aborts the transaction; the rollback must still hand the client back.
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO scratch (id, label) VALUES (2, $1)', ['first']);
        await tx.query('INSERT INTO scratch (id, label) VALUES (2, $1)', ['same key']);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect((await db.query('SELECT * FROM scratch')).rows).toEqual([]);

    const returned = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO scratch (id, label) VALUES (3, $1)', ['kept']);
      const inside = await tx.query<{ label: string }>('SELECT label FROM scratch WHERE id = 3');
      return inside.rows[0].label;
    });
    expect(returned).toBe('kept');
    expect((await db.query('SELECT id, label FROM scratch')).rows).toEqual([{ id: 3, label: 'kept' }]);
  });

  it('serves pg-boss style executeSql, with and without parameters', async () => {
    const { db } = handle;
    await db.executeSql("INSERT INTO scratch (id, label) VALUES (10, 'a'); INSERT INTO scratch (id, label) VALUES (11, 'b')");
    const result = await db.executeSql('SELECT label FROM scratch WHERE id >= $1 ORDER BY id', [10]);
    expect(result.rows).toEqual([{ label: 'a' }, { label: 'b' }]);
  });

  it('handles a second instance on the same storage as the engine allows', async () => {
    if (engine === 'pglite') {
      // Two processes on one PGlite directory silently lose writes, so the second open must fail loudly.
      const attempt = openDatabase({ dataDir: handle.dataDir, logger: quietLogger });
      await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(attempt).rejects.toThrow(`DATA_DIR ${handle.dataDir} is in use by another running process (pid ${process.pid})`);
      await expect(handle.db.ping()).resolves.toBe(true);
      return;
    }
    // Several instances behind a load balancer start at the same moment on an empty database:
    // the advisory lock must let exactly one of them migrate.
    const name = `fresh_${Date.now()}`;
    await handle.db.query(`CREATE DATABASE ${name}`);
    const url = new URL(handle.databaseUrl ?? '');
    url.pathname = `/${name}`;
    const instances = await Promise.all(
      [1, 2, 3, 4].map(() => openDatabase({ databaseUrl: url.toString(), dataDir: handle.dataDir, logger: quietLogger })),
    );
    try {
      const applied = await instances[0].query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
      expect(applied.rows.map((row) => row.id)).toEqual(migrations.map((migration) => migration.id));
      await instances[1].query("INSERT INTO user_settings (tenant_id, aad_object_id) VALUES ('t', 'u')");
      expect((await instances[3].query('SELECT * FROM user_settings')).rowCount).toBe(1);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await handle.db.query(`DROP DATABASE ${name}`);
    }
    expect(fs.existsSync(path.join(handle.dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it('takes over a stale lock left by a crashed process (PGlite) and ignores DATA_DIR locks (PostgreSQL)', async () => {
    const lockPath = path.join(handle.dataDir, LOCK_FILE_NAME);
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const { logger, records } = captureLogger();
    if (engine === 'pglite') {
      await handle.db.close();
      expect(fs.existsSync(lockPath)).toBe(false);
      fs.writeFileSync(lockPath, `${deadPid}\n`);
      await handle.reopen({ logger });
      expect(records).toContainEqual(expect.objectContaining({ level: 40, stalePid: deadPid, lockPath }));
      expect(fs.readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
      await expect(handle.db.ping()).resolves.toBe(true);
      return;
    }
    // With DATABASE_URL the instances share PostgreSQL, so even a live lock in DATA_DIR is no obstacle.
    fs.writeFileSync(lockPath, `${process.pid}\n`);
    try {
      const other = await handle.openAnother({ logger });
      await expect(other.ping()).resolves.toBe(true);
      await other.close();
      expect(records.filter((record) => String(record.msg).includes('lock'))).toEqual([]);
    } finally {
      fs.rmSync(lockPath);
    }
  });

  it('answers ping with false once closed', async () => {
    const other = engine === 'postgres' ? await handle.openAnother() : await handle.reopen();
    await other.close();
    await expect(other.ping()).resolves.toBe(false);
    if (engine === 'pglite') await handle.reopen();
  });
});
