import type * as Graph from '@microsoft/microsoft-graph-types';
import { ALEX, BotClient, cardOf, cardTexts } from '../support/botClient';
import { useTestStack } from '../support/testStack';
import { only, proposalIdOf } from '../support/calendarKit';

// Wednesday 18 November 2026, 09:30 in Los Angeles (Alex's mailbox zone).
const NOW = '2026-11-18T17:30:00Z';
const MEGAN = '00000000-0000-0000-0000-0000000000021';
const PST = { Prefer: 'outlook.timezone="Pacific Standard Time"' };

describe('calendars by conversation', () => {
  const stack = useTestStack(NOW);
  beforeEach(async () => {
    const reset = await fetch(`${stack.sim.url}/_sim/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seed: 'demo' }) });
    expect(reset.ok).toBe(true);
  });

  async function calendars(): Promise<Graph.Calendar[]> {
    return (await stack.graphGet<{ value: Graph.Calendar[] }>(`/users/${ALEX.aadObjectId}/calendars`)).value;
  }

  async function subjectsIn(calendarId: string | undefined): Promise<string[]> {
    const path = calendarId ? `/calendars/${calendarId}/events` : '/calendar/events';
    const events = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX.aadObjectId}${path}?$top=100`, PST);
    return events.value.map((e) => e.subject ?? '');
  }

  async function createProjects(client: BotClient): Promise<string> {
    const proposal = cardOf(only(await client.say('create a calendar called Projects')));
    expect(cardTexts(proposal)).toEqual(expect.arrayContaining(['Create this calendar?', 'Projects', 'Create', 'Cancel']));
    const done = await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(proposal) });
    expect(cardTexts(done.body.value)[0]).toBe('Created the Projects calendar');
    return only((await calendars()).filter((c) => c.name === 'Projects')).id!;
  }

  test('"list my calendars", "create a calendar called Projects", and the list again', async () => {
    const client = new BotClient(stack.assistant.url);
    const before = cardTexts(cardOf(only(await client.say('list my calendars'))));
    expect(before).toEqual(['You have one calendar', 'Calendar', 'Default', 'Alex Wilber']);

    const proposal = cardOf(only(await client.say('create a calendar called Projects')));
    // Nothing exists before Create.
    expect((await calendars()).map((c) => c.name)).toEqual(['Calendar']);
    const done = await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(proposal) });
    expect(cardTexts(done.body.value)[0]).toBe('Created the Projects calendar');
    // A second press creates nothing more.
    await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(proposal) });
    expect((await calendars()).map((c) => c.name).sort()).toEqual(['Calendar', 'Projects']);

    const after = cardTexts(cardOf(only(await client.say('what calendars do I have?'))));
    expect(after).toEqual(['Your 2 calendars', 'Calendar', 'Default', 'Alex Wilber', 'Projects', ' ', 'Alex Wilber']);
  });

  test('a name already taken: said at once when asking, and Graph\'s 409 explained when two proposals race', async () => {
    const client = new BotClient(stack.assistant.url);
    await createProjects(client);
    expect(only(await client.say('create a calendar called projects')).text).toBe('You already have a calendar called "Projects".');

    const first = cardOf(only(await client.say('create a calendar called Archive')));
    const second = cardOf(only(await client.say('create a calendar called Archive')));
    expect(cardTexts((await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(first) })).body.value)[0]).toBe('Created the Archive calendar');
    const refused = await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(second) });
    expect(cardTexts(refused.body.value)).toEqual(['Nothing was changed', 'You already have a calendar called "Archive". Pick another name, or use that one.']);
    expect((await calendars()).filter((c) => c.name === 'Archive')).toHaveLength(1);
  });

  test('"put it in Projects" right after a meeting is proposed: it is created there, not in the main calendar', async () => {
    const client = new BotClient(stack.assistant.url);
    const projects = await createProjects(client);
    const proposed = cardOf(only(await client.say('meet with Megan tomorrow at 2pm about roadmap')));
    const filed = cardOf(only(await client.say('put it in Projects')));
    expect(proposalIdOf(filed)).toBe(proposalIdOf(proposed));
    expect(cardTexts(filed)).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Roadmap', 'Calendar', 'Projects']));
    const done = await client.execute('event.confirm', { proposalId: proposalIdOf(filed) });
    expect(cardTexts(done.body.value)[0]).toBe('Scheduled: Roadmap');
    expect(await subjectsIn(projects)).toEqual(['Roadmap']);
    expect(await subjectsIn(undefined)).not.toContain('Roadmap');
    // Megan's invitation arrives as usual.
    const megan = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${MEGAN}/calendar/events?$top=100`);
    expect(megan.value.filter((e) => e.subject === 'Roadmap')).toHaveLength(1);
  });

  test('"put it in Projects" in another chat does not touch the meeting proposed in this one', async () => {
    const here = new BotClient(stack.assistant.url);
    const elsewhere = new BotClient(stack.assistant.url);
    const projects = await createProjects(here);
    const proposed = cardOf(only(await here.say('meet with Megan tomorrow at 2pm about roadmap')));

    const reply = only(await elsewhere.say('put it in Projects'));
    expect(reply.text).toBe('Which meeting should go in Projects? Set one up, or ask about one first, then say "put it in Projects".');
    // Scheduled from this chat's card, it goes where this chat left it: the main calendar.
    const done = await here.execute('event.confirm', { proposalId: proposalIdOf(proposed) });
    expect(cardTexts(done.body.value)[0]).toBe('Scheduled: Roadmap');
    expect(await subjectsIn(undefined)).toContain('Roadmap');
    expect(await subjectsIn(projects)).toEqual([]);
  });

  test('"put it in Projects" for a meeting already created: copied there, then the original deleted, once', async () => {
    const client = new BotClient(stack.assistant.url);
    const projects = await createProjects(client);
    const proposed = cardOf(only(await client.say('set up 30 minutes tomorrow at 4pm about planning notes')));
    await client.execute('event.confirm', { proposalId: proposalIdOf(proposed) });
    expect(await subjectsIn(undefined)).toContain('Planning notes');

    const move = cardOf(only(await client.say('put it in Projects')));
    expect(cardTexts(move)).toEqual(expect.arrayContaining(['Move it to Projects?', 'Planning notes', 'Thu, Nov 19, 4:00 – 4:30 PM (Pacific Time)', 'Move']));
    const [a, b] = await Promise.all([
      client.execute('calendarChange.confirm', { proposalId: proposalIdOf(move) }),
      client.execute('calendarChange.confirm', { proposalId: proposalIdOf(move) }),
    ]);
    expect(cardTexts(a.body.value)[0]).toBe('Moved Planning notes to Projects');
    expect(cardTexts(b.body.value)[0]).toBe('Moved Planning notes to Projects');
    expect(await subjectsIn(projects)).toEqual(['Planning notes']);
    expect(await subjectsIn(undefined)).not.toContain('Planning notes');
    const copy = only((await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX.aadObjectId}/calendars/${projects}/events`, PST)).value);
    expect(copy.start?.dateTime).toBe('2026-11-19T16:00:00.0000000');
    expect(copy.end?.dateTime).toBe('2026-11-19T16:30:00.0000000');

    // Still the user's meeting: the agenda and questions about it find it in Projects.
    const agenda = cardTexts(cardOf(only(await client.say("what's on tomorrow?"))));
    expect(agenda.slice(agenda.indexOf('4:00 PM'), agenda.indexOf('4:00 PM') + 3)).toEqual(['4:00 PM', '4:30 PM', 'Planning notes']);
    const moving = cardOf(only(await client.say('move my 4pm tomorrow to 5pm')));
    expect(cardTexts(moving)).toEqual(expect.arrayContaining(['Planning notes']));
    await client.execute('meeting.confirm', { proposalId: proposalIdOf(moving) });
    const moved = only((await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX.aadObjectId}/calendars/${projects}/events`, PST)).value);
    expect(moved.start?.dateTime).toBe('2026-11-19T17:00:00.0000000');
  });

  test('a meeting named: "put my focus time in the Projects calendar" finds it, as a change would, and moves it there', async () => {
    const projects = await createProjects(new BotClient(stack.assistant.url));
    // A new chat (each client has its own): no meeting has been talked about, so "it" would mean nothing here.
    const client = new BotClient(stack.assistant.url);
    const move = cardOf(only(await client.say('put my focus time in the Projects calendar')));
    expect(cardTexts(move)).toEqual(expect.arrayContaining(['Move it to Projects?', 'Focus time', 'Wed, Nov 18, 10:30 – 11:30 AM (Pacific Time)']));
    await client.execute('calendarChange.confirm', { proposalId: proposalIdOf(move) });
    expect(await subjectsIn(projects)).toEqual(['Focus time']);
    expect(only(await client.say('put the unicorn review in my Projects calendar')).text).toBe(
      'I found no meeting called "unicorn review" between today and 30 days from now.',
    );
  });

  test('"put it in" a calendar that does not exist: the answer names the ones that do', async () => {
    const client = new BotClient(stack.assistant.url);
    const reply = only(await client.say('put it in Hobbies'));
    expect(reply.text).toBe('You have no calendar called "Hobbies". Your calendars are Calendar. To make one, say "create a calendar called Hobbies".');
  });
});
