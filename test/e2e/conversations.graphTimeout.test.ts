import { ALEX_ID, MEGAN, NOW, eventsOn, fault, only, starts } from '../support/calendarKit';
import { usePlaygroundStack } from '../support/playgroundStack';

// Graph given one second per call, so a reply held back longer is lost to the bot while the
// stand-in still carries the request out: the case a retried Schedule must not turn into two meetings.
const { stack, chat } = usePlaygroundStack(NOW, { GRAPH_TIMEOUT_MS: '1000' });

test('Schedule whose answer from Graph is lost: the card does not claim nothing was scheduled, and Schedule pressed again leaves one meeting in each calendar', async () => {
  const proposal = await chat.ask('meet with Megan tomorrow at 2pm about the launch');
  await fault(stack, { path: '/events', method: 'POST', delayMs: 1500, count: 1 });
  const unsure = await chat.press(proposal, 'Schedule');
  expect(unsure.texts[0]).toBe('Schedule this meeting?');
  expect(unsure.texts.join(' ')).not.toContain('Nothing was scheduled');
  expect(unsure.texts).toContain("I couldn't tell whether it was scheduled: Microsoft 365 didn't confirm it. Press Schedule again; it won't make a second meeting.");
  // The held-back create lands meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await eventsOn(stack, ALEX_ID, 'Launch')).toHaveLength(1);

  expect((await chat.press(unsure, 'Schedule')).texts[0]).toBe('Scheduled: Launch');
  for (const userId of [ALEX_ID, MEGAN]) expect(starts([only(await eventsOn(stack, userId, 'Launch'))])).toEqual(['2026-11-19T14:00']);
}, 60000);
