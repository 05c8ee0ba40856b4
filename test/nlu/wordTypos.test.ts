import * as fc from 'fast-check';
import { misspeltWord, typoReplacements } from '../../src/nlu/wordTypos';
import { devTexts } from './devFile';
import { expectParse } from './expectParse';

const NOW = '2026-11-19T14:00:00Z'; // Thursday 09:00 in New York
const NY = 'America/New_York';

describe('misspelt days, months, parts of the day and request words', () => {
  test.each([
    ['tomorow', 'tomorrow'],
    ['tommorow', 'tomorrow'],
    ['Tommorrow', 'tomorrow'],
    ['thrusday', 'thursday'],
    ['teusday', 'tuesday'],
    ['firday', 'friday'],
    ['wensday', 'wednesday'],
    ['febuary', 'february'],
    ['afternon', 'afternoon'],
    ['evning', 'evening'],
    ['yesturday', 'yesterday'],
  ])('%s is %s', (typo, word) => {
    expect(misspeltWord(typo)).toBe(word);
  });

  test.each([
    ['cancle', 'cancel'],
    ['decilne', 'decline'],
    ['accpet', 'accept'],
    ['shcedule', 'schedule'],
    ['meetign', 'meeting'],
    ['calnedar', 'calendar'],
  ])('%s, two letters swapped, is %s', (typo, word) => {
    expect(misspeltWord(typo)).toBe(word);
  });

  test.each([
    ['cancell', 'cancel'],
    ['metting', 'meeting'],
    ['acept', 'accept'],
    ['decine', 'decline'],
    ['canel', 'cancel'],
    ['shedule', 'schedule'],
    ['reshedule', 'reschedule'],
    ['calender', 'calendar'],
    ['apointment', 'appointment'],
  ])('%s, a request word with a letter doubled, left out or changed, is %s', (typo, word) => {
    expect(misspeltWord(typo)).toBe(word);
  });

  test.each(['tomorrow', 'Wednesday', 'mondays', 'sundry', 'sundae', 'mourning', 'augusta', 'match', 'marsh', 'meeting', 'today', 'Marc', 'tomorrow2', 'cancer', 'accent', 'scheduled', 'meting', 'cancel'])(
    '%s is left as it is',
    (word) => {
      expect(misspeltWord(word)).toBeUndefined();
    },
  );

  test('found in a message with their offsets, not inside a longer token', () => {
    expect(typoReplacements('meet on wensday and tomorow, not tomorow2 or x_tomorow')).toEqual([
      { start: 8, end: 15, text: 'wednesday' },
      { start: 20, end: 27, text: 'tomorrow' },
    ]);
  });

  test('the pass over a message reads each word as the one-word reading does', () => {
    const check = (text: string): void => {
      const found = typoReplacements(text);
      const words = [...text.matchAll(/[A-Za-z]+/g)].filter((m) => {
        const before = m.index > 0 ? text[m.index - 1] : ' ';
        const after = text[m.index + m[0].length] ?? ' ';
        return !/[0-9_@]/.test(before) && !/[0-9_@]/.test(after);
      });
      const expected = words.flatMap((m) => {
        const word = misspeltWord(m[0]);
        return word === undefined ? [] : [{ start: m.index, end: m.index + m[0].length, text: word }];
      });
      expect(found).toEqual(expected);
    };
    for (const text of devTexts()) check(text);
    check('Tommorow, wensday; Thrusday-firday x tomorow 2tomorow afternon@x evning_ yesturday.');
    const letters = fc.constantFrom(...'tomrwednsayfiuhbvgkl TOMW,.1_'.split(''));
    fc.assert(fc.property(fc.array(letters, { maxLength: 40 }).map((cs) => cs.join('')), (text) => check(text)), { numRuns: 3000 });
  });

  test('read as those words in a request, with spans in what was typed', () => {
    const r = expectParse('whats on tomorow', NOW, NY, { intent: 'calendar.query', start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' });
    expect(r.entities.people).toBeUndefined();
    expect(r.spans.filter((s) => s.type === 'when').map((s) => s.text)).toEqual(['tomorow']);
    expectParse('lunch with lee on thrusday', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T00:00:00-05:00', entities: { people: ['lee'] } });
    expectParse('move the standup to tommorow', NOW, NY, { intent: 'calendar.update', entities: { change: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } } });
    expectParse('am I free tomorrow afternon', NOW, NY, { start: '2026-11-20T12:00:00-05:00', end: '2026-11-20T17:00:00-05:00' });
  });

  test('a request word misspelt to another length is read as that word by the intent ("acept the invite")', () => {
    expectParse('acept the invite from megan', NOW, NY, { intent: 'calendar.respond', entities: { response: 'accept', target: { kind: 'person', name: 'megan' } } });
    expectParse('decine the invite from isaiah', NOW, NY, { intent: 'calendar.respond', entities: { response: 'decline' } });
    expectParse('cancell the standup', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: 'standup' } } });
    expectParse('reshedule my 3pm to 4', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'time', start: '2026-11-19T15:00:00-05:00' } } });
    expectParse('metting with adele at 3', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T15:00:00-05:00' });
  });

  test('a meeting to change or ask about is named as meant, as a new one is ("cancel the budget metting")', () => {
    expectParse('cancel the budget metting', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: 'budget meeting' } } });
    expectParse("who's in the budget metting", NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'budget meeting' } } });
    expectParse('when is the budget metting', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'budget meeting' } } });
    // Whose it is, read through the misspelt meeting word.
    expectParse('cancel my meetng with Megan', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'person', name: 'Megan' } } });
  });
});
