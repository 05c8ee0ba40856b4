import { BotClient, cardTexts } from '../support/botClient';
import { useTestStack, type TestStack } from '../support/testStack';
import { ADELE, ALEX_ID, MEGAN, NOW, cardReply, eventsOn, fault, mailBody, mailsTo, only, proposeThrough, starts, textOf } from '../support/calendarKit';

/** Alex's response on the organizer's copy of a meeting. */
async function alexsAnswer(stack: TestStack, organizer: string, subject: string): Promise<string | undefined> {
  const copy = only((await eventsOn(stack, organizer, subject)).filter((e) => !e.isCancelled));
  return copy.attendees?.find((a) => a.emailAddress?.address === 'alexw@example.com')?.status?.response ?? undefined;
}

describe('every meeting of a period at once: "cancel all my meetings tomorrow"', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true });

  test('"I\'m sick today, cancel all my meetings": one card for the rest of today; Confirm deletes, cancels and declines each as its own card would', async () => {
    const client = new BotClient(stack.assistant.url);
    // 9:30 AM in Seattle: the standup (9:00) is under way and stays; the rest of Wednesday goes.
    const proposal = await proposeThrough(client, "I'm sick today, cancel all my meetings");
    expect(proposal.texts).toEqual(
      expect.arrayContaining([
        'Clear 3 meetings?',
        'Wed, Nov 18',
        'Delete',
        'Focus time, Wed, Nov 18, 10:30 – 11:30 AM',
        'Cancel',
        'Project Falcon design review, Wed, Nov 18, 1:00 – 2:00 PM',
        'Decline',
        '1:1 Alex / Megan, Wed, Nov 18, 3:00 – 3:30 PM',
        'Clear all 3',
        'Keep them as they are',
      ]),
    );
    expect(proposal.texts.join(' ')).not.toMatch(/Daily standup/);
    expect(proposal.texts.join(' ')).toMatch(/The people invited to your own meetings will get a cancellation\. The meeting organised by someone else will be declined/);

    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Cleared 3 meetings', 'Deleted', 'Cancelled', 'Declined']));
    expect(await eventsOn(stack, ALEX_ID, 'Focus time')).toEqual([]);
    expect((await eventsOn(stack, MEGAN, 'Project Falcon design review')).every((e) => e.isCancelled)).toBe(true);
    // The reason said first is the message the others get.
    const mail = only(await mailsTo(stack, 'meganb@example.com', 'Project Falcon design review'));
    expect(await mailBody(stack, MEGAN, mail)).toContain("I'm sick today");
    expect(await alexsAnswer(stack, MEGAN, '1:1 Alex / Megan')).toBe('declined');
    // The standup series is untouched: today's (under way) and the days after.
    expect(starts((await eventsOn(stack, ALEX_ID, 'Daily standup')).filter((e) => !e.isCancelled))).toEqual(
      expect.arrayContaining(['2026-11-18T09:00', '2026-11-19T09:00', '2026-11-20T09:00']),
    );
  }, 60000);

  test('"decline all meetings tomorrow" declines the invitations only: the user\'s own standup is left out, and said so', async () => {
    const client = new BotClient(stack.assistant.url);
    // "The meetings on thursday" are all of them too.
    expect(cardReply(await client.say('decline the meetings on thursday')).texts).toContain('Decline 2 invitations?');
    const proposal = await proposeThrough(client, 'decline all meetings tomorrow');
    expect(proposal.texts).toEqual(
      expect.arrayContaining([
        'Decline 2 invitations?',
        'Thu, Nov 19',
        'Quarterly planning, Thu, Nov 19, 10:00 – 11:00 AM',
        'Weekly sales sync, Thu, Nov 19, 11:00 – 11:30 AM',
        'Decline all 2',
      ]),
    );
    expect(proposal.texts.join(' ')).toMatch(/Adele Vance and Isaiah Langer will get your answer\. 1 meeting is your own, with no invitation to answer; I left it out\./);
    await client.execute('meeting.confirm', { proposalId: proposal.id, comment: 'Out sick' });
    expect(await alexsAnswer(stack, ADELE, 'Quarterly planning')).toBe('declined');
    expect(starts((await eventsOn(stack, ALEX_ID, 'Daily standup')).filter((e) => !e.isCancelled))).toContain('2026-11-19T09:00');
  }, 60000);

  test('"accept all pending invitations": the unanswered invitations of the coming two weeks, a series as a whole', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'accept all pending invitations');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Accept 1 invitation?', 'the next 14 days', 'Quarterly planning, Thu, Nov 19, 10:00 – 11:00 AM', 'Accept it']));
    // The 1:1 is accepted already, the user's own meetings are no invitations.
    expect(proposal.texts.join(' ')).not.toMatch(/1:1 Alex|your own/);
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(await alexsAnswer(stack, ADELE, 'Quarterly planning')).toBe('accepted');
  }, 60000);

  test('a failure part-way keeps what was done; Confirm again does the rest and nothing twice', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'clear my afternoon');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Clear 2 meetings?', 'Cancel', 'Decline']));
    // The design review (1 PM) is cancelled; declining the 1:1 (3 PM) fails for as long as Graph is busy.
    await fault(stack, { path: '/decline$', method: 'POST', status: 503, retryAfterSeconds: 0, count: 50 });
    const failed = await client.execute('meeting.confirm', { proposalId: proposal.id });
    const texts = cardTexts(failed.body.value);
    expect(texts.join(' ')).toMatch(/1 done, 1 left\. Microsoft 365 is busy right now.*Confirm again to do the rest\./);
    expect(texts).toEqual(expect.arrayContaining(['Cancelled', 'Decline']));
    expect((await eventsOn(stack, MEGAN, 'Project Falcon design review')).every((e) => e.isCancelled)).toBe(true);
    expect(await alexsAnswer(stack, MEGAN, '1:1 Alex / Megan')).not.toBe('declined');

    await fetch(`${stack.sim.url}/_sim/faults`, { method: 'DELETE' });
    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Cleared 2 meetings', 'Cancelled', 'Declined']));
    expect(await alexsAnswer(stack, MEGAN, '1:1 Alex / Megan')).toBe('declined');
    // One cancellation reached Megan: the design review was not cancelled a second time.
    expect(await mailsTo(stack, 'meganb@example.com', 'Project Falcon design review')).toHaveLength(1);
  }, 60000);

  test('"Keep them as they are" changes nothing; no day said is asked for; a move of everything is declined plainly', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'cancel everything tomorrow');
    const kept = await client.execute('meeting.discard', { proposalId: proposal.id });
    expect(cardTexts(kept.body.value)).toContain('Nothing changed');
    expect(starts((await eventsOn(stack, ALEX_ID, 'Daily standup')).filter((e) => !e.isCancelled))).toContain('2026-11-19T09:00');

    expect(textOf(await client.say('cancel all my meetings'))).toBe('Which day? Say it with the request, for example "cancel all my meetings tomorrow".');
    expect(textOf(await client.say('move everything on thursday to friday'))).toMatch(/I change anything else one meeting at a time/);
  }, 60000);
});
