import type * as Graph from '@microsoft/microsoft-graph-types';
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
