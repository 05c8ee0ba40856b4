import type * as Graph from '@microsoft/microsoft-graph-types';
import { ALEX, BotClient, cardOf, cardTexts } from '../support/botClient';
import { useTestStack } from '../support/testStack';
import { MEGAN, NOW, PST, eventsOn as eventsOnCalendar, only, proposeThrough as propose } from '../support/calendarKit';

describe('scheduling a meeting by conversation', () => {
  const stack = useTestStack(NOW);

  /** The events of that subject in someone's calendar, cancelled ones left out. */
  async function eventsOn(userId: string, subject: string): Promise<Graph.Event[]> {
    return (await eventsOnCalendar(stack, userId, subject)).filter((e) => !e.isCancelled);
  }

  test('"meet with Megan tomorrow at 3pm for 30 minutes about the budget": a proposal, then exactly one event, invitations included', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await propose(client, 'meet with Megan tomorrow at 3pm for 30 minutes about the budget');
    expect(proposal.texts).toEqual(
      expect.arrayContaining([
        'Schedule this meeting?',
        'Budget',
        'Thu, Nov 19, 3:00 – 3:30 PM (Pacific Time)',
        'Megan Bowen (meganb@example.com)',
        'Microsoft Teams meeting',
        '15 minutes before',
        'Schedule',
        'Edit',
        'Cancel',
      ]),
    );
    // Nothing exists before Confirm.
    expect(await eventsOn(ALEX.aadObjectId, 'Budget')).toEqual([]);

    const confirmed = await client.execute('event.confirm', { proposalId: proposal.id });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const done = cardTexts(confirmed.body.value);
    expect(done[0]).toBe('Scheduled: Budget');
    expect(JSON.stringify(confirmed.body.value)).not.toContain('Action.Execute');
    expect(JSON.stringify(confirmed.body.value)).toMatch(/"title":"Join","url":"https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);

    // Created at 3pm as Outlook shows it in Alex's zone, with a Teams link.
    const created = only(await eventsOn(ALEX.aadObjectId, 'Budget'));
    expect(created.start).toEqual({ dateTime: '2026-11-19T15:00:00.0000000', timeZone: 'Pacific Standard Time' });
    expect(created.end?.dateTime).toBe('2026-11-19T15:30:00.0000000');
    expect(created.isOnlineMeeting).toBe(true);
    expect(created.attendees?.map((a) => a.emailAddress?.address)).toEqual(['meganb@example.com']);
    // Megan's copy, the same meeting.
    const copy = only(await eventsOn(MEGAN, 'Budget'));
    expect(copy.start?.dateTime).toBe('2026-11-19T15:00:00.0000000');

    // A second press of the same (stale) button shows the result again and creates nothing.
    const again = await client.execute('event.confirm', { proposalId: proposal.id });
    expect(cardTexts(again.body.value)[0]).toBe('Scheduled: Budget');
    expect(await eventsOn(ALEX.aadObjectId, 'Budget')).toHaveLength(1);
  });

  test('a double click on Schedule makes one event', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await propose(client, 'meet with Adele tomorrow at 4pm about hiring plan');
    const [a, b] = await Promise.all([
      client.execute('event.confirm', { proposalId: proposal.id }),
      client.execute('event.confirm', { proposalId: proposal.id }),
    ]);
    expect(cardTexts(a.body.value)[0]).toBe('Scheduled: Hiring plan');
    expect(cardTexts(b.body.value)[0]).toBe('Scheduled: Hiring plan');
    expect(await eventsOn(ALEX.aadObjectId, 'Hiring plan')).toHaveLength(1);
  });

  test('Cancel on the card drops the proposal; its Schedule button does nothing afterwards', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await propose(client, 'meet with Patti friday at 2pm about vendor review');
    const dropped = await client.execute('event.discard', { proposalId: proposal.id });
    expect(cardTexts(dropped.body.value)).toEqual(['Cancelled', 'Nothing was scheduled.']);
    const late = await client.execute('event.confirm', { proposalId: proposal.id });
    expect(cardTexts(late.body.value)[0]).toBe('Cancelled');
    expect(await eventsOn(ALEX.aadObjectId, 'Vendor review')).toEqual([]);
  });

  test('Edit opens a form; Save changes the proposal; Schedule uses the saved values', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await propose(client, 'meet with Megan friday at 10am about roadmap');
    const form = await client.execute('event.edit', { proposalId: proposal.id });
    const inputs = JSON.stringify(form.body.value);
    expect(inputs).toContain('"type":"Input.Date","id":"date","label":"Date","value":"2026-11-20"');
    expect(inputs).toContain('"id":"time","label":"Start (Pacific Time)","value":"10:00"');
    expect(inputs).toContain('"type":"Input.Toggle","id":"online"');

    const saved = await client.execute('event.save', {
      proposalId: proposal.id,
      subject: 'Roadmap <b>review</b>',
      date: '2026-11-20',
      time: '11:30',
      duration: '60',
      attendees: 'meganb@example.com, Adele',
      location: 'Room 12',
      online: 'false',
    });
    const texts = cardTexts(saved.body.value);
    expect(texts).toEqual(expect.arrayContaining(['Roadmap <b>review</b>', 'Fri, Nov 20, 11:30 AM – 12:30 PM (Pacific Time)', 'Room 12', 'Megan Bowen (meganb@example.com), Adele Vance (adelev@example.com)']));
    await client.execute('event.confirm', { proposalId: proposal.id });
    const created = only(await eventsOn(ALEX.aadObjectId, 'Roadmap <b>review</b>'));
    expect(created.start?.dateTime).toBe('2026-11-20T11:30:00.0000000');
    expect(created.end?.dateTime).toBe('2026-11-20T12:30:00.0000000');
    expect(created.location?.displayName).toBe('Room 12');
    expect(created.isOnlineMeeting).toBe(false);
  });

  test('"block 2 hours on friday for focus time": time kept for oneself, in a free slot, without a Teams link', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await propose(client, 'block 2 hours on friday for focus time');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Focus time', 'Just you']));
    expect(proposal.texts).not.toContain('Microsoft Teams meeting');
    await client.execute('event.confirm', { proposalId: proposal.id });
    // Alex's calendar already has a "Focus time" on Wednesday; this one is Friday's.
    const created = only((await eventsOn(ALEX.aadObjectId, 'Focus time')).filter((e) => e.start?.dateTime?.startsWith('2026-11-20')));
    expect(created.isOnlineMeeting).toBe(false);
    expect(created.attendees ?? []).toEqual([]);
    expect(new Date(`${created.end?.dateTime}Z`).getTime() - new Date(`${created.start?.dateTime}Z`).getTime()).toBe(2 * 3600000);
  });

  test('"set up a zoom meeting with Megan tomorrow at 4": a Teams meeting, the card saying so, not one named "zoom meeting"', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await propose(client, 'set up a zoom meeting with Megan tomorrow at 4');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Microsoft Teams meeting (I can only add Teams links, not Zoom)']));
    expect(proposal.texts.some((t) => /zoom meeting/i.test(t))).toBe(false);
  });

  test('a meal said with a day and no time is proposed in its usual hours, not at the start of the working day', async () => {
    const client = new BotClient(stack.assistant.url);
    const lunch = await propose(client, 'lunch with Megan tomorrow');
    expect(lunch.texts).toEqual(expect.arrayContaining(['Lunch', 'Thu, Nov 19, 12:00 – 12:30 PM (Pacific Time)']));
    // Outside working hours, on a day off too.
    const dinner = await propose(client, 'dinner on saturday');
    expect(dinner.texts).toEqual(expect.arrayContaining(['Dinner', 'Sat, Nov 21, 6:00 – 6:30 PM (Pacific Time)']));
    // Anything else goes in the first free working slot.
    const party = await propose(client, 'party on friday');
    expect(party.texts).toEqual(expect.arrayContaining(['Party', 'Fri, Nov 20, 8:00 – 8:30 AM (Pacific Time)']));
  });

  test('a part of the day is where a meeting goes, not its length; time blocked takes all of it', async () => {
    const client = new BotClient(stack.assistant.url);
    // Megan works 9–17 Eastern (until 2pm Pacific): the first half hour both are free that afternoon.
    const coffee = await propose(client, 'coffee with Megan thursday afternoon');
    expect(coffee.texts).toEqual(expect.arrayContaining(['Coffee', 'Thu, Nov 19, 12:00 – 12:30 PM (Pacific Time)']));
    const late = await propose(client, 'coffee with Megan late afternoon friday');
    // Its last two hours: half an hour from 3pm.
    expect(late.texts).toEqual(expect.arrayContaining(['Fri, Nov 20, 3:00 – 3:30 PM (Pacific Time)']));
    const block = await propose(client, 'block friday afternoon');
    expect(block.texts).toEqual(expect.arrayContaining(['Fri, Nov 20, 12:00 – 5:00 PM (Pacific Time)']));
  });

  test('a series said with its day and length but no clock time starts in the first free working slot of its first day, not at midnight', async () => {
    const client = new BotClient(stack.assistant.url);
    const series = await propose(client, 'standup with Megan every monday for 15 minutes');
    expect(series.texts).toEqual(expect.arrayContaining(['Schedule this series?', 'Standup', 'Mon, Nov 23, 8:00 – 8:15 AM (Pacific Time)', 'Every Monday']));
  });

  test('a clash with the user\'s calendar is shown with free slots; picking one moves the proposal', async () => {
    const client = new BotClient(stack.assistant.url);
    // Alex has "Project Falcon design review" 13:00–14:00 today.
    const proposal = await propose(client, 'meet with Megan today at 1pm about staffing');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Conflicts', "You're busy 1:00 – 2:00 PM", 'Free for everyone instead:']));
    const card = JSON.stringify((await client.execute('event.review', { proposalId: proposal.id })).body.value);
    const slot = /"verb":"event.pickSlot","data":\{"proposalId":"[^"]+","start":"([^"]+)"/.exec(card);
    expect(slot).not.toBeNull();
    const picked = await client.execute('event.pickSlot', { proposalId: proposal.id, start: slot![1] });
    expect(cardTexts(picked.body.value)).not.toContain('Conflicts');
  });

  test('no time said: the bot asks, reads the answer, and asks again when it finds no time in it', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = only(await client.say('schedule a meeting with adele'));
    expect(question.text).toMatch(/When should it be\?/);
    const again = only(await client.say('banana'));
    expect(again.text).toMatch(/^Sorry, I couldn't find a day or time in that\. When should it be\?/);
    const proposal = cardTexts(cardOf(only(await client.say('tomorrow at 11am'))));
    expect(proposal).toEqual(expect.arrayContaining(['Meeting with Adele', 'Thu, Nov 19, 11:00 – 11:30 AM (Pacific Time)']));
  });

  test('the answer to "when?" is read as the time of this meeting: "let\'s do 2pm tomorrow", "make it 10am tomorrow"', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(only(await client.say('schedule a meeting with adele')).text).toMatch(/When should it be\?/);
    const proposal = cardTexts(cardOf(only(await client.say("let's do 2pm tomorrow"))));
    expect(proposal).toEqual(expect.arrayContaining(['Meeting with Adele', 'Thu, Nov 19, 2:00 – 2:30 PM (Pacific Time)']));
    expect(only(await client.say('schedule a meeting with megan')).text).toMatch(/When should it be\?/);
    const second = cardTexts(cardOf(only(await client.say('make it 10am tomorrow'))));
    expect(second).toEqual(expect.arrayContaining(['Meeting with Megan', 'Thu, Nov 19, 10:00 – 10:30 AM (Pacific Time)']));
  });

  test('someone not in the directory: the bot asks for an address', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = only(await client.say('meet with Bob tomorrow at 2pm about the contract'));
    expect(question.text).toMatch(/couldn't find anyone called "Bob"/);
    const proposal = cardTexts(cardOf(only(await client.say('bob@contoso.com'))));
    expect(proposal).toEqual(expect.arrayContaining(['Contract', 'bob@contoso.com']));
  });

  test('"never mind" leaves the dialog at any step', async () => {
    const client = new BotClient(stack.assistant.url);
    await client.say('schedule a meeting with adele');
    const help = await client.say('help');
    expect(help[0].text).toMatch(/need to know when/);
    const left = only(await client.say('never mind'));
    expect(left.text).toBe("OK, I've dropped that meeting. Nothing was scheduled.");
    // The next message is a fresh request, not an answer to the old question.
    const next = only(await client.say('help'));
    expect(cardTexts(cardOf(next))[0]).toBe("Here's what I can do");
  });

  test('a clear new request while a question is pending is taken as the new request', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(only(await client.say('schedule a meeting with adele')).text).toMatch(/When should it be\?/);
    const replies = await client.say("what's on my calendar today?");
    expect(replies[0].text).toBe("I've set aside what we were doing to look at this instead.");
    expect(cardTexts(cardOf(replies[1]))[0]).toBe('Today, Wednesday, November 18');
  });

  test('Graph busy during Schedule: retried after Retry-After; a lasting outage keeps the proposal for another try', async () => {
    const client = new BotClient(stack.assistant.url);
    const first = await propose(client, 'meet with Lynne tomorrow at 8am about audit');
    await fetch(`${stack.sim.url}/_sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: '/events', method: 'POST', status: 429, retryAfterSeconds: 1, count: 1 }) });
    const ok = await client.execute('event.confirm', { proposalId: first.id });
    expect(cardTexts(ok.body.value)[0]).toBe('Scheduled: Audit');
    expect(await eventsOn(ALEX.aadObjectId, 'Audit')).toHaveLength(1);

    const second = await propose(client, 'meet with Lynne tomorrow at 9:30am about budget audit');
    await fetch(`${stack.sim.url}/_sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: '/events', method: 'POST', status: 503, retryAfterSeconds: 0, count: 10 }) });
    const failed = await client.execute('event.confirm', { proposalId: second.id });
    const texts = cardTexts(failed.body.value);
    expect(texts[0]).toBe('Schedule this meeting?');
    expect(texts[1]).toMatch(/^Nothing was scheduled: Microsoft 365 is busy right now/);
    expect(await eventsOn(ALEX.aadObjectId, 'Budget audit')).toEqual([]);
    await fetch(`${stack.sim.url}/_sim/faults`, { method: 'DELETE' });
    const retried = await client.execute('event.confirm', { proposalId: second.id });
    expect(cardTexts(retried.body.value)[0]).toBe('Scheduled: Budget audit');
    expect(await eventsOn(ALEX.aadObjectId, 'Budget audit')).toHaveLength(1);
  });

  test('a card pressed by someone else does nothing to the owner\'s proposal', async () => {
    const alex = new BotClient(stack.assistant.url);
    const proposal = await propose(alex, 'meet with Megan tomorrow at 1pm about privacy');
    const megan = new BotClient(stack.assistant.url, { id: 'user-id-1', name: 'Megan Bowen', aadObjectId: MEGAN });
    const result = await megan.execute('event.confirm', { proposalId: proposal.id });
    expect(cardTexts(result.body.value)[0]).toBe('This card is no longer active');
    expect(await eventsOn(ALEX.aadObjectId, 'Privacy')).toEqual([]);
  });

  test('"out of office dec 24 to jan 2": all-day time off that shows the user as away, with no reminder', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await propose(client, 'out of office dec 24 to jan 2');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Add this time off?', 'Out of office', 'Thu, Dec 24 – Sat, Jan 2, all day', 'None', 'Show as']));
    await client.execute('event.confirm', { proposalId: proposal.id });
    const view = await stack.graphGet<{ value: Graph.Event[] }>(
      `/users/${ALEX.aadObjectId}/calendarView?startDateTime=2026-12-20T00:00:00Z&endDateTime=2027-01-10T00:00:00Z`,
      PST,
    );
    const off = only(view.value.filter((e) => e.subject === 'Out of office'));
    expect(off).toMatchObject({ isAllDay: true, showAs: 'oof', isReminderOn: false });
    expect(off.start?.dateTime?.slice(0, 10)).toBe('2026-12-24');
    expect(off.end?.dateTime?.slice(0, 10)).toBe('2027-01-03');
  }, 30000);
});

