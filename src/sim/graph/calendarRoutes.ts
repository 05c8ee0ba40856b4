import { jsonBody } from '../http/exchange';
import type { StoredCalendar, TimeSlot } from '../state/mailboxItems';
import type { GraphCall, GraphResult } from './graphCall';
import { GraphFailure, badRequest, notFound, requireWellFormedId } from './graphError';
import { applySelect, queryCollection, type GraphObject } from './collectionQuery';
import { PERMISSIONS, requirePermission } from './permissions';
import { blankEvent, applyEventInput } from './eventInput';
import { instancesInWindow, occurrenceAt, parseOccurrenceId, renderEvent, type EventInstance } from './eventModel';
import { dateTimeTimeZone, parseDateTimeTimeZone, parseQueryInstant } from './graphDates';
import { cancelMeeting, copiesOf, propagateOccurrenceAttendees, propagateUpdate, respond, sendInvitations, type MeetingResponse } from './meetingInvitations';
import { findMeetingTimes, getSchedule } from './schedule';
import { deltaRound } from './deltaQuery';

const CALENDAR_COLORS = ['auto', 'lightBlue', 'lightGreen', 'lightOrange', 'lightGray', 'lightYellow', 'lightTeal', 'lightPink', 'lightBrown', 'lightRed', 'maxColor'];

function metadata(call: GraphCall): string {
  return `${call.ctx.url}/v1.0/$metadata#users('${call.mailbox.id}')`;
}

function renderCalendar(call: GraphCall, c: StoredCalendar): GraphObject {
  const owner = call.mailbox;
  return {
    '@odata.etag': `W/"${c.changeKey}"`,
    id: c.id,
    name: c.name,
    color: c.color,
    hexColor: c.hexColor,
    groupClassId: '0006f0b7-0000-0000-c000-000000000046',
    isDefaultCalendar: c.isDefaultCalendar,
    changeKey: c.changeKey,
    canShare: c.canShare,
    canViewPrivateItems: true,
    canEdit: c.canEdit,
    allowedOnlineMeetingProviders: ['teamsForBusiness'],
    defaultOnlineMeetingProvider: 'teamsForBusiness',
    isTallyingResponses: true,
    isRemovable: !c.isDefaultCalendar,
    owner: { name: owner.displayName, address: owner.mail },
  };
}

function calendarById(call: GraphCall, id: string): StoredCalendar {
  const c = call.ctx.state.calendars.get(id);
  if (!c || c.ownerId !== call.mailbox.id) throw notFound();
  return c;
}

function defaultCalendar(call: GraphCall): StoredCalendar {
  const c = call.ctx.state.defaultCalendar(call.mailbox.id);
  if (!c) throw new GraphFailure(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
  return c;
}

function ok(body: unknown, status = 200): GraphResult {
  return { status, body };
}

/** Everything under /calendar, /calendars, /events, /calendarView, /findMeetingTimes of one mailbox. */
export async function calendarRoute(call: GraphCall): Promise<GraphResult> {
  const [head, ...rest] = call.segments;
  const method = call.req.method;
  if (head === 'findMeetingTimes' && rest.length === 0 && method === 'POST') {
    if (call.principal.kind === 'app') throw new GraphFailure(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    requirePermission(call, PERMISSIONS.findMeetingTimes);
    return ok(findMeetingTimes(call));
  }
  if (head === 'calendars' && rest.length === 0) {
    if (method === 'GET') {
      requirePermission(call, PERMISSIONS.calendarRead);
      const items = call.ctx.state.calendarsOf(call.mailbox.id).map((c) => renderCalendar(call, c));
      return ok(queryCollection(call.req, call.prefs, items, { defaultPageSize: 10, url: call.ctx.url, context: `${metadata(call)}/calendars` }));
    }
    if (method === 'POST') {
      requirePermission(call, PERMISSIONS.calendarWrite);
      return ok({ '@odata.context': `${metadata(call)}/calendars/$entity`, ...renderCalendar(call, createCalendar(call)) }, 201);
    }
  }
  let calendar: StoredCalendar | undefined;
  let tail: string[];
  if (head === 'calendar') {
    calendar = defaultCalendar(call);
    tail = rest;
  } else if (head === 'calendars') {
    calendar = calendarById(call, rest[0]);
    tail = rest.slice(1);
  } else {
    tail = call.segments;
  }
  if (calendar && tail.length === 0) return calendarEntity(call, calendar);
  const [what, id, action, ...more] = tail;
  if (what === 'getSchedule' && !id && method === 'POST') {
    requirePermission(call, PERMISSIONS.calendarRead);
    return ok(getSchedule(call));
  }
  if (what === 'calendarView' && id === 'delta' && !action && method === 'GET') {
    requirePermission(call, PERMISSIONS.calendarRead);
    return ok(calendarViewDelta(call, calendar ?? defaultCalendar(call)));
  }
  if (what === 'calendarView' && !id && method === 'GET') {
    requirePermission(call, PERMISSIONS.calendarRead);
    return ok(calendarView(call, calendar ?? defaultCalendar(call)));
  }
  if (what === 'events') {
    if (!id) {
      if (method === 'GET') {
        requirePermission(call, PERMISSIONS.calendarRead);
        return ok(listEvents(call, calendar));
      }
      if (method === 'POST') {
        requirePermission(call, PERMISSIONS.calendarWrite);
        return createEvent(call, calendar ?? defaultCalendar(call));
      }
    } else if (!action) {
      if (method === 'GET') {
        requirePermission(call, PERMISSIONS.calendarRead);
        const inst = resolveEvent(call, id);
        return ok(applySelect({ '@odata.context': `${metadata(call)}/events/$entity`, ...renderEvent(call.ctx, inst, call.prefs) }, call.req.query.get('$select')));
      }
      if (method === 'PATCH') {
        requirePermission(call, PERMISSIONS.calendarWrite);
        return updateEvent(call, id);
      }
      if (method === 'DELETE') {
        requirePermission(call, PERMISSIONS.calendarWrite);
        deleteEvent(call, id);
        return { status: 204 };
      }
    } else if (more.length === 0) {
      if (action === 'instances' && method === 'GET') {
        requirePermission(call, PERMISSIONS.calendarRead);
        return ok(instances(call, id));
      }
      if (method === 'POST' && ['accept', 'decline', 'tentativelyAccept', 'cancel'].includes(action)) {
        requirePermission(call, PERMISSIONS.calendarWrite);
        return meetingAction(call, id, action);
      }
    }
  }
  throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${tail.join('/') || head}'.`);
}

function createCalendar(call: GraphCall): StoredCalendar {
  const input = jsonBody(call.req) ?? {};
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name) throw badRequest('The calendar name is required.', 'ErrorInvalidRequest');
  if (call.ctx.state.calendarsOf(call.mailbox.id).some((c) => c.name.toLowerCase() === name.toLowerCase())) {
    throw new GraphFailure(409, 'ErrorFolderExists', 'A folder with the specified name already exists.');
  }
  const color = typeof input.color === 'string' && CALENDAR_COLORS.includes(input.color) ? input.color : 'auto';
  const c: StoredCalendar = {
    id: call.ctx.state.nextId('calendar'),
    ownerId: call.mailbox.id,
    name,
    color,
    hexColor: typeof input.hexColor === 'string' ? input.hexColor : '',
    isDefaultCalendar: false,
    changeKey: call.ctx.state.nextChangeKey(),
    canEdit: true,
    canShare: true,
  };
  call.ctx.state.calendars.set(c.id, c);
  return c;
}

function calendarEntity(call: GraphCall, c: StoredCalendar): GraphResult {
  const method = call.req.method;
  if (method === 'GET') {
    requirePermission(call, PERMISSIONS.calendarRead);
    return ok(applySelect({ '@odata.context': `${metadata(call)}/calendars/$entity`, ...renderCalendar(call, c) }, call.req.query.get('$select')));
  }
  requirePermission(call, PERMISSIONS.calendarWrite);
  if (method === 'PATCH') {
    const input = jsonBody(call.req) ?? {};
    if (typeof input.name === 'string' && input.name.trim()) c.name = input.name.trim();
    if (typeof input.color === 'string' && CALENDAR_COLORS.includes(input.color)) c.color = input.color;
    c.changeKey = call.ctx.state.nextChangeKey();
    return ok({ '@odata.context': `${metadata(call)}/calendars/$entity`, ...renderCalendar(call, c) });
  }
  if (method === 'DELETE') {
    if (c.isDefaultCalendar) throw new GraphFailure(400, 'ErrorInvalidRequest', 'Your request can\'t be completed. The default calendar cannot be deleted.');
    for (const ev of call.ctx.state.eventsOf(call.mailbox.id, c.id)) call.ctx.state.events.delete(ev.id);
    call.ctx.state.calendars.delete(c.id);
    return { status: 204 };
  }
  throw new GraphFailure(405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
}

/** An event id of this mailbox (a stored event or an occurrence id) as an instance. */
function resolveEvent(call: GraphCall, id: string): EventInstance {
  requireWellFormedId(id);
  const occ = parseOccurrenceId(id);
  if (occ) {
    const master = call.ctx.state.events.get(occ.masterId);
    if (!master || master.ownerId !== call.mailbox.id) throw notFound();
    const inst = occurrenceAt(master, occ.originalStart);
    if (!inst) throw notFound();
    return inst;
  }
  const ev = call.ctx.state.events.get(id);
  if (!ev || ev.ownerId !== call.mailbox.id) throw notFound();
  return { event: ev, start: ev.start, end: ev.end };
}

function eventsPage(call: GraphCall, items: GraphObject[], context: string): GraphObject {
  return queryCollection(call.req, call.prefs, items, {
    defaultPageSize: 10,
    url: call.ctx.url,
    context,
    search: (item, term) => String(item.subject ?? '').toLowerCase().includes(term.toLowerCase()),
  });
}

function listEvents(call: GraphCall, calendar: StoredCalendar | undefined): GraphObject {
  const evs = call.ctx.state.eventsOf(call.mailbox.id, calendar?.id).sort((a, b) => a.start.getTime() - b.start.getTime());
  const items = evs.map((ev) => renderEvent(call.ctx, { event: ev, start: ev.start, end: ev.end }, call.prefs));
  return eventsPage(call, items, `${metadata(call)}/events`);
}

function calendarView(call: GraphCall, calendar: StoredCalendar): GraphObject {
  const from = parseQueryInstant(call.req.query.get('startDateTime'), 'startDateTime');
  const to = parseQueryInstant(call.req.query.get('endDateTime'), 'endDateTime');
  const instancesFound = call.ctx.state.eventsOf(call.mailbox.id, calendar.id).flatMap((ev) => instancesInWindow(ev, from, to));
  instancesFound.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  return eventsPage(call, instancesFound.map((i) => renderEvent(call.ctx, i, call.prefs)), `${metadata(call)}/calendarView`);
}

function calendarViewDelta(call: GraphCall, calendar: StoredCalendar): GraphObject {
  return deltaRound(
    call,
    (params) => {
      const from = parseQueryInstant(params.startDateTime, 'startDateTime');
      const to = parseQueryInstant(params.endDateTime, 'endDateTime');
      const found = call.ctx.state.eventsOf(call.mailbox.id, calendar.id).flatMap((ev) => instancesInWindow(ev, from, to));
      found.sort((a, b) => a.start.getTime() - b.start.getTime());
      return found.map((i) => renderEvent(call.ctx, i, call.prefs));
    },
    '#microsoft.graph.event',
    () => {
      const startDateTime = call.req.query.get('startDateTime');
      const endDateTime = call.req.query.get('endDateTime');
      parseQueryInstant(startDateTime, 'startDateTime');
      parseQueryInstant(endDateTime, 'endDateTime');
      return { startDateTime: String(startDateTime), endDateTime: String(endDateTime) };
    },
  );
}

function instances(call: GraphCall, id: string): GraphObject {
  const from = parseQueryInstant(call.req.query.get('startDateTime'), 'startDateTime');
  const to = parseQueryInstant(call.req.query.get('endDateTime'), 'endDateTime');
  const inst = resolveEvent(call, id);
  const found = inst.originalStart === undefined ? instancesInWindow(inst.event, from, to) : [];
  return eventsPage(call, found.map((i) => renderEvent(call.ctx, i, call.prefs)), `${metadata(call)}/events('${id}')/instances`);
}

function createEvent(call: GraphCall, calendar: StoredCalendar): GraphResult {
  const input = jsonBody(call.req);
  if (!input) throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  const ctx = call.ctx;
  if (typeof input.transactionId === 'string') {
    const existing = ctx.state.eventsOf(call.mailbox.id).find((e) => e.transactionId === input.transactionId);
    if (existing) {
      return ok({ '@odata.context': `${metadata(call)}/events/$entity`, ...renderEvent(ctx, { event: existing, start: existing.start, end: existing.end }, call.prefs) }, 201);
    }
  }
  const ev = blankEvent(ctx, call.mailbox, calendar.id);
  applyEventInput(ctx, ev, input, true);
  if (ev.recurrence && !ev.recurrence.range.startDate) throw badRequest('The recurrence range must have a valid startDate.', 'ErrorPropertyValidationFailure');
  ev.createdDateTime = ctx.clock.now();
  ev.responseStatus = { response: 'organizer', time: '0001-01-01T00:00:00Z' };
  ctx.state.events.set(ev.id, ev);
  ctx.onChange?.(ev.ownerId, 'events', ev.id, 'created');
  sendInvitations(ctx, ev);
  return ok({ '@odata.context': `${metadata(call)}/events/$entity`, ...renderEvent(ctx, { event: ev, start: ev.start, end: ev.end }, call.prefs) }, 201);
}

/**
 * What a PATCH on one occurrence may change; the occurrence becomes an exception. Attendees are
 * among them: "Exceptions can differ from other occurrences in a recurring series, such as the
 * subject, start or end times, or attendees" (event resource type, exceptionOccurrences), and
 * Update event counts "instances that have been updated separately" among those notified.
 */
const OCCURRENCE_FIELDS = ['subject', 'body', 'start', 'end', 'location', 'showAs', 'attendees'];

function updateEvent(call: GraphCall, id: string): GraphResult {
  const input = jsonBody(call.req);
  if (!input) throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
  const ctx = call.ctx;
  const inst = resolveEvent(call, id);
  const ev = inst.event;
  if (inst.originalStart) {
    // Changing one occurrence turns it into an exception of the series.
    const unsupported = Object.keys(input).filter((k) => !OCCURRENCE_FIELDS.includes(k));
    if (unsupported.length > 0) throw badRequest(`Property '${unsupported[0]}' can't be changed on a single occurrence.`, 'ErrorInvalidPropertyForOperation');
    if (input.attendees !== undefined && !ev.isOrganizer) {
      throw new GraphFailure(400, 'ErrorInvalidRequest', "Your request can't be completed. Only the meeting organizer can change this meeting.");
    }
    const key = inst.originalStart.toISOString();
    const prior = ev.exceptions.get(key);
    const attendeesBefore = prior?.attendees ?? ev.attendees;
    const scratch = { ...ev, start: inst.start, end: inst.end, attendees: attendeesBefore, exceptions: new Map(ev.exceptions) };
    applyEventInput(ctx, scratch, input, false);
    const override = { ...(prior ?? {}), lastModified: ctx.clock.now() } as NonNullable<typeof prior>;
    if (input.start !== undefined || input.end !== undefined) {
      override.start = scratch.start;
      override.end = scratch.end;
    }
    if (input.subject !== undefined) override.subject = scratch.subject;
    if (input.body !== undefined) override.body = scratch.body;
    if (input.location !== undefined) override.location = scratch.location;
    if (input.showAs !== undefined) override.showAs = scratch.showAs;
    if (input.attendees !== undefined) override.attendees = scratch.attendees;
    ev.exceptions.set(key, override);
    ev.lastModifiedDateTime = ctx.clock.now();
    ctx.onChange?.(ev.ownerId, 'events', ev.id, 'updated');
    if (ev.isOrganizer) propagateUpdate(ctx, ev);
    if (ev.isOrganizer && input.attendees !== undefined) propagateOccurrenceAttendees(ctx, ev, inst.originalStart, attendeesBefore);
    const after = occurrenceAt(ev, inst.originalStart) as EventInstance;
    return ok({ '@odata.context': `${metadata(call)}/events/$entity`, ...renderEvent(ctx, after, call.prefs) });
  }
  if (!ev.isOrganizer) {
    // Attendees may change only their own view of a meeting.
    const own = ['categories', 'isReminderOn', 'reminderMinutesBeforeStart', 'showAs', 'sensitivity'];
    const forbidden = Object.keys(input).filter((k) => !own.includes(k));
    if (forbidden.length > 0 && ev.attendees.length > 0) {
      throw new GraphFailure(400, 'ErrorInvalidRequest', "Your request can't be completed. Only the meeting organizer can change this meeting.");
    }
  }
  const before = [ev.start.getTime(), ev.end.getTime()];
  applyEventInput(ctx, ev, input, false);
  ctx.onChange?.(ev.ownerId, 'events', ev.id, 'updated');
  if (ev.isOrganizer) propagateUpdate(ctx, ev, before[0] !== ev.start.getTime() || before[1] !== ev.end.getTime());
  return ok({ '@odata.context': `${metadata(call)}/events/$entity`, ...renderEvent(ctx, { event: ev, start: ev.start, end: ev.end }, call.prefs) });
}

function deleteEvent(call: GraphCall, id: string): void {
  const ctx = call.ctx;
  const inst = resolveEvent(call, id);
  const ev = inst.event;
  if (ev.isOrganizer && copiesOf(ctx, ev).length > 0) {
    cancelMeeting(ctx, ev, '', inst.originalStart);
    return;
  }
  if (inst.originalStart) {
    const key = inst.originalStart.toISOString();
    ev.exceptions.set(key, { ...(ev.exceptions.get(key) ?? {}), deleted: true, lastModified: ctx.clock.now() });
    ctx.onChange?.(ev.ownerId, 'events', ev.id, 'updated');
    return;
  }
  ctx.state.events.delete(ev.id);
  ctx.onChange?.(ev.ownerId, 'events', ev.id, 'deleted');
}

function meetingAction(call: GraphCall, id: string, action: string): GraphResult {
  const input = jsonBody(call.req) ?? {};
  const comment = typeof input.comment === 'string' ? input.comment : '';
  const inst = resolveEvent(call, id);
  if (action === 'cancel') {
    cancelMeeting(call.ctx, inst.event, comment, inst.originalStart);
    return { status: 202 };
  }
  const response: MeetingResponse = action === 'accept' ? 'accepted' : action === 'decline' ? 'declined' : 'tentativelyAccepted';
  const sendResponse = input.sendResponse !== false;
  const proposal = input.proposedNewTime === undefined || input.proposedNewTime === null ? undefined : proposedSlot(input.proposedNewTime, action);
  respond(call.ctx, inst.event, response, comment, sendResponse, inst.originalStart, proposal);
  return { status: 202 };
}

/**
 * A decline's or tentative answer's `proposedNewTime` (a timeSlot), kept in UTC. Accepting
 * proposes nothing: Graph takes the parameter on decline and tentativelyAccept only.
 */
function proposedSlot(value: unknown, action: string): TimeSlot {
  if (action === 'accept') throw badRequest("The parameter 'proposedNewTime' is not supported for 'accept'.", 'ErrorInvalidRequest');
  const slot = value as Record<string, unknown>;
  const start = parseDateTimeTimeZone(slot?.start, 'proposedNewTime.start');
  const end = parseDateTimeTimeZone(slot?.end, 'proposedNewTime.end');
  if (end.instant <= start.instant) throw badRequest('The proposed end must be after its start.', 'ErrorInvalidRequest');
  return { start: dateTimeTimeZone(start.instant, 'UTC', 'UTC'), end: dateTimeTimeZone(end.instant, 'UTC', 'UTC') };
}

