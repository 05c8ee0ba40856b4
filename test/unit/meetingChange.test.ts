import type * as Graph from '@microsoft/microsoft-graph-types';
import { movedTimes, occurrenceDayOf, seriesMove, type MeetingChange } from '../../dialogs/meetingChange';
import { significantWords } from '../../dialogs/eventReference';
import { oneSlipApart } from '../../src/nlu/wordTypos';

const LA = 'America/Los_Angeles';
// Wednesday 18 November 2026, 09:30 in Los Angeles.
const NOW = new Date('2026-11-18T17:30:00Z');

function local(iso: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: LA, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(iso);
}

describe('where a move puts an event', () => {
  // Thursday 19 November, 11:00–11:30 Pacific.
  const start = new Date('2026-11-19T19:00:00Z');
  const end = new Date('2026-11-19T19:30:00Z');

  test('"30 minutes later" shifts both ends', () => {
    const moved = movedTimes({ change: { shiftMinutes: 30 } }, start, end, LA)!;
    expect([local(moved.start), local(moved.end)]).toEqual(['2026-11-19 11:30', '2026-11-19 12:00']);
  });

  test('"the same time next week" across a change of the clocks keeps the clock time', () => {
    // Friday 30 October 2026, 09:00 Pacific daylight time; a week later the clocks have gone back.
    const before = new Date('2026-10-30T16:00:00Z');
    const moved = movedTimes({ change: { shiftMinutes: 7 * 1440 } }, before, new Date(before.getTime() + 30 * 60000), LA)!;
    expect([local(moved.start), local(moved.end)]).toEqual(['2026-11-06 09:00', '2026-11-06 09:30']);
  });

  test('a new length keeps the start: "make it an hour", "15 minutes longer", "shorten it by 10 minutes"', () => {
    const hour = movedTimes({ change: { lengthMinutes: 60 } }, start, end, LA)!;
    expect([local(hour.start), local(hour.end)]).toEqual(['2026-11-19 11:00', '2026-11-19 12:00']);
    const longer = movedTimes({ change: { extendMinutes: 15 } }, start, end, LA)!;
    expect([local(longer.start), local(longer.end)]).toEqual(['2026-11-19 11:00', '2026-11-19 11:45']);
    const shorter = movedTimes({ change: { extendMinutes: -10 } }, start, end, LA)!;
    expect(local(shorter.end)).toBe('2026-11-19 11:20');
    // Nothing left of it: no new times, so the bot asks.
    expect(movedTimes({ change: { extendMinutes: -30 } }, start, end, LA)).toBeUndefined();
  });

  test('a new end keeps the start, at that clock time on the meeting\'s day: "extend it until 12:15", "end it at 11:20"', () => {
    // Said on another day (the instant is today's): only its clock time counts.
    const until = movedTimes({ change: { endsAt: '2026-11-21T12:15:00-08:00' } }, start, end, LA)!;
    expect([local(until.start), local(until.end)]).toEqual(['2026-11-19 11:00', '2026-11-19 12:15']);
    const earlier = movedTimes({ change: { endsAt: '2026-11-19T11:20:00-08:00' } }, start, end, LA)!;
    expect(local(earlier.end)).toBe('2026-11-19 11:20');
    // An end at or before its start leaves nothing: no new times, so the bot asks.
    expect(movedTimes({ change: { endsAt: '2026-11-19T10:30:00-08:00' } }, start, end, LA)).toBeUndefined();
  });

  test('a clock time alone ("to 4") keeps the event\'s day, not today\'s', () => {
    const moved = movedTimes({ change: { start: '2026-11-18T16:00:00-08:00', timeOnly: true } }, start, end, LA)!;
    expect([local(moved.start), local(moved.end)]).toEqual(['2026-11-19 16:00', '2026-11-19 16:30']);
  });

  test('"today" said with the time means today', () => {
    const moved = movedTimes({ change: { start: '2026-11-18T16:00:00-08:00' } }, start, end, LA)!;
    expect(local(moved.start)).toBe('2026-11-18 16:00');
  });

  test('a day alone ("to Friday") keeps the time of day, across a DST change too', () => {
    const friday = movedTimes({ change: { start: '2026-11-20T00:00:00-08:00', end: '2026-11-21T00:00:00-08:00' } }, start, end, LA)!;
    expect([local(friday.start), local(friday.end)]).toEqual(['2026-11-20 11:00', '2026-11-20 11:30']);
    // 10:00 PDT on Friday 30 October, pushed to Monday 2 November (PST): still 10:00 on the wall.
    const before = new Date('2026-10-30T17:00:00Z');
    const monday = movedTimes({ change: { start: '2026-11-02T00:00:00-08:00', end: '2026-11-03T00:00:00-08:00' } }, before, new Date(before.getTime() + 3600000), LA)!;
    expect(local(monday.start)).toBe('2026-11-02 10:00');
  });

  test('a range sets both ends; nothing said, nothing moved', () => {
    const moved = movedTimes({ change: { start: '2026-11-23T14:00:00-08:00', end: '2026-11-23T15:00:00-08:00' } }, start, end, LA)!;
    expect([local(moved.start), local(moved.end)]).toEqual(['2026-11-23 14:00', '2026-11-23 15:00']);
    expect(movedTimes({}, start, end, LA)).toBeUndefined();
  });
});

describe('moving a whole series the way one occurrence moves', () => {
  const master: Graph.Event = {
    start: { dateTime: '2026-10-22T11:00:00.0000000', timeZone: 'Pacific Standard Time' },
    end: { dateTime: '2026-10-22T11:30:00.0000000', timeZone: 'Pacific Standard Time' },
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'], firstDayOfWeek: 'sunday' },
      range: { type: 'numbered', startDate: '2026-10-22', numberOfOccurrences: 12 },
    },
  };
  const change = {
    timeZone: LA,
    mailboxTimeZone: 'Pacific Standard Time',
    start: '2026-11-19T19:00:00.000Z',
    end: '2026-11-19T19:30:00.000Z',
  } as MeetingChange;

  test('same day, new hour: the first occurrence (in summer time) keeps the new wall-clock hour', () => {
    const moved = seriesMove(master, { ...change, newStart: '2026-11-19T21:00:00.000Z', newEnd: '2026-11-19T21:30:00.000Z' });
    expect(moved.seriesStart).toEqual({ dateTime: '2026-10-22T13:00:00.0000000', timeZone: 'Pacific Standard Time' });
    expect(moved.seriesEnd).toEqual({ dateTime: '2026-10-22T13:30:00.0000000', timeZone: 'Pacific Standard Time' });
    expect(moved.seriesRecurrence).toBeUndefined();
  });

  test('to the next day: the weekly pattern and the range start move with it', () => {
    const moved = seriesMove(master, { ...change, newStart: '2026-11-20T19:00:00.000Z', newEnd: '2026-11-20T19:30:00.000Z' });
    expect(moved.seriesStart?.dateTime).toBe('2026-10-23T11:00:00.0000000');
    expect(moved.seriesRecurrence?.pattern?.daysOfWeek).toEqual(['friday']);
    expect(moved.seriesRecurrence?.range?.startDate).toBe('2026-10-23');
    expect(moved.seriesRecurrence?.range?.numberOfOccurrences).toBe(12);
  });
});

describe('which meeting a message names', () => {
  test('words that only say "a meeting" or what to do are not part of the name', () => {
    expect(significantWords("decline Friday's sync")).toEqual(['sync']);
    expect(significantWords('the budget review meeting')).toEqual(['budget', 'review']);
    // A one-on-one is one word however it is written, in a name said and in a stored subject.
    expect(significantWords('the 1:1')).toEqual(['1on1']);
    expect(significantWords('1:1 Alex / Megan')).toEqual(['1on1', 'alex', 'megan']);
    expect(significantWords('One-on-one with Lee')).toEqual(['1on1', 'lee']);
    // A meeting word mistyped is no name either; a word of its own one letter away stays.
    expect(significantWords('my meetng')).toEqual([]);
    expect(significantWords('the budget metting')).toEqual(['budget']);
    expect(significantWords('the meetign tomorrow')).toEqual([]);
    expect(significantWords('apointment with the dentist')).toEqual(['dentist']);
    expect(significantWords('melting point review')).toEqual(['melting', 'point', 'review']);
  });

  test('a word one slip of the keyboard from another: a letter left out, added, changed or two swapped, the first kept', () => {
    for (const [typed, meant] of [['desgin', 'design'], ['quartrly', 'quarterly'], ['budgte', 'budget'], ['reveiw', 'review'], ['planing', 'planning'], ['offsitte', 'offsite'], ['syncs', 'sync'], ['revie', 'review']]) {
      expect([typed, oneSlipApart(typed, meant)]).toEqual([typed, true]);
    }
    for (const [typed, other] of [['design', 'design'], ['dsgin', 'design'], ['fesign', 'design'], ['planing', 'plan'], ['review', 'preview'], ['desing', 'designs']]) {
      expect([typed, other, oneSlipApart(typed, other)]).toEqual([typed, other, false]);
    }
  });

  test('a new day and time ("to 9:30 tomorrow") names the occurrence of a series to move; a clock time, a day or a shift does not', () => {
    expect(occurrenceDayOf({ change: { start: '2026-11-19T09:30:00-08:00' } }, LA)?.toISOString()).toBe('2026-11-19T17:30:00.000Z');
    expect(occurrenceDayOf({ change: { start: '2026-11-18T09:30:00-08:00', timeOnly: true } }, LA)).toBeUndefined();
    expect(occurrenceDayOf({ change: { start: '2026-11-20T00:00:00-08:00', end: '2026-11-21T00:00:00-08:00' } }, LA)).toBeUndefined();
    expect(occurrenceDayOf({ change: { shiftMinutes: 30 } }, LA)).toBeUndefined();
  });
});
