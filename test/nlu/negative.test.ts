import { parse } from './expectParse';

const NOW = '2026-11-19T14:00:00Z';
const NY = 'America/New_York';

/** Things an assistant for calendar and mail cannot do, and text that must not yield a time. */
describe('out of scope', () => {
  it.each([
    'set an alarm for 7am',
    'wake me up at five am this week',
    'play some music',
    "what's the weather tomorrow",
    'tell me a joke',
    'turn off the lights in the kitchen',
    'order a pizza',
    'how much is a dollar in euros',
    'what time is it in tokyo',
    'call a taxi to the airport',
    'add milk to my shopping list',
    'create a to do list',
    "what's on my to do list",
    "what's happening in the news today",
    'when is thanksgiving',
    'what is the capital of france',
    'translate hello to french',
    'who won the game last night',
    'thanks, that\'s all',
  ])('%s -> none', (text) => {
    expect(parse(text, NOW, NY).intent).toBe('none');
  });
});

describe('no time where none was said', () => {
  it.each([
    'email Megan about the budget',
    'cancel the standup',
    'add isaiah@contoso.com to my contacts',
    'meet with Adele for 30 minutes',
    'room 4.12 is booked',
    'call 555 1234',
    'version 2.10 of the report',
    'we need 3 chairs',
  ])('%s', (text) => {
    const r = parse(text, NOW, NY);
    expect(r.entities.start).toBeUndefined();
    expect(r.spans.filter((s) => s.type === 'when')).toEqual([]);
  });

  it('"a second" is not a date', () => {
    expect(parse('give me a second', NOW, NY).spans.filter((s) => s.type === 'when')).toEqual([]);
  });
});
