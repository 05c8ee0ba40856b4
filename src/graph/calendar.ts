import type * as Graph from '@microsoft/microsoft-graph-types';
import { formatGraphDateTime } from '../time/zonedTime';
import type { MailboxGraph } from './graphClientFactory';

const EVENT_FIELDS = [
  'id',
  'subject',
  'start',
  'end',
  'isAllDay',
  'location',
  'isOnlineMeeting',
  'onlineMeeting',
  'onlineMeetingUrl',
  'organizer',
  'attendees',
  'isCancelled',
  'showAs',
  'responseStatus',
  'seriesMasterId',
  'type',
  'webLink',
];

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/**
 * Every event occurrence between two instants (recurrences expanded by Graph's
 * calendarView), with start/end written in `timeZone` (a name Graph accepts), in start order.
 */
export async function listEventsBetween(
  mailbox: MailboxGraph,
  start: Date,
  end: Date,
  timeZone: string,
): Promise<Graph.Event[]> {
  const events: Graph.Event[] = [];
  let page = (await mailbox.client
    .api(mailbox.path('/calendarView'))
    .query({ startDateTime: start.toISOString(), endDateTime: end.toISOString() })
    .select(EVENT_FIELDS)
    .orderby('start/dateTime')
    .top(50)
    .header('Prefer', `outlook.timezone="${timeZone}"`)
    .get()) as Page<Graph.Event>;
  events.push(...page.value);
  // Follow paging: a busy week can exceed one page.
  while (page['@odata.nextLink']) {
    page = (await mailbox.client
      .api(mailbox.link(page['@odata.nextLink']))
      .header('Prefer', `outlook.timezone="${timeZone}"`)
      .get()) as Page<Graph.Event>;
    events.push(...page.value);
  }
  return events.filter((e) => !e.isCancelled);
}

export interface NewEvent {
  subject: string;
  start: Date;
  end: Date;
  /** IANA zone the times are written in. */
  timeZone: string;
  /** The same zone as the mailbox names it (usually Windows), so Outlook shows the original zone. */
  mailboxTimeZone: string;
  isAllDay: boolean;
  attendees: Array<{ name: string; address: string }>;
  location: string | undefined;
  online: boolean;
  recurrence: Graph.PatternedRecurrence | undefined;
  reminderMinutes: number;
  body: string | undefined;
  /** Calendar id; the default calendar when absent. */
  calendarId: string | undefined;
}

/**
 * Creates an event. `transactionId` makes the call idempotent: Graph returns the event
 * already created with that id instead of a second one, so a retried Confirm is safe.
 */
export async function createEvent(mailbox: MailboxGraph, event: NewEvent, transactionId: string): Promise<Graph.Event> {
  const when = (d: Date): Graph.DateTimeTimeZone => ({ dateTime: formatGraphDateTime(d, event.timeZone), timeZone: event.mailboxTimeZone });
  const body: Graph.Event = {
    subject: event.subject,
    start: when(event.start),
    end: when(event.end),
    isAllDay: event.isAllDay,
    attendees: event.attendees.map((a) => ({ emailAddress: { name: a.name, address: a.address }, type: 'required' })),
    isReminderOn: event.reminderMinutes > 0,
    reminderMinutesBeforeStart: event.reminderMinutes,
    transactionId,
  };
  if (event.location) body.location = { displayName: event.location };
  if (event.online) {
    body.isOnlineMeeting = true;
    body.onlineMeetingProvider = 'teamsForBusiness';
  }
  if (event.recurrence) body.recurrence = event.recurrence;
  if (event.body) body.body = { contentType: 'text', content: event.body };
  const path = event.calendarId ? `/calendars/${encodeURIComponent(event.calendarId)}/events` : '/events';
  return (await mailbox.client.api(mailbox.path(path)).post(body)) as Graph.Event;
}
