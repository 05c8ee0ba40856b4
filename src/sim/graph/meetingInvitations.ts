import type { SimContext } from '../simContext';
import type { DirectoryUser } from '../state/directory';
import type { ResponseStatus, StoredEvent } from '../state/mailboxItems';
import { deliver, recipientOf } from './mailDelivery';
import { GraphFailure } from './graphError';
import { graphTimestamp } from './graphDates';

/**
 * Meetings as Exchange runs them: the organizer's event is the original, each internal
 * attendee gets a copy (same iCalUId) and a meeting request in their inbox; responses flow
 * back to the organizer's attendee list; cancellation reaches every copy.
 */

export function copiesOf(ctx: SimContext, ev: StoredEvent): StoredEvent[] {
  return [...ctx.state.events.values()].filter((e) => e.iCalUId === ev.iCalUId && e.id !== ev.id);
}

export function organizerEventOf(ctx: SimContext, copy: StoredEvent): StoredEvent | undefined {
  return [...ctx.state.events.values()].find((e) => e.iCalUId === copy.iCalUId && e.isOrganizer);
}

function seededAttendees(ctx: SimContext, ev: StoredEvent): DirectoryUser[] {
  const out: DirectoryUser[] = [];
  for (const a of ev.attendees) {
    const u = ctx.state.user(a.emailAddress.address);
    if (u && u.id !== ev.ownerId && !out.includes(u)) out.push(u);
  }
  return out;
}

function copyFields(from: StoredEvent, to: StoredEvent): void {
  to.subject = from.subject;
  to.body = { ...from.body };
  to.start = from.start;
  to.end = from.end;
  to.originalStartTimeZone = from.originalStartTimeZone;
  to.originalEndTimeZone = from.originalEndTimeZone;
  to.isAllDay = from.isAllDay;
  to.location = { ...from.location };
  to.locations = from.locations.map((l) => ({ ...l }));
  to.attendees = from.attendees.map((a) => ({ ...a, status: { ...a.status }, emailAddress: { ...a.emailAddress } }));
  to.importance = from.importance;
  to.sensitivity = from.sensitivity;
  to.isOnlineMeeting = from.isOnlineMeeting;
  to.onlineMeetingProvider = from.onlineMeetingProvider;
  to.onlineMeeting = from.onlineMeeting ? { ...from.onlineMeeting } : null;
  to.recurrence = from.recurrence ? { pattern: { ...from.recurrence.pattern }, range: { ...from.recurrence.range } } : null;
  to.responseRequested = from.responseRequested;
  to.allowNewTimeProposals = from.allowNewTimeProposals;
  to.organizer = { emailAddress: { ...from.organizer.emailAddress } };
  for (const [k, o] of from.exceptions) {
    const mine = to.exceptions.get(k);
    to.exceptions.set(k, { ...o, responseStatus: mine?.responseStatus });
  }
}

/** Sends meeting requests to seeded attendees who do not yet hold a copy. */
export function sendInvitations(ctx: SimContext, ev: StoredEvent): void {
  if (!ev.isOrganizer) return;
  const organizer = ctx.state.users.get(ev.ownerId);
  if (!organizer) return;
  const holders = new Set(copiesOf(ctx, ev).map((c) => c.ownerId));
  const now = ctx.clock.now();
  for (const u of seededAttendees(ctx, ev)) {
    if (holders.has(u.id)) continue;
    const calendar = ctx.state.defaultCalendar(u.id);
    if (!calendar) continue;
    const copy: StoredEvent = {
      ...ev,
      id: ctx.state.nextId('event'),
      ownerId: u.id,
      calendarId: calendar.id,
      createdDateTime: now,
      lastModifiedDateTime: now,
      changeKey: ctx.state.nextChangeKey(),
      isOrganizer: false,
      responseStatus: { response: 'notResponded', time: '0001-01-01T00:00:00Z' },
      showAs: 'tentative',
      categories: [],
      transactionId: null,
      exceptions: new Map(),
    };
    copyFields(ev, copy);
    ctx.state.events.set(copy.id, copy);
    ctx.onChange?.(u.id, 'events', copy.id, 'created');
    sendMeetingRequest(ctx, organizer, u, ev, copy.id);
  }
}

/** After the organizer changed the meeting: copies follow, removed attendees get a cancellation. */
export function propagateUpdate(ctx: SimContext, ev: StoredEvent, timeChanged = false): void {
  if (!ev.isOrganizer) return;
  const organizer = ctx.state.users.get(ev.ownerId);
  if (timeChanged) {
    // A new time is a new request: Exchange clears the responses and asks everyone again.
    for (const a of ev.attendees) a.status = { response: 'none', time: '0001-01-01T00:00:00Z' };
  }
  const stillInvited = new Set(seededAttendees(ctx, ev).map((u) => u.id));
  for (const copy of copiesOf(ctx, ev)) {
    if (!stillInvited.has(copy.ownerId)) {
      const u = ctx.state.users.get(copy.ownerId);
      ctx.state.events.delete(copy.id);
      ctx.onChange?.(copy.ownerId, 'events', copy.id, 'deleted');
      if (u && organizer) sendCancellation(ctx, organizer, u, ev, '');
      continue;
    }
    copyFields(ev, copy);
    copy.lastModifiedDateTime = ctx.clock.now();
    copy.changeKey = ctx.state.nextChangeKey();
    if (timeChanged) {
      copy.responseStatus = { response: 'notResponded', time: '0001-01-01T00:00:00Z' };
      copy.showAs = 'tentative';
      const u = ctx.state.users.get(copy.ownerId);
      if (u && organizer) {
        sendMeetingRequest(ctx, organizer, u, ev, copy.id);
      }
    }
    ctx.onChange?.(copy.ownerId, 'events', copy.id, 'updated');
  }
  sendInvitations(ctx, ev);
}

/** The meeting request in an attendee's inbox, for a new meeting or a new time; `eventId` is their copy. */
function sendMeetingRequest(ctx: SimContext, organizer: DirectoryUser, to: DirectoryUser, ev: StoredEvent, eventId: string): void {
  deliver(ctx, to, {
    odataType: '#microsoft.graph.eventMessageRequest',
    meetingMessageType: 'meetingRequest',
    eventId,
    subject: ev.subject,
    body: ev.body,
    from: recipientOf(organizer),
    toRecipients: ev.attendees.filter((a) => a.type !== 'optional').map((a) => ({ emailAddress: a.emailAddress })),
    ccRecipients: ev.attendees.filter((a) => a.type === 'optional').map((a) => ({ emailAddress: a.emailAddress })),
  });
}

function sendCancellation(ctx: SimContext, organizer: DirectoryUser, to: DirectoryUser, ev: StoredEvent, comment: string, eventId: string | null = null): void {
  deliver(ctx, to, {
    odataType: '#microsoft.graph.eventMessage',
    meetingMessageType: 'meetingCancelled',
    eventId,
    subject: `Canceled: ${ev.subject}`,
    body: { contentType: 'text', content: comment },
    from: recipientOf(organizer),
    toRecipients: [recipientOf(to)],
  });
}

export type MeetingResponse = 'accepted' | 'declined' | 'tentativelyAccepted';

const RESPONSE_MESSAGE: Record<MeetingResponse, { prefix: string; type: string }> = {
  accepted: { prefix: 'Accepted', type: 'meetingAccepted' },
  declined: { prefix: 'Declined', type: 'meetingDeclined' },
  tentativelyAccepted: { prefix: 'Tentative', type: 'meetingTenativelyAccepted' },
};

/** accept / decline / tentativelyAccept by an attendee on their copy (series or one occurrence). */
export function respond(ctx: SimContext, copy: StoredEvent, response: MeetingResponse, comment: string, sendResponse: boolean, originalStart?: Date): void {
  if (copy.isOrganizer) {
    throw new GraphFailure(400, 'ErrorInvalidRequest', "Your request can't be completed. You can't respond to this meeting because you're the meeting organizer.");
  }
  const now = ctx.clock.now();
  const status: ResponseStatus = { response, time: graphTimestamp(now) };
  const attendee = ctx.state.users.get(copy.ownerId);
  if (originalStart) {
    const key = originalStart.toISOString();
    const o = copy.exceptions.get(key) ?? { lastModified: now };
    copy.exceptions.set(key, { ...o, responseStatus: status, lastModified: now, ...(response === 'declined' ? { deleted: true } : {}) });
  } else {
    copy.responseStatus = status;
    copy.showAs = response === 'tentativelyAccepted' ? 'tentative' : response === 'accepted' ? 'busy' : copy.showAs;
  }
  copy.lastModifiedDateTime = now;
  copy.changeKey = ctx.state.nextChangeKey();
  const organizerEvent = organizerEventOf(ctx, copy);
  if (organizerEvent && attendee && originalStart) {
    // An answer for one occurrence makes that occurrence an exception on the organizer's side.
    const key = originalStart.toISOString();
    const o = organizerEvent.exceptions.get(key) ?? { lastModified: now };
    const attendees = (o.attendees ?? organizerEvent.attendees).map((a) =>
      a.emailAddress.address.toLowerCase() === attendee.mail.toLowerCase() ? { ...a, status: { ...status } } : { ...a, status: { ...a.status } },
    );
    organizerEvent.exceptions.set(key, { ...o, attendees, lastModified: now });
    organizerEvent.lastModifiedDateTime = now;
    organizerEvent.changeKey = ctx.state.nextChangeKey();
    ctx.onChange?.(organizerEvent.ownerId, 'events', organizerEvent.id, 'updated');
  }
  if (organizerEvent && attendee && !originalStart) {
    for (const ev of [organizerEvent, ...copiesOf(ctx, organizerEvent)]) {
      for (const a of ev.attendees) {
        if (a.emailAddress.address.toLowerCase() === attendee.mail.toLowerCase()) a.status = { ...status };
      }
    }
    organizerEvent.lastModifiedDateTime = now;
    organizerEvent.changeKey = ctx.state.nextChangeKey();
    ctx.onChange?.(organizerEvent.ownerId, 'events', organizerEvent.id, 'updated');
  }
  if (response === 'declined' && !originalStart) {
    // Exchange removes a declined meeting from the attendee's calendar.
    ctx.state.events.delete(copy.id);
    ctx.onChange?.(copy.ownerId, 'events', copy.id, 'deleted');
  } else {
    ctx.onChange?.(copy.ownerId, 'events', copy.id, 'updated');
  }
  const organizer = organizerEvent ? ctx.state.users.get(organizerEvent.ownerId) : ctx.state.user(copy.organizer.emailAddress.address);
  if (sendResponse && organizer && attendee) {
    const m = RESPONSE_MESSAGE[response];
    deliver(ctx, organizer, {
      odataType: '#microsoft.graph.eventMessage',
      meetingMessageType: m.type,
      eventId: organizerEvent?.id ?? null,
      subject: `${m.prefix}: ${copy.subject}`,
      body: { contentType: 'text', content: comment },
      from: recipientOf(attendee),
      toRecipients: [recipientOf(organizer)],
    });
  }
}

/**
 * The organizer cancels the whole meeting or one occurrence: attendees' copies are marked
 * cancelled and each attendee gets a cancellation; the organizer's event goes away.
 */
export function cancelMeeting(ctx: SimContext, ev: StoredEvent, comment: string, originalStart?: Date): void {
  if (!ev.isOrganizer) {
    throw new GraphFailure(400, 'ErrorAccessDenied', "Your request can't be completed. You need to be an organizer to cancel a meeting.");
  }
  const now = ctx.clock.now();
  const organizer = ctx.state.users.get(ev.ownerId);
  for (const copy of copiesOf(ctx, ev)) {
    const u = ctx.state.users.get(copy.ownerId);
    if (originalStart) {
      const key = originalStart.toISOString();
      const o = copy.exceptions.get(key) ?? { lastModified: now };
      copy.exceptions.set(key, { ...o, isCancelled: true, subject: `Canceled: ${o.subject ?? copy.subject}`, lastModified: now });
    } else {
      copy.isCancelled = true;
      copy.subject = `Canceled: ${copy.subject}`;
      copy.showAs = 'free';
    }
    copy.lastModifiedDateTime = now;
    copy.changeKey = ctx.state.nextChangeKey();
    ctx.onChange?.(copy.ownerId, 'events', copy.id, 'updated');
    if (organizer && u) sendCancellation(ctx, organizer, u, ev, comment, copy.id);
  }
  if (originalStart) {
    const key = originalStart.toISOString();
    const o = ev.exceptions.get(key) ?? { lastModified: now };
    ev.exceptions.set(key, { ...o, deleted: true, lastModified: now });
    ev.lastModifiedDateTime = now;
    ev.changeKey = ctx.state.nextChangeKey();
    ctx.onChange?.(ev.ownerId, 'events', ev.id, 'updated');
  } else {
    ctx.state.events.delete(ev.id);
    ctx.onChange?.(ev.ownerId, 'events', ev.id, 'deleted');
  }
}
