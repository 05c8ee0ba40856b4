import { BotClient, cardTexts } from '../support/botClient';
import { useTestStack } from '../support/testStack';
import { ADELE, ALEX_ID, MEGAN, NOW, cardReply, eventsOn, graphSend, mailBody, mailsTo, only, postMeeting, proposeThrough, textOf } from '../support/calendarKit';

describe('answering an invitation by conversation', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true });

  test('"accept the quarterly planning": confirmed, then accepted in Alex\'s copy and in Adele\'s meeting', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'accept the quarterly planning');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Accept this invitation?', 'Quarterly planning', 'Accept']));
    expect(only(await eventsOn(stack, ALEX_ID, 'Quarterly planning')).responseStatus?.response).not.toBe('accepted');

    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toContain('Accepted');
    expect(only(await eventsOn(stack, ALEX_ID, 'Quarterly planning')).responseStatus?.response).toBe('accepted');
    const adeles = only(await eventsOn(stack, ADELE, 'Quarterly planning'));
    expect(adeles.attendees?.find((a) => a.emailAddress?.address === 'alexw@example.com')?.status?.response).toBe('accepted');
  }, 30000);

  test('by who sent it: "accept Adele\'s invite", "decline the invite from Adele for tomorrow" find the quarterly planning', async () => {
    const client = new BotClient(stack.assistant.url);
    const accept = await proposeThrough(client, "accept Adele's invite");
    expect(accept.texts).toEqual(expect.arrayContaining(['Accept this invitation?', 'Quarterly planning', 'Adele Vance will get your answer.']));
    const decline = await proposeThrough(client, 'decline the invite from Adele for tomorrow');
    expect(decline.texts).toEqual(expect.arrayContaining(['Decline this invitation?', 'Quarterly planning', 'Thu, Nov 19, 10:00 – 11:00 AM (Pacific Time)']));
    await client.execute('meeting.confirm', { proposalId: accept.id });
    expect(only(await eventsOn(stack, ALEX_ID, 'Quarterly planning')).responseStatus?.response).toBe('accepted');
  }, 30000);

  test('nobody\'s meeting in the days said: told where it looked', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say('accept everything from Lynne next week'))).toBe('I found no meeting with Lynne in that time.');
    // Lynne organises nothing of Alex's tomorrow, but is invited to the quarterly planning.
    expect(cardReply(await client.say('decline the meeting with Lynne tomorrow')).texts).toEqual(expect.arrayContaining(['Decline this invitation?', 'Quarterly planning']));
  }, 30000);

  test('a day alone: "decline the meeting on thursday" asks which of that day\'s meetings ("the meetings" are all of them: clearMeetings.test.ts)', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = textOf(await client.say('decline the meeting on thursday'));
    expect(question).toMatch(/More than one meeting fits\. Which one do you mean\?/);
    expect(question).toMatch(/Quarterly planning/);
    expect(question).toMatch(/Daily standup/);
  }, 30000);

  test('"decline the quarterly planning and propose friday at 2": the card shows the time proposed; Adele\'s meeting carries it as Alex\'s proposal', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'decline the quarterly planning and propose friday at 2');
    expect(proposal.texts).toEqual(
      expect.arrayContaining([
        'Decline and propose a new time?',
        'Quarterly planning',
        'Propose',
        'Fri, Nov 20, 2:00 – 3:00 PM (Pacific Time)',
        'Adele Vance will get your answer and can move the meeting to the time you propose.',
        'Decline and propose',
      ]),
    );
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Declined, new time proposed', 'Proposed']));
    const adeles = only(await eventsOn(stack, ADELE, 'Quarterly planning'));
    const alex = adeles.attendees?.find((a) => a.emailAddress?.address === 'alexw@example.com');
    expect(alex?.status?.response).toBe('declined');
    // Friday 2-3pm Pacific, the meeting's hour length kept.
    expect([alex?.proposedNewTime?.start?.dateTime, alex?.proposedNewTime?.end?.dateTime].map((t) => new Date(`${t}Z`).toISOString())).toEqual(['2026-11-20T22:00:00.000Z', '2026-11-20T23:00:00.000Z']);
    expect(await mailsTo(stack, 'adelev@example.com', 'New Time Proposed: Quarterly planning')).toHaveLength(1);
  }, 30000);

  test('"propose friday at 2 instead", after asking about the meeting: a tentative answer with the proposal', async () => {
    const client = new BotClient(stack.assistant.url);
    await client.say('when is the quarterly planning?');
    const proposal = await proposeThrough(client, 'propose friday at 2 instead');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Tentatively accept and propose a new time?', 'Quarterly planning', 'Fri, Nov 20, 2:00 – 3:00 PM (Pacific Time)']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    const alex = only(await eventsOn(stack, ADELE, 'Quarterly planning')).attendees?.find((a) => a.emailAddress?.address === 'alexw@example.com');
    expect(alex?.status?.response).toBe('tentativelyAccepted');
    expect(alex?.proposedNewTime).toBeDefined();
  }, 30000);

  test('"suggest a new time for the quarterly planning": asked which time, then the card with it', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say('suggest a new time for the quarterly planning'))).toBe('What time should I propose for "Quarterly planning"? For example "tomorrow at 2pm" or "friday morning".');
    const proposal = cardReply(await client.say('friday at 2'));
    expect(proposal.texts).toEqual(expect.arrayContaining(['Tentatively accept and propose a new time?', 'Fri, Nov 20, 2:00 – 3:00 PM (Pacific Time)']));
  }, 30000);

  test('a meeting whose organizer takes no proposals: told so, nothing answered', async () => {
    const sync = await postMeeting(stack, MEGAN, 'Friday sync', '2026-11-20T14:00', '2026-11-20T14:30', ['alexw@example.com']);
    await graphSend(stack, 'PATCH', `/users/${MEGAN}/events/${sync.id}`, { allowNewTimeProposals: false });
    const client = new BotClient(stack.assistant.url);
    const replies = await client.say('decline the friday sync and propose monday at 10');
    expect(textOf(replies)).toBe('Megan Bowen doesn\'t take proposed times for "Friday sync". You can still decline it and say in your message when suits you.');
    expect(replies.every((r) => !r.attachments?.length)).toBe(true);
    expect(only(await eventsOn(stack, MEGAN, 'Friday sync')).attendees?.[0]?.status?.response).not.toBe('declined');
  }, 30000);

  test('"decline Friday\'s sync, I\'m out": the comment is on the card and reaches the organizer; Alex\'s copy goes', async () => {
    await postMeeting(stack, MEGAN, 'Friday sync', '2026-11-20T14:00', '2026-11-20T14:30', ['alexw@example.com']);
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, "decline Friday's sync, I'm out");
    expect(proposal.texts).toEqual(expect.arrayContaining(['Decline this invitation?', 'Friday sync', 'Fri, Nov 20, 2:00 – 2:30 PM (Pacific Time)']));
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id, comment: "I'm out" });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Declined', "I'm out"]));

    expect((await eventsOn(stack, ALEX_ID, 'Friday sync')).filter((e) => !e.isCancelled)).toEqual([]);
    const megans = only(await eventsOn(stack, MEGAN, 'Friday sync'));
    expect(megans.attendees?.find((a) => a.emailAddress?.address === 'alexw@example.com')?.status?.response).toBe('declined');
    const answer = only(await mailsTo(stack, 'meganb@example.com', 'Declined: Friday sync'));
    expect(await mailBody(stack, MEGAN, answer)).toContain("I'm out");
  }, 30000);

  test('the comment said in the message is put on the card for the user to see before confirming', async () => {
    await postMeeting(stack, MEGAN, 'Friday sync', '2026-11-20T14:00', '2026-11-20T14:30', ['alexw@example.com']);
    const client = new BotClient(stack.assistant.url);
    const replies = await client.say("decline Friday's sync, I'm out");
    expect(JSON.stringify(cardReply(replies).card)).toContain(`"id":"comment"`);
    expect(JSON.stringify(cardReply(replies).card)).toContain(`"value":"I'm out"`);
    // Confirming without touching the box sends what was said.
    const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(JSON.stringify(cardReply(replies).card))![1];
    await client.execute('meeting.confirm', { proposalId });
    expect(await mailBody(stack, MEGAN, only(await mailsTo(stack, 'meganb@example.com', 'Declined: Friday sync')))).toContain("I'm out");
  }, 30000);

  test('"accept the design review" when Alex organises it: nothing to answer', async () => {
    const client = new BotClient(stack.assistant.url);
    const replies = await client.say('accept the design review');
    expect(textOf(replies)).toMatch(/is your own meeting, so there's no invitation to answer/);
  }, 30000);

  test('"tentatively accept it" after a details card answers that meeting', async () => {
    const client = new BotClient(stack.assistant.url);
    cardReply(await client.say('when is the quarterly planning?'));
    const proposal = await proposeThrough(client, 'tentatively accept it');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Tentatively accept this invitation?', 'Quarterly planning']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(only(await eventsOn(stack, ALEX_ID, 'Quarterly planning')).responseStatus?.response).toBe('tentativelyAccepted');
  }, 30000);
  test('a series invitation answered by name applies to the whole series: "tentatively accept the weekly sales sync"', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'tentatively accept the weekly sales sync');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Tentatively accept this invitation?', 'Weekly sales sync']));
    expect(proposal.texts.some((t) => t.startsWith('The whole series (Every Thursday'))).toBe(true);
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    const mine = await eventsOn(stack, ALEX_ID, 'Weekly sales sync');
    expect(mine.length).toBeGreaterThan(1);
    expect(mine.every((e) => e.responseStatus?.response === 'tentativelyAccepted')).toBe(true);
  }, 30000);

  test('an attendee cancelling one occurrence declines just that one; the organizer sees the decline there and the rest stands', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('cancel the weekly sales sync');
    expect(textOf(question)).toMatch(/Just this one \(Thu, Nov 19\) or the whole series\?/);
    const proposal = await proposeThrough(client, 'Just this one');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Decline this meeting?', 'Just this occurrence']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    const mine = (await eventsOn(stack, ALEX_ID, 'Weekly sales sync')).filter((e) => !e.isCancelled).map((e) => (e.start?.dateTime ?? '').slice(0, 10));
    expect(mine).not.toContain('2026-11-19');
    expect(mine).toContain('2026-11-26');
    const isaiahs = await eventsOn(stack, '00000000-0000-0000-0000-0000000000023', 'Weekly sales sync');
    const alexOn = (day: string): string | undefined =>
      isaiahs.find((e) => (e.start?.dateTime ?? '').startsWith(day))?.attendees?.find((a) => a.emailAddress?.address === 'alexw@example.com')?.status?.response ?? undefined;
    expect(alexOn('2026-11-19')).toBe('declined');
    expect(alexOn('2026-11-26')).toBe('accepted');
  }, 30000);
});
