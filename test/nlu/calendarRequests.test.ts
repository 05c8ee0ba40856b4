import { parse } from './expectParse';
import type { CalendarRequest, Entities, EventReference, Intent } from '../../src/nlu/types';

const NOW = '2026-11-18T17:30:00Z'; // Wednesday 09:30 in Los Angeles
const LA = 'America/Los_Angeles';

describe('finding a time', () => {
  test.each<[string, Partial<Entities>]>([
    ['when can Megan, Adele and I meet next week for an hour?', { people: ['Megan', 'Adele'], durationMinutes: 60, start: '2026-11-23T00:00:00-08:00', end: '2026-11-30T00:00:00-08:00' }],
    ['find a time with Adele tomorrow', { people: ['Adele'], start: '2026-11-19T00:00:00-08:00', end: '2026-11-20T00:00:00-08:00' }],
    ['find 30 minutes with Isaiah on Friday', { people: ['Isaiah'], durationMinutes: 30, start: '2026-11-20T00:00:00-08:00' }],
    ['find a time to meet with Megan', { people: ['Megan'] }],
    ['when are Patti and I both free tomorrow?', { start: '2026-11-19T00:00:00-08:00' }],
    ['suggest a time to meet with megan', { people: ['megan'] }],
    ['can you suggest a slot for me and isaiah tomorrow', { people: ['me', 'isaiah'], start: '2026-11-19T00:00:00-08:00' }],
    // Whether a time suits someone: the one named after "for", and a bare hour asked about.
    ['does 3 work for adele on friday', { people: ['adele'], start: '2026-11-20T15:00:00-08:00' }],
    ['is 2pm ok for lynne tomorrow', { people: ['lynne'], start: '2026-11-19T14:00:00-08:00' }],
    ['is 10:30 ok for megan', { people: ['megan'], start: '2026-11-18T10:30:00-08:00' }],
    // A day or a part of one asked about the same way.
    ['does friday work for megan', { people: ['megan'], start: '2026-11-20T00:00:00-08:00', end: '2026-11-21T00:00:00-08:00' }],
    ['would tomorrow afternoon work for adele', { people: ['adele'], start: '2026-11-19T12:00:00-08:00', end: '2026-11-19T17:00:00-08:00' }],
    ['does next tuesday suit isaiah', { people: ['isaiah'] }],
  ])('%s', (text, entities) => {
    const r = parse(text, NOW, LA);
    expect(r.intent).toBe('calendar.findTime');
    expect(r.entities).toMatchObject(entities);
  });
});

describe('office hours', () => {
  test.each<[string, Intent]>([
    ['hold office hours every Tuesday 2–4pm', 'calendar.create'],
    ['set up office hours on Thursdays from 1 to 2pm', 'calendar.create'],
    // No day or hours yet: still a new series; the dialog asks when.
    ['set up office hours', 'calendar.create'],
    ['I want to hold office hours', 'calendar.create'],
    ['do I have office hours?', 'calendar.query'],
    ['office hours', 'calendar.query'],
    ['show my office hours', 'calendar.query'],
    ['what are my office hours?', 'calendar.query'],
    ['move my office hours to Thursday 10-11am', 'calendar.update'],
    ['change my office hours to Wednesday 3-5', 'calendar.update'],
    ['cancel my office hours', 'calendar.cancel'],
    ['end my office hours', 'calendar.cancel'],
    ['stop my office hours', 'calendar.cancel'],
    ['no more office hours', 'calendar.cancel'],
  ])('%s -> %s', (text, intent) => {
    const r = parse(text, NOW, LA);
    expect({ intent: r.intent, officeHours: r.entities.officeHours }).toEqual({ intent, officeHours: true });
    expect(r.trace.intent).toMatch(/^request\.officeHours\./);
  });

  test('every Tuesday 2-4pm: the series and its first occurrence', () => {
    const r = parse('hold office hours every Tuesday 2-4pm', NOW, LA);
    expect(r.entities.recurrence?.pattern).toMatchObject({ type: 'weekly', daysOfWeek: ['tuesday'] });
    expect([r.entities.start, r.entities.end]).toEqual(['2026-11-24T14:00:00-08:00', '2026-11-24T16:00:00-08:00']);
  });

  test('to Wednesday 3-5: a new day and hours; to 3-5: new hours on the same day', () => {
    expect(parse('move my office hours to Thursday 3-5', NOW, LA).entities.change).toEqual({ start: '2026-11-19T15:00:00-08:00', end: '2026-11-19T17:00:00-08:00' });
    expect(parse('move my office hours to 3-5', NOW, LA).entities.change).toMatchObject({ timeOnly: true });
  });
});

describe('calendars', () => {
  test.each<[string, Intent, CalendarRequest, EventReference | undefined]>([
    ['list my calendars', 'calendar.query', { action: 'list' }, undefined],
    ['what calendars do I have?', 'calendar.query', { action: 'list' }, undefined],
    ['create a calendar called Projects', 'calendar.create', { action: 'create', name: 'Projects' }, undefined],
    ['make a new calendar named "Side projects"', 'calendar.create', { action: 'create', name: 'Side projects' }, undefined],
    ['put it in Projects', 'calendar.update', { action: 'put', name: 'Projects' }, { kind: 'anaphora' }],
    ['move that meeting to my Projects calendar', 'calendar.update', { action: 'put', name: 'Projects' }, { kind: 'anaphora' }],
    // A meeting by its name: found as a change finds it.
    ['put the design review in my Projects calendar', 'calendar.update', { action: 'put', name: 'Projects' }, { kind: 'subject', text: 'design review' }],
    ['move my focus time to the Projects calendar', 'calendar.update', { action: 'put', name: 'Projects' }, { kind: 'subject', text: 'focus time' }],
  ])('%s', (text, intent, calendar, target) => {
    const r = parse(text, NOW, LA);
    expect({ intent: r.intent, calendar: r.entities.calendar, target: r.entities.target }).toEqual({ intent, calendar, target });
  });

  test.each(['put it in the afternoon', 'move it to Friday at 3', 'move it on Friday', 'add lunch to my calendar', "what's on my calendar today?", 'move the standup to the friday calendar', 'put my car payment on the twelfth in my calendar'])(
    'a time or an event, not a calendar: %s',
    (text) => {
      expect(parse(text, NOW, LA).entities.calendar).toBeUndefined();
    },
  );
});

describe('who is invited', () => {
  test.each<[string, Pick<Entities, 'change'>['change'], EventReference]>([
    ['add Adele to it', { addAttendees: ['Adele'] }, { kind: 'anaphora' }],
    ['add adele to that meeting', { addAttendees: ['adele'] }, { kind: 'anaphora' }],
    ['invite Isaiah to the design review', { addAttendees: ['Isaiah'] }, { kind: 'subject', text: 'design review' }],
    ['please invite Isaiah and Adele to the design review', { addAttendees: ['Isaiah', 'Adele'] }, { kind: 'subject', text: 'design review' }],
    ['add Megan Bowen, Adele & Patti to my next meeting', { addAttendees: ['Megan Bowen', 'Adele', 'Patti'] }, { kind: 'next' }],
    ['add lynner@example.com to my 3pm', { addAttendees: ['lynner@example.com'] }, { kind: 'time', start: '2026-11-18T15:00:00-08:00' }],
    ['add Adele and lynner@example.com to it', { addAttendees: ['Adele', 'lynner@example.com'] }, { kind: 'anaphora' }],
    ['remove Patti from the design review', { removeAttendees: ['Patti'] }, { kind: 'subject', text: 'design review' }],
    ['take Patti off the design review', { removeAttendees: ['Patti'] }, { kind: 'subject', text: 'design review' }],
    ['remove Megan from the launch readiness', { removeAttendees: ['Megan'] }, { kind: 'subject', text: 'launch readiness' }],
    ['add Adele to the 3pm meeting', { addAttendees: ['Adele'] }, { kind: 'time', start: '2026-11-18T15:00:00-08:00' }],
    ['add Adele to my 3pm tomorrow', { addAttendees: ['Adele'] }, { kind: 'time', start: '2026-11-19T15:00:00-08:00' }],
    ['add Adele to my 10am on Friday', { addAttendees: ['Adele'] }, { kind: 'time', start: '2026-11-20T10:00:00-08:00' }],
    ["add Adele to tomorrow's 10am", { addAttendees: ['Adele'] }, { kind: 'time', start: '2026-11-19T10:00:00-08:00' }],
    ['can you drop Megan from it?', { removeAttendees: ['Megan'] }, { kind: 'anaphora' }],
    // A meeting forwarded is an invitation for them (was a mail forwarded).
    ['forward the design review to patti', { addAttendees: ['patti'] }, { kind: 'subject', text: 'design review' }],
    ['forward my 3pm to adele and megan', { addAttendees: ['adele', 'megan'] }, { kind: 'time', start: '2026-11-18T15:00:00-08:00' }],
    // A meeting whose name starts with a word for a group ("team") is still a meeting (was a new one).
    ['add lynne to the team lunch', { addAttendees: ['lynne'] }, { kind: 'subject', text: 'team lunch' }],
    ['invite Lynne to the team sync', { addAttendees: ['Lynne'] }, { kind: 'subject', text: 'team sync' }],
  ])('%s', (text, change, target) => {
    const r = parse(text, NOW, LA);
    expect({ intent: r.intent, change: r.entities.change, target: r.entities.target }).toEqual({ intent: 'calendar.update', change, target });
  });

  test('a mail forwarded stays one: "forward the budget email to patti", "forward the report to megan", "forward it to lynne"', () => {
    for (const text of ['forward the budget email to patti', 'forward the report to megan', 'forward it to lynne']) expect([text, parse(text, NOW, LA).intent]).toEqual([text, 'mail.forward']);
  });

  test("add Adele to tomorrow's planning: the name, and the day it is on", () => {
    const r = parse("add Adele to tomorrow's planning", NOW, LA);
    expect(r.entities.target).toEqual({ kind: 'subject', text: 'planning' });
    expect(r.entities.targetDay).toEqual({ start: '2026-11-19T00:00:00-08:00', end: '2026-11-20T00:00:00-08:00' });
  });

  test.each([
    'add lunch to my calendar',
    'add a meeting with Megan tomorrow at 3',
    'add Megan to my contacts',
    'add Adele to the team',
    'add Adele to the marketing team',
    'add Megan to the team chat',
    'add a note to it',
    'add the agenda to the design review',
    'invite Megan to lunch tomorrow at noon',
    'invite Megan to lunch',
    'remove the location from it',
    'meet with Megan tomorrow at 3pm',
    'add notes to the design review',
    'add ashley to the wedding invite list',
    'remove dinner with mike from my calendar',
  ])('not a change to who is invited: %s', (text) => {
    const change = parse(text, NOW, LA).entities.change;
    expect(change?.addAttendees ?? change?.removeAttendees).toBeUndefined();
  });
});

describe('one meeting asked about or moved without a new time', () => {
  test.each<[string, Intent, EventReference]>([
    ['next meeting', 'calendar.query', { kind: 'next' }],
    ["what's my next meeting?", 'calendar.query', { kind: 'next' }],
    // The same words as in "cancel my upcoming meeting" or "move the following one" (changeParser's NEXT).
    ["what's my upcoming meeting?", 'calendar.query', { kind: 'next' }],
    ['when is my next call', 'calendar.query', { kind: 'next' }],
    ['when is the budget review?', 'calendar.query', { kind: 'subject', text: 'budget review' }],
    ['when is my focus time?', 'calendar.query', { kind: 'subject', text: 'focus time' }],
    ['when is the planning sync?', 'calendar.query', { kind: 'subject', text: 'planning sync' }],
    ['when is the quarterly planning?', 'calendar.query', { kind: 'subject', text: 'quarterly planning' }],
    ['what time is my 1:1?', 'calendar.query', { kind: 'subject', text: '1:1' }],
    ['where is the quarterly planning?', 'calendar.query', { kind: 'subject', text: 'quarterly planning' }],
    ['how long is the design review', 'calendar.query', { kind: 'subject', text: 'design review' }],
    ["what's the dial-in for my 2pm?", 'calendar.query', { kind: 'time', start: '2026-11-18T14:00:00-08:00' }],
    ['move it', 'calendar.update', { kind: 'anaphora' }],
    ['reschedule that meeting', 'calendar.update', { kind: 'anaphora' }],
  ])('%s', (text, intent, target) => {
    const r = parse(text, NOW, LA);
    expect({ intent: r.intent, target: r.entities.target }).toEqual({ intent, target });
  });

  test.each(["what's on my calendar today?", 'what do I have tomorrow?', 'when is my 3pm?'])('a question about days, not one meeting: %s', (text) => {
    expect(parse(text, NOW, LA).entities.target).toBeUndefined();
  });
});

describe('a time to find, or someone\'s free and busy times, said as a need or a question', () => {
  test.each([
    'I need 2 hours with Diego and Lee before the end of the month',
    'we need an hour with Adele next week',
    'does Adele have anything on Monday morning',
    'is Megan busy tomorrow afternoon?',
  ])('%s', (text) => {
    expect(parse(text, NOW, LA).intent).toBe('calendar.findTime');
  });

  test('a clock time said with the need makes it a new meeting; "does it" names no one', () => {
    expect(parse('I need 30 minutes with Megan tomorrow at 3', NOW, LA).intent).toBe('calendar.create');
    expect(parse('does it have a teams link', NOW, LA).intent).not.toBe('calendar.findTime');
  });

  test('before the end of the month is through its last day', () => {
    const r = parse('I need 2 hours with Diego and Lee before the end of the month', NOW, LA);
    expect({ start: r.entities.start, end: r.entities.end }).toEqual({ start: '2026-11-18T09:30:00-08:00', end: '2026-12-01T00:00:00-08:00' });
  });
});

describe('left alone: out of scope stays out of scope', () => {
  test.each([
    'when is the next train to boston',
    'when is the next lakers game',
    'what time is my wakeup alarm set for',
    'add butter to the list',
    'remove that item',
    'find me a recipe for lasagna',
    'what time is it in tokyo',
    'where is the nearest gym',
    'how long is the flight to boston',
  ])('%s', (text) => {
    expect(parse(text, NOW, LA).trace.intent ?? '').not.toMatch(/request\./);
  });
});
