import { BotClient, cardOf, cardTexts } from '../support/botClient';
import { useTestStack } from '../support/testStack';
import { ALEX_ID, NOW, addTwinPlanningSyncs, cardReply, eventsOn, only, proposeThrough, starts, textOf } from '../support/calendarKit';

const SET_ASIDE = "I've set aside what we were doing to look at this instead.";
const SERIES_QUESTION = /"Daily standup" repeats\. Just this one \(Mon, Nov 23\) or the whole series\?/;
const MOVE_MONDAY = 'move the standup on Monday to 10-10:15am';

describe('a message typed while the bot waits for an answer', () => {
  const stack = useTestStack(NOW, { freshTenantEachTest: true });

  test('"what\'s on Monday?" while the bot asks "just this one or the whole series?": Monday\'s agenda, the question set aside and not asked again', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say(MOVE_MONDAY))).toMatch(SERIES_QUESTION);

    const replies = await client.say("what's on Monday?");
    expect(replies).toHaveLength(2);
    expect(replies[0].text).toBe(SET_ASIDE);
    const agenda = cardTexts(cardOf(replies[1]));
    expect(agenda[0]).toBe('Monday, November 23');
    expect(agenda).toContain('Daily standup');
    expect(agenda).toContain('9:00 AM');

    // The question is gone: the next message is a request of its own, and nothing moved.
    const next = await client.say('my agenda today');
    expect(textOf(next)).not.toMatch(/repeats/);
    expect(cardTexts(cardOf(only(next)))[0]).toBe('Today, Wednesday, November 18');
    expect(starts(await eventsOn(stack, ALEX_ID, 'Daily standup'))).toContain('2026-11-23T09:00');
  }, 30000);

  test.each([
    ['my agenda today', 'Today, Wednesday, November 18'],
    ['what do I have tomorrow', 'Tomorrow, Thursday, November 19'],
  ])('"%s" while the series question is pending shows that agenda', async (request, heading) => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say(MOVE_MONDAY))).toMatch(SERIES_QUESTION);
    const replies = await client.say(request);
    expect(replies[0].text).toBe(SET_ASIDE);
    expect(cardTexts(cardOf(replies[1]))[0]).toBe(heading);
  }, 30000);

  test('"cancel the standup" while the series question is pending starts the cancellation instead', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say(MOVE_MONDAY))).toMatch(SERIES_QUESTION);
    const replies = await client.say('cancel the standup');
    expect(replies[0].text).toBe(SET_ASIDE);
    expect(textOf(replies.slice(1))).toMatch(/"Daily standup" repeats\. Just this one \(.+\) or the whole series\?/);
    const proposal = await proposeThrough(client, 'The whole series');
    // The series was held already: it ends after its last held meeting.
    expect(proposal.texts).toEqual(expect.arrayContaining(['End this series?', 'Daily standup']));
  }, 30000);

  test.each(['Just this one', 'this one', 'just this one please'])('"%s" answers the series question: only Monday\'s standup moves', async (answer) => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say(MOVE_MONDAY))).toMatch(SERIES_QUESTION);
    const replies = await client.say(answer);
    expect(textOf(replies)).not.toContain(SET_ASIDE);
    const { texts } = cardReply(replies);
    expect(texts).toEqual(expect.arrayContaining(['Mon, Nov 23, 9:00 – 9:15 AM (Pacific Time)', 'Mon, Nov 23, 10:00 – 10:15 AM (Pacific Time)', 'Just this occurrence']));
  }, 30000);

  test.each(['The whole series', 'whole series', '2'])('"%s" answers the series question with the whole series', async (answer) => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say(MOVE_MONDAY))).toMatch(SERIES_QUESTION);
    const replies = await client.say(answer);
    expect(textOf(replies)).not.toContain(SET_ASIDE);
    expect(cardReply(replies).texts.some((t) => t.startsWith('The whole series'))).toBe(true);
  }, 30000);

  test('"cancel" on its own still leaves the question, and something else is asked again', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say(MOVE_MONDAY))).toMatch(SERIES_QUESTION);
    expect(textOf(await client.say('Friday'))).toMatch(SERIES_QUESTION);
    expect(textOf(await client.say('cancel'))).toBe('OK, I left the meeting as it is.');
    expect(starts(await eventsOn(stack, ALEX_ID, 'Daily standup'))).toContain('2026-11-23T09:00');
  }, 30000);

  test.each([
    ['tomorrow at 3', 'Thu, Nov 19, 3:00 – 4:00 PM (Pacific Time)'],
    ['how about Friday at 11', 'Fri, Nov 20, 11:00 AM – 12:00 PM (Pacific Time)'],
    // The question's own example, and a new time said as part of a move, are read as the change.
    ['30 minutes later', 'Wed, Nov 18, 1:30 – 2:30 PM (Pacific Time)'],
    ['to 4pm', 'Wed, Nov 18, 4:00 – 5:00 PM (Pacific Time)'],
    ['make it 4pm', 'Wed, Nov 18, 4:00 – 5:00 PM (Pacific Time)'],
  ])('a short time answers "when should it move to?": "%s"', async (answer, moved) => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say('move the design review'))).toMatch(/When should "Project Falcon design review" move to\?/);
    const replies = await client.say(answer);
    expect(textOf(replies)).not.toContain(SET_ASIDE);
    expect(cardReply(replies).texts).toEqual(expect.arrayContaining(['Move this meeting?', moved]));
  }, 30000);

  test('"what\'s on Monday?" while the bot asks for a time is a question of its own, not the answer "Monday"', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say('move the design review'))).toMatch(/When should "Project Falcon design review" move to\?/);
    const replies = await client.say("what's on Monday?");
    expect(replies[0].text).toBe(SET_ASIDE);
    expect(cardTexts(cardOf(replies[1]))[0]).toBe('Monday, November 23');
  }, 30000);

  test('a name answers "who?": "Megan Bowen" for someone the directory did not find', async () => {
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say('meet with Bob tomorrow at 2pm about the contract'))).toMatch(/couldn't find anyone called "Bob"/);
    const replies = await client.say('Megan Bowen');
    expect(textOf(replies)).not.toContain(SET_ASIDE);
    expect(cardReply(replies).texts).toEqual(expect.arrayContaining(['Contract', 'Megan Bowen (meganb@example.com)']));
  }, 30000);

  test('a meeting picked by tapping its button is the answer, though its label reads like a meeting to set up', async () => {
    await addTwinPlanningSyncs(stack);
    const client = new BotClient(stack.assistant.url);
    expect(textOf(await client.say('move the planning sync to 4pm'))).toMatch(/More than one meeting fits/);
    const replies = await client.say('Planning sync (Fri 3:00 PM)');
    expect(textOf(replies)).not.toContain(SET_ASIDE);
    expect(cardReply(replies).texts).toEqual(expect.arrayContaining(['Fri, Nov 20, 3:00 – 3:30 PM (Pacific Time)', 'Fri, Nov 20, 4:00 – 4:30 PM (Pacific Time)']));
  }, 30000);
});
