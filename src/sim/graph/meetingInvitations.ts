import type { SimContext } from '../simContext';
import type { DirectoryUser } from '../state/directory';
import type { Attendee, ResponseStatus, StoredEvent, TimeSlot } from '../state/mailboxItems';
import { occurrenceAt, occurrenceId } from './eventModel';
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

function seededAttendees(ctx: SimContext, ev: StoredEvent, list: Attendee[] = ev.attendees): DirectoryUser[] {
  const out: DirectoryUser[] = [];
  for (const a of list) {
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
    // An occurrence the attendee declined or was taken off stays gone from their calendar.
    to.exceptions.set(k, { ...o, responseStatus: mine?.responseStatus, ...(mine?.deleted ? { deleted: true } : {}) });
  }
}

/** Sends meeting requests to seeded attendees who do not yet hold a copy. */
export function sendInvitations(ctx: SimContext, ev: StoredEvent): void {
  if (!ev.isOrganizer) return;
  const organizer = ctx.state.users.get(ev.ownerId);
  if (!organizer) return;
  // Someone invited to one occurrence alone still gets the whole series when invited to it.
  const holders = new Set(copiesOf(ctx, ev).filter((c) => !c.occurrenceOf).map((c) => c.ownerId));
  for (const u of seededAttendees(ctx, ev)) {
    if (holders.has(u.id)) continue;
    const copy = newCopy(ctx, ev, u);
    if (!copy) continue;
    copyFields(ev, copy);
    ctx.state.events.set(copy.id, copy);
    ctx.onChange?.(u.id, 'events', copy.id, 'created');
    sendMeetingRequest(ctx, organizer, u, ev, copy.id);
  }
}

/** An attendee's copy of `ev` in their default calendar, not yet stored, not yet answered. */
function newCopy(ctx: SimContext, ev: StoredEvent, u: DirectoryUser): StoredEvent | undefined {
  const calendar = ctx.state.defaultCalendar(u.id);
  if (!calendar) return undefined;
  const now = ctx.clock.now();
  return {
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
}

/**
 * A copy for one occurrence alone follows that occurrence of the organizer's series: the
 * same fields as a single event. Returns whether its time changed.
 */
function copyOccurrence(ev: StoredEvent, originalStart: Date, copy: StoredEvent): boolean {
  const inst = occurrenceAt(ev, originalStart);
  if (!inst) return false;
  const o = inst.override;
  const timeChanged = copy.start.getTime() !== inst.start.getTime() || copy.end.getTime() !== inst.end.getTime();
  copyFields(ev, copy);
  copy.recurrence = null;
  copy.exceptions = new Map();
  copy.start = inst.start;
  copy.end = inst.end;
  if (o?.subject !== undefined) copy.subject = o.subject;
  if (o?.body) copy.body = { ...o.body };
  if (o?.location) {
    copy.location = { ...o.location };
    copy.locations = [{ ...o.location }];
  }
  if (o?.attendees) copy.attendees = o.attendees.map((a) => ({ ...a, status: { ...a.status }, emailAddress: { ...a.emailAddress } }));
  return timeChanged;
}

/** Who is invited to the occurrence of `ev` that originally starts at `originalStart`. */
function occurrenceAttendees(ev: StoredEvent, originalStart: Date): Attendee[] {
  return ev.exceptions.get(originalStart.toISOString())?.attendees ?? ev.attendees;
}

/**
 * The organizer changed who is invited to one occurrence (it is now an exception with its own
 * attendee list; `before` is the list it had). Those taken off lose that occurrence and get a
 * cancellation for it; those added get it, with a meeting request: series attendees on their
 * copy of the series, others as a copy of that occurrence alone. Those on both lists hear nothing.
 */
export function propagateOccurrenceAttendees(ctx: SimContext, ev: StoredEvent, originalStart: Date, before: Attendee[]): void {
  const organizer = ctx.state.users.get(ev.ownerId);
  if (!ev.isOrganizer || !organizer) return;
  const key = originalStart.toISOString();
  const now = ctx.clock.now();
  const wasInvited = new Set(seededAttendees(ctx, ev, before).map((u) => u.id));
  const invited = seededAttendees(ctx, ev, occurrenceAttendees(ev, originalStart));
  const isInvited = new Set(invited.map((u) => u.id));
  const copies = copiesOf(ctx, ev);
  const touched = (copy: StoredEvent): void => {
    copy.lastModifiedDateTime = now;
    copy.changeKey = ctx.state.nextChangeKey();
    ctx.onChange?.(copy.ownerId, 'events', copy.id, 'updated');
  };
  for (const copy of copies) {
    const u = ctx.state.users.get(copy.ownerId);
    if (!u || isInvited.has(u.id) || !wasInvited.has(u.id)) continue;
    if (copy.occurrenceOf) {
      if (copy.occurrenceOf.getTime() !== originalStart.getTime()) continue;
      ctx.state.events.delete(copy.id);
      ctx.onChange?.(copy.ownerId, 'events', copy.id, 'deleted');
      sendCancellation(ctx, organizer, u, ev, '');
      continue;
    }
    copy.exceptions.set(key, { ...(copy.exceptions.get(key) ?? {}), deleted: true, lastModified: now });
    touched(copy);
    sendCancellation(ctx, organizer, u, ev, '', occurrenceId(copy.id, originalStart));
  }
  for (const u of invited) {
    if (wasInvited.has(u.id)) continue;
    const seriesCopy = copies.find((c) => c.ownerId === u.id && !c.occurrenceOf);
    if (seriesCopy) {
      // Back on an occurrence they had been taken off.
      const o = seriesCopy.exceptions.get(key);
      if (o) seriesCopy.exceptions.set(key, { ...o, deleted: false, responseStatus: undefined, lastModified: now });
      touched(seriesCopy);
      sendMeetingRequest(ctx, organizer, u, ev, occurrenceId(seriesCopy.id, originalStart));
      continue;
    }
    const copy = newCopy(ctx, ev, u);
    if (!copy) continue;
    copy.occurrenceOf = originalStart;
    copyOccurrence(ev, originalStart, copy);
    ctx.state.events.set(copy.id, copy);
    ctx.onChange?.(u.id, 'events', copy.id, 'created');
    sendMeetingRequest(ctx, organizer, u, ev, copy.id, copy);
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
    if (copy.occurrenceOf) {
      followOccurrence(ctx, ev, copy, copy.occurrenceOf);
      continue;
    }
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

/** A copy for one occurrence alone, after the organizer changed the series: it follows, or goes with a cancellation. */
function followOccurrence(ctx: SimContext, ev: StoredEvent, copy: StoredEvent, originalStart: Date): void {
  const organizer = ctx.state.users.get(ev.ownerId);
  const u = ctx.state.users.get(copy.ownerId);
  const stillThere = occurrenceAt(ev, originalStart) !== undefined;
  const invited = stillThere && seededAttendees(ctx, ev, occurrenceAttendees(ev, originalStart)).some((a) => a.id === copy.ownerId);
  if (!invited) {
    ctx.state.events.delete(copy.id);
    ctx.onChange?.(copy.ownerId, 'events', copy.id, 'deleted');
    if (u && organizer) sendCancellation(ctx, organizer, u, ev, '');
    return;
  }
  const timeChanged = copyOccurrence(ev, originalStart, copy);
  copy.lastModifiedDateTime = ctx.clock.now();
  copy.changeKey = ctx.state.nextChangeKey();
  if (timeChanged) {
    copy.responseStatus = { response: 'notResponded', time: '0001-01-01T00:00:00Z' };
    copy.showAs = 'tentative';
    if (u && organizer) sendMeetingRequest(ctx, organizer, u, ev, copy.id, copy);
  }
  ctx.onChange?.(copy.ownerId, 'events', copy.id, 'updated');
}

/**
 * The meeting request in an attendee's inbox, for a new meeting or a new time; `eventId` is their
 * copy (or their occurrence of it). `about` is what the request describes when it is one
 * occurrence with its own subject or attendees.
 */
function sendMeetingRequest(ctx: SimContext, organizer: DirectoryUser, to: DirectoryUser, ev: StoredEvent, eventId: string, about: StoredEvent = ev): void {
  deliver(ctx, to, {
    odataType: '#microsoft.graph.eventMessageRequest',
    meetingMessageType: 'meetingRequest',
    eventId,
    subject: about.subject,
    body: about.body,
    from: recipientOf(organizer),
    toRecipients: about.attendees.filter((a) => a.type !== 'optional').map((a) => ({ emailAddress: a.emailAddress })),
    ccRecipients: about.attendees.filter((a) => a.type === 'optional').map((a) => ({ emailAddress: a.emailAddress })),
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

/**
 * accept / decline / tentativelyAccept by an attendee on their copy (series or one occurrence).
 * `proposal`: another time proposed with the answer, shown on the organizer's attendee list as
 * that attendee's `proposedNewTime`; refused where the organizer allows no proposals.
 */
export function respond(ctx: SimContext, copy: StoredEvent, response: MeetingResponse, comment: string, sendResponse: boolean, originalStart?: Date, proposal?: TimeSlot): void {
  if (copy.isOrganizer) {
    throw new GraphFailure(400, 'ErrorInvalidRequest', "Your request can't be completed. You can't respond to this meeting because you're the meeting organizer.");
  }
  if (proposal && !copy.allowNewTimeProposals) {
    throw new GraphFailure(400, 'ErrorInvalidRequest', "Your request can't be completed. The organizer of this meeting doesn't allow new time proposals.");
  }
  const now = ctx.clock.now();
  const status: ResponseStatus = { response, time: graphTimestamp(now) };
  const attendee = ctx.state.users.get(copy.ownerId);
  // A copy for one occurrence alone answers for that occurrence of the organizer's series.
  const seriesOccurrence = originalStart ?? copy.occurrenceOf;
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
  if (organizerEvent && attendee && seriesOccurrence) {
    // An answer for one occurrence makes that occurrence an exception on the organizer's side.
    const key = seriesOccurrence.toISOString();
    const o = organizerEvent.exceptions.get(key) ?? { lastModified: now };
    const attendees = (o.attendees ?? organizerEvent.attendees).map((a) =>
      a.emailAddress.address.toLowerCase() === attendee.mail.toLowerCase() ? answered(a, status, proposal) : { ...a, status: { ...a.status } },
    );
    organizerEvent.exceptions.set(key, { ...o, attendees, lastModified: now });
    organizerEvent.lastModifiedDateTime = now;
    organizerEvent.changeKey = ctx.state.nextChangeKey();
    ctx.onChange?.(organizerEvent.ownerId, 'events', organizerEvent.id, 'updated');
  }
  if (organizerEvent && attendee && !seriesOccurrence) {
    for (const ev of [organizerEvent, ...copiesOf(ctx, organizerEvent).filter((c) => !c.occurrenceOf)]) {
      ev.attendees = ev.attendees.map((a) => (a.emailAddress.address.toLowerCase() === attendee.mail.toLowerCase() ? answered(a, status, proposal) : a));
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
      // Outlook's subject for an answer that proposes another time.
      subject: `${proposal ? 'New Time Proposed' : m.prefix}: ${copy.subject}`,
      body: { contentType: 'text', content: comment },
      from: recipientOf(attendee),
      toRecipients: [recipientOf(organizer)],
    });
  }
}

/** An attendee's entry after their answer: the new status, and the time they proposed with it (or none: an earlier proposal goes). */
function answered(a: Attendee, status: ResponseStatus, proposal: TimeSlot | undefined): Attendee {
  const { proposedNewTime: _earlier, ...rest } = a;
  return proposal ? { ...rest, status: { ...status }, proposedNewTime: proposal } : { ...rest, status: { ...status } };
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
    const onlyOccurrence = copy.occurrenceOf && originalStart && copy.occurrenceOf.getTime() === originalStart.getTime();
    if (originalStart && !onlyOccurrence) {
      const key = originalStart.toISOString();
      const o = copy.exceptions.get(key) ?? { lastModified: now };
      // Nothing to cancel for someone not invited to that occurrence.
      if (copy.occurrenceOf || o.deleted) continue;
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
