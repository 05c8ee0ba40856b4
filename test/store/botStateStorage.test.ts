import { ConversationState, MemoryStorage, TestAdapter, UserState, type Storage, type StoreItems } from 'botbuilder';
import { DatabaseStorage } from '../../src/store/botStateStorage';
import { engines, useTestDatabase } from './testDatabase';

describe.each(engines)('DatabaseStorage on %s', (engine) => {
  const handle = useTestDatabase(engine);
  let storage: DatabaseStorage;
  let keyCounter = 0;
  const freshKey = (): string => `test/key-${(keyCounter += 1)}`;

  beforeAll(() => {
    storage = new DatabaseStorage(handle.db);
  });

  it('reads nothing for keys never written, and requires keys', async () => {
    await expect(storage.read([freshKey(), freshKey()])).resolves.toEqual({});
    await expect(storage.read([])).resolves.toEqual({});
    await expect(storage.read(undefined as unknown as string[])).rejects.toThrow(ReferenceError);
    await expect(storage.write(undefined as unknown as StoreItems)).rejects.toThrow(ReferenceError);
  });

  it('round-trips items and gives each write a new eTag', async () => {
    const key = freshKey();
    const value = { count: 1, nested: { list: [1, 'two', null], text: 'naïve "quotes" \\ and \u{1F600}' } };
    await storage.write({ [key]: value });
    const first = (await storage.read([key]))[key];
    expect(first).toEqual({ ...value, eTag: expect.any(String) });

    await storage.write({ [key]: { ...first, count: 2 } });
    const second = (await storage.read([key]))[key];
    expect(second.count).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('throws on a stale eTag and keeps the stored item', async () => {
    const key = freshKey();
    await storage.write({ [key]: { v: 'original' } });
    const stale = (await storage.read([key]))[key];
    await storage.write({ [key]: { ...stale, v: 'winner' } });

    await expect(storage.write({ [key]: { ...stale, v: 'loser' } })).rejects.toThrow(`Storage: error writing "${key}" due to eTag conflict.`);
    expect((await storage.read([key]))[key].v).toBe('winner');
  });

  it("overwrites regardless of the stored eTag when the eTag is '*' or missing", async () => {
    const key = freshKey();
    await storage.write({ [key]: { v: 1 } });
    await storage.write({ [key]: { v: 2, eTag: '*' } });
    expect((await storage.read([key]))[key].v).toBe(2);
    await storage.write({ [key]: { v: 3, eTag: '' } });
    expect((await storage.read([key]))[key].v).toBe(3);
    await storage.write({ [key]: { v: 4 } });
    expect((await storage.read([key]))[key].v).toBe(4);
  });

  it('accepts an eTag for an item that does not exist, as MemoryStorage does', async () => {
    const key = freshKey();
    const memory = new MemoryStorage();
    await memory.write({ [key]: { v: 'm', eTag: 'made-up' } });
    await storage.write({ [key]: { v: 'd', eTag: 'made-up' } });
    expect((await memory.read([key]))[key].v).toBe('m');
    expect((await storage.read([key]))[key].v).toBe('d');
  });

  it('lets exactly one of several concurrent writers with the same eTag win', async () => {
    const key = freshKey();
    await storage.write({ [key]: { writer: 'none' } });
    const base = (await storage.read([key]))[key];
    // Separate storages over the same database stand for separate bot instances.
    const writers = Array.from({ length: 8 }, (_, index) => ({ index, storage: new DatabaseStorage(handle.db) }));
    const outcomes = await Promise.allSettled(writers.map(({ index, storage: writer }) => writer.write({ [key]: { ...base, writer: index } })));

    const winners = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
    expect(winners).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(String(outcome.reason)).toContain('eTag conflict');
    }
    expect((await storage.read([key]))[key].writer).toBe(winners[0]);
  });

  it('lets exactly one of two instances create an item that both believe is new', async () => {
    const key = freshKey();
    const outcomes = await Promise.allSettled(
      ['a', 'b'].map((who) => new DatabaseStorage(handle.db).write({ [key]: { who, eTag: 'expected-fresh' } })),
    );
    // Whoever comes second finds a row carrying an eTag it has never seen, so it must fail.
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
  });

  it('writes a batch all-or-nothing', async () => {
    const good = freshKey();
    const contested = freshKey();
    await storage.write({ [contested]: { v: 'first' } });
    const stale = (await storage.read([contested]))[contested];
    await storage.write({ [contested]: { ...stale, v: 'second' } });

    await expect(storage.write({ [good]: { v: 'fine' }, [contested]: { ...stale, v: 'stale' } })).rejects.toThrow('eTag conflict');
    await expect(storage.read([good])).resolves.toEqual({});
    expect((await storage.read([contested]))[contested].v).toBe('second');
  });

  it('deletes the given keys only, and ignores keys that do not exist', async () => {
    const [a, b, c] = [freshKey(), freshKey(), freshKey()];
    await storage.write({ [a]: { v: 'a' }, [b]: { v: 'b' }, [c]: { v: 'c' } });
    await storage.delete([a, c, freshKey()]);
    const left = await storage.read([a, b, c]);
    expect(Object.keys(left)).toEqual([b]);
    await storage.delete([]);
    // A deleted item can be written again with its old eTag, as with MemoryStorage.
    await storage.write({ [a]: { v: 'again', eTag: 'gone' } });
    expect((await storage.read([a]))[a].v).toBe('again');
  });

  it('keeps conversation and user state across turns and across bot instances', async () => {
    const turn = async (state: Storage, text: string): Promise<string[]> => {
      const conversationState = new ConversationState(state);
      const userState = new UserState(state);
      const turns = conversationState.createProperty<number>('turns');
      const names = userState.createProperty<string[]>('said');
      const replies: string[] = [];
      const adapter = new TestAdapter(async (context) => {
        const count = (await turns.get(context, 0)) + 1;
        await turns.set(context, count);
        const said = [...(await names.get(context, [])), context.activity.text ?? ''];
        await names.set(context, said);
        await conversationState.saveChanges(context);
        await userState.saveChanges(context);
        replies.push(`${count}:${said.join(',')}`);
      });
      await adapter.send(text).startTest();
      return replies;
    };

    // Each turn runs on a new storage object, as if the load balancer picked another instance.
    expect(await turn(new DatabaseStorage(handle.db), 'hello')).toEqual(['1:hello']);
    expect(await turn(new DatabaseStorage(handle.db), 'again')).toEqual(['2:hello,again']);
  });
});
