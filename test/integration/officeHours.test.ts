import type * as Graph from '@microsoft/microsoft-graph-types';
import { AppTokenProvider } from '../../src/auth/appTokenProvider';
import { createLogger } from '../../src/log';
import { ALEX, BotClient, TENANT_ID, cardOf, cardTexts } from '../support/botClient';
import { useTestStack } from '../support/testStack';
import { only, proposalIdOf } from '../support/calendarKit';

// Wednesday 18 November 2026, 09:30 in Los Angeles (Alex's mailbox zone).
const NOW = '2026-11-18T17:30:00Z';
const PST = { Prefer: 'outlook.timezone="Pacific Standard Time"' };

/** The data of the card's Action.Execute with this verb. */
function actionData(card: unknown, verb: string): Record<string, string> {
  const m = new RegExp(`"verb":"${verb.replace('.', '\\.')}","data":(\\{[^}]*\\})`).exec(JSON.stringify(card));
  if (!m) throw new Error(`no ${verb} on ${JSON.stringify(card)}`);
  return JSON.parse(m[1]) as Record<string, string>;
}

describe('office hours by conversation', () => {
  const stack = useTestStack(NOW);
  beforeEach(async () => {
    stack.clock.freeze(new Date(NOW));
    const reset = await fetch(`${stack.sim.url}/_sim/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seed: 'demo' }) });
    expect(reset.ok).toBe(true);
  });

  /** Alex's office hours series, as Graph has them. */
  async function officeHoursSeries(): Promise<Graph.Event[]> {
    const events = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX.aadObjectId}/events?$top=100`, PST);
    return events.value.filter((e) => e.subject === 'Office hours' && e.type === 'seriesMaster');
  }

  async function occurrences(seriesId: string, from: string, to: string): Promise<Graph.Event[]> {
    const view = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX.aadObjectId}/events/${seriesId}/instances?startDateTime=${from}&endDateTime=${to}`, PST);
    return view.value;
  }

  test('hold, show, then change before any was held: each confirmed on a card, each visible in Graph', async () => {
    const client = new BotClient(stack.assistant.url);

    // Hold: a weekly Teams series from the first Tuesday ahead, with no end.
    const proposed = cardOf(only(await client.say('hold office hours every Tuesday 2–4pm')));
    expect(cardTexts(proposed)).toEqual(
      expect.arrayContaining(['Schedule this series?', 'Office hours', 'Tue, Nov 24, 2:00 – 4:00 PM (Pacific Time)', 'Every Tuesday', 'Microsoft Teams meeting']),
    );
    expect(await officeHoursSeries()).toEqual([]);
    const scheduled = await client.execute('event.confirm', { proposalId: proposalIdOf(proposed) });
    expect(cardTexts(scheduled.body.value)[0]).toBe('Scheduled: Office hours');
    const held = only(await officeHoursSeries());
    expect(held.recurrence?.pattern).toMatchObject({ type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] });
    expect(held.recurrence?.range).toMatchObject({ type: 'noEnd', startDate: '2026-11-24' });
    expect(held.start?.dateTime).toBe('2026-11-24T14:00:00.0000000');
    expect(held.end?.dateTime).toBe('2026-11-24T16:00:00.0000000');
    expect(held.isOnlineMeeting).toBe(true);
    // Kept busy, so nobody (this assistant included) books other meetings over them.
    expect(held.showAs).toBe('busy');
    expect((await occurrences(held.id!, '2026-11-23T00:00:00Z', '2026-12-09T00:00:00Z')).map((o) => o.start?.dateTime)).toEqual([
      '2026-11-24T14:00:00.0000000',
      '2026-12-01T14:00:00.0000000',
      '2026-12-08T14:00:00.0000000',
    ]);

    // Show: the series, its next one, and its buttons.
    const shown = cardOf(only(await client.say('show my office hours')));
    expect(cardTexts(shown)).toEqual(expect.arrayContaining(['Your office hours', 'Every Tuesday, 2:00 – 4:00 PM', 'Next: Tue, Nov 24 · Teams meeting', 'Change', 'End']));
    expect(actionData(shown, 'officeHours.end')).toEqual({ seriesId: held.id });

    // Change (the recogniser reads this as moving a meeting; it is about the series).
    const change = cardOf(only(await client.say('change my office hours to Wednesday 3-5pm')));
    expect(cardTexts(change)).toEqual(
      expect.arrayContaining(['Change your office hours?', 'Every Tuesday, 2:00 – 4:00 PM', 'Every Wednesday, 3:00 – 5:00 PM', 'Wed, Nov 18, 3:00 – 5:00 PM (Pacific Time)', 'Change them']),
    );
    expect(only(await officeHoursSeries()).id).toBe(held.id);
    const changed = await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(change) });
    expect(cardTexts(changed.body.value)[0]).toBe('Changed your office hours');
    // None of the Tuesday ones had been held, so that series is gone; the new one starts today.
    const moved = only(await officeHoursSeries());
    expect(moved.id).not.toBe(held.id);
    expect(moved.recurrence?.pattern?.daysOfWeek).toEqual(['wednesday']);
    expect(moved.recurrence?.range).toMatchObject({ type: 'noEnd', startDate: '2026-11-18' });
    expect(moved.start?.dateTime).toBe('2026-11-18T15:00:00.0000000');
    expect(moved.isOnlineMeeting).toBe(true);
    // A second press changes nothing more.
    const again = await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(change) });
    expect(cardTexts(again.body.value)[0]).toBe('Changed your office hours');
    expect(await officeHoursSeries()).toHaveLength(1);

  });

  /** Office hours Alex has held every Tuesday 2–4pm since 27 October, put there directly through Graph. */
  async function seedHeldOfficeHours(): Promise<string> {
    const tokens = new AppTokenProvider({ ...stack.config.entra, logger: createLogger('silent') });
    const token = await tokens.getAccessToken({ tenantId: TENANT_ID, aadObjectId: '' });
    const res = await fetch(`${stack.sim.url}/v1.0/users/${ALEX.aadObjectId}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: 'Office hours',
        start: { dateTime: '2026-10-27T14:00:00', timeZone: 'Pacific Standard Time' },
        end: { dateTime: '2026-10-27T16:00:00', timeZone: 'Pacific Standard Time' },
        isOnlineMeeting: true,
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
          range: { type: 'noEnd', startDate: '2026-10-27', recurrenceTimeZone: 'Pacific Standard Time' },
        },
      }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as Graph.Event).id!;
  }

  test('ending office hours already held: the series stops after the last one, which stays on the calendar', async () => {
    const seriesId = await seedHeldOfficeHours();
    const client = new BotClient(stack.assistant.url);
    const end = cardOf(only(await client.say('end my office hours')));
    expect(cardTexts(end)).toEqual(expect.arrayContaining(['End your office hours?', 'Office hours, Every Tuesday, 2:00 – 4:00 PM', 'End them']));
    expect(cardTexts(end).join(' ')).toContain('After the last one held, on Tue, Nov 17. The ones held stay on your calendar.');
    expect(only(await officeHoursSeries()).recurrence?.range?.type).toBe('noEnd');
    const ended = await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(end) });
    expect(cardTexts(ended.body.value)).toEqual(['Ended your office hours', 'The last one was on 2026-11-17; it stays on your calendar.']);
    const cut = only(await officeHoursSeries());
    expect(cut.id).toBe(seriesId);
    expect(cut.recurrence?.range).toMatchObject({ type: 'endDate', startDate: '2026-10-27', endDate: '2026-11-17' });
    expect((await occurrences(seriesId, '2026-10-01T00:00:00Z', '2027-01-01T00:00:00Z')).map((o) => (o.start?.dateTime ?? '').slice(0, 10))).toEqual([
      '2026-10-27',
      '2026-11-03',
      '2026-11-10',
      '2026-11-17',
    ]);
    expect(cardTexts(cardOf(only(await client.say('show my office hours'))))[0]).toBe("You don't hold office hours");
  });

  test('changing office hours already held: the old series stops after its last one, the new one runs from the next Thursday', async () => {
    const oldId = await seedHeldOfficeHours();
    const client = new BotClient(stack.assistant.url);
    const change = cardOf(only(await client.say('move my office hours to Thursday 10-11am')));
    expect(cardTexts(change)).toEqual(expect.arrayContaining(['Change your office hours?', 'Every Thursday, 10:00 – 11:00 AM', 'Thu, Nov 19, 10:00 – 11:00 AM (Pacific Time)']));
    await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(change) });
    const series = await officeHoursSeries();
    expect(series).toHaveLength(2);
    const old = series.find((s) => s.id === oldId)!;
    expect(old.recurrence?.range).toMatchObject({ type: 'endDate', endDate: '2026-11-17' });
    const now = series.find((s) => s.id !== oldId)!;
    expect(now.recurrence?.pattern?.daysOfWeek).toEqual(['thursday']);
    expect(now.start?.dateTime).toBe('2026-11-19T10:00:00.0000000');
    // Only the new one is current office hours now.
    const shown = cardTexts(cardOf(only(await client.say('show my office hours'))));
    expect(shown).toContain('Every Thursday, 10:00 – 11:00 AM');
    expect(shown).not.toContain('Every Tuesday, 2:00 – 4:00 PM');
  });

  test('asked when, "make it Tuesday 2-4pm" is the office hours\' day and hours', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(only(await client.say('set up office hours')).text).toMatch(/^When should your office hours be\?/);
    const proposed = cardTexts(cardOf(only(await client.say('make it Tuesday 2-4pm'))));
    expect(proposed).toEqual(expect.arrayContaining(['Schedule this series?', 'Office hours', 'Tue, Nov 24, 2:00 – 4:00 PM (Pacific Time)', 'Every Tuesday']));
  });

  test('"move my office hours to 3-5pm": hours alone keep the series\' day (Tuesday)', async () => {
    await seedHeldOfficeHours();
    const client = new BotClient(stack.assistant.url);
    const change = cardOf(only(await client.say('move my office hours to 3-5pm')));
    expect(cardTexts(change)).toEqual(expect.arrayContaining(['Change your office hours?', 'Every Tuesday, 3:00 – 5:00 PM']));
  });

  test('the card\'s own buttons: Change with the form\'s values, and "cancel my office hours" before any was held deletes the series', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposed = cardOf(only(await client.say('hold office hours every Thursday 1-2pm')));
    await client.execute('event.confirm', { proposalId: proposalIdOf(proposed) });
    const held = only(await officeHoursSeries());

    const shown = cardOf(only(await client.say('what are my office hours?')));
    const form = actionData(shown, 'officeHours.change');
    expect(form).toEqual({ seriesId: held.id, key: '0' });
    expect(JSON.stringify(shown)).toContain('"id":"start0","label":"From (Pacific Time)","value":"13:00"');
    const review = await client.execute('officeHours.change', { ...form, day0: 'friday', start0: '10:00', end0: '11:30' });
    expect(cardTexts(review.body.value)).toEqual(expect.arrayContaining(['Change your office hours?', 'Every Friday, 10:00 – 11:30 AM']));
    // Dropped: nothing changes.
    const dropped = await client.execute('calendarChange.discard', { proposalId: proposalIdOf(review.body.value) });
    expect(cardTexts(dropped.body.value)).toEqual(['Cancelled', 'Nothing was changed.']);
    expect(only(await officeHoursSeries()).id).toBe(held.id);

    // The recogniser takes "cancel my ..." for cancelling a meeting; this one is about the series.
    const end = cardOf(only(await client.say('cancel my office hours')));
    expect(cardTexts(end).join(' ')).toContain('None has been held yet, so the whole series will be deleted.');
    const ended = await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(end) });
    expect(cardTexts(ended.body.value)[0]).toBe('Ended your office hours');
    expect(await officeHoursSeries()).toEqual([]);
  });
});

describe('office hours asked for in the middle of another conversation', () => {
  const stack = useTestStack(NOW);

  test('"show my office hours" while the bot waits for a meeting time is taken as the new request', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(only(await client.say('schedule a meeting with adele')).text).toMatch(/When should it be\?/);
    const replies = await client.say('show my office hours');
    expect(replies[0].text).toBe("I've set aside what we were doing to look at this instead.");
    expect(cardTexts(cardOf(replies[1]))[0]).toBe("You don't hold office hours");
  });
});
