import type * as Graph from '@microsoft/microsoft-graph-types';
import { BotClient, cardTexts } from '../support/botClient';
import { useTestStack, clearFaults } from '../support/testStack';
import { ADELE, ALEX_ID, MEGAN, NOW, PATTI, cardReply, eventsOn, fault, graphSend, mailsTo, meetingRequestsTo, only, proposeThrough, starts, textOf } from '../support/calendarKit';

const LYNNE = '00000000-0000-0000-0000-0000000000025';
const REVIEW = 'Project Falcon design review';

describe('changing who is invited by conversation', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true });

  async function invitedTo(userId: string, subject: string): Promise<string[]> {
    const event = only(await eventsOn(stack, userId, subject));
    return (event.attendees ?? []).map((a) => a.emailAddress?.address ?? '').sort();
  }

  test('"add Adele to it" after a details card: proposal, then Adele is on the organizer\'s event, has her own copy and an invitation', async () => {
    const client = new BotClient(stack.assistant.url);
    const details = cardReply(await client.say('when is the design review?'));
    expect(details.texts).toContain(REVIEW);

    const proposal = await proposeThrough(client, 'add Adele to it');
    expect(proposal.texts).toEqual(
      expect.arrayContaining(['Update the invitation?', REVIEW, 'Wed, Nov 18, 1:00 – 2:00 PM (Pacific Time)', 'Add', 'Adele Vance', 'Adele Vance will get an invitation.', 'Update']),
    );
    // Nothing changes before Confirm.
    expect(await invitedTo(ALEX_ID, REVIEW)).toEqual(['meganb@example.com', 'pattif@example.com']);
    expect(await eventsOn(stack, ADELE, REVIEW)).toHaveLength(0);

    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Invitation updated', 'Added', 'Adele Vance', 'Adele Vance got an invitation.']));
    expect(JSON.stringify(done.body.value)).not.toContain('Action.Execute');

    expect(await invitedTo(ALEX_ID, REVIEW)).toEqual(['adelev@example.com', 'meganb@example.com', 'pattif@example.com']);
    const copy = only(await eventsOn(stack, ADELE, REVIEW));
    expect(copy.start?.dateTime).toBe('2026-11-18T13:00:00.0000000');
    expect(copy.responseStatus?.response).toBe('notResponded');
    expect(await meetingRequestsTo(stack, 'adelev@example.com', REVIEW)).toBe(1);
    // Those already invited keep their copy and are not asked again.
    expect(only(await eventsOn(stack, MEGAN, REVIEW)).start?.dateTime).toBe('2026-11-18T13:00:00.0000000');
    expect(await meetingRequestsTo(stack, 'meganb@example.com', REVIEW)).toBe(0);
  }, 30000);

  test('"add lynner@example.com to my 1pm": an address, the meeting by its time', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'add lynner@example.com to my 1pm');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update the invitation?', REVIEW, 'Lynne Robbins']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(await invitedTo(ALEX_ID, REVIEW)).toContain('lynner@example.com');
    expect(starts(await eventsOn(stack, LYNNE, REVIEW))).toEqual(['2026-11-18T13:00']);
    expect(await meetingRequestsTo(stack, 'lynner@example.com', REVIEW)).toBe(1);
  }, 30000);

  test('"invite Isaiah and Adele to the design review": both added in one change', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'invite Isaiah and Adele to the design review');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Isaiah Langer and Adele Vance']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(await invitedTo(ALEX_ID, REVIEW)).toEqual(['adelev@example.com', 'isaiahl@example.com', 'meganb@example.com', 'pattif@example.com']);
    expect(await eventsOn(stack, ADELE, REVIEW)).toHaveLength(1);
  }, 30000);

  test('"remove Patti from the design review": off the organizer\'s list, her copy gone, a cancellation sent to her only', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'remove Patti from the design review');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update the invitation?', 'Remove', 'Patti Fernandez', 'Patti Fernandez will get a cancellation.']));
    expect(await eventsOn(stack, PATTI, REVIEW)).toHaveLength(1);

    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Invitation updated', 'Removed', 'Patti Fernandez got a cancellation.']));
    expect(await invitedTo(ALEX_ID, REVIEW)).toEqual(['meganb@example.com']);
    expect(await eventsOn(stack, PATTI, REVIEW)).toHaveLength(0);
    expect(await mailsTo(stack, 'pattif@example.com', `Canceled: ${REVIEW}`)).toHaveLength(1);
    expect(await mailsTo(stack, 'meganb@example.com', `Canceled: ${REVIEW}`)).toHaveLength(0);
    expect(await eventsOn(stack, MEGAN, REVIEW)).toHaveLength(1);
  }, 30000);

  test('someone not invited, someone already invited: told, and nothing is proposed when nothing is left to do', async () => {
    const client = new BotClient(stack.assistant.url);
    const notThere = await client.say('remove Lynne from the design review');
    expect(textOf(notThere)).toMatch(/I can't find "Lynne" among the people invited to "Project Falcon design review"\./);
    const already = await client.say('add Megan to the design review');
    expect(textOf(already)).toMatch(/Megan Bowen is already invited to "Project Falcon design review"\./);
    expect(already.every((r) => !r.attachments?.length)).toBe(true);
    expect(await invitedTo(ALEX_ID, REVIEW)).toEqual(['meganb@example.com', 'pattif@example.com']);
  }, 30000);

  test('two invited people fit the name: asked which one, and only that one is taken off', async () => {
    await graphSend(stack, 'POST', `/users/${ALEX_ID}/events`, {
      subject: 'Launch readiness',
      start: { dateTime: '2026-11-20T10:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2026-11-20T11:00:00', timeZone: 'Pacific Standard Time' },
      attendees: [
        { emailAddress: { address: 'meganb@example.com', name: 'Megan Bowen' }, type: 'required' },
        { emailAddress: { address: 'megan.smith@contoso.com', name: 'Megan Smith' }, type: 'required' },
      ],
    });
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('remove Megan from the launch readiness');
    expect(textOf(question)).toMatch(/More than one "Megan" is invited\. Which one should I take off\?/);
    const proposal = await proposeThrough(client, 'Megan Smith (megan.smith@contoso.com)');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Remove', 'Megan Smith']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(await invitedTo(ALEX_ID, 'Launch readiness')).toEqual(['meganb@example.com']);
    expect(await eventsOn(stack, MEGAN, 'Launch readiness')).toHaveLength(1);
  }, 30000);

  test('a name nobody has: asked for an address, which is then invited', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('add Zelda to the design review');
    expect(textOf(question)).toMatch(/I couldn't find anyone called "Zelda" in your organisation\. What's their email address\?/);
    const proposal = await proposeThrough(client, 'zelda@contoso.com');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update the invitation?', 'zelda@contoso.com']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(await invitedTo(ALEX_ID, REVIEW)).toContain('zelda@contoso.com');
  }, 30000);

  test('"invite the whole team to the design review": an invitation change that asks for the team\'s address, not a new meeting', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('invite the whole team to the design review');
    expect(textOf(question)).toMatch(/I couldn't find anyone called "the whole team" in your organisation\. What's their email address\?/);
    const proposal = await proposeThrough(client, 'falcon-team@example.com');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update the invitation?', REVIEW, 'falcon-team@example.com']));
  }, 30000);

  test('"add lynner@example.com to my 3pm" when Megan organises it: told only she can, nothing changes', async () => {
    const client = new BotClient(stack.assistant.url);
    const replies = await client.say('add lynner@example.com to my 3pm');
    expect(textOf(replies)).toMatch(/"1:1 Alex \/ Megan" is organised by Megan Bowen, so only they can change who's invited/);
    expect(await invitedTo(MEGAN, '1:1 Alex / Megan')).toEqual(['alexw@example.com']);
    expect(await eventsOn(stack, LYNNE, '1:1 Alex / Megan')).toHaveLength(0);
  }, 30000);

  test('the whole series: "add Patti to the standup" → "The whole series" puts every occurrence in her calendar', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('add Patti to the standup');
    expect(textOf(question)).toMatch(/repeats\. Just this one \(.+\) or the whole series\?/);
    const proposal = await proposeThrough(client, 'The whole series');
    expect(proposal.texts.some((t) => t.startsWith('The whole series'))).toBe(true);
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    const hers = starts(await eventsOn(stack, PATTI, 'Daily standup'));
    expect(hers.length).toBeGreaterThan(5);
    expect(hers).toEqual(starts(await eventsOn(stack, ALEX_ID, 'Daily standup')));
    expect(await meetingRequestsTo(stack, 'pattif@example.com', 'Daily standup')).toBe(1);
  }, 30000);

  test('a pending question is set aside for "add Adele to the design review"', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('schedule a meeting with Megan');
    expect(textOf(question)).toMatch(/When should it be\?/);
    const replies = await client.say('add Adele to the design review');
    expect(textOf(replies)).toMatch(/I've set aside what we were doing/);
    const { card } = cardReply(replies.filter((r) => (r.attachments ?? []).length > 0));
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['Update the invitation?', 'Adele Vance']));
  }, 30000);

  test('Confirm twice at once: one change, one invitation', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'invite Adele to the design review');
    const [first, second] = await Promise.all([
      client.execute('meeting.confirm', { proposalId: proposal.id }),
      client.execute('meeting.confirm', { proposalId: proposal.id }),
    ]);
    expect(cardTexts(first.body.value)).toContain('Invitation updated');
    expect(cardTexts(second.body.value)).toContain('Invitation updated');
    const again = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(again.body.value)).toContain('Invitation updated');
    expect(await invitedTo(ALEX_ID, REVIEW)).toEqual(['adelev@example.com', 'meganb@example.com', 'pattif@example.com']);
    expect(await eventsOn(stack, ADELE, REVIEW)).toHaveLength(1);
    expect(await meetingRequestsTo(stack, 'adelev@example.com', REVIEW)).toBe(1);
  }, 30000);

  test('a lasting 503: a "try again" card, nobody added or removed, and Confirm works once Graph is back', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'remove Patti from the design review');
    await fault(stack, { path: '/events/', method: 'PATCH', status: 503, retryAfterSeconds: 0, count: 10 });
    const failed = await client.execute('meeting.confirm', { proposalId: proposal.id });
    const texts = cardTexts(failed.body.value);
    expect(texts.join(' ')).toMatch(/Nothing was changed: Microsoft 365 is busy right now, so I couldn't update the invitation\. Please try again in a minute\./);
    expect(texts).toContain('Update the invitation?');
    expect(await invitedTo(ALEX_ID, REVIEW)).toEqual(['meganb@example.com', 'pattif@example.com']);
    expect(await eventsOn(stack, PATTI, REVIEW)).toHaveLength(1);
    expect(await mailsTo(stack, 'pattif@example.com', `Canceled: ${REVIEW}`)).toHaveLength(0);

    await clearFaults(stack);
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toContain('Invitation updated');
    expect(await eventsOn(stack, PATTI, REVIEW)).toHaveLength(0);
  }, 60000);
});

describe('changing who is invited to one occurrence of a series', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true });
  const STANDUP = 'Daily standup';
  const ISAIAH = '00000000-0000-0000-0000-0000000000023';

  function addresses(e: Graph.Event): string[] {
    return (e.attendees ?? []).map((a) => a.emailAddress?.address ?? '').sort();
  }

  test('"add Patti to the standup", "Just this one": that occurrence alone is hers, with an invitation; the rest of the series is unchanged', async () => {
    const client = new BotClient(stack.assistant.url);
    await client.say('add Patti to the standup');
    const proposal = await proposeThrough(client, 'Just this one');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update the invitation?', 'Thu, Nov 19, 9:00 – 9:15 AM (Pacific Time)', 'Just this occurrence', 'Patti Fernandez']));
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Invitation updated', 'Patti Fernandez got an invitation.']));
    expect(JSON.stringify(done.body.value)).not.toContain('Action.Execute');

    const alexs = await eventsOn(stack, ALEX_ID, STANDUP);
    const thursday = only(alexs.filter((e) => e.start?.dateTime?.startsWith('2026-11-19')));
    expect(thursday.type).toBe('exception');
    expect(addresses(thursday)).toEqual(['adelev@example.com', 'isaiahl@example.com', 'meganb@example.com', 'pattif@example.com']);
    const others = alexs.filter((e) => e !== thursday);
    expect(others.length).toBeGreaterThan(5);
    for (const e of others) expect(addresses(e)).not.toContain('pattif@example.com');

    expect(starts(await eventsOn(stack, PATTI, STANDUP))).toEqual(['2026-11-19T09:00']);
    expect(await meetingRequestsTo(stack, 'pattif@example.com', STANDUP)).toBe(1);
    // Those already invited see the new list on their copy and are not asked again.
    const megansThursday = only((await eventsOn(stack, MEGAN, STANDUP)).filter((e) => e.start?.dateTime?.startsWith('2026-11-19')));
    expect(addresses(megansThursday)).toContain('pattif@example.com');
    expect(await meetingRequestsTo(stack, 'meganb@example.com', STANDUP)).toBe(0);
  }, 30000);

  test("the day said with the name: \"add Patti to Friday's standup\", \"Just this one\" invites her to Friday's occurrence", async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say("add Patti to Friday's standup");
    expect(textOf(question)).toMatch(/Just this one \(Fri, Nov 20\)/);
    const proposal = await proposeThrough(client, 'Just this one');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Fri, Nov 20, 9:00 – 9:15 AM (Pacific Time)', 'Patti Fernandez']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(starts(await eventsOn(stack, PATTI, STANDUP))).toEqual(['2026-11-20T09:00']);
  }, 30000);

  test('"remove Isaiah from the standup", "Just this one": that occurrence leaves his calendar with a cancellation; he keeps the others', async () => {
    const client = new BotClient(stack.assistant.url);
    const isaiahsBefore = starts(await eventsOn(stack, ISAIAH, STANDUP));
    expect(isaiahsBefore).toContain('2026-11-19T09:00');
    await client.say('remove Isaiah from the standup');
    const proposal = await proposeThrough(client, 'Just this one');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Just this occurrence', 'Isaiah Langer']));
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Invitation updated', 'Isaiah Langer got a cancellation.']));

    const thursday = only((await eventsOn(stack, ALEX_ID, STANDUP)).filter((e) => e.start?.dateTime?.startsWith('2026-11-19')));
    expect(addresses(thursday)).toEqual(['adelev@example.com', 'meganb@example.com']);
    expect(starts(await eventsOn(stack, ISAIAH, STANDUP))).toEqual(isaiahsBefore.filter((s) => s !== '2026-11-19T09:00'));
    expect(await mailsTo(stack, 'isaiahl@example.com', `Canceled: ${STANDUP}`)).toHaveLength(1);
  }, 30000);
});

