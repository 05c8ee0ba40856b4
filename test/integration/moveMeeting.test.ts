import { BotClient, cardTexts } from '../support/botClient';
import { useTestStack, clearFaults } from '../support/testStack';
import { ALEX_ID, MEGAN, NOW, PATTI, cardReply, meetingRequestsTo, eventsOn, fault, only, postMeeting, proposeThrough, starts, textOf } from '../support/calendarKit';

describe('moving a meeting by conversation', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true });

  test('"move the design review to 4pm": old and new time on the card, then the organizer\'s event and both copies move, responses cleared', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'move the design review to 4pm');
    expect(proposal.texts).toEqual(
      expect.arrayContaining([
        'Move this meeting?',
        'Project Falcon design review',
        'From',
        'Wed, Nov 18, 1:00 – 2:00 PM (Pacific Time)',
        'To',
        'Wed, Nov 18, 4:00 – 5:00 PM (Pacific Time)',
        'Move',
      ]),
    );
    // Nothing moves before Confirm.
    expect(starts(await eventsOn(stack, ALEX_ID, 'Project Falcon design review'))).toEqual(['2026-11-18T13:00']);

    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(done.status).toBe(200);
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Moved', 'Wed, Nov 18, 4:00 – 5:00 PM (Pacific Time)']));
    expect(JSON.stringify(done.body.value)).not.toContain('Action.Execute');

    const mine = only(await eventsOn(stack, ALEX_ID, 'Project Falcon design review'));
    expect(mine.start?.dateTime).toBe('2026-11-18T16:00:00.0000000');
    expect(mine.end?.dateTime).toBe('2026-11-18T17:00:00.0000000');
    for (const attendee of [MEGAN, PATTI]) {
      const copy = only(await eventsOn(stack, attendee, 'Project Falcon design review'));
      expect(copy.start?.dateTime).toBe('2026-11-18T16:00:00.0000000');
      expect(copy.responseStatus?.response).toBe('notResponded');
    }
    expect(mine.attendees?.every((a) => a.status?.response === 'none')).toBe(true);
  }, 30000);

  test('"it" after a details card: "when is the design review?" then "make it 30 minutes later"; a second Confirm changes nothing more', async () => {
    const client = new BotClient(stack.assistant.url);
    const details = cardReply(await client.say('when is the design review?'));
    expect(details.texts).toContain('Project Falcon design review');
    const proposal = await proposeThrough(client, 'make it 30 minutes later');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Wed, Nov 18, 1:30 – 2:30 PM (Pacific Time)']));

    const [first, second] = await Promise.all([
      client.execute('meeting.confirm', { proposalId: proposal.id }),
      client.execute('meeting.confirm', { proposalId: proposal.id }),
    ]);
    expect(cardTexts(first.body.value)).toContain('Moved');
    expect(cardTexts(second.body.value)).toContain('Moved');
    const requestsAfterMove = await meetingRequestsTo(stack, 'meganb@example.com', 'Project Falcon design review');
    const again = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(again.body.value)).toContain('Moved');
    // One move of 30 minutes, not two or three.
    expect(starts(await eventsOn(stack, ALEX_ID, 'Project Falcon design review'))).toEqual(['2026-11-18T13:30']);
    expect(starts(await eventsOn(stack, MEGAN, 'Project Falcon design review'))).toEqual(['2026-11-18T13:30']);
    // Megan was sent the new time once.
    expect(requestsAfterMove).toBe(1);
    expect(await meetingRequestsTo(stack, 'meganb@example.com', 'Project Falcon design review')).toBe(1);
  }, 30000);

  test('"it" after a create: the meeting just scheduled moves, keeping its day', async () => {
    const client = new BotClient(stack.assistant.url);
    const created = await proposeThrough(client, 'meet with Megan tomorrow at 11am for 30 minutes about staffing');
    await client.execute('event.confirm', { proposalId: created.id });
    expect(starts(await eventsOn(stack, ALEX_ID, 'Staffing'))).toEqual(['2026-11-19T11:00']);

    const proposal = await proposeThrough(client, 'move it to 2pm');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Staffing', 'Thu, Nov 19, 2:00 – 2:30 PM (Pacific Time)']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(starts(await eventsOn(stack, ALEX_ID, 'Staffing'))).toEqual(['2026-11-19T14:00']);
    expect(starts(await eventsOn(stack, MEGAN, 'Staffing'))).toEqual(['2026-11-19T14:00']);
  }, 30000);

  test('"make the design review 30 minutes longer": same start, a later end, on the card and in every copy', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'make the design review 30 minutes longer');
    expect(proposal.texts).toEqual(
      expect.arrayContaining(['Change its length?', 'From', 'Wed, Nov 18, 1:00 – 2:00 PM (Pacific Time)', 'To', 'Wed, Nov 18, 1:00 – 2:30 PM (Pacific Time)', 'Change']),
    );
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Length changed', 'Wed, Nov 18, 1:00 – 2:30 PM (Pacific Time)']));
    for (const who of [ALEX_ID, MEGAN]) {
      const copy = only(await eventsOn(stack, who, 'Project Falcon design review'));
      expect([copy.start?.dateTime, copy.end?.dateTime]).toEqual(['2026-11-18T13:00:00.0000000', '2026-11-18T14:30:00.0000000']);
    }
  }, 30000);

  test('"extend the design review until 2:15": same start, that end, on the card and in every copy', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'extend the design review until 2:15');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Change its length?', 'Wed, Nov 18, 1:00 – 2:15 PM (Pacific Time)']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    for (const who of [ALEX_ID, MEGAN]) {
      const copy = only(await eventsOn(stack, who, 'Project Falcon design review'));
      expect([copy.start?.dateTime, copy.end?.dateTime]).toEqual(['2026-11-18T13:00:00.0000000', '2026-11-18T14:15:00.0000000']);
    }
  }, 30000);

  test('a stretch said ("to Friday afternoon", "to later today"): the first slot free for everyone in it, at the meeting\'s own length', async () => {
    const client = new BotClient(stack.assistant.url);
    // Friday's team lunch (12:00–1:00, Alex's own, with Megan and Patti) fills the afternoon's first hour; the next is free.
    const friday = await proposeThrough(client, 'move the design review to friday afternoon');
    expect(friday.texts).toEqual(expect.arrayContaining(['Fri, Nov 20, 1:00 – 2:00 PM (Pacific Time)']));
    // Later today: another time than its own, after it.
    const later = await proposeThrough(client, 'move the design review to later today');
    expect(later.texts).toEqual(expect.arrayContaining(['Wed, Nov 18, 2:00 – 3:00 PM (Pacific Time)']));
  }, 30000);

  test('"push the budget review to Thursday": same time of day, Thursday', async () => {
    await postMeeting(stack, ALEX_ID, 'Budget review', '2026-11-20T10:00', '2026-11-20T11:00', ['meganb@example.com']);
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'push the budget review to Thursday');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Fri, Nov 20, 10:00 – 11:00 AM (Pacific Time)', 'Thu, Nov 19, 10:00 – 11:00 AM (Pacific Time)']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(starts(await eventsOn(stack, ALEX_ID, 'Budget review'))).toEqual(['2026-11-19T10:00']);
    expect(starts(await eventsOn(stack, MEGAN, 'Budget review'))).toEqual(['2026-11-19T10:00']);
  }, 30000);

  test('a time already past is not taken: the bot says so and asks again; nothing changes', async () => {
    const client = new BotClient(stack.assistant.url);
    // 09:30 now; the design review is at 13:00 today; 8am today has passed.
    const replies = await client.say('move the design review to 8am');
    expect(textOf(replies)).toMatch(/^Wed 8:00 AM has already passed\. When should "Project Falcon design review" move to\?/);
    const proposal = cardReply(await client.say('tomorrow at 8am')).texts;
    expect(proposal).toEqual(expect.arrayContaining(['Move this meeting?', 'Thu, Nov 19, 8:00 – 9:00 AM (Pacific Time)']));
    expect(starts(await eventsOn(stack, ALEX_ID, 'Project Falcon design review'))).toEqual(['2026-11-18T13:00']);
  }, 30000);

  test('"move my 3pm to 4" when someone else organises it: told only they can move it, nothing changes', async () => {
    const client = new BotClient(stack.assistant.url);
    const replies = await client.say('move my 3pm to 4');
    expect(textOf(replies)).toMatch(/organised by Megan Bowen, so only they can move it/);
    expect(starts(await eventsOn(stack, ALEX_ID, '1:1 Alex / Megan'))).toEqual(['2026-11-18T15:00']);
    // The same for its length, in those words.
    expect(textOf(await client.say('make my 3pm 30 minutes longer'))).toMatch(/organised by Megan Bowen, so only they can change its length/);
    expect(only(await eventsOn(stack, ALEX_ID, '1:1 Alex / Megan')).end?.dateTime).toBe('2026-11-18T15:30:00.0000000');
  }, 30000);

  test('one occurrence of a series: "move the standup to 9:30" → "Just this one" moves only that day, in every copy', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('move the standup to 9:30');
    expect(textOf(question)).toMatch(/repeats\. Just this one \(Thu, Nov 19\) or the whole series\?/);
    const proposal = await proposeThrough(client, 'Just this one');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Thu, Nov 19, 9:00 – 9:15 AM (Pacific Time)', 'Thu, Nov 19, 9:30 – 9:45 AM (Pacific Time)', 'Just this occurrence']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    for (const who of [ALEX_ID, MEGAN]) {
      const standups = starts(await eventsOn(stack, who, 'Daily standup'));
      expect(standups).toEqual(expect.arrayContaining(['2026-11-18T09:00', '2026-11-19T09:30', '2026-11-20T09:00', '2026-11-23T09:00']));
      expect(standups).not.toContain('2026-11-19T09:00');
    }
  }, 30000);

  test('a day said with the new time: "move the standup to 9:30 on Friday" moves Friday\'s occurrence to 9:30, not the next one to Friday', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('move the standup to 9:30 on Friday');
    expect(textOf(question)).toMatch(/repeats\. Just this one \(Fri, Nov 20\) or the whole series\?/);
    const proposal = await proposeThrough(client, 'Just this one');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Fri, Nov 20, 9:00 – 9:15 AM (Pacific Time)', 'Fri, Nov 20, 9:30 – 9:45 AM (Pacific Time)']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    for (const who of [ALEX_ID, MEGAN]) {
      const standups = starts(await eventsOn(stack, who, 'Daily standup'));
      expect(standups).toEqual(expect.arrayContaining(['2026-11-19T09:00', '2026-11-20T09:30', '2026-11-23T09:00']));
      expect(standups).not.toContain('2026-11-20T09:00');
    }
  }, 30000);

  test("the day said apart: \"move Friday's standup to 9:30\" moves Friday's occurrence", async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say("move Friday's standup to 9:30");
    expect(textOf(question)).toMatch(/Just this one \(Fri, Nov 20\)/);
    const proposal = await proposeThrough(client, 'Just this one');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Fri, Nov 20, 9:30 – 9:45 AM (Pacific Time)']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    const standups = starts(await eventsOn(stack, ALEX_ID, 'Daily standup'));
    expect(standups).toEqual(expect.arrayContaining(['2026-11-19T09:00', '2026-11-20T09:30']));
  }, 30000);

  test('a one-off meeting with a day and time said: "move the design review to 11am tomorrow" moves that meeting to tomorrow', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'move the design review to 11am tomorrow');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Wed, Nov 18, 1:00 – 2:00 PM (Pacific Time)', 'Thu, Nov 19, 11:00 AM – 12:00 PM (Pacific Time)']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(starts(await eventsOn(stack, ALEX_ID, 'Project Falcon design review'))).toEqual(['2026-11-19T11:00']);
  }, 30000);

  test('the whole series: "move the standup to 10am" → "The whole series" moves every occurrence', async () => {
    const client = new BotClient(stack.assistant.url);
    await client.say('move the standup to 10am');
    const proposal = await proposeThrough(client, 'The whole series');
    expect(proposal.texts.some((t) => t.startsWith('The whole series'))).toBe(true);
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    for (const who of [ALEX_ID, MEGAN]) {
      const standups = starts(await eventsOn(stack, who, 'Daily standup'));
      expect(standups.length).toBeGreaterThan(5);
      expect(standups.every((s) => s.endsWith('T10:00'))).toBe(true);
    }
  }, 30000);

  test('a 429 in the middle: retried, and the user gets the result', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'move the design review to 4pm');
    await fault(stack, { path: '/events/', method: 'PATCH', status: 429, retryAfterSeconds: 1, count: 1 });
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toContain('Moved');
    expect(starts(await eventsOn(stack, ALEX_ID, 'Project Falcon design review'))).toEqual(['2026-11-18T16:00']);
  }, 30000);

  test('a lasting 503: a "try again" card, nothing changed anywhere, and Confirm works once Graph is back', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'move the design review to 4pm');
    await fault(stack, { path: '/events/', method: 'PATCH', status: 503, retryAfterSeconds: 0, count: 10 });
    const failed = await client.execute('meeting.confirm', { proposalId: proposal.id });
    const texts = cardTexts(failed.body.value);
    expect(texts.join(' ')).toMatch(/Nothing was changed: Microsoft 365 is busy right now, so I couldn't move it\. Please try again in a minute\./);
    expect(texts).toContain('Move this meeting?');
    expect(starts(await eventsOn(stack, ALEX_ID, 'Project Falcon design review'))).toEqual(['2026-11-18T13:00']);
    expect(starts(await eventsOn(stack, MEGAN, 'Project Falcon design review'))).toEqual(['2026-11-18T13:00']);

    await clearFaults(stack);
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toContain('Moved');
    expect(starts(await eventsOn(stack, MEGAN, 'Project Falcon design review'))).toEqual(['2026-11-18T16:00']);
  }, 60000);
});
