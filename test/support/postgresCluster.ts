import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const run = promisify(execFile);

export interface TestPostgres {
  /** Connection string of a database nobody else uses. */
  readonly url: string;
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'PostgreSQL is needed for the PostgreSQL half of the store tests. Install the server with `apt-get install -y postgresql`, ' +
  'or point TEST_DATABASE_URL at a server this test may create and drop databases on.';

/**
 * A PostgreSQL database for one test file: a fresh database on TEST_DATABASE_URL's server when
 * that is set, otherwise a throwaway cluster in a temporary directory. Never silently absent.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const shared = process.env.TEST_DATABASE_URL;
  if (shared) return freshDatabaseOn(shared);
  return throwawayCluster();
}

async function freshDatabaseOn(serverUrl: string): Promise<TestPostgres> {
  const name = `assistant_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async stop(): Promise<void> {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function throwawayCluster(): Promise<TestPostgres> {
  const binDir = findServerBinaries();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assistant-pg-'));
  const asRoot = process.getuid?.() === 0;
  // The server refuses to run as root, so under root the cluster belongs to the postgres user.
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
      throw new Error(`Running as root but there is no "postgres" user to own the test cluster. ${INSTALL_HINT}`);
    });
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    fs.chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const tool = async (name: string, args: string[]): Promise<void> => {
    const binary = path.join(binDir, name);
    if (asRoot) await run('runuser', ['-u', 'postgres', '--', binary, ...args]);
    else await run(binary, args);
  };

  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  try {
    await tool('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    await tool('pg_ctl', [
      '-D', dataDir, '-l', logFile, '-w',
      '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]);
    let stopped = false;
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      async stop(): Promise<void> {
        if (stopped) return;
        stopped = true;
        try {
          await tool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
    fs.rmSync(dir, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start a throwaway PostgreSQL cluster: ${message}\n${log}`, { cause: error });
  }
}

function findServerBinaries(): string {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  candidates.push('/usr/lib/postgresql/15/bin');
  const root = '/usr/lib/postgresql';
  if (fs.existsSync(root)) {
    const versions = fs
      .readdirSync(root)
      .filter((entry) => /^\d+$/.test(entry))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(root, version, 'bin')));
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl')));
  if (!found) throw new Error(`No PostgreSQL server binaries (initdb, pg_ctl) in ${candidates.join(', ')}. ${INSTALL_HINT}`);
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}
