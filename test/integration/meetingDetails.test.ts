import { BotClient, cardOf, cardTexts } from '../support/botClient';
import { useTestStack } from '../support/testStack';
import { ALEX_ID, MEGAN, NOW, addTwinPlanningSyncs, cardReply, eventsOn, only, proposalIdOf, proposeThrough, starts, textOf } from '../support/calendarKit';

/** The eventId behind an Action.Execute with this title on a card. */
function eventIdOn(card: unknown, title: string, near: string): string {
  const json = JSON.stringify(card);
  const at = json.indexOf(near);
  const after = json.slice(at);
  const m = new RegExp(`"title":"${title}","verb":"[^"]+","data":\\{"eventId":"([^"]+)"`).exec(after);
  if (!m) throw new Error(`no ${title} button after ${near}`);
  return m[1];
}

describe('looking at one meeting', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true });

  test('"who\'s in the 1pm?": the details of the meeting at 1pm, with who is invited', async () => {
    const client = new BotClient(stack.assistant.url);
    const { texts } = cardReply(await client.say("who's in the 1pm?"));
    expect(texts).toEqual(expect.arrayContaining(['Project Falcon design review', 'Attendees', 'Megan Bowen', 'Patti Fernandez']));
  }, 30000);

  test('"what\'s my first meeting tomorrow?", "my last meeting tomorrow": that end of the day, with its details', async () => {
    const client = new BotClient(stack.assistant.url);
    const first = cardReply(await client.say("what's my first meeting tomorrow?"));
    expect(first.texts).toEqual(expect.arrayContaining(['Daily standup', 'Thu, Nov 19, 9:00 – 9:15 AM (Pacific Time)']));
    // Of the standup, the quarterly planning and the sales sync that day.
    const last = cardReply(await client.say('when is my last meeting tomorrow?'));
    expect(last.texts).toEqual(expect.arrayContaining(['Weekly sales sync', 'Thu, Nov 19, 11:00 – 11:30 AM (Pacific Time)']));
    // Saturday has only the dentist; Sunday nothing.
    expect(cardReply(await client.say("what's my first meeting on saturday?")).texts).toEqual(expect.arrayContaining(['Dentist', 'Sat, Nov 21, 4:00 – 5:00 PM (Pacific Time)']));
    expect(textOf(await client.say("what's my first meeting on sunday?"))).toBe('I found no meetings on that day.');
  }, 30000);

  test('"what\'s the address for the quarterly planning?", "where is my 10am?": that meeting\'s details, with its place', async () => {
    const client = new BotClient(stack.assistant.url);
    const place = cardReply(await client.say("what's the address for the quarterly planning?"));
    expect(place.texts).toEqual(expect.arrayContaining(['Quarterly planning', 'Where', 'Conference Room Adams · Microsoft Teams meeting']));
    // Who answered what: the same card, with each attendee's response; nothing is answered for the user.
    const answers = cardReply(await client.say('who accepted the quarterly planning?'));
    expect(answers.texts).toEqual(expect.arrayContaining(['Quarterly planning', 'Lynne Robbins', 'Accepted']));
    const at = cardReply(await client.say('where is my 10am tomorrow?'));
    expect(at.texts).toEqual(expect.arrayContaining(['Quarterly planning', 'Thu, Nov 19, 10:00 – 11:00 AM (Pacific Time)']));
  }, 30000);

  test('"when is the design review?": time in the user\'s zone, organizer, attendees with their responses, Join, Move and Cancel', async () => {
    const client = new BotClient(stack.assistant.url);
    const { card, texts } = cardReply(await client.say('when is the design review?'));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Project Falcon design review',
        'When',
        'Wed, Nov 18, 1:00 – 2:00 PM (Pacific Time)',
        'Organizer',
        'Alex Wilber (you)',
        'Attendees',
        'Megan Bowen',
        'Patti Fernandez',
        'Join',
        'Move',
        'Cancel meeting',
      ]),
    );
    const attendees = only(await eventsOn(stack, ALEX_ID, 'Project Falcon design review')).attendees ?? [];
    const responseWords: Record<string, string> = { accepted: 'Accepted', tentativelyAccepted: 'Tentative', declined: 'Declined', none: 'No response', notResponded: 'No response' };
    for (const a of attendees) expect(texts).toContain(responseWords[String(a.status?.response)]);
    expect(JSON.stringify(card)).toMatch(/"verb":"meeting.moveForm"/);
    expect(JSON.stringify(card)).toMatch(/"verb":"meeting.proposeCancel"/);
  }, 30000);

  test('"what\'s my next meeting?" is the next one from now', async () => {
    const client = new BotClient(stack.assistant.url);
    const { texts } = cardReply(await client.say("what's my next meeting?"));
    expect(texts).toEqual(expect.arrayContaining(['Focus time', 'Wed, Nov 18, 10:30 – 11:30 AM (Pacific Time)']));
    const bare = cardReply(await client.say('next meeting'));
    expect(bare.texts).toEqual(expect.arrayContaining(['Focus time', 'Wed, Nov 18, 10:30 – 11:30 AM (Pacific Time)']));
  }, 30000);

  test('"join my next meeting" is the next one with a Teams link: the focus block before it has none', async () => {
    const client = new BotClient(stack.assistant.url);
    const { card, texts } = cardReply(await client.say('join my next meeting'));
    expect(texts).toEqual(expect.arrayContaining(['Project Falcon design review', 'Wed, Nov 18, 1:00 – 2:00 PM (Pacific Time)', 'Join']));
    expect(JSON.stringify(card)).toMatch(/https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  }, 30000);

  test('an invitation from someone else shows the user\'s own answer and offers Decline, not Move', async () => {
    const client = new BotClient(stack.assistant.url);
    const { card, texts } = cardReply(await client.say('when is the quarterly planning?'));
    expect(texts).toEqual(expect.arrayContaining(['Quarterly planning', 'Adele Vance', 'Decline']));
    expect(texts).not.toContain('Move');
    expect(JSON.stringify(card)).not.toMatch(/"verb":"meeting.moveForm"/);
  }, 30000);

  test('nothing found: says what was searched', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say('when is the unicorn review?'))).toBe('I found no meeting called "unicorn review" between today and 30 days from now.');
  }, 30000);

  test('a name mistyped finds the meeting one slip of the keyboard away ("the desgin review", "the quartrly planning")', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(cardReply(await client.say('when is the desgin review?')).texts).toEqual(expect.arrayContaining(['Project Falcon design review']));
    expect(cardReply(await client.say('when is the quartrly planning?')).texts).toEqual(expect.arrayContaining(['Quarterly planning', 'Adele Vance']));
    // Two slips are another name.
    expect(textOf(await client.say('when is the dsgin review?'))).toBe('I found no meeting called "dsgin review" between today and 30 days from now.');
  }, 30000);

  test('"the 1:1 with Megan": a one-on-one found by its name however it is spelled, and by the people said with it', async () => {
    const client = new BotClient(stack.assistant.url);
    const { texts } = cardReply(await client.say('when is my 1:1 with Megan?'));
    expect(texts).toEqual(expect.arrayContaining(['1:1 Alex / Megan', 'Megan Bowen']));
    expect(textOf(await client.say('when is my 1:1 with Adele?'))).toBe('I found no meeting called "1:1" with Adele between today and 30 days from now.');
  }, 30000);

  test('"make the daily standup weekly": not offered yet, so said plainly with the meeting as it is, and no new series', async () => {
    const client = new BotClient(stack.assistant.url);
    const before = await eventsOn(stack, ALEX_ID, /standup/i);
    const replies = await client.say('make the daily standup weekly');
    expect(textOf(replies)).toContain('I can\'t change how "Daily standup" repeats yet.');
    expect(cardTexts(cardOf(replies[replies.length - 1]))).toEqual(expect.arrayContaining(['Daily standup']));
    expect(await eventsOn(stack, ALEX_ID, /standup/i)).toHaveLength(before.length);
  }, 30000);

  test('two meetings fit: asks which, and shows the one picked', async () => {
    await addTwinPlanningSyncs(stack);
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('when is the planning sync?');
    expect(textOf(question)).toMatch(/More than one meeting fits/);
    expect(JSON.stringify(question)).not.toContain('Quarterly planning');
    expect(JSON.stringify(question)).toContain('Planning sync (Thu 3:00 PM)');
    expect(JSON.stringify(question)).toContain('Planning sync (Fri 3:00 PM)');
    const { texts } = cardReply(await client.say('2'));
    expect(texts).toContain('Fri, Nov 20, 3:00 – 3:30 PM (Pacific Time)');
  }, 30000);

  test('from the agenda: Details on a row, then Move on the details card, a new time on the form, Confirm; then "cancel it" means that meeting', async () => {
    const client = new BotClient(stack.assistant.url);
    const agenda = cardOf(only(await client.say("what's on my calendar today?")));
    const eventId = eventIdOn(agenda, 'Details', 'Project Falcon design review');

    const details = await client.execute('meeting.details', { eventId });
    expect(cardTexts(details.body.value)).toContain('Project Falcon design review');
    const form = await client.execute('meeting.moveForm', { eventId: eventIdOn(details.body.value, 'Move', 'Project Falcon design review') });
    expect(JSON.stringify(form.body.value)).toContain('"id":"date","label":"New day","value":"2026-11-18"');
    expect(JSON.stringify(form.body.value)).toContain('"value":"13:00"');

    const proposal = await client.execute('meeting.proposeMove', { eventId, date: '2026-11-19', time: '11:30' });
    expect(cardTexts(proposal.body.value)).toEqual(expect.arrayContaining(['Move this meeting?', 'Thu, Nov 19, 11:30 AM – 12:30 PM (Pacific Time)']));
    await client.execute('meeting.confirm', { proposalId: proposalIdOf(proposal.body.value) });
    expect(starts(await eventsOn(stack, ALEX_ID, 'Project Falcon design review'))).toEqual(['2026-11-19T11:30']);
    expect(starts(await eventsOn(stack, MEGAN, 'Project Falcon design review'))).toEqual(['2026-11-19T11:30']);

    const cancel = cardReply(await client.say('cancel it'));
    expect(cancel.texts).toEqual(expect.arrayContaining(['Cancel this meeting?', 'Project Falcon design review', 'Thu, Nov 19, 11:30 AM – 12:30 PM (Pacific Time)']));
  }, 30000);
  test('an occurrence\'s details offer "Cancel this one" and "Cancel the series"; the series button ends the series after the meetings held, which stay', async () => {
    const client = new BotClient(stack.assistant.url);
    const { card, texts } = cardReply(await client.say('when is the standup?'));
    expect(texts).toEqual(expect.arrayContaining(['Daily standup', 'Thu, Nov 19, 9:00 – 9:15 AM (Pacific Time)', 'Cancel this one', 'Cancel the series']));
    const eventId = eventIdOn(card, 'Cancel the series', 'Daily standup');
    const proposal = await client.execute('meeting.proposeCancel', { eventId, scope: 'series' });
    const texts2 = cardTexts(proposal.body.value);
    expect(texts2).toEqual(expect.arrayContaining(['End this series?', 'End series']));
    expect(texts2.some((t) => t.startsWith('The whole series'))).toBe(true);
    // 9:30 on Wednesday: today's standup (9:00) was held; the meetings held stay, and no message box (none travels with the change).
    expect(texts2.join(' ')).toMatch(
      /The meetings held, the last on Wed, Nov 18, 2026, stay in the calendar; there are none after it\. Megan Bowen, Adele Vance and Isaiah Langer will get the updated invitation\./,
    );
    expect(JSON.stringify(proposal.body.value)).not.toContain('"id":"comment"');
    const done = await client.execute('meeting.confirm', { proposalId: proposalIdOf(proposal.body.value) });
    expect(cardTexts(done.body.value)).toContain('Series ended');
    for (const who of [ALEX_ID, MEGAN]) {
      expect(starts((await eventsOn(stack, who, /Daily standup/)).filter((e) => !e.isCancelled))).toEqual(['2026-11-16T09:00', '2026-11-17T09:00', '2026-11-18T09:00']);
    }
  }, 30000);

  test('a move that clashes: the card lists who is busy at the new time, leaving out the meeting itself', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'move the design review to 1:30pm');
    // Overlapping its own current slot is no clash; nobody else is busy at 1:30.
    expect(proposal.texts).not.toContain('Conflicts');
    expect(proposal.texts.filter((t) => / busy at /.test(t))).toEqual([]);
    const clash = await proposeThrough(client, 'move the design review to 3pm');
    expect(clash.texts).toEqual(expect.arrayContaining(['Conflicts', 'You are busy at 3:00 – 3:30 PM (Pacific Time)', 'Megan Bowen is busy at 3:00 – 3:30 PM (Pacific Time)']));
  }, 30000);

  test('"move it" with no time asks for one, and "the last one" is the meeting last talked about', async () => {
    const client = new BotClient(stack.assistant.url);
    cardReply(await client.say('when is the design review?'));
    const asked = await client.say('move it');
    expect(textOf(asked)).toMatch(/When should "Project Falcon design review" move to\?/);
    const proposal = await proposeThrough(client, 'tomorrow at 2pm');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Thu, Nov 19, 2:00 – 3:00 PM (Pacific Time)']));
    const again = await proposeThrough(client, 'move the last one to 5pm');
    expect(again.texts).toEqual(expect.arrayContaining(['Project Falcon design review', 'Wed, Nov 18, 5:00 – 6:00 PM (Pacific Time)']));
  }, 30000);
  test('agenda rows carry Move for the user\'s own meetings and Decline for others\'; Decline on a row proposes declining, nothing more', async () => {
    const client = new BotClient(stack.assistant.url);
    const agenda = cardOf(only(await client.say("what's on my calendar today?")));
    expect(eventIdOn(agenda, 'Move', 'Project Falcon design review')).toBe(eventIdOn(agenda, 'Details', 'Project Falcon design review'));
    const rows = ((agenda as { body: unknown[] }).body ?? []).map((row) => cardTexts(row));
    const oneToOne = only(rows.filter((texts) => texts.includes('1:1 Alex / Megan')));
    expect(oneToOne).toContain('Decline');
    expect(oneToOne).not.toContain('Move');
    const decline = await client.execute('meeting.proposeCancel', { eventId: eventIdOn(agenda, 'Decline', '1:1 Alex / Megan') });
    expect(cardTexts(decline.body.value)).toEqual(expect.arrayContaining(['Decline this meeting?', '1:1 Alex / Megan']));
    // A move of someone else's meeting is refused even if asked for directly.
    const refused = await client.execute('meeting.proposeMove', { eventId: eventIdOn(agenda, 'Decline', '1:1 Alex / Megan'), date: '2026-11-18', time: '16:00' });
    expect(cardTexts(refused.body.value)).toContain('Only the organizer can move this meeting');
    expect(starts(await eventsOn(stack, MEGAN, '1:1 Alex / Megan'))).toEqual(['2026-11-18T15:00']);
  }, 30000);
});
