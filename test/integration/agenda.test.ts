import type * as Graph from '@microsoft/microsoft-graph-types';
import { ALEX, BotClient, cardOf, cardTexts } from '../support/botClient';
import { executeActions } from '../support/playgroundStack';
import { useTestStack } from '../support/testStack';

// Wednesday 18 November 2026, 09:30 in Los Angeles (Alex's mailbox zone in the demo tenant).
const NOW = '2026-11-18T17:30:00Z';

describe('the bot over real HTTP, with the Graph stand-in', () => {
  const stack = useTestStack(NOW);

  test('a new chat gets a welcome card that says what the assistant can do', async () => {
    const replies = await new BotClient(stack.assistant.url).joins();
    expect(replies).toHaveLength(1);
    const texts = cardTexts(cardOf(replies[0]));
    expect(texts[0]).toBe("Hi Alex, I'm your calendar and mail assistant");
    expect(texts.join('\n')).toContain("what's on my calendar today?");
  });

  test.each(["what's on my calendar today?", 'today', 'my agenda'])('"%s" shows today\'s seeded events in Alex\'s time zone', async (utterance) => {
    const settings = await stack.graphGet<Graph.MailboxSettings>(`/users/${ALEX.aadObjectId}/mailboxSettings`);
    expect(settings.timeZone).toBe('Pacific Standard Time');
    // Today in Los Angeles is 2026-11-18 (UTC-8).
    const view = await stack.graphGet<{ value: Graph.Event[] }>(
      `/users/${ALEX.aadObjectId}/calendarView?startDateTime=2026-11-18T08:00:00Z&endDateTime=2026-11-19T08:00:00Z&$orderby=start/dateTime&$top=100`,
      { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    );
    const expected = view.value.filter((e) => !e.isCancelled);
    expect(expected.length).toBeGreaterThanOrEqual(3);

    const replies = await new BotClient(stack.assistant.url).say(utterance);
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    const texts = cardTexts(card);
    expect(texts[0]).toBe('Today, Wednesday, November 18');
    expect(texts[1]).toBe(`${expected.length} events · times in Pacific Time`);
    for (const event of expected) {
      expect(texts).toContain(event.subject);
      if (!event.isAllDay) {
        const [h, m] = event.start!.dateTime!.slice(11, 16).split(':').map(Number);
        const label = `${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
        expect(texts).toContain(label);
      }
    }
    const joinUrls = JSON.stringify(card).match(/https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^"]+/g) ?? [];
    const expectedJoins = expected.map((e) => e.onlineMeeting?.joinUrl).filter(Boolean);
    expect(expectedJoins.length).toBeGreaterThan(0);
    expect(joinUrls.sort()).toEqual([...expectedJoins].sort());
  });

  test('details opened from the agenda lead back to it; details asked for by name, or a Back whose range was tampered with, do not', async () => {
    const client = new BotClient(stack.assistant.url);
    const agenda = cardOf((await client.say("what's on my calendar today?"))[0]);
    const details = /"verb":"meeting.details","data":(\{[^}]*\})/.exec(JSON.stringify(agenda));
    const data = JSON.parse(details![1]) as Record<string, string>;
    expect([data.agendaStart, data.agendaEnd]).toEqual(['2026-11-18T08:00:00.000Z', '2026-11-19T08:00:00.000Z']);
    const opened = await client.execute('meeting.details', data);
    expect(cardTexts(opened.body.value)).toContain('Back to agenda');
    const actionData = (card: unknown, title: string): Record<string, unknown> => executeActions(card).find((a) => a.title === title)!.data;
    const back = await client.execute('agenda.show', { agendaStart: data.agendaStart, agendaEnd: data.agendaEnd });
    expect(cardTexts(back.body.value)[0]).toBe('Today, Wednesday, November 18');
    // Details → Move → Back: the details shown again still lead back to the agenda.
    const moveData = actionData(opened.body.value, 'Move');
    expect([moveData.agendaStart, moveData.agendaEnd]).toEqual([data.agendaStart, data.agendaEnd]);
    const form = await client.execute('meeting.moveForm', moveData);
    const again = await client.execute('meeting.details', actionData(form.body.value, 'Back'));
    expect(cardTexts(again.body.value)).toContain('Back to agenda');
    expect(actionData(again.body.value, 'Back to agenda')).toEqual({ agendaStart: data.agendaStart, agendaEnd: data.agendaEnd, agendaWith: '', agendaLimit: '' });

    const byName = cardOf((await client.say('when is the team lunch?'))[0]);
    expect(cardTexts(byName)).not.toContain('Back to agenda');
    for (const range of [{ agendaStart: 'x', agendaEnd: data.agendaEnd }, { agendaStart: data.agendaEnd, agendaEnd: data.agendaStart }, { agendaStart: '2020-01-01T00:00:00Z', agendaEnd: '2030-01-01T00:00:00Z' }]) {
      expect(cardTexts((await client.execute('agenda.show', range)).body.value)[0]).toBe('This card is no longer active');
    }
  });

  test('"what are my next 3 meetings?": the next three still to start, in order, and Back to agenda shows the same three', async () => {
    const view = await stack.graphGet<{ value: Graph.Event[] }>(
      `/users/${ALEX.aadObjectId}/calendarView?startDateTime=${NOW}&endDateTime=2026-12-18T08:00:00Z&$orderby=start/dateTime&$top=100`,
      { Prefer: 'outlook.timezone="UTC"' },
    );
    const next = view.value.filter((e) => !e.isCancelled && !e.isAllDay && Date.parse(`${e.start!.dateTime}Z`) >= Date.parse(NOW)).slice(0, 3);
    expect(next).toHaveLength(3);
    const client = new BotClient(stack.assistant.url);
    const card = cardOf((await client.say('what are my next 3 meetings?'))[0]);
    const texts = cardTexts(card);
    expect(texts.slice(0, 2)).toEqual(['Your next 3 meetings', '3 events · times in Pacific Time']);
    const order = next.map((e) => texts.indexOf(e.subject!));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const details = /"verb":"meeting.details","data":(\{[^}]*\})/.exec(JSON.stringify(card));
    const data = JSON.parse(details![1]) as Record<string, string>;
    expect(data.agendaLimit).toBe('3');
    const back = await client.execute('agenda.show', { agendaStart: data.agendaStart, agendaEnd: data.agendaEnd, agendaWith: '', agendaLimit: data.agendaLimit });
    expect(cardTexts(back.body.value).slice(0, 2)).toEqual(['Your next 3 meetings', '3 events · times in Pacific Time']);
    expect(cardTexts((await client.execute('agenda.show', { ...data, agendaLimit: '500' })).body.value)[0]).toBe('This card is no longer active');
  });

  test('"what meetings do I have with Megan today" shows only the meetings Megan organises or is invited to, and Back to agenda keeps her', async () => {
    const view = await stack.graphGet<{ value: Graph.Event[] }>(
      `/users/${ALEX.aadObjectId}/calendarView?startDateTime=2026-11-18T08:00:00Z&endDateTime=2026-11-19T08:00:00Z&$top=100`,
      { Prefer: 'outlook.timezone="Pacific Standard Time"' },
    );
    const withName = (e: Graph.Event, first: string): boolean =>
      [e.organizer?.emailAddress, ...(e.attendees ?? []).map((a) => a.emailAddress)].some((a) => a?.name?.startsWith(`${first} `));
    const megans = view.value.filter((e) => !e.isCancelled && withName(e, 'Megan'));
    const others = view.value.filter((e) => !e.isCancelled && !withName(e, 'Megan'));
    expect(megans.length).toBeGreaterThanOrEqual(2);
    expect(others.length).toBeGreaterThanOrEqual(1);

    const client = new BotClient(stack.assistant.url);
    const agenda = cardOf((await client.say('what meetings do I have with Megan today'))[0]);
    const texts = cardTexts(agenda);
    expect(texts[0]).toBe('Today, Wednesday, November 18');
    expect(texts[1]).toBe(`${megans.length} events with Megan · times in Pacific Time`);
    for (const e of megans) expect(texts).toContain(e.subject);
    for (const e of others) expect(texts).not.toContain(e.subject);

    // Two names: the meetings of both.
    const both = view.value.filter((e) => !e.isCancelled && withName(e, 'Megan') && withName(e, 'Patti'));
    const bothTexts = cardTexts(cardOf((await client.say('my meetings with Megan and Patti today'))[0]));
    expect(bothTexts[1]).toBe(`${both.length === 1 ? '1 event' : `${both.length} events`} with Megan and Patti · times in Pacific Time`);
    expect(bothTexts.filter((t) => view.value.some((e) => e.subject === t)).sort()).toEqual(both.map((e) => e.subject).sort());

    // Details → Back to agenda: still Megan's meetings.
    const details = /"verb":"meeting.details","data":(\{[^}]*\})/.exec(JSON.stringify(agenda));
    const data = JSON.parse(details![1]) as Record<string, string>;
    expect(data.agendaWith).toBe('Megan');
    const opened = await client.execute('meeting.details', data);
    const back = executeActions(opened.body.value).find((a) => a.title === 'Back to agenda')!.data;
    expect(cardTexts((await client.execute('agenda.show', back)).body.value)[1]).toBe(`${megans.length} events with Megan · times in Pacific Time`);
  });

  test('"help" answers with the help card; nonsense gets a friendly answer with examples, a change to mail says it is not done', async () => {
    const client = new BotClient(stack.assistant.url);
    const help = cardTexts(cardOf((await client.say('help'))[0]));
    expect(help[0]).toBe("Here's what I can do");
    const other = await client.say('play some jazz');
    expect(other).toHaveLength(1);
    const texts = cardTexts(cardOf(other[0]));
    expect(texts[0]).toBe("Sorry, I didn't catch that");
    expect(texts.join('\n')).toContain("what's on my calendar today?");
    // A change to mail is known, and refused as such.
    const mail = cardTexts(cardOf((await client.say('delete the email from Adele'))[0]));
    expect(mail[0]).toBe("I can't change your mail");
    expect(mail.join('\n')).toContain("what's on my calendar today?");
    // So is what goes in a meeting: no new meeting called "design review" is proposed.
    const content = cardTexts(cardOf((await client.say('add an agenda to the design review'))[0]));
    expect(content[0]).toBe("I can't add to a meeting's contents");
    expect(content.join('\n')).toContain('open the meeting in Outlook or Teams');
  });

  test('"am I free at 9am on monday?": the day, with what is on at that time said first', async () => {
    const client = new BotClient(stack.assistant.url);
    const busy = cardTexts(cardOf((await client.say('am I free at 9am on monday?'))[0]));
    expect(busy.slice(0, 4)).toEqual(['Monday, November 23', '1 event · times in Pacific Time', 'At 9:00 AM you have Daily standup.', '9:00 AM']);
    // The standup ends at 9:15: free from then.
    const free = cardTexts(cardOf((await client.say('am I free at 9:15 on monday?'))[0]));
    expect(free[2]).toBe("You're free at 9:15 AM.");
    // A day alone has no such line.
    expect(cardTexts(cardOf((await client.say("what's on monday?"))[0]))[2]).toBe('9:00 AM');
  });

  test('a courtesy gets a word back, not the list of what the assistant does: "thanks!", "ok", "👍", "bye"', async () => {
    const client = new BotClient(stack.assistant.url);
    const replies: Array<[string, string | undefined]> = [];
    for (const text of ['thanks!', 'Thank you so much', 'ok', '👍', 'great, thank you', 'bye']) {
      const [answer] = await client.say(text);
      replies.push([text, answer.text]);
      expect(answer.attachments ?? []).toEqual([]);
    }
    expect(replies).toEqual([
      ['thanks!', "You're welcome!"],
      ['Thank you so much', "You're welcome!"],
      ['ok', '👍'],
      ['👍', '👍'],
      ['great, thank you', "You're welcome!"],
      ['bye', "Bye for now. I'm here whenever you need your calendar."],
    ]);
    // Not a courtesy: still the friendly answer with examples.
    expect(cardTexts(cardOf((await client.say('no'))[0]))[0]).toBe("Sorry, I didn't catch that");
  });

  test('every message stores the sender\'s conversation reference, keyed by tenant and aadObjectId', async () => {
    await new BotClient(stack.assistant.url, ALEX, 'personal-reference-test').say('help');
    const rows = await stack.assistant.database.query<{ tenant_id: string; aad_object_id: string; reference: unknown }>(
      'SELECT * FROM conversation_references WHERE aad_object_id = $1',
      [ALEX.aadObjectId],
    );
    expect(rows.rows).toHaveLength(1);
    expect(JSON.stringify(rows.rows[0].reference)).toContain('personal-reference-test');
  });

  test('/healthz reports the database and Graph as reachable', async () => {
    const res = await fetch(`${stack.assistant.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { database: 'ok', graph: 'ok' } });
  });
});
