import { Proposals } from '../../src/store/proposals';
import { engines, useTestDatabase } from './testDatabase';

const TENANT = 'tenant-1';
const HOUR = 60 * 60 * 1000;

describe.each(engines)('proposals on %s', (engine) => {
  const handle = useTestDatabase(engine, ['proposals']);
  let proposals: Proposals;

  beforeAll(() => {
    proposals = new Proposals(handle.db);
  });

  it('finds the newest open proposal of the conversation it was made in, not one made in another chat', async () => {
    const here = await proposals.create(TENANT, 'ada', 'event.create', { subject: 'Budget' }, 'chat-1');
    await proposals.create(TENANT, 'ada', 'event.create', { subject: 'Launch' }, 'chat-2');
    await proposals.create(TENANT, 'ada', 'event.create', { subject: 'Nowhere' });

    const found = await proposals.latestOpen<{ subject: string }, never>(TENANT, 'ada', 'chat-1', 'event.create', HOUR);
    expect(found).toMatchObject({ id: here.id, conversationId: 'chat-1', payload: { subject: 'Budget' } });
    expect((await proposals.latestOpen<{ subject: string }, never>(TENANT, 'ada', 'chat-2', 'event.create', HOUR))?.payload.subject).toBe('Launch');
    expect(await proposals.latestOpen(TENANT, 'ada', 'chat-3', 'event.create', HOUR)).toBeUndefined();
    // Someone else in the same chat (a group chat) has their own proposals.
    expect(await proposals.latestOpen(TENANT, 'bob', 'chat-1', 'event.create', HOUR)).toBeUndefined();
  });

  it('skips proposals carried out, dropped, of another kind or older than asked', async () => {
    const done = await proposals.create(TENANT, 'ada', 'event.create', { n: 1 }, 'chat-1');
    await proposals.claim(done.id);
    await proposals.complete(done.id, {});
    const dropped = await proposals.create(TENANT, 'ada', 'event.create', { n: 2 }, 'chat-1');
    await proposals.discard(dropped.id);
    await proposals.create(TENANT, 'ada', 'meeting.change', { n: 3 }, 'chat-1');
    expect(await proposals.latestOpen(TENANT, 'ada', 'chat-1', 'event.create', HOUR)).toBeUndefined();

    const old = await proposals.create(TENANT, 'ada', 'event.create', { n: 4 }, 'chat-1');
    await handle.db.query(`UPDATE proposals SET updated_at = now() - interval '2 hours' WHERE id = $1`, [old.id]);
    expect(await proposals.latestOpen(TENANT, 'ada', 'chat-1', 'event.create', HOUR)).toBeUndefined();
  });

  it('an upgraded database keeps its proposals; those made before the upgrade belong to no conversation', async () => {
    // Back to the schema before migration 6, with a proposal in it, then opened again.
    await handle.db.query('DROP INDEX proposals_open_in_conversation');
    await handle.db.query('ALTER TABLE proposals DROP COLUMN conversation_id');
    await handle.db.query('DELETE FROM schema_migrations WHERE id = 6');
    const id = '6f1c2a8e-0b1d-4c55-9a8e-3d2f4b6a7c90';
    await handle.db.query(`INSERT INTO proposals (id, tenant_id, aad_object_id, kind, state, payload) VALUES ($1, $2, 'ada', 'event.create', 'proposed', '{"subject":"Before"}')`, [id, TENANT]);

    proposals = new Proposals(await handle.reopen());
    expect(await proposals.get(id, TENANT, 'ada')).toMatchObject({ conversationId: null, payload: { subject: 'Before' } });
    expect(await proposals.latestOpen(TENANT, 'ada', 'chat-1', 'event.create', HOUR)).toBeUndefined();
    await proposals.create(TENANT, 'ada', 'event.create', { subject: 'After' }, 'chat-1');
    expect((await proposals.latestOpen<{ subject: string }, never>(TENANT, 'ada', 'chat-1', 'event.create', HOUR))?.payload.subject).toBe('After');
  });
});
