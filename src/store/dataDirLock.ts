import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log';

/**
 * PGlite happily lets two processes open the same data directory and then silently loses
 * writes, so the directory is guarded by a lock file holding the owner's pid. A lock whose
 * pid is no longer alive is left over from a crash and is taken over.
 */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string, readonly ownerPid: number) {
    super(
      `DATA_DIR ${dataDir} is in use by another running process (pid ${ownerPid}). ` +
        'Stop that process, point DATA_DIR at another directory, or set DATABASE_URL to share a PostgreSQL database between instances.',
    );
    this.name = 'DataDirLockedError';
  }
}

export const LOCK_FILE_NAME = 'pglite.lock';

export function acquireDataDirLock(dataDir: string, logger: Logger): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  // Two attempts: the second follows the removal of a stale lock. If another process wins
  // that race, its lock is live and the second attempt reports it.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (tryCreate(lockPath)) {
      return lockHandle(lockPath);
    }
    const ownerPid = readPid(lockPath);
    if (ownerPid !== undefined && isAlive(ownerPid)) {
      throw new DataDirLockedError(dataDir, ownerPid);
    }
    logger.warn({ lockPath, stalePid: ownerPid ?? null }, 'taking over a stale DATA_DIR lock left by a process that is no longer running');
    try {
      fs.unlinkSync(lockPath);
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error;
    }
  }
  const ownerPid = readPid(lockPath);
  throw new DataDirLockedError(dataDir, ownerPid ?? -1);
}

/**
 * Writes the pid to a private file and hard-links it into place, so the lock file never exists
 * without its pid (another process reading it half-written would take it for stale).
 */
function tryCreate(lockPath: string): boolean {
  const draft = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}`;
  fs.writeFileSync(draft, `${process.pid}\n`);
  try {
    fs.linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    // Some filesystems have no hard links; an exclusive create is the next best thing.
    if (isErrno(error, 'EPERM') || isErrno(error, 'ENOTSUP') || isErrno(error, 'EOPNOTSUPP')) return tryExclusiveCreate(lockPath);
    throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

function tryExclusiveCreate(lockPath: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx');
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${process.pid}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function lockHandle(lockPath: string): DataDirLock {
  let released = false;
  return {
    path: lockPath,
    release(): void {
      if (released) return;
      released = true;
      // Only remove the file if it is still ours: after a takeover by someone else it is not.
      if (readPid(lockPath) === process.pid) {
        try {
          fs.unlinkSync(lockPath);
        } catch (error) {
          if (!isErrno(error, 'ENOENT')) throw error;
        }
      }
    },
  };
}

function readPid(lockPath: string): number | undefined {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, so it is alive.
    return isErrno(error, 'EPERM');
  }
}

function isErrno(error: unknown, code: string): boolean {
  // Not `instanceof Error`: errors from Node built-ins can come from another realm (jest's sandbox).
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
}
