import { recognize } from '../../src/nlu';
import { expectParse } from './expectParse';

/**
 * The bot's first conversation: "what's on ..." questions must come back as
 * calendar.query with the range to list. A day alone is that whole local day.
 */
const NOW = '2026-11-19T14:00:00Z'; // Thursday 09:00 in New York
const NY = 'America/New_York';

describe('calendar questions', () => {
  it.each([
    ["what's on my calendar today?", '2026-11-19T00:00:00-05:00', '2026-11-20T00:00:00-05:00'],
    ['today', '2026-11-19T00:00:00-05:00', '2026-11-20T00:00:00-05:00'],
    ['my agenda', '2026-11-19T00:00:00-05:00', '2026-11-20T00:00:00-05:00'],
    ["what's on Friday?", '2026-11-20T00:00:00-05:00', '2026-11-21T00:00:00-05:00'],
    ['this week', '2026-11-19T00:00:00-05:00', '2026-11-23T00:00:00-05:00'],
    ['my afternoon', '2026-11-19T12:00:00-05:00', '2026-11-19T17:00:00-05:00'],
    ['what do I have tomorrow', '2026-11-20T00:00:00-05:00', '2026-11-21T00:00:00-05:00'],
    ['show me my calendar for next week', '2026-11-23T00:00:00-05:00', '2026-11-30T00:00:00-05:00'],
    ['Tomorrow?', '2026-11-20T00:00:00-05:00', '2026-11-21T00:00:00-05:00'],
    ["what's on monday", '2026-11-23T00:00:00-05:00', '2026-11-24T00:00:00-05:00'],
    ['what meetings do I have this afternoon', '2026-11-19T12:00:00-05:00', '2026-11-19T17:00:00-05:00'],
    ['what is on my schedule today', '2026-11-19T00:00:00-05:00', '2026-11-20T00:00:00-05:00'],
    ['agenda for friday', '2026-11-20T00:00:00-05:00', '2026-11-21T00:00:00-05:00'],
    ['am I free tomorrow afternoon?', '2026-11-20T12:00:00-05:00', '2026-11-20T17:00:00-05:00'],
    ['do I have anything after 4 today', '2026-11-19T16:00:00-05:00', '2026-11-20T00:00:00-05:00'],
    ['am I free after 3 tomorrow', '2026-11-20T15:00:00-05:00', '2026-11-21T00:00:00-05:00'],
    ["what's on after 2", '2026-11-19T14:00:00-05:00', '2026-11-20T00:00:00-05:00'],
    // From now through the last of the days said (chrono alone reads the one day two weeks ahead).
    ['what do I have over the next 3 days', '2026-11-19T09:00:00-05:00', '2026-11-23T00:00:00-05:00'],
    ['any meetings in the next two weeks?', '2026-11-19T09:00:00-05:00', '2026-12-04T00:00:00-05:00'],
  ])('%s', (text, start, end) => {
    const r = expectParse(text, NOW, NY, { start, end });
    expect(['calendar.query', 'calendar.findTime']).toContain(r.intent);
  });

  it('reads "what\'s on my calendar today?" as a query for the whole local day', () => {
    expectParse("what's on my calendar today?", NOW, NY, {
      intent: 'calendar.query',
      start: '2026-11-19T00:00:00-05:00',
      end: '2026-11-20T00:00:00-05:00',
    });
  });

  it('reads "my agenda" without a time as today', () => {
    const r = expectParse('my agenda', NOW, NY, { intent: 'calendar.query' });
    expect(r.trace.start).toBe('when.defaultToday');
  });

  it('reads "my week" without a time as what "this week" reads: the rest of this week', () => {
    for (const text of ['what does my week look like', 'how does my week look']) {
      const r = expectParse(text, NOW, NY, { intent: 'calendar.query', start: '2026-11-19T00:00:00-05:00', end: '2026-11-23T00:00:00-05:00' });
      expect(r.trace.start).toBe('when.defaultThisWeek');
    }
    // A time said outright wins.
    expectParse('what does my week look like next week', NOW, NY, { intent: 'calendar.query', start: '2026-11-23T00:00:00-05:00', end: '2026-11-30T00:00:00-05:00' });
  });

  it('reads a one-digit hour after "after" only as a time, not a count or a divisor', () => {
    for (const text of ['what is six divided by 2', 'remind me after 2 weeks', 'is 9 divisible by 3']) {
      const r = recognize(text, { now: new Date(NOW), timeZone: NY });
      expect({ text, hour: r.trace.start === 'when.boundHour' || r.spans.some((s) => s.source === 'when.boundHour') }).toEqual({ text, hour: false });
    }
  });

  it('gives the day in the user zone, not the server zone, near midnight', () => {
    // 03:30 UTC on the 20th is still the 19th in New York.
    expectParse('today', '2026-11-20T03:30:00Z', NY, { start: '2026-11-19T00:00:00-05:00', end: '2026-11-20T00:00:00-05:00' });
    expectParse('today', '2026-11-20T03:30:00Z', 'Asia/Tokyo', { start: '2026-11-20T00:00:00+09:00', end: '2026-11-21T00:00:00+09:00' });
  });

  it('reads "this week" said on a weekend, with no working day left in it, as the week ahead too', () => {
    const sunday = '2026-11-22T15:00:00Z';
    expectParse('what is on this week', sunday, NY, { start: '2026-11-22T00:00:00-05:00', end: '2026-11-30T00:00:00-05:00' });
    expectParse('what does my week look like', '2026-11-21T15:00:00Z', NY, { start: '2026-11-21T00:00:00-05:00', end: '2026-11-30T00:00:00-05:00' });
    // Someone who works on Sundays has this week's Sunday left.
    const r = recognize('what is on this week', {
      now: new Date(sunday),
      timeZone: NY,
      workingHours: { daysOfWeek: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'], startTime: '08:00', endTime: '16:00' },
    });
    expect([r.entities.start, r.entities.end]).toEqual(['2026-11-22T00:00:00-05:00', '2026-11-23T00:00:00-05:00']);
  });

  it("reads 'end of day' as the end of the user's working hours", () => {
    const r = recognize('send the report by end of day', {
      now: new Date(NOW),
      timeZone: NY,
      workingHours: { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '08:30', endTime: '17:30' },
    });
    expect(r.entities.start).toBe('2026-11-19T17:30:00-05:00');
    expect(r.trace.start).toBe('when.endOfDay');
  });

  it('reads numeric dates day first for British English', () => {
    const gb = recognize('what do I have on 3/12', { now: new Date(NOW), timeZone: 'Europe/London', locale: 'en-GB' });
    expect(gb.entities.start).toBe('2026-12-03T00:00:00+00:00');
    const us = recognize('what do I have on 3/12', { now: new Date(NOW), timeZone: 'Europe/London', locale: 'en-US' });
    expect(us.entities.start).toBe('2027-03-12T00:00:00+00:00');
  });

  it('names the part that produced the time', () => {
    const r = expectParse("what's on Friday?", NOW, NY, { intent: 'calendar.query' });
    expect(r.trace.start).toMatch(/^when\./);
    expect(r.spans).toEqual([{ type: 'when', start: 10, end: 16, text: 'Friday', source: r.trace.start }]);
  });
});

describe('the next meeting to join', () => {
  it('"join my next meeting" asks for the next one with a link; "what\'s my next meeting" for the next one', () => {
    expect(recognize('join my next meeting', { now: new Date(NOW), timeZone: 'America/New_York' }).entities.target).toEqual({ kind: 'next', joinable: true });
    expect(recognize("what's my next meeting", { now: new Date(NOW), timeZone: 'America/New_York' }).entities.target).toEqual({ kind: 'next' });
  });
});

describe('the first or last meeting of a day', () => {
  it('"what\'s my first meeting tomorrow", "when is my last call on friday": that end of the day said', () => {
    expectParse("what's my first meeting tomorrow", NOW, 'America/New_York', {
      intent: 'calendar.query',
      entities: { target: { kind: 'first' }, targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expectParse('when is my last call on friday', NOW, 'America/New_York', {
      intent: 'calendar.query',
      entities: { target: { kind: 'last' }, targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
  });

  it('"what was my last meeting", without a day, is not the last of one', () => {
    expect(recognize('what was my last meeting', { now: new Date(NOW), timeZone: 'America/New_York' }).entities.target).toBeUndefined();
  });
});

describe('where a meeting is', () => {
  it('"what\'s the address for the quarterly planning", "the location of tomorrow\'s standup": that meeting, not a contact', () => {
    expectParse("what's the address for the quarterly planning", NOW, 'America/New_York', { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'quarterly planning' } } });
    expectParse("what's the location of tomorrow's standup", NOW, 'America/New_York', {
      intent: 'calendar.query',
      entities: { target: { kind: 'subject', text: 'standup' }, targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expect(recognize("what's the address for Megan", { now: new Date(NOW), timeZone: 'America/New_York' }).intent).toBe('contact.query');
  });

  it('"where is my 10am", "how long is my 3pm": the meeting at that time; "which room is the design review in": that meeting', () => {
    expectParse('where is my 10am', NOW, 'America/New_York', { intent: 'calendar.query', entities: { target: { kind: 'time', start: '2026-11-19T10:00:00-05:00' } } });
    expectParse('how long is my 3pm', NOW, 'America/New_York', { intent: 'calendar.query', entities: { target: { kind: 'time', start: '2026-11-19T15:00:00-05:00' } } });
    expectParse('which room is the design review in', NOW, 'America/New_York', { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'design review' } } });
  });
});

describe("others' answers to a meeting", () => {
  it('"who accepted the quarterly planning", "has everyone responded to the design review": that meeting asked about, nothing answered', () => {
    expectParse('who accepted the quarterly planning', NOW, 'America/New_York', { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'quarterly planning' } } });
    expectParse('has everyone responded to the design review', NOW, 'America/New_York', { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'design review' } } });
    expect(recognize('did Megan accept my invite', { now: new Date(NOW), timeZone: 'America/New_York' }).intent).toBe('calendar.query');
    // Answering one, and mail's replies, are what they were.
    expect(recognize('accept the quarterly planning', { now: new Date(NOW), timeZone: 'America/New_York' }).intent).toBe('calendar.respond');
    expect(recognize('did Adele reply?', { now: new Date(NOW), timeZone: 'America/New_York' }).intent).toBe('mail.query');
  });
});

describe('who else is in a meeting', () => {
  it('"who else is in the design review": that meeting', () => {
    expect(recognize('who else is in the design review', { now: new Date(NOW), timeZone: NY }).entities.target).toEqual({ kind: 'subject', text: 'design review' });
  });
});

describe('whether someone is coming to a meeting', () => {
  it.each([
    ['is lynne coming to the offsite', ['lynne'], 'offsite'],
    ['will adele be at the standup', ['adele'], 'standup'],
    ['are megan and lee coming to the offsite?', ['megan', 'lee'], 'offsite'],
    ['is megan joining the design review', ['megan'], 'design review'],
    ['is everyone coming to the party', undefined, 'party'],
  ] as Array<[string, string[] | undefined, string]>)('%s: the meeting asked about (its answers show who is), with whom', (text, people, target) => {
    const r = recognize(text, { now: new Date(NOW), timeZone: NY });
    expect({ text, intent: r.intent, people: r.entities.people, target: r.entities.target }).toEqual({ text, intent: 'calendar.query', people, target: { kind: 'subject', text: target } });
  });

  it('a thing going on, or done to something, names no one', () => {
    for (const text of ['is summer going on', 'what groups are listed in my contacts', 'is it going to rain tomorrow', 'the meeting is created in Projects']) {
      expect({ text, people: recognize(text, { now: new Date(NOW), timeZone: NY }).entities.people }).toEqual({ text, people: undefined });
    }
  });
});

describe('a room named before the word "room"', () => {
  it('is the place, and no one to invite', () => {
    const meet = recognize('meet megan in the Rainier room at 3', { now: new Date(NOW), timeZone: NY });
    expect({ people: meet.entities.people, location: meet.entities.location }).toEqual({ people: ['megan'], location: 'the Rainier room' });
    const at = recognize('sync with Adele at the Seattle office on friday', { now: new Date(NOW), timeZone: NY });
    expect({ people: at.entities.people, location: at.entities.location }).toEqual({ people: ['Adele'], location: 'the Seattle office' });
  });

  it('nor is a calendar\'s name ("the Projects calendar") anyone\'s', () => {
    const r = recognize('put my focus time in the Projects calendar', { now: new Date(NOW), timeZone: NY });
    expect(r.spans.filter((x) => x.type === 'person')).toEqual([]);
  });

  it('is where a meeting moves to', () => {
    const r = recognize('move the team lunch to the Rainier room', { now: new Date(NOW), timeZone: NY });
    expect({ intent: r.intent, people: r.entities.people, target: r.entities.target, change: r.entities.change }).toEqual({
      intent: 'calendar.update',
      people: undefined,
      target: { kind: 'subject', text: 'team lunch' },
      change: { location: 'the Rainier room' },
    });
  });
});

describe('how a day looks', () => {
  it('"what does my monday look like", "what does my weekend look like": what is on then', () => {
    for (const text of ['what does my monday look like', 'what does my weekend look like', "how's my friday looking"]) {
      expect({ text, intent: recognize(text, { now: new Date(NOW), timeZone: NY }).intent }).toEqual({ text, intent: 'calendar.query' });
    }
  });
});

describe('what time is kept for', () => {
  it('"block 9-11 tomorrow for deep work": no one called Deep, as a guest or a name found', () => {
    const text = 'block 9-11 tomorrow for deep work';
    const r = recognize(text, { now: new Date(NOW), timeZone: NY });
    expect({ people: r.entities.people, subject: r.entities.subject, persons: r.spans.filter((x) => x.type === 'person').length }).toEqual({ people: undefined, subject: 'deep work', persons: 0 });
    // Someone's ("for john's birthday") is still a person.
    const john = recognize("set a reminder for john's birthday next week", { now: new Date(NOW), timeZone: NY });
    expect(john.spans.filter((x) => x.type === 'person').map((x) => "set a reminder for john's birthday next week".slice(x.start, x.end))).toEqual(["john's"]);
  });
});


describe('the next few meetings', () => {
  it('"what are my next 3 meetings", "my next five meetings": that many, not one meeting', () => {
    for (const [text, n] of [['whats my next 3 meetings', 3], ['what are my next five meetings', 5], ['show my next 2 meetings with megan', 2]] as const) {
      const r = recognize(text, { now: new Date('2026-11-19T14:00:00Z'), timeZone: 'America/New_York' });
      expect([text, r.intent, r.entities.nextCount, r.entities.target]).toEqual([text, 'calendar.query', n, undefined]);
    }
    expect(recognize("what's my next meeting", { now: new Date('2026-11-19T14:00:00Z'), timeZone: 'America/New_York' }).entities.target).toEqual({ kind: 'next' });
  });
});
