import { BotClient, cardTexts } from '../support/botClient';
import { useTestStack } from '../support/testStack';
import { ALEX_ID, MEGAN, NOW, PATTI, cardReply, eventsOn, fault, mailBody, mailsTo, only, proposalIdOf, proposeThrough, starts, textOf } from '../support/calendarKit';

describe('cancelling a meeting by conversation', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true });

  test('organizer: "cancel the design review" → confirmed with a message → attendees\' copies cancelled and they get the message', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'cancel the design review');
    expect(proposal.texts).toEqual(
      expect.arrayContaining(['Cancel this meeting?', 'Project Falcon design review', 'Wed, Nov 18, 1:00 – 2:00 PM (Pacific Time)', 'Cancel meeting', 'Keep it as it is']),
    );
    expect(proposal.texts.join(' ')).toMatch(/Megan Bowen and Patti Fernandez will get a cancellation/);
    expect(starts((await eventsOn(stack, MEGAN, 'Project Falcon design review')).filter((e) => !e.isCancelled))).toEqual(['2026-11-18T13:00']);

    const done = await client.execute('meeting.confirm', { proposalId: proposal.id, comment: 'Postponed until the specs are ready' });
    expect(cardTexts(done.body.value)).toEqual(expect.arrayContaining(['Cancelled', 'Postponed until the specs are ready']));

    expect((await eventsOn(stack, ALEX_ID, 'Project Falcon design review')).filter((e) => !e.isCancelled)).toEqual([]);
    for (const attendee of [MEGAN, PATTI]) {
      const copies = await eventsOn(stack, attendee, /Project Falcon design review/);
      expect(copies.every((e) => e.isCancelled)).toBe(true);
    }
    const mail = only(await mailsTo(stack, 'meganb@example.com', 'Project Falcon design review'));
    expect(await mailBody(stack, MEGAN, mail)).toContain('Postponed until the specs are ready');
  }, 30000);

  test('the message said after a dash: "cancel the design review - the client postponed" puts it on the card and in the attendees\' mail', async () => {
    const client = new BotClient(stack.assistant.url);
    const reply = cardReply(await client.say('cancel the design review - the client postponed'));
    expect(reply.texts).toContain('Project Falcon design review');
    expect(JSON.stringify(reply.card)).toContain('"value":"the client postponed"');
    // Confirming without touching the box sends what was said.
    await client.execute('meeting.confirm', { proposalId: proposalIdOf(reply.card) });
    const mail = only(await mailsTo(stack, 'meganb@example.com', 'Project Falcon design review'));
    expect(await mailBody(stack, MEGAN, mail)).toContain('the client postponed');
  }, 30000);

  test('attendee: "cancel my 3pm" becomes a decline, and the organizer sees it', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'cancel my 3pm');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Decline this meeting?', '1:1 Alex / Megan', 'Decline']));
    expect(proposal.texts.join(' ')).toMatch(/Megan Bowen organises this meeting, so I can't cancel it for everyone\. I'll decline it/);

    const done = await client.execute('meeting.confirm', { proposalId: proposal.id, comment: "Sorry, I can't make it" });
    expect(cardTexts(done.body.value)).toContain('Declined');
    expect((await eventsOn(stack, ALEX_ID, '1:1 Alex / Megan')).filter((e) => !e.isCancelled)).toEqual([]);
    const organizers = only(await eventsOn(stack, MEGAN, '1:1 Alex / Megan'));
    expect(organizers.isCancelled).toBeFalsy();
    expect(organizers.attendees?.find((a) => a.emailAddress?.address === 'alexw@example.com')?.status?.response).toBe('declined');
  }, 30000);

  test('one occurrence: "cancel the standup" → "Just this one" leaves the rest of the series', async () => {
    const client = new BotClient(stack.assistant.url);
    const question = await client.say('cancel the standup');
    expect(textOf(question)).toMatch(/Just this one \(Thu, Nov 19\) or the whole series\?/);
    const proposal = await proposeThrough(client, 'just this one');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Cancel this meeting?', 'Just this occurrence']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    for (const who of [ALEX_ID, MEGAN]) {
      const standing = starts((await eventsOn(stack, who, /Daily standup/)).filter((e) => !e.isCancelled));
      expect(standing).toEqual(expect.arrayContaining(['2026-11-18T09:00', '2026-11-20T09:00', '2026-11-23T09:00']));
      expect(standing).not.toContain('2026-11-19T09:00');
    }
  }, 30000);

  test('the whole series said ("cancel the standup series", "stop the daily standup"): no question, the series proposed', async () => {
    for (const said of ['cancel the standup series', 'stop the daily standup']) {
      const client = new BotClient(stack.assistant.url);
      const proposal = await proposeThrough(client, said);
      // Some of it was held: it ends after the last held meeting rather than vanishing with them.
      expect(proposal.texts).toEqual(expect.arrayContaining(['End this series?', 'Daily standup']));
      expect(proposal.texts.join(' ')).toMatch(/The whole series \(/);
    }
  }, 30000);

  test('an end said ("end the standup series on friday"): meetings up to then stay, none after; said again, it already ends', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'end the standup series on friday');
    expect(proposal.texts).toEqual(expect.arrayContaining(['End this series?', 'Daily standup', 'End series']));
    expect(proposal.texts.join(' ')).toMatch(/Its meetings up to Fri, Nov 20, 2026 stay; there are none after it\. Megan Bowen, Adele Vance and Isaiah Langer will get the updated invitation/);
    // Nothing changes before Confirm.
    expect(starts((await eventsOn(stack, MEGAN, 'Daily standup')).filter((e) => !e.isCancelled))).toContain('2026-11-23T09:00');

    const done = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)).toContain('Series ended');
    for (const who of [ALEX_ID, MEGAN]) {
      const standing = starts((await eventsOn(stack, who, 'Daily standup')).filter((e) => !e.isCancelled));
      // Those already held and those up to Friday stay.
      expect(standing).toEqual(expect.arrayContaining(['2026-11-16T09:00', '2026-11-19T09:00', '2026-11-20T09:00']));
      expect(standing.filter((s) => s > '2026-11-21')).toEqual([]);
    }

    const again = await client.say('stop the standup series after this week');
    expect(textOf(again)).toBe('"Daily standup" already ends on Fri, Nov 20, 2026; nothing to change.');
  }, 30000);

  test('"the call with Megan", "the focus time block": words for a meeting as such name none of their own', async () => {
    const client = new BotClient(stack.assistant.url);
    const call = await proposeThrough(client, 'cancel the call with Megan');
    expect(call.texts).toEqual(expect.arrayContaining(['Decline this meeting?', '1:1 Alex / Megan']));
    const block = await proposeThrough(client, 'remove the focus time block');
    expect(block.texts).toEqual(expect.arrayContaining(['Delete this event?', 'Focus time']));
  }, 30000);

  test('a mistyped meeting word: "cancel my meetng with Megan" is the meeting with her, not one called "meetng"', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'cancel my meetng with Megan');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Decline this meeting?', '1:1 Alex / Megan']));
  }, 30000);

  test('outside a dialog, "cancel it" after a details card cancels that event; one nobody else is in is deleted', async () => {
    const client = new BotClient(stack.assistant.url);
    const details = cardReply(await client.say('when is my focus time?'));
    expect(details.texts).toContain('Focus time');
    const proposal = await proposeThrough(client, 'cancel it');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Delete this event?', 'Focus time']));
    await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(await eventsOn(stack, ALEX_ID, 'Focus time')).toEqual([]);
  }, 30000);

  test('"Keep it as it is" drops the proposal: nothing changes, and its Confirm no longer works', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'cancel the design review');
    const kept = await client.execute('meeting.discard', { proposalId: proposal.id });
    expect(cardTexts(kept.body.value)).toContain('Nothing changed');
    const late = await client.execute('meeting.confirm', { proposalId: proposal.id });
    expect(cardTexts(late.body.value)).toContain('Nothing changed');
    expect(starts((await eventsOn(stack, MEGAN, 'Project Falcon design review')).filter((e) => !e.isCancelled))).toEqual(['2026-11-18T13:00']);
  }, 30000);

  test('a lasting 503 on cancel: "try again", and neither the organizer\'s event nor the copies change', async () => {
    const client = new BotClient(stack.assistant.url);
    const proposal = await proposeThrough(client, 'cancel the design review');
    await fault(stack, { path: '/cancel$', method: 'POST', status: 503, retryAfterSeconds: 0, count: 10 });
    const failed = await client.execute('meeting.confirm', { proposalId: proposal.id, comment: 'Off' });
    expect(cardTexts(failed.body.value).join(' ')).toMatch(/Nothing was changed: Microsoft 365 is busy right now, so I couldn't cancel it\. Please try again/);
    // The message typed stays on the card for the next try.
    expect(JSON.stringify(failed.body.value)).toContain('"value":"Off"');
    expect(only(await eventsOn(stack, ALEX_ID, 'Project Falcon design review')).isCancelled).toBeFalsy();
    expect(only(await eventsOn(stack, MEGAN, 'Project Falcon design review')).isCancelled).toBeFalsy();
  }, 60000);
});
