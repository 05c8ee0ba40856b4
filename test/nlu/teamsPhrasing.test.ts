import { expectParse, parse } from './expectParse';

/** Capitalised, punctuated, quoted Teams messages, as opposed to the lower-case speech of the dev data. */
const NOW = '2026-11-19T14:00:00Z'; // Thursday 09:00 in New York
const NY = 'America/New_York';

describe('Teams phrasing', () => {
  it('curly apostrophes', () => {
    expectParse('What’s on Friday?', NOW, NY, { intent: 'calendar.query', start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' });
  });

  it('a quoted title, a list of people and an hour range', () => {
    expectParse('Schedule "Design review" with Megan, Adele on Tue 10-11', NOW, NY, {
      intent: 'calendar.create',
      start: '2026-11-24T10:00:00-05:00',
      end: '2026-11-24T11:00:00-05:00',
      entities: { subject: 'Design review', people: ['Megan', 'Adele'] },
    });
  });

  it('"in two weeks" is that day, not now\'s clock time on it; a clock time said with it is kept', () => {
    expectParse('schedule a meeting in two weeks with Megan', NOW, NY, { intent: 'calendar.create', start: '2026-12-03T00:00:00-05:00', end: '2026-12-04T00:00:00-05:00', entities: { dateOnly: true } });
    expectParse('lunch in a week at noon', NOW, NY, { start: '2026-11-26T12:00:00-05:00' });
    expectParse('call Lee in 30 minutes', NOW, NY, { start: '2026-11-19T09:30:00-05:00' });
  });

  it('a time zone is not a place', () => {
    const r = expectParse("What's on tomorrow in UTC", NOW, NY, { intent: 'calendar.query', start: '2026-11-20T00:00:00-05:00' });
    expect(r.entities.location).toBeUndefined();
    expectParse('Lunch at Central Park at noon', NOW, NY, { entities: { location: 'Central Park' } });
  });

  it('a capitalised place is a location, not a person', () => {
    expectParse('Book lunch with Adele next Wed at noon at Cafe 34', NOW, NY, {
      intent: 'calendar.create',
      start: '2026-11-25T12:00:00-05:00',
      entities: { people: ['Adele'], location: 'Cafe 34' },
    });
  });

  it('a room in chat shorthand is a place, and its number no time: "conf room B", "rm 12"', () => {
    expectParse('meeting with adele in conf room B at 2', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T14:00:00-05:00', entities: { location: 'conf room B' } });
    // "rm" is a room ("rm rf" alone removes); its 12 is no noon.
    expectParse('sync in rm 12 tomorrow', NOW, NY, { intent: 'calendar.create', start: '2026-11-20T00:00:00-05:00', entities: { location: 'rm 12', dateOnly: true } });
    expectParse('rm rf calendar', NOW, NY, { intent: 'calendar.cancel' });
  });

  it('a part of the day for a new meeting is a window to find a time in; blocked time and a range said are the times', () => {
    expectParse('coffee with Megan thursday afternoon', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T12:00:00-05:00', end: '2026-11-19T17:00:00-05:00', entities: { window: true } });
    for (const text of ['block the afternoon of the 5th', 'coffee with Megan thursday 2-4pm']) expect([text, parse(text, NOW, NY).entities.window]).toEqual([text, undefined]);
  });

  it('what does my day look like', () => {
    expectParse("What's my day look like tomorrow?", NOW, NY, { intent: 'calendar.query', start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' });
  });

  it("someone else's availability is a find-time question", () => {
    expectParse('Is Megan free at 2 tomorrow?', NOW, NY, { intent: 'calendar.findTime', start: '2026-11-20T14:00:00-05:00', entities: { people: ['Megan'] } });
  });

  it('cancel the 1:1 with Megan', () => {
    expectParse('cancel the 1:1 with Megan', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: '1:1', with: ['Megan'] }, people: ['Megan'] } });
  });

  it('a reply with its text after a colon', () => {
    expectParse('Reply to Megan: sounds good', NOW, NY, { intent: 'mail.reply', entities: { to: ['Megan'], body: 'sounds good' } });
  });

  it('a note that ...', () => {
    expectParse('Send Megan a note that the deck is ready', NOW, NY, { intent: 'mail.send', entities: { to: ['Megan'], body: 'the deck is ready' } });
  });

  it('a Teams call with a time range', () => {
    expectParse('Set up a Teams call with Lee Gu on Monday 9:30-10', NOW, NY, {
      intent: 'calendar.create',
      start: '2026-11-23T09:30:00-05:00',
      end: '2026-11-23T10:00:00-05:00',
      entities: { people: ['Lee Gu'], online: true },
    });
  });

  it.each([
    ["when's my next 1:1 with Megan?", 'calendar.query'],
    ['what can you help me with', 'help'],
    ['sign me out', 'signout'],
    ['switch my time zone to Pacific', 'settings'],
    ['lunch w/ Megan tmrw at 12:30', 'calendar.create'],
    ['mtg with adele fri 2pm', 'calendar.create'],
    ['order me a coffee', 'none'],
    ['book a flight to London', 'none'],
  ] as const)('%s -> %s', (text, intent) => {
    expectParse(text, NOW, NY, { intent });
  });

  it('shift my 1pm by 30 minutes', () => {
    expectParse('shift my 1pm by 30 minutes', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T13:00:00-05:00' }, change: { shiftMinutes: 30 } },
    });
  });

  it('email Alex that the build is green', () => {
    expectParse('email Alex that the build is green', NOW, NY, { intent: 'mail.send', entities: { to: ['Alex'], body: 'the build is green' } });
  });

  it('search my mail for invoice', () => {
    const r = expectParse('search my mail for invoice', NOW, NY, { intent: 'mail.query', entities: { search: 'invoice' } });
    expect(r.entities.from).toBeUndefined();
  });

  it('before and after a time bound a question to the rest of that day', () => {
    expectParse('anything tomorrow before noon?', NOW, NY, { intent: 'calendar.query', start: '2026-11-20T00:00:00-05:00', end: '2026-11-20T12:00:00-05:00' });
    expectParse("what's on after 3pm", NOW, NY, { intent: 'calendar.query', start: '2026-11-19T15:00:00-05:00', end: '2026-11-20T00:00:00-05:00' });
    // Today, "before 11" starts now rather than at midnight.
    expectParse("what's on before 11 today", NOW, NY, { start: '2026-11-19T09:00:00-05:00', end: '2026-11-19T11:00:00-05:00' });
    // Before or after a meeting named by its time: the rest of the day on that side of it, not the meeting alone.
    expectParse("what's after my 2pm", NOW, NY, { intent: 'calendar.query', start: '2026-11-19T14:00:00-05:00', end: '2026-11-20T00:00:00-05:00' });
    expectParse('anything before my 11am?', NOW, NY, { intent: 'calendar.query', start: '2026-11-19T09:00:00-05:00', end: '2026-11-19T11:00:00-05:00' });
  });

  it('British "half three"', () => {
    expectParse('catch up with Adele at half three', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T15:30:00-05:00' });
  });

  it('booking a room is a calendar request', () => {
    expectParse('book a room for Friday 10:00-11:30', NOW, NY, { intent: 'calendar.create', start: '2026-11-20T10:00:00-05:00', end: '2026-11-20T11:30:00-05:00' });
  });

  it('every first Monday is monthly', () => {
    const r = expectParse('all-hands every first Monday at 10', NOW, NY, { intent: 'calendar.create', start: '2026-12-07T10:00:00-05:00' });
    expect(r.entities.recurrence?.pattern).toEqual({ type: 'relativeMonthly', interval: 1, daysOfWeek: ['monday'], index: 'first' });
  });

  it('chat shorthand: "mtg", "w/", "tmrw", "next wk", "cxl", "msg"', () => {
    expectParse('mtg w/ megan tmrw 2pm', NOW, NY, { intent: 'calendar.create', start: '2026-11-20T14:00:00-05:00', entities: { people: ['megan'] } });
    expectParse('lunch w/ Megan tmrw at 12:30', NOW, NY, { intent: 'calendar.create', start: '2026-11-20T12:30:00-05:00', entities: { people: ['Megan'] } });
    expectParse('pls book 30m w adele fri', NOW, NY, { intent: 'calendar.create', entities: { people: ['adele'], durationMinutes: 30 } });
    expectParse('set up a sync w/ Patti next wk', NOW, NY, { intent: 'calendar.create', start: '2026-11-23T00:00:00-05:00', end: '2026-11-30T00:00:00-05:00' });
    expectParse('cxl standup', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: 'standup' } } });
    // "1 w" of "1:1 w adele" is no week from now.
    const oneOnOne = expectParse('cxl 1:1 w adele', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: '1:1', with: ['adele'] } } });
    expect(oneOnOne.entities.targetDay).toBeUndefined();
    expectParse("msg Megan I'm running 5 min late", NOW, NY, { intent: 'mail.send', entities: { to: ['Megan'], body: "I'm running 5 min late" } });
  });

  it('chat\'s "@ 3" is at 3; an address keeps its "@"', () => {
    expectParse('grab coffee w/ megan @ 3', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T15:00:00-05:00', entities: { people: ['megan'], subject: 'coffee' } });
    expectParse('call @ 4 with isaiah', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T16:00:00-05:00', entities: { people: ['isaiah'] } });
    expectParse('sync w adele @3pm tomorrow', NOW, NY, { intent: 'calendar.create', start: '2026-11-20T15:00:00-05:00' });
    const mail = expectParse('email megan@contoso.com about the 3pm', NOW, NY, { intent: 'mail.send', entities: { to: ['megan@contoso.com'] } });
    expect(mail.spans.filter((s) => s.type === 'when').map((s) => s.text)).toEqual(['3pm']);
  });

  it('"I want to meet lynne this week": a meeting to set up, not a mail', () => {
    expectParse('I want to meet lynne sometime this week', NOW, NY, { intent: 'calendar.create', entities: { people: ['lynne'] } });
    expectParse("I'd like to meet megan tomorrow", NOW, NY, { intent: 'calendar.create', start: '2026-11-20T00:00:00-05:00' });
  });

  it('a new meeting "before friday" or "by thursday" goes somewhere from now up to that day', () => {
    expectParse('book 1 hour with patti before friday', NOW, NY, {
      intent: 'calendar.create',
      start: '2026-11-19T09:00:00-05:00',
      end: '2026-11-20T00:00:00-05:00',
      entities: { dateOnly: true, durationMinutes: 60 },
    });
    expectParse('lunch with adele by monday', NOW, NY, { intent: 'calendar.create', start: '2026-11-19T09:00:00-05:00', end: '2026-11-24T00:00:00-05:00', entities: { dateOnly: true } });
    // A reminder "by friday" is for that day.
    expectParse('remind me to submit expenses by friday', NOW, NY, { intent: 'calendar.create', start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' });
  });
});
