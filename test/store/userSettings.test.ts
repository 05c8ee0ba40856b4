import { DEFAULT_USER_SETTINGS, UserSettingsStore } from '../../src/store/userSettings';
import { engines, useTestDatabase } from './testDatabase';

const TENANT = 'tenant-1';

describe.each(engines)('user settings on %s', (engine) => {
  const handle = useTestDatabase(engine, ['user_settings']);
  let settings: UserSettingsStore;

  beforeAll(() => {
    settings = new UserSettingsStore(handle.db);
  });

  it('gives a user who never changed anything the defaults, without storing a row', async () => {
    expect(await settings.get(TENANT, 'new-user')).toEqual({
      reminderLeadMinutes: 60,
      timeZone: null,
      remindersEnabled: true,
      dailyDigestEnabled: false,
      dailyDigestTime: '08:00',
    });
    expect(await settings.list()).toEqual([]);
  });

  it('uses the same defaults in the database as in code for fields never set', async () => {
    const stored = await settings.update(TENANT, 'ada', { dailyDigestEnabled: true });
    expect(stored).toEqual({ ...DEFAULT_USER_SETTINGS, dailyDigestEnabled: true });
  });

  it('changes only the fields given, and keeps them per user', async () => {
    await settings.update(TENANT, 'ada', { reminderLeadMinutes: 15, timeZone: 'Europe/London' });
    await settings.update(TENANT, 'ada', { remindersEnabled: false, dailyDigestTime: '07:30' });
    await settings.update(TENANT, 'bob', { timeZone: 'America/New_York' });

    expect(await settings.get(TENANT, 'ada')).toEqual({
      reminderLeadMinutes: 15,
      timeZone: 'Europe/London',
      remindersEnabled: false,
      dailyDigestEnabled: false,
      dailyDigestTime: '07:30',
    });
    expect(await settings.get(TENANT, 'bob')).toEqual({ ...DEFAULT_USER_SETTINGS, timeZone: 'America/New_York' });
    expect(await settings.get('another-tenant', 'ada')).toEqual(DEFAULT_USER_SETTINGS);
    expect((await settings.list()).map((row) => [row.aadObjectId, row.timeZone])).toEqual([
      ['ada', 'Europe/London'],
      ['bob', 'America/New_York'],
    ]);
  });

  it('clears the time zone override with null and leaves it alone when absent', async () => {
    await settings.update(TENANT, 'ada', { timeZone: 'Asia/Tokyo' });
    expect((await settings.update(TENANT, 'ada', { reminderLeadMinutes: 5 })).timeZone).toBe('Asia/Tokyo');
    expect((await settings.update(TENANT, 'ada', { timeZone: null })).timeZone).toBeNull();
  });

  it('returns the current settings for an empty update', async () => {
    await settings.update(TENANT, 'ada', { reminderLeadMinutes: 30 });
    expect((await settings.update(TENANT, 'ada', {})).reminderLeadMinutes).toBe(30);
  });

  it.each([
    [{ reminderLeadMinutes: -1 }, /reminderLeadMinutes/],
    [{ reminderLeadMinutes: 2.5 }, /reminderLeadMinutes/],
    [{ reminderLeadMinutes: 7 * 24 * 60 + 1 }, /reminderLeadMinutes/],
    [{ timeZone: 'Mars/Olympus_Mons' }, /unknown time zone/],
    [{ dailyDigestTime: '24:00' }, /HH:MM/],
    [{ dailyDigestTime: '7:30' }, /HH:MM/],
  ])('rejects %p and stores nothing', async (changes, message) => {
    await expect(settings.update(TENANT, 'ada', changes)).rejects.toThrow(message);
    expect(await settings.list()).toEqual([]);
  });

  it('keeps both of two concurrent updates to different fields', async () => {
    await Promise.all([
      settings.update(TENANT, 'ada', { reminderLeadMinutes: 10 }),
      settings.update(TENANT, 'ada', { dailyDigestEnabled: true }),
      settings.update(TENANT, 'ada', { timeZone: 'Europe/Paris' }),
    ]);
    expect(await settings.get(TENANT, 'ada')).toEqual({
      ...DEFAULT_USER_SETTINGS,
      reminderLeadMinutes: 10,
      dailyDigestEnabled: true,
      timeZone: 'Europe/Paris',
    });
  });
});
