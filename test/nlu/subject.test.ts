import { parse } from './expectParse';

const NOW = '2026-11-19T14:00:00Z';
const NY = 'America/New_York';

describe('subject from the event noun', () => {
  it.each([
    // A day before the noun says when, not which; a verb before it is no part of the name.
    ["postpone tomorrow's standup by an hour", 'standup'],
    ["cancel tomorrow's meeting", 'meeting'],
    ["where is tuesday's morning meeting", 'morning meeting'],
    // A weekday without "'s" may be the name's own ("Friday sync").
    ['decline the Friday sync', 'Friday sync'],
    ['schedule a quick sync with Adele tomorrow', 'quick sync'],
    ['put a dentist appointment on dec 4 at 8:15am', 'dentist appointment'],
  ])('%s -> %s', (text, subject) => {
    expect({ text, subject: parse(text, NOW, NY).entities.subject }).toEqual({ text, subject });
  });
});
