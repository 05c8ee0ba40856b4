import { ALEX, BotClient, cardOf, cardTexts } from '../support/botClient';
import { ALEX_ID, MEGAN, NOW, eventsOn, fault, only, proposeThrough, starts } from '../support/calendarKit';
import { useTestStack } from '../support/testStack';

// Graph given one second per call, so a reply held back longer is lost to the bot while the
// stand-in still carries the request out.
describe('a bot restarted between two presses of Schedule', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true, env: { GRAPH_TIMEOUT_MS: '1000' } });

  test('the meeting whose answer was lost before the restart is not made twice by the new process', async () => {
    const before = new BotClient(stack.assistant.url, ALEX, 'personal-restart');
    const proposal = await proposeThrough(before, 'meet with Megan tomorrow at 2pm about the launch');
    await fault(stack, { path: '/events', method: 'POST', delayMs: 1500, count: 1 });
    const unsure = await before.execute('event.confirm', { proposalId: proposal.id });
    expect(cardTexts(unsure.body.value)).toContain("I couldn't tell whether it was scheduled: Microsoft 365 didn't confirm it. Press Schedule again; it won't make a second meeting.");
    // The held-back create lands meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await eventsOn(stack, ALEX_ID, 'Launch')).toHaveLength(1);

    await stack.restartAssistant();
    const after = new BotClient(stack.assistant.url, ALEX, 'personal-restart');
    const done = await after.execute('event.confirm', { proposalId: proposal.id });
    expect(cardTexts(done.body.value)[0]).toBe('Scheduled: Launch');
    // A third press, on the card from before the restart, is the same answer again.
    expect(cardTexts((await after.execute('event.confirm', { proposalId: proposal.id })).body.value)[0]).toBe('Scheduled: Launch');
    for (const userId of [ALEX_ID, MEGAN]) expect(starts([only(await eventsOn(stack, userId, 'Launch'))])).toEqual(['2026-11-19T14:00']);
    // The new process still knows the conversation: "it" is the meeting just scheduled.
    expect(cardTexts(cardOf(only(await after.say('cancel it'))))).toEqual(expect.arrayContaining(['Launch']));
  }, 60000);
});
