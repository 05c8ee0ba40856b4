import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME } from '../../src/store/dataDirLock';
import { captureLogger, quietLogger } from './testDatabase';

// The lock only exists for the PGlite engine; opening real databases over it is covered in
// database.test.ts. These cases pin down the file protocol itself.
describe('DATA_DIR lock file', () => {
  let dir: string;
  let lockPath: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assistant-lock-'));
    lockPath = path.join(dir, LOCK_FILE_NAME);
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the directory, writes our pid, and removes the file on release', () => {
    const nested = path.join(dir, 'not', 'yet', 'there');
    const lock = acquireDataDirLock(nested, quietLogger);
    expect(fs.readFileSync(lock.path, 'utf8').trim()).toBe(String(process.pid));
    expect(fs.readdirSync(nested)).toEqual([LOCK_FILE_NAME]);
    lock.release();
    expect(fs.readdirSync(nested)).toEqual([]);
    lock.release();
  });

  it('refuses while a live process holds it, naming DATA_DIR and the pid', () => {
    const lock = acquireDataDirLock(dir, quietLogger);
    expect(() => acquireDataDirLock(dir, quietLogger)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir, quietLogger)).toThrow(new RegExp(`DATA_DIR ${dir} is in use .*pid ${process.pid}`));
    lock.release();
    acquireDataDirLock(dir, quietLogger).release();
  });

  it.each([
    ['the pid of a process that has exited', () => `${spawnSync(process.execPath, ['-e', '']).pid}\n`],
    ['no pid at all', () => ''],
    ['garbage', () => 'not a pid'],
  ])('takes over a lock holding %s, with a warning', (_label, content) => {
    fs.writeFileSync(lockPath, content());
    const { logger, records } = captureLogger();
    const lock = acquireDataDirLock(dir, logger);
    expect(fs.readFileSync(lockPath, 'utf8').trim()).toBe(String(process.pid));
    expect(records).toEqual([expect.objectContaining({ level: 40, lockPath, msg: expect.stringContaining('stale') })]);
    lock.release();
  });

  it('does not delete a lock that another process has taken over since', () => {
    const lock = acquireDataDirLock(dir, quietLogger);
    fs.writeFileSync(lockPath, '1\n');
    lock.release();
    expect(fs.readFileSync(lockPath, 'utf8')).toBe('1\n');
  });

  it('treats a lock held by a live process of another user as live', () => {
    // pid 1 always exists; as a non-root user signalling it fails with EPERM, which still means alive.
    fs.writeFileSync(lockPath, '1\n');
    expect(() => acquireDataDirLock(dir, quietLogger)).toThrow(DataDirLockedError);
  });
});
