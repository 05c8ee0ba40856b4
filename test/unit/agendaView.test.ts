import type * as Graph from '@microsoft/microsoft-graph-types';
import { agendaScope } from '../../dialogs/agendaDialog';
import { agendaCardData, withScopePeople } from '../../dialogs/agendaView';

const LA = 'America/Los_Angeles';

function event(partial: Partial<Graph.Event>): Graph.Event {
  return { subject: 'Sync', isAllDay: false, ...partial };
}

describe('agenda range', () => {
  test('no time said: the whole of today in the user\'s zone', () => {
    const r = agendaScope({}, new Date('2026-11-19T06:30:00Z'), LA);
    // 06:30Z is still the 18th in Los Angeles.
    expect(r.start.toISOString()).toBe('2026-11-18T08:00:00.000Z');
    expect(r.end.toISOString()).toBe('2026-11-19T08:00:00.000Z');
  });

  test('a point in time: that whole local day; the day clocks change is 25 hours long', () => {
    const r = agendaScope({ start: '2026-11-01T15:00:00-08:00' }, new Date('2026-10-30T12:00:00Z'), LA);
    expect(r.start.toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(r.end.toISOString()).toBe('2026-11-02T08:00:00.000Z');
  });

  test('a range is kept as said', () => {
    const r = agendaScope({ start: '2026-11-19T12:00:00-08:00', end: '2026-11-19T17:00:00-08:00' }, new Date('2026-11-19T12:00:00Z'), LA);
    expect([r.start.toISOString(), r.end.toISOString()]).toEqual(['2026-11-19T20:00:00.000Z', '2026-11-20T01:00:00.000Z']);
  });

  test('the people named narrow it; the asker and groups do not', () => {
    const r = agendaScope({ people: ['me', 'Diego', 'the team', 'my manager', 'Lee'] }, new Date('2026-11-19T12:00:00Z'), LA);
    expect(r.people).toEqual(['Diego', 'Lee']);
    expect(agendaScope({}, new Date('2026-11-19T12:00:00Z'), LA).people).toEqual([]);
  });
});

describe('agenda people', () => {
  const who = (name: string, address: string): Graph.Attendee => ({ emailAddress: { name, address } });
  const lunch = event({ organizer: { emailAddress: { name: 'Diego Siciliani', address: 'diegos@contoso.com' } }, attendees: [who('Lee Gu', 'leeg@contoso.com')] });

  test('a meeting is shown when each name said organises it or is invited, by first name, full name or address', () => {
    expect(withScopePeople(lunch, ['Diego'])).toBe(true);
    expect(withScopePeople(lunch, ['lee gu'])).toBe(true);
    expect(withScopePeople(lunch, ['diegos@contoso.com', 'Lee'])).toBe(true);
    expect(withScopePeople(lunch, ['Diego', 'Megan'])).toBe(false);
    expect(withScopePeople(event({}), ['Diego'])).toBe(false);
  });

  test('the card says whose meetings it shows', () => {
    const scope = { start: new Date('2026-11-19T08:00:00Z'), end: new Date('2026-11-20T08:00:00Z'), people: ['Diego', 'Lee'] };
    const data = agendaCardData([], scope, new Date('2026-11-19T16:00:00Z'), LA, 'en-US', undefined);
    expect(data.subtitle).toBe('No events with Diego and Lee · times in Pacific Time');
    expect(data.emptyText).toBe('Nothing on your calendar with Diego and Lee that day.');
    expect(data.agendaWith).toBe('Diego, Lee');
  });
});

describe('agenda card data', () => {
  const now = new Date('2026-11-19T16:00:00Z');
  const day = { start: new Date('2026-11-19T08:00:00Z'), end: new Date('2026-11-20T08:00:00Z'), people: [] };

  test('times as the mailbox zone wrote them, all-day events, people other than the user, Join links', () => {
    const data = agendaCardData(
      [
        event({ subject: 'Holiday party prep', isAllDay: true, start: { dateTime: '2026-11-19T00:00:00.0000000', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-20T00:00:00.0000000', timeZone: 'Pacific Standard Time' } }),
        event({
          subject: 'Budget review',
          start: { dateTime: '2026-11-19T15:00:00.0000000', timeZone: 'Pacific Standard Time' },
          end: { dateTime: '2026-11-19T15:30:00.0000000', timeZone: 'Pacific Standard Time' },
          organizer: { emailAddress: { name: 'Megan Bowen', address: 'MeganB@example.com' } },
          attendees: [{ emailAddress: { name: 'Alex Wilber', address: 'alexw@example.com' } }, { emailAddress: { name: 'Megan Bowen', address: 'meganb@example.com' } }],
          onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' },
          location: { displayName: 'Rainier' },
        }),
      ],
      day,
      now,
      LA,
      'en-US',
      'alexw@example.com',
    );
    expect(data.title).toBe('Today, Thursday, November 19');
    expect(data.subtitle).toBe('2 events · times in Pacific Time');
    expect(data.events[0]).toMatchObject({ startTime: 'All day', endTime: '', subject: 'Holiday party prep', joinUrl: '' });
    expect(data.events[1]).toEqual({
      startTime: '3:00 PM',
      endTime: '3:30 PM',
      subject: 'Budget review',
      location: 'Rainier',
      people: 'Megan Bowen',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/x',
      eventId: '',
      canMove: false,
      cancelLabel: '',
    });
  });

  test('a week: dates on each row and a range title; an empty day says so', () => {
    const week = { start: new Date('2026-11-23T08:00:00Z'), end: new Date('2026-11-30T08:00:00Z'), people: [] };
    const data = agendaCardData(
      [event({ start: { dateTime: '2026-11-24T09:00:00.0000000', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-24T09:15:00.0000000', timeZone: 'Pacific Standard Time' } })],
      week,
      now,
      LA,
      'en-US',
      undefined,
    );
    expect(data.title).toBe('Mon, Nov 23 – Sun, Nov 29');
    expect(data.events[0].startTime).toBe('Tue, Nov 24 9:00 AM');
    expect(data.events[0].endTime).toBe('9:15 AM');
    const empty = agendaCardData([], day, now, LA, 'en-US', undefined);
    expect(empty.subtitle).toBe('No events · times in Pacific Time');
    expect(empty.emptyText).toBe('Nothing on your calendar that day.');
  });

  test('part of one day: the title says which hours ("anything after 4 today", "before 10", "my afternoon")', () => {
    const at = (iso: string): Date => new Date(iso);
    const after4 = agendaCardData([], { ...day, start: at('2026-11-20T00:00:00Z') }, now, LA, 'en-US', undefined);
    expect(after4.title).toBe('Today, Thursday, November 19, from 4:00 PM');
    expect(after4.emptyText).toBe('Nothing on your calendar then.');
    const before10 = agendaCardData([], { ...day, end: at('2026-11-19T18:00:00Z') }, now, LA, 'en-US', undefined);
    expect(before10.title).toBe('Today, Thursday, November 19, until 10:00 AM');
    const afternoon = agendaCardData([], { ...day, start: at('2026-11-19T20:00:00Z'), end: at('2026-11-20T01:00:00Z') }, now, LA, 'en-US', undefined);
    expect(afternoon.title).toBe('Today, Thursday, November 19, 12:00 – 5:00 PM');
  });
});
