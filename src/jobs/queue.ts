import PgBoss from 'pg-boss';
import type { Logger } from '../log';
import type { Database } from '../store/database';

export type SendJobOptions = Omit<PgBoss.SendOptions, 'db'>;

export interface QueuedJob<T> {
  id: string;
  name: string;
  data: T;
}

export type JobHandler<T> = (job: QueuedJob<T>) => Promise<void>;

export interface WorkOptions {
  /** How often an idle worker looks for new jobs; pg-boss allows no less than 0.5. */
  pollingIntervalSeconds?: number;
}

export interface JobQueue {
  /** Returns the job id, or null when a singleton/throttling option suppressed the job. */
  send<T extends object>(queue: string, data: T, options?: SendJobOptions): Promise<string | null>;
  /** A handler that throws fails the job, which pg-boss then retries according to the send options. */
  work<T extends object>(queue: string, handler: JobHandler<T>, options?: WorkOptions): Promise<string>;
  stop(): Promise<void>;
}

export const JOB_SCHEMA = 'pgboss';

export interface JobQueueOptions {
  /** Default polling interval for workers, in seconds. */
  pollingIntervalSeconds?: number;
}

/**
 * pg-boss on the application's own pool, for both engines: with PGlite that pool is the only way
 * into the database, and with PostgreSQL it keeps one connection budget per instance.
 */
export async function startJobQueue(db: Database, logger: Logger, options: JobQueueOptions = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => db.executeSql(text, values) },
    schema: JOB_SCHEMA,
    ...(options.pollingIntervalSeconds !== undefined ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
  });
  // pg-boss reports polling and maintenance failures as 'error' events; unheard, they would crash the process.
  boss.on('error', (error: Error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  logger.info({ engine: db.engine, schema: JOB_SCHEMA }, 'job queue started');
  return new PgBossJobQueue(boss, logger);
}

class PgBossJobQueue implements JobQueue {
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly boss: PgBoss,
    private readonly logger: Logger,
  ) {}

  async send<T extends object>(queue: string, data: T, options: SendJobOptions = {}): Promise<string | null> {
    await this.ensureQueue(queue);
    return this.boss.send(queue, data, options);
  }

  async work<T extends object>(queue: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<string> {
    await this.ensureQueue(queue);
    return this.boss.work<T>(queue, options, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler({ id: job.id, name: job.name, data: job.data });
        } catch (error) {
          this.logger.warn({ err: error, queue, jobId: job.id }, 'job failed');
          throw error;
        }
      }
    });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** pg-boss 10 rejects jobs for queues that were never created; creating one is idempotent. */
  private ensureQueue(queue: string): Promise<void> {
    let created = this.queues.get(queue);
    if (!created) {
      created = this.boss.createQueue(queue).catch((error: unknown) => {
        this.queues.delete(queue);
        throw error;
      });
      this.queues.set(queue, created);
    }
    return created;
  }
}
