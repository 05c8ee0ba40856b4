import { recognize } from '../../src/nlu';
import { toOriginalRange } from '../../src/nlu/normalizedText';
import { normalizeSpelledNumbers } from '../../src/nlu/spelledNumbers';

describe('spelled-out numbers', () => {
  it.each([
    ['wake me up at five am', 'wake me up at 5 am'],
    ['twenty third march', '23rd march'],
    ['half past four', '4:30'],
    ['quarter to nine', '8:45'],
    ['ten thirty am', '10:30 am'],
    ['four hundred pm', '4:00 pm'],
    ['the second of may', 'the 2nd of may'],
    ['first monday of each month', '1st monday of each month'],
    ['at 0930', 'at 09:30'],
    ['between two and four', 'from 2 to 4'],
    ['thursday 3-4', 'thursday 3:00-4:00'],
    ['block off 3-5 on thursday', 'block off 3:00-5:00 on thursday'],
    ['10-11:30 tomorrow', '10:00-11:30 tomorrow'],
    // Minutes past or to an hour; "to" only after a word of a time.
    ['call at 10 past 2', 'call at 2:10'],
    ['twenty five past nine', '9:25'],
    ['meet at 10 to 4', 'meet at 3:50'],
    ['move my 10 to 11', 'move my 10 to 11'],
    ['from 10 to 4', 'from 10 to 4'],
    // Chat's clock shorthand, but not a room's number.
    ['sync at 3p', 'sync at 3pm'],
    ['call 10:30a tomorrow', 'call 10:30am tomorrow'],
    ['drinks 5ish', 'drinks 5:00'],
    ['lunch around noonish', 'lunch around noon'],
    ['meet in room 3a at 2pm', 'meet in room 3a at 2pm'],
    ['the 13p bus', 'the 13p bus'],
    // Not an hour range: counts, dates and scores away from a day.
    ['2-3 people on monday', '2-3 people on monday'],
    ['12/3-5 on friday', '12/3-5 on friday'],
    ['it ended 3-5', 'it ended 3-5'],
  ])('%s -> %s', (input, output) => {
    expect(normalizeSpelledNumbers(input).text).toBe(output);
  });

  it('leaves ordinary uses of number words alone', () => {
    expect(normalizeSpelledNumbers('wait a second').text).toBe('wait a second');
    // "constructor", a name every object has, is a word, not a number.
    expect(normalizeSpelledNumbers('call the constructor at one').text).toBe('call the constructor at 1');
    // "one" becomes a digit, but a lone digit is never read as a time.
    const r = recognize('no one came to the meeting', { now: new Date('2026-11-19T14:00:00Z'), timeZone: 'UTC' });
    expect(r.spans.filter((s) => s.type === 'when')).toEqual([]);
  });

  it('maps spans back to the original text', () => {
    const original = 'lunch on twenty third march at half past four';
    const n = normalizeSpelledNumbers(original);
    const at = n.text.indexOf('23rd march');
    const r = toOriginalRange(n, at, at + '23rd march'.length);
    expect(original.slice(r.start, r.end)).toBe('twenty third march');
    const t = n.text.indexOf('4:30');
    const r2 = toOriginalRange(n, t, t + 4);
    expect(original.slice(r2.start, r2.end)).toBe('half past four');
  });
});
