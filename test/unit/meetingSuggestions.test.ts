import type { WorkingWindow } from '../../src/scheduling/freeSlots';
import { suggestMeetingTimes, type Participant } from '../../src/scheduling/meetingSuggestions';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const hours = (timeZone: string, startTime = '09:00', endTime = '17:00'): WorkingWindow => ({ daysOfWeek: WEEKDAYS, startTime, endTime, timeZone });

const person = (name: string, h: WorkingWindow | undefined, busy: Participant['busy'] = [], isOrganizer = false): Participant => ({
  address: `${name.toLowerCase()}@example.com`,
  name,
  isOrganizer,
  busy,
  hours: h,
  calendarKnown: h !== undefined,
});

const busy = (start: string, end: string, status = 'busy'): Participant['busy'][number] => ({ start: new Date(start), end: new Date(end), status });

// Monday 23 November 2026, the whole day in UTC terms.
const FROM = new Date('2026-11-23T08:00:00Z');
const UNTIL = new Date('2026-11-24T08:00:00Z');

describe('meeting suggestions from free/busy and everyone\'s working hours', () => {
  test('only the hours everyone works, each in their own zone, on the organizer\'s half-hour grid', () => {
    const result = suggestMeetingTimes({
      participants: [person('Alex', hours('America/Los_Angeles', '08:00'), [], true), person('Adele', hours('Europe/London'))],
      from: FROM,
      until: UNTIL,
      durationMinutes: 30,
      maxCandidates: 5,
    });
    // 08:00–09:00 Los Angeles is 16:00–17:00 London: two half hours.
    expect(result.suggestions.map((s) => s.slot.start.toISOString())).toEqual(['2026-11-23T16:00:00.000Z', '2026-11-23T16:30:00.000Z']);
    expect(result.suggestions[0]).toMatchObject({ confidence: 100, attendeeAvailability: [{ address: 'adele@example.com', availability: 'free' }] });
    expect(result.emptySuggestionsReason).toBe('');
  });

  test('busy times of anyone are avoided; someone without known hours (a guest) constrains only by their busy times', () => {
    const result = suggestMeetingTimes({
      participants: [
        person('Alex', hours('America/Los_Angeles'), [busy('2026-11-23T17:00:00Z', '2026-11-23T18:00:00Z')], true),
        person('Guest', undefined, [busy('2026-11-23T18:00:00Z', '2026-11-23T18:30:00Z')]),
      ],
      from: FROM,
      until: UNTIL,
      durationMinutes: 60,
      maxCandidates: 2,
    });
    expect(result.suggestions.map((s) => s.slot.start.toISOString())).toEqual(['2026-11-23T18:30:00.000Z', '2026-11-23T19:00:00.000Z']);
    // As findMeetingTimes has it: someone whose calendar is unknown makes a slot less certain.
    expect(result.suggestions[0]).toMatchObject({ confidence: 50, attendeeAvailability: [{ address: 'guest@example.com', availability: 'unknown' }] });
  });

  test('someone out of office the whole time is named', () => {
    const result = suggestMeetingTimes({
      participants: [person('Alex', hours('America/Los_Angeles'), [], true), person('Megan', hours('America/New_York'), [busy('2026-11-23T05:00:00Z', '2026-11-24T05:00:00Z', 'oof')])],
      from: FROM,
      until: UNTIL,
      durationMinutes: 30,
      maxCandidates: 5,
    });
    expect(result).toEqual({ suggestions: [], emptySuggestionsReason: 'AttendeesUnavailable', explanation: 'Megan is out of office the whole time.' });
  });

  test('a time outside someone\'s working hours is said so, not called fully booked', () => {
    // 6pm in New York: after Megan's day, free as her calendar is.
    const evening = { from: new Date('2026-11-23T23:00:00Z'), until: new Date('2026-11-23T23:30:00Z'), durationMinutes: 30, maxCandidates: 5 };
    expect(suggestMeetingTimes({ ...evening, participants: [person('Alex', hours('America/Los_Angeles'), [], true), person('Megan', hours('America/New_York'))] })).toMatchObject({
      suggestions: [],
      emptySuggestionsReason: 'AttendeesUnavailable',
      explanation: "That's outside Megan's working hours.",
    });
    expect(suggestMeetingTimes({ ...evening, from: new Date('2026-11-24T03:00:00Z'), until: new Date('2026-11-24T03:30:00Z'), participants: [person('Alex', hours('America/Los_Angeles'), [], true)] })).toMatchObject({
      explanation: "That's outside your working hours.",
    });
  });

  test('a fully booked organizer, working hours that never meet, and free times that never coincide each get their own reason', () => {
    const organizerBooked = suggestMeetingTimes({
      participants: [person('Alex', hours('America/Los_Angeles'), [busy('2026-11-23T17:00:00Z', '2026-11-24T01:00:00Z')], true), person('Megan', hours('America/New_York'))],
      from: FROM,
      until: UNTIL,
      durationMinutes: 30,
      maxCandidates: 5,
    });
    expect(organizerBooked).toMatchObject({ emptySuggestionsReason: 'OrganizerUnavailable', explanation: "You're fully booked then." });

    const apart = suggestMeetingTimes({
      participants: [person('Alex', hours('America/Los_Angeles'), [], true), person('Kenji', hours('Asia/Tokyo', '10:00'))],
      from: FROM,
      until: UNTIL,
      durationMinutes: 30,
      maxCandidates: 5,
    });
    // Alex's day ends at 17:00 Los Angeles, just when Kenji's begins (10:00 Tokyo).
    expect(apart.emptySuggestionsReason).toBe('NoCommonWorkingHours');

    const alternating = suggestMeetingTimes({
      participants: [
        person('Alex', hours('Etc/UTC', '09:00', '11:00'), [busy('2026-11-23T09:00:00Z', '2026-11-23T10:00:00Z')], true),
        person('Megan', hours('Etc/UTC', '09:00', '11:00'), [busy('2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z')]),
      ],
      from: FROM,
      until: UNTIL,
      durationMinutes: 30,
      maxCandidates: 5,
    });
    expect(alternating).toMatchObject({ suggestions: [], emptySuggestionsReason: 'NoTimeTogether' });
  });
});
