import type { GraphRequest } from '@microsoft/microsoft-graph-client';
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

/** The link to join an online meeting (Teams), wherever Graph put it; undefined for one without. */
export function joinLinkOf(e: Graph.Event): string | undefined {
  return e.onlineMeeting?.joinUrl ?? e.onlineMeetingUrl ?? undefined;
}

/** Everything a details card or a change needs about one event. */
export const EVENT_DETAIL_FIELDS = [
  ...EVENT_FIELDS,
  'isOrganizer',
  'recurrence',
  'body',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'sensitivity',
  'importance',
  'categories',
  // Whether an answer may propose another time.
  'allowNewTimeProposals',
];

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/** Every item of a collection: the first page, then each @odata.nextLink with the same Prefer header. */
async function allPages<T>(mailbox: MailboxGraph, first: GraphRequest, prefer?: string): Promise<T[]> {
  const withPrefer = (request: GraphRequest): GraphRequest => (prefer ? request.header('Prefer', prefer) : request);
  let page = (await withPrefer(first).get()) as Page<T>;
  const items = [...page.value];
  while (page['@odata.nextLink']) {
    page = (await withPrefer(mailbox.client.api(mailbox.link(page['@odata.nextLink']))).get()) as Page<T>;
    items.push(...page.value);
  }
  return items;
}

function zonePreference(timeZone: string): string {
  return `outlook.timezone="${timeZone}"`;
}

/**
 * Every event occurrence between two instants in the user's own calendars (recurrences
 * expanded by Graph's calendarView), with start/end written in `timeZone` (a name Graph
 * accepts), in start order. Graph's `/calendarView` reads the default calendar only, so the
 * user's other calendars ("Projects") are read too; calendars shared by other people are not
 * the user's meetings and are left out.
 */
export async function listEventsBetween(
  mailbox: MailboxGraph,
  start: Date,
  end: Date,
  timeZone: string,
): Promise<Graph.Event[]> {
  // The default calendar is read while the list of calendars is asked for: most users have no other.
  const [calendars, defaultView] = await Promise.all([listCalendars(mailbox), calendarView(mailbox, '/calendarView', start, end, timeZone)]);
  const owner = calendars.find((c) => c.isDefault)?.ownerAddress;
  const others = calendars.filter((c) => !c.isDefault && c.ownerAddress === owner);
  const otherViews = await Promise.all(
    others.map((c) => calendarView(mailbox, `/calendars/${encodeURIComponent(c.id)}/calendarView`, start, end, timeZone)),
  );
  // Every start is written in the same zone, so the text orders them; the sort is stable, default calendar first.
  return [defaultView, ...otherViews].flat().sort((a, b) => (a.start?.dateTime ?? '').localeCompare(b.start?.dateTime ?? ''));
}

async function calendarView(mailbox: MailboxGraph, path: string, start: Date, end: Date, timeZone: string): Promise<Graph.Event[]> {
  const request = mailbox.client
    .api(mailbox.path(path))
    .query({ startDateTime: start.toISOString(), endDateTime: end.toISOString() })
    .select(EVENT_FIELDS)
    .orderby('start/dateTime')
    .top(50);
  // A busy week can exceed one page.
  const events = await allPages<Graph.Event>(mailbox, request, zonePreference(timeZone));
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
  /** 'oof' for time off ("out of office"); Graph's default (busy) when absent. */
  showAs?: 'oof';
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
  if (event.showAs) body.showAs = event.showAs;
  if (event.online) {
    body.isOnlineMeeting = true;
    body.onlineMeetingProvider = 'teamsForBusiness';
  }
  if (event.recurrence) body.recurrence = event.recurrence;
  if (event.body) body.body = { contentType: 'text', content: event.body };
  const path = event.calendarId ? `/calendars/${encodeURIComponent(event.calendarId)}/events` : '/events';
  return (await mailbox.client.api(mailbox.path(path)).post(body)) as Graph.Event;
}

/** One of the user's calendars, as the calendars card lists them. */
export interface CalendarSummary {
  id: string;
  name: string;
  isDefault: boolean;
  ownerName: string;
  ownerAddress: string;
}

/** The user's calendars (default first, then by name). */
export async function listCalendars(mailbox: MailboxGraph): Promise<CalendarSummary[]> {
  const request = mailbox.client.api(mailbox.path('/calendars')).select(['id', 'name', 'isDefaultCalendar', 'owner']).top(50);
  const calendars = await allPages<Graph.Calendar>(mailbox, request);
  return calendars
    .map((c) => ({
      id: c.id ?? '',
      name: c.name ?? '',
      isDefault: c.isDefaultCalendar === true,
      ownerName: c.owner?.name ?? '',
      ownerAddress: (c.owner?.address ?? '').toLowerCase(),
    }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
}

/** Creates a calendar; Graph answers 409 (ErrorFolderExists) when the user already has one by that name. */
export async function createCalendar(mailbox: MailboxGraph, name: string): Promise<Graph.Calendar> {
  return (await mailbox.client.api(mailbox.path('/calendars')).post({ name })) as Graph.Calendar;
}

/** One event (a series master, an occurrence or a single event), times in `timeZone`; undefined when it is gone. */
export async function getEvent(mailbox: MailboxGraph, eventId: string, timeZone: string): Promise<Graph.Event | undefined> {
  try {
    return (await mailbox.client
      .api(mailbox.path(`/events/${encodeURIComponent(eventId)}`))
      .select(EVENT_DETAIL_FIELDS)
      .header('Prefer', zonePreference(timeZone))
      .get()) as Graph.Event;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
}

export async function updateEvent(mailbox: MailboxGraph, eventId: string, changes: Graph.Event): Promise<Graph.Event> {
  return (await mailbox.client.api(mailbox.path(`/events/${encodeURIComponent(eventId)}`)).patch(changes)) as Graph.Event;
}

/** Deletes an event; one already gone counts as deleted, so a retried delete is safe. */
export async function deleteEvent(mailbox: MailboxGraph, eventId: string): Promise<void> {
  try {
    await mailbox.client.api(mailbox.path(`/events/${encodeURIComponent(eventId)}`)).delete();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  }
}

/** The user's recurring series (masters, not occurrences), times in `timeZone`. */
export async function listSeriesMasters(mailbox: MailboxGraph, timeZone: string): Promise<Graph.Event[]> {
  const request = mailbox.client
    .api(mailbox.path('/events'))
    .filter("type eq 'seriesMaster'")
    .select([...EVENT_FIELDS, 'recurrence'])
    .top(50);
  const events = await allPages<Graph.Event>(mailbox, request, zonePreference(timeZone));
  return events.filter((e) => e.type === 'seriesMaster' && !e.isCancelled);
}

/** Occurrences of a series between two instants, in start order. */
export async function listInstances(mailbox: MailboxGraph, seriesId: string, start: Date, end: Date, timeZone: string): Promise<Graph.Event[]> {
  const request = mailbox.client
    .api(mailbox.path(`/events/${encodeURIComponent(seriesId)}/instances`))
    .query({ startDateTime: start.toISOString(), endDateTime: end.toISOString() })
    .select(EVENT_FIELDS)
    .top(50);
  const events = await allPages<Graph.Event>(mailbox, request, zonePreference(timeZone));
  return events.filter((e) => !e.isCancelled).sort((a, b) => (a.start?.dateTime ?? '').localeCompare(b.start?.dateTime ?? ''));
}

/**
 * A copy of an event in another calendar. Graph has no move for events between calendars,
 * so moving is this followed by deleting the original; `transactionId` makes a retried copy
 * return the first one. The copy is a new meeting: a Teams meeting gets a new join link and
 * attendees a new invitation.
 */
export async function copyEventToCalendar(mailbox: MailboxGraph, event: Graph.Event, calendarId: string, transactionId: string): Promise<Graph.Event> {
  const body: Graph.Event = {
    subject: event.subject,
    body: event.body,
    start: event.start,
    end: event.end,
    isAllDay: event.isAllDay,
    location: event.location,
    attendees: (event.attendees ?? []).map((a) => ({ emailAddress: a.emailAddress, type: a.type })),
    isReminderOn: event.isReminderOn,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart,
    showAs: event.showAs,
    sensitivity: event.sensitivity,
    importance: event.importance,
    categories: event.categories,
    transactionId,
  };
  if (event.isOnlineMeeting) {
    body.isOnlineMeeting = true;
    body.onlineMeetingProvider = event.onlineMeetingProvider ?? 'teamsForBusiness';
  }
  if (event.recurrence) body.recurrence = event.recurrence;
  return (await mailbox.client.api(mailbox.path(`/calendars/${encodeURIComponent(calendarId)}/events`)).post(body)) as Graph.Event;
}
