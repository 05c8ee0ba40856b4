import type * as Graph from '@microsoft/microsoft-graph-types';
import { ALEX, BotClient, cardOf, cardTexts } from '../support/botClient';
import { useTestStack } from '../support/testStack';
import { only } from '../support/calendarKit';

// Wednesday 18 November 2026, 09:30 in Los Angeles (Alex's mailbox zone).
const NOW = '2026-11-18T17:30:00Z';
const MEGAN = '00000000-0000-0000-0000-0000000000021';
const ADELE = '00000000-0000-0000-0000-0000000000022';
const PST = { Prefer: 'outlook.timezone="Pacific Standard Time"' };

interface Suggestion {
  title: string;
  searchId: string;
  start: string;
}

/** The Action.Execute buttons of a suggestions card, in order. */
function suggestionsOf(card: unknown): Suggestion[] {
  const found: Suggestion[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Execute' && n.verb === 'findTime.pick') {
      const data = n.data as { searchId: string; start: string };
      found.push({ title: String(n.title), searchId: data.searchId, start: data.start });
    }
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

describe('finding a time to meet by conversation', () => {
  const stack = useTestStack(NOW);

  async function eventsOn(userId: string, subject: string): Promise<Graph.Event[]> {
    const view = await stack.graphGet<{ value: Graph.Event[] }>(
      `/users/${userId}/calendarView?startDateTime=2026-11-16T00:00:00Z&endDateTime=2026-12-05T00:00:00Z&$top=300`,
      PST,
    );
    return view.value.filter((e) => e.subject === subject && !e.isCancelled);
  }

  test('"when can Megan, Adele and I meet next week for an hour?": only the hour all three work days share, then the usual proposal, then the meeting in all three calendars', async () => {
    const client = new BotClient(stack.assistant.url);
    const card = cardOf(only(await client.say('when can Megan, Adele and I meet next week for an hour?')));
    const texts = cardTexts(card);
    expect(texts).toEqual(
      expect.arrayContaining(['Times you, Megan and Adele are free', 'Megan Bowen, Adele Vance', '1 hour', "Mon, Nov 23 – Sun, Nov 29, within everyone's working hours"]),
    );
    const suggestions = suggestionsOf(card);
    // Alex works 8–17 Pacific, Megan 9–17 Eastern (6–14 Pacific), Adele 9–17 London (1–9
    // Pacific): the only common hour is 8–9 AM Pacific, on each working day of next week.
    expect(suggestions.map((s) => s.title)).toEqual([
      'Mon, Nov 23, 8:00 – 9:00 AM',
      'Tue, Nov 24, 8:00 – 9:00 AM',
      'Wed, Nov 25, 8:00 – 9:00 AM',
      'Thu, Nov 26, 8:00 – 9:00 AM',
      'Fri, Nov 27, 8:00 – 9:00 AM',
    ]);
    expect(suggestions[0].start).toBe('2026-11-23T16:00:00.000Z');

    // Nothing is booked by looking.
    expect(await eventsOn(ALEX.aadObjectId, 'Meeting with Megan and Adele')).toEqual([]);

    const picked = await client.execute('findTime.pick', { searchId: suggestions[1].searchId, start: suggestions[1].start });
    expect(picked.status).toBe(200);
    const proposal = cardTexts(picked.body.value);
    expect(proposal).toEqual(
      expect.arrayContaining(['Schedule this meeting?', 'Meeting with Megan and Adele', 'Tue, Nov 24, 8:00 – 9:00 AM (Pacific Time)', 'Microsoft Teams meeting', 'Schedule', 'Edit', 'Cancel']),
    );
    expect(proposal).not.toContain('Conflicts');
    const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(JSON.stringify(picked.body.value))![1];

    // The same button pressed again shows the same proposal, not a second one.
    const again = await client.execute('findTime.pick', { searchId: suggestions[1].searchId, start: suggestions[1].start });
    expect(JSON.stringify(again.body.value)).toContain(proposalId);

    const done = await client.execute('event.confirm', { proposalId });
    expect(cardTexts(done.body.value)[0]).toBe('Scheduled: Meeting with Megan and Adele');
    const created = only(await eventsOn(ALEX.aadObjectId, 'Meeting with Megan and Adele'));
    expect(created.start).toEqual({ dateTime: '2026-11-24T08:00:00.0000000', timeZone: 'Pacific Standard Time' });
    expect(created.end?.dateTime).toBe('2026-11-24T09:00:00.0000000');
    expect(created.isOnlineMeeting).toBe(true);
    expect(created.attendees?.map((a) => a.emailAddress?.address).sort()).toEqual(['adelev@example.com', 'meganb@example.com']);
    // Each invitee's copy, at the same instant (their own working hours, in their zones).
    const megans = only(await stack.graphGet<{ value: Graph.Event[] }>(
      `/users/${MEGAN}/calendarView?startDateTime=2026-11-24T00:00:00Z&endDateTime=2026-11-25T00:00:00Z`,
      { Prefer: 'outlook.timezone="Eastern Standard Time"' },
    ).then((v) => v.value.filter((e) => e.subject === 'Meeting with Megan and Adele')));
    expect(megans.start?.dateTime).toBe('2026-11-24T11:00:00.0000000');
    const adeles = only(await stack.graphGet<{ value: Graph.Event[] }>(
      `/users/${ADELE}/calendarView?startDateTime=2026-11-24T00:00:00Z&endDateTime=2026-11-25T00:00:00Z`,
      { Prefer: 'outlook.timezone="GMT Standard Time"' },
    ).then((v) => v.value.filter((e) => e.subject === 'Meeting with Megan and Adele')));
    expect(adeles.start?.dateTime).toBe('2026-11-24T16:00:00.0000000');
  });

  test('a time nobody can make: the card says why (Patti is out of office all day tomorrow) and offers no buttons', async () => {
    const client = new BotClient(stack.assistant.url);
    const card = cardOf(only(await client.say('find a time with Patti tomorrow')));
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['No time works for everyone', 'Patti is out of office the whole time.']));
    expect(suggestionsOf(card)).toEqual([]);
  });

  test('no window said: the next five working days, from now, around what the user already has', async () => {
    const client = new BotClient(stack.assistant.url);
    const card = cardOf(only(await client.say('find a time to meet with Megan')));
    const suggestions = suggestionsOf(card);
    expect(suggestions).toHaveLength(5);
    const starts = suggestions.map((s) => Date.parse(s.start));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(Date.parse(NOW));
    // Today 10:30–11:30 is Alex's focus time: no suggestion overlaps it.
    for (const s of starts) expect(s + 30 * 60000 <= Date.parse('2026-11-18T18:30:00Z') || s >= Date.parse('2026-11-18T19:30:00Z')).toBe(true);
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['30 minutes']));
    // From now through the fifth working day (Wednesday to Tuesday), not to "12:00 AM" of the day after.
    expect(cardTexts(card)).toEqual(expect.arrayContaining(["Wed, Nov 18, 9:30 AM – Tue, Nov 24, within everyone's working hours"]));
    // Within Megan's day (ends 17:00 Eastern = 14:00 Pacific) and Alex's (starts 08:00 Pacific).
    const pacific = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Los_Angeles', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (const s of starts) {
      const [h, m] = pacific.format(new Date(s)).split(':').map(Number);
      expect(h * 60 + m).toBeGreaterThanOrEqual(8 * 60);
      expect(h * 60 + m + 30).toBeLessThanOrEqual(14 * 60);
    }
  });

  test('someone outside the organisation: their calendar cannot be seen, and the card says the times fit everyone else', async () => {
    const client = new BotClient(stack.assistant.url);
    const card = cardOf(only(await client.say('find a time with Megan and bob@contoso.com tomorrow')));
    expect(cardTexts(card)).toEqual(expect.arrayContaining(["I can't see bob@contoso.com's calendar, so these times fit everyone else.", 'Megan Bowen, bob@contoso.com']));
    const [first] = suggestionsOf(card);
    const picked = await client.execute('findTime.pick', { searchId: first.searchId, start: first.start });
    expect(cardTexts(picked.body.value)).toEqual(expect.arrayContaining(['Megan Bowen (meganb@example.com), bob@contoso.com']));
  });

  test('"is megan free at 8am on monday?": the answer first, for that time; at 3pm (after her working day) not, said so, and nothing later that day', async () => {
    const client = new BotClient(stack.assistant.url);
    const free = cardOf(only(await client.say('is megan free at 8am on monday?')));
    expect(cardTexts(free)).toEqual(expect.arrayContaining(['You and Megan are free at Mon, Nov 23, 8:00 AM', 'Megan Bowen', 'Mon, Nov 23, from 8:00 AM, within everyone\'s working hours']));
    expect(suggestionsOf(free)[0].title).toBe('Mon, Nov 23, 8:00 – 8:30 AM');
    // Megan works 9–17 Eastern, which is over by 3pm Pacific.
    const busy = cardOf(only(await client.say('is megan free at 3pm on monday?')));
    expect(cardTexts(busy)).toEqual(expect.arrayContaining(['Not everyone is free at Mon, Nov 23, 3:00 PM', 'No time works for everyone', "That's outside Megan's working hours."]));
    // Asked as whether it suits her, the same answer.
    expect(cardTexts(cardOf(only(await client.say('does 3pm monday work for megan?'))))).toEqual(expect.arrayContaining(["That's outside Megan's working hours."]));
    expect(suggestionsOf(busy)).toEqual([]);
  });

  test('a suggestion that was never offered is refused', async () => {
    const client = new BotClient(stack.assistant.url);
    const card = cardOf(only(await client.say('find a time with Megan tomorrow')));
    const [first] = suggestionsOf(card);
    const forged = await client.execute('findTime.pick', { searchId: first.searchId, start: '2026-11-19T03:00:00.000Z' });
    expect(cardTexts(forged.body.value)[0]).toBe('This card is no longer active');
  });
});
