import { JOB_SCHEMA, startJobQueue, type JobQueue, type QueuedJob } from '../../src/jobs/queue';
import { engines, openTestDatabase, quietLogger, type TestDatabase } from './testDatabase';

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Ping {
  n: number;
}

describe.each(engines)('job queue on %s', (engine) => {
  let handle: TestDatabase;
  let queue: JobQueue;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    queue = await startJobQueue(handle.db, quietLogger, { pollingIntervalSeconds: 0.5 });
  }, 120_000);

  afterAll(async () => {
    await queue?.stop();
    await handle?.dispose();
  }, 60_000);

  it('keeps its tables in their own schema, next to the application tables', async () => {
    const schemas = await handle.db.query<{ table_schema: string }>(
      "SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_name IN ('job', 'user_settings') ORDER BY table_schema",
    );
    expect(schemas.rows.map((row) => row.table_schema)).toEqual([JOB_SCHEMA, 'public']);
  });

  it('hands a sent job to the worker with its data', async () => {
    const handled: QueuedJob<Ping>[] = [];
    await queue.work<Ping>('ping', async (job) => {
      handled.push(job);
    });
    const id = await queue.send<Ping>('ping', { n: 42 });
    expect(id).toEqual(expect.any(String));
    await waitFor(() => handled.length === 1, 15_000);
    expect(handled[0]).toEqual({ id, name: 'ping', data: { n: 42 } });
  }, 20_000);

  it('does not hand out a delayed job before its start time', async () => {
    const handledAt: number[] = [];
    await queue.work<Ping>('delayed', async () => {
      handledAt.push(Date.now());
    });
    const sentAt = Date.now();
    await queue.send<Ping>('delayed', { n: 1 }, { startAfter: new Date(sentAt + 3_000) });

    // Several polling rounds pass while the job waits.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(handledAt).toEqual([]);

    await waitFor(() => handledAt.length === 1, 15_000);
    // pg-boss compares against the database clock; allow for the store's timestamp rounding.
    expect(handledAt[0] - sentAt).toBeGreaterThanOrEqual(2_900);
  }, 25_000);

  it('retries a job whose handler throws', async () => {
    let attempts = 0;
    const done: number[] = [];
    await queue.work<Ping>('flaky', async (job) => {
      attempts += 1;
      if (attempts === 1) throw new Error('transient failure');
      done.push(job.data.n);
    });
    await queue.send<Ping>('flaky', { n: 7 }, { retryLimit: 2, retryDelay: 0 });
    await waitFor(() => done.length === 1, 15_000);
    expect(attempts).toBe(2);
    expect(done).toEqual([7]);
  }, 20_000);
});
