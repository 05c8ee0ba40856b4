import { ActivityTypes, TestAdapter, type ConversationReference } from 'botbuilder';
import { ConversationReferences } from '../../src/store/conversationReferences';
import { ConversationReferenceRecorder } from '../../src/bot/conversationReferenceRecorder';
import { engines, quietLogger, useTestDatabase } from './testDatabase';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

function reference(conversationId: string, serviceUrl = 'https://smba.trafficmanager.net/emea/'): Partial<ConversationReference> {
  return {
    activityId: 'f:1234',
    user: { id: '29:1abc', name: 'Ada Lovelace', aadObjectId: 'user-ada' },
    bot: { id: '28:bot-app-id', name: 'Assistant' },
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', tenantId: TENANT, name: '' },
    channelId: 'msteams',
    locale: 'en-GB',
    serviceUrl,
  };
}

describe.each(engines)('conversation references on %s', (engine) => {
  const handle = useTestDatabase(engine, ['conversation_references']);
  let references: ConversationReferences;

  beforeAll(() => {
    references = new ConversationReferences(handle.db);
  });

  it('returns undefined for a user never seen', async () => {
    await expect(references.get(TENANT, 'nobody')).resolves.toBeUndefined();
  });

  it('stores a reference and replaces it on the next save, moving updated_at forward', async () => {
    await references.save(TENANT, 'user-ada', reference('a:first'));
    expect(await references.get(TENANT, 'user-ada')).toEqual(reference('a:first'));
    const [before] = await references.list();

    await new Promise((resolve) => setTimeout(resolve, 20));
    await references.save(TENANT, 'user-ada', reference('a:second', 'https://smba.trafficmanager.net/amer/'));
    expect(await references.get(TENANT, 'user-ada')).toEqual(reference('a:second', 'https://smba.trafficmanager.net/amer/'));
    const all = await references.list();
    expect(all).toHaveLength(1);
    expect(all[0].updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });

  it('keys by tenant and user, and lists everyone', async () => {
    await references.save(TENANT, 'user-ada', reference('a:ada'));
    await references.save(TENANT, 'user-bob', reference('a:bob'));
    await references.save('other-tenant', 'user-ada', reference('a:ada-elsewhere'));

    expect((await references.get('other-tenant', 'user-ada'))?.conversation?.id).toBe('a:ada-elsewhere');
    expect((await references.get(TENANT, 'user-ada'))?.conversation?.id).toBe('a:ada');
    const listed = await references.list();
    expect(listed.map((row) => [row.tenantId, row.aadObjectId, row.reference.conversation?.id])).toEqual([
      [TENANT, 'user-ada', 'a:ada'],
      [TENANT, 'user-bob', 'a:bob'],
      ['other-tenant', 'user-ada', 'a:ada-elsewhere'],
    ].sort((x, y) => (x[0] + x[1]).localeCompare(y[0] + y[1])));
    expect(listed.every((row) => row.updatedAt instanceof Date)).toBe(true);
  });

  it('refuses a save without tenant or user', async () => {
    await expect(references.save('', 'user-ada', reference('a:x'))).rejects.toThrow(RangeError);
    await expect(references.save(TENANT, '', reference('a:x'))).rejects.toThrow(RangeError);
  });

  it('records the reference of every personal-chat activity through the middleware, and not of group chats', async () => {
    const seen: string[] = [];
    const adapter = new TestAdapter(async (context) => {
      seen.push(context.activity.text ?? '');
    });
    adapter.use(new ConversationReferenceRecorder(references, quietLogger));
    const from = { id: '29:1abc', name: 'Ada Lovelace', aadObjectId: 'user-ada' };

    await adapter.processActivity({
      type: ActivityTypes.Message,
      text: 'hello',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      from,
      conversation: { id: 'a:personal', conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
      channelData: { tenant: { id: TENANT } },
    });
    await adapter.processActivity({
      type: ActivityTypes.Message,
      text: 'in a group',
      from,
      conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', tenantId: TENANT, isGroup: true, name: '' },
    });
    // Teams always sends the tenant in channelData; conversation.tenantId may be absent.
    await adapter.processActivity({
      type: ActivityTypes.Message,
      text: 'from bob',
      from: { id: '29:2bob', name: 'Bob', aadObjectId: 'user-bob' },
      conversation: { id: 'a:bob', conversationType: 'personal', isGroup: false, name: '' },
      channelData: { tenant: { id: TENANT } },
    });

    expect(seen).toEqual(['hello', 'in a group', 'from bob']);
    const ada = await references.get(TENANT, 'user-ada');
    expect(ada?.conversation?.id).toBe('a:personal');
    expect(ada?.user?.aadObjectId).toBe('user-ada');
    expect(ada?.serviceUrl).toBe('https://smba.trafficmanager.net/emea/');
    expect((await references.get(TENANT, 'user-bob'))?.conversation?.id).toBe('a:bob');
  });
});
