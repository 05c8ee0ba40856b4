import { recognize } from '../../src/nlu';
import { attendeeRequestOf, type AttendeeEdit } from '../../dialogs/attendeeRequest';
import { meetingRequestOf } from '../../dialogs/meetingRequestRoute';
import type { EventReference } from '../../src/nlu/types';

// Wednesday 18 November 2026, 09:30 in Los Angeles.
const CONTEXT = { now: new Date('2026-11-18T17:30:00Z'), timeZone: 'America/Los_Angeles', locale: 'en-US' };

function read(text: string): { edit: AttendeeEdit; target: EventReference | undefined } | undefined {
  const found = attendeeRequestOf(recognize(text, CONTEXT), text);
  return found && { edit: found.edit, target: found.entities.target };
}

describe('changes to who is invited, told by their wording', () => {
  test.each<[string, AttendeeEdit, EventReference]>([
    ['add Adele to it', { add: ['Adele'], remove: [] }, { kind: 'anaphora' }],
    ['add adele to that meeting', { add: ['adele'], remove: [] }, { kind: 'anaphora' }],
    ['invite Isaiah to the design review', { add: ['Isaiah'], remove: [] }, { kind: 'subject', text: 'design review' }],
    ['please invite Isaiah and Adele to the design review', { add: ['Isaiah', 'Adele'], remove: [] }, { kind: 'subject', text: 'design review' }],
    ['add Megan Bowen, Adele & Patti to my next meeting', { add: ['Megan Bowen', 'Adele', 'Patti'], remove: [] }, { kind: 'next' }],
    ['add lynner@example.com to my 3pm', { add: ['lynner@example.com'], remove: [] }, { kind: 'time', start: '2026-11-18T15:00:00-08:00' }],
    ['remove Patti from the design review', { add: [], remove: ['Patti'] }, { kind: 'subject', text: 'design review' }],
    ['take Patti off the design review', { add: [], remove: ['Patti'] }, { kind: 'subject', text: 'design review' }],
    ['add Adele to the 3pm meeting', { add: ['Adele'], remove: [] }, { kind: 'time', start: '2026-11-18T15:00:00-08:00' }],
    ['add Adele to my 3pm tomorrow', { add: ['Adele'], remove: [] }, { kind: 'time', start: '2026-11-19T15:00:00-08:00' }],
    ['add Adele to my 10am on Friday', { add: ['Adele'], remove: [] }, { kind: 'time', start: '2026-11-20T10:00:00-08:00' }],
    ["add Adele to tomorrow's 10am", { add: ['Adele'], remove: [] }, { kind: 'time', start: '2026-11-19T10:00:00-08:00' }],
    ['can you drop Megan from it?', { add: [], remove: ['Megan'] }, { kind: 'anaphora' }],
  ])('%s', (text, edit, target) => {
    expect(read(text)).toEqual({ edit, target });
  });

  test.each([
    'add lunch to my calendar',
    'add a meeting with Megan tomorrow at 3',
    'add Megan to my contacts',
    'add Adele to the team',
    'add a note to it',
    'add the agenda to the design review',
    'invite Megan to lunch tomorrow at noon',
    'invite Megan to lunch',
    'remove the location from it',
    'meet with Megan tomorrow at 3pm',
    'add notes to the design review',
  ])('not a change to who is invited: %s', (text) => {
    expect(read(text)).toBeUndefined();
  });

  test('"tomorrow\'s planning": the day narrows the search by name', () => {
    const text = "add Adele to tomorrow's planning";
    const found = attendeeRequestOf(recognize(text, CONTEXT), text);
    expect(found?.entities.target).toEqual({ kind: 'subject', text: "tomorrow's planning" });
  });

  test('the meeting route hands these to the meeting dialog as an attendees request', () => {
    const text = 'remove Patti from the design review';
    expect(meetingRequestOf(recognize(text, CONTEXT), text)).toMatchObject({ request: 'attendees', attendees: { add: [], remove: ['Patti'] } });
  });
});
