import { BotClient, cardTexts } from '../support/botClient';
import { useTestStack } from '../support/testStack';
import { ADELE, ALEX_ID, MEGAN, NOW, PATTI, eventsOn, only, proposeThrough, textOf } from '../support/calendarKit';

const REVIEW = 'Project Falcon design review';

describe('renaming a meeting, moving it to another room, giving it a Teams link', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true });

  test('"rename the design review to Falcon sign-off": proposal, then the organizer\'s event and every copy carry the new title', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'rename the design review to Falcon sign-off');
    expect(proposal.texts).toEqual(
      expect.arrayContaining(['Update this meeting?', REVIEW, 'Rename to', 'Falcon sign-off', 'Megan Bowen and Patti Fernandez will see the change in their calendars.', 'Update']),
    );
    // Nothing changes before Confirm.
    expect(await eventsOn(stack, ALEX_ID, REVIEW)).toHaveLength(1);

    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Meeting updated', 'Renamed to', 'Falcon sign-off']));
    expect(JSON.stringify(done.body.value)).not.toContain('Action.Execute');
    const renamed = only(await eventsOn(stack, ALEX_ID, 'Falcon sign-off'));
    expect(renamed.start?.dateTime).toBe('2026-11-18T13:00:00.0000000');
    expect(renamed.location?.displayName).toBe('Conference Room Rainier');
    expect(await eventsOn(stack, MEGAN, 'Falcon sign-off')).toHaveLength(1);
    expect(await eventsOn(stack, PATTI, 'Falcon sign-off')).toHaveLength(1);
    expect(await eventsOn(stack, MEGAN, REVIEW)).toHaveLength(0);
  }, 30000);

  test('"change the location of the design review to Room 4.12": the new place, with the old one on the card', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'change the location of the design review to Room 4.12');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update this meeting?', 'New location', 'Room 4.12 (was Conference Room Rainier)']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(only(await eventsOn(stack, ALEX_ID, REVIEW)).location?.displayName).toBe('Room 4.12');
    expect(only(await eventsOn(stack, MEGAN, REVIEW)).location?.displayName).toBe('Room 4.12');
    // The title stays.
    expect(only(await eventsOn(stack, ALEX_ID, REVIEW)).subject).toBe(REVIEW);
  }, 30000);

  test('"add a teams link to the team lunch": afterwards the lunch is a Teams meeting with a Join link, in the attendees\' copies too', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(only(await eventsOn(stack, ALEX_ID, 'Team lunch')).isOnlineMeeting).toBe(false);
    const proposal = await proposeThrough(client, 'add a teams link to the team lunch');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update this meeting?', 'Team lunch', 'Teams meeting', 'A Join link will be added']));
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Meeting updated', 'Join link added']));
    const lunch = only(await eventsOn(stack, ALEX_ID, 'Team lunch'));
    expect(lunch.isOnlineMeeting).toBe(true);
    expect(lunch.onlineMeeting?.joinUrl).toMatch(/^https:\/\//);
    expect(lunch.location?.displayName).toBe('Cafe 34');
    expect(only(await eventsOn(stack, MEGAN, 'Team lunch')).onlineMeeting?.joinUrl).toBe(lunch.onlineMeeting?.joinUrl);
  }, 30000);

  test('"add a zoom link to the team lunch": the Join link it gets is Teams\', and the card says so before Confirm', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'add a zoom link to the team lunch');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update this meeting?', 'Team lunch', 'Teams meeting', 'A Join link will be added (I can only add Teams links, not Zoom)']));
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Meeting updated', 'Join link added (I can only add Teams links, not Zoom)']));
    const lunch = only(await eventsOn(stack, ALEX_ID, 'Team lunch'));
    expect(lunch.isOnlineMeeting).toBe(true);
    expect(lunch.onlineMeetingProvider).toBe('teamsForBusiness');
  }, 30000);

  test('"make the design review a teams meeting" when it is one: told so, nothing proposed', async () => {
    const client = new BotClient(stack.assistant.url);
    const replies = await client.say('make the design review a teams meeting');
    expect(textOf(replies)).toBe(`"${REVIEW}" is already a Teams meeting.`);
    expect(replies.every((r) => !r.attachments?.length)).toBe(true);
  }, 30000);

  test('a title or a place it already has: told so, nothing proposed', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say(`rename the design review to ${REVIEW}`))).toBe(`It's already called "${REVIEW}".`);
    expect(textOf(await client.say('change the location of the design review to Conference Room Rainier'))).toBe(`"${REVIEW}" is already in Conference Room Rainier.`);
  }, 30000);

  test('"rename my 3pm to Catch-up" when Megan organises it: told only she can, nothing changes', async () => {
    const client = new BotClient(stack.assistant.url);
    const replies = await client.say('rename my 3pm to Catch-up');
    expect(textOf(replies)).toMatch(/"1:1 Alex \/ Megan" is organised by Megan Bowen, so only they can change it\./);
    expect(await eventsOn(stack, MEGAN, '1:1 Alex / Megan')).toHaveLength(1);
    expect(await eventsOn(stack, ALEX_ID, 'Catch-up')).toHaveLength(0);
  }, 30000);

  test('a series: "rename the standup to Daily check-in" asks which, and "The whole series" renames every occurrence', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('rename the standup to Daily check-in');
    expect(textOf(question)).toMatch(/repeats\. Just this one \(.+\) or the whole series\?/);
    const proposal = await proposeThrough(client, 'The whole series');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Rename to', 'Daily check-in']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    const renamed = await eventsOn(stack, ALEX_ID, 'Daily check-in');
    expect(renamed.length).toBeGreaterThan(5);
    expect(await eventsOn(stack, ALEX_ID, 'Daily standup')).toHaveLength(0);
    expect((await eventsOn(stack, MEGAN, 'Daily check-in')).length).toBe(renamed.length);
  }, 30000);

  test('"remind me 10 minutes before the standup": the reminder of every standup on the user\'s own copy; the others keep theirs', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'remind me 10 minutes before the standup');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Set this reminder?', 'Daily standup', 'New reminder', '10 minutes before', 'Set reminder']));
    expect(proposal.texts.join(' ')).toMatch(/The whole series \(/);
    expect(proposal.texts).toContain('Only your own reminder changes: nobody else is told.');
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Reminder set', '10 minutes before']));
    const mine = await eventsOn(stack, ALEX_ID, 'Daily standup');
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.every((e) => e.isReminderOn === true && e.reminderMinutesBeforeStart === 10)).toBe(true);
    expect((await eventsOn(stack, MEGAN, 'Daily standup')).every((e) => e.reminderMinutesBeforeStart === 15)).toBe(true);
    // Said again: already so.
    expect(textOf(await client.say('remind me 10 minutes before the standup'))).toBe('You already get a reminder 10 minutes before "Daily standup".');
  }, 30000);

  test('"turn off the reminder for the quarterly planning": off on the user\'s own copy (an attendee\'s too); said again, already so', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'turn off the reminder for the quarterly planning');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Turn off its reminder?', 'Quarterly planning', 'Reminder', 'Off', 'Turn off']));
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Reminder off']));
    expect(only(await eventsOn(stack, ALEX_ID, 'Quarterly planning')).isReminderOn).toBe(false);
    expect(only(await eventsOn(stack, ADELE, 'Quarterly planning')).isReminderOn).toBe(true);
    expect(textOf(await client.say("don't remind me about the quarterly planning"))).toBe('You get no reminder for "Quarterly planning" already.');
  }, 30000);

  test('"remind me about the quarterly planning", how early not said: the reminder it has, else the usual 15 minutes', async () => {
    const client = new BotClient(stack.assistant.url);
    // On already (Outlook's 15 minutes): said so, nothing proposed.
    expect(textOf(await client.say('remind me about the quarterly planning'))).toBe('You already get a reminder 15 minutes before "Quarterly planning".');
    const off = await proposeThrough(client, 'turn off the reminder for the quarterly planning');
    await client.execute('meeting.confirm', { proposalId: off.id });
    expect(only(await eventsOn(stack, ALEX_ID, 'Quarterly planning')).isReminderOn).toBe(false);
    // Off: back on, at the usual lead.
    const proposal = await proposeThrough(client, 'remind me about the quarterly planning');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Set this reminder?', 'Quarterly planning', 'New reminder', '15 minutes before', 'Set reminder']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    const mine = only(await eventsOn(stack, ALEX_ID, 'Quarterly planning'));
    expect([mine.isReminderOn, mine.reminderMinutesBeforeStart]).toEqual([true, 15]);
  }, 30000);

  test('an attendee sets a reminder too: "remind me an hour before the quarterly planning" (Adele\'s meeting)', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'remind me an hour before the quarterly planning');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Set this reminder?', 'Quarterly planning', '1 hour before', 'Organizer', 'Adele Vance']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(only(await eventsOn(stack, ALEX_ID, 'Quarterly planning')).reminderMinutesBeforeStart).toBe(60);
    expect(only(await eventsOn(stack, ADELE, 'Quarterly planning')).reminderMinutesBeforeStart).toBe(15);
  }, 30000);
});
