import type * as Graph from '@microsoft/microsoft-graph-types';
import { EVENT_DETAIL_FIELDS } from './calendar';
import type { MailboxGraph } from './graphClientFactory';

/**
 * Changes to one existing meeting: move, cancel, answer, invite, rename (deleting one is
 * calendar.ts's deleteEvent). Each is a single Graph request, so a failure leaves the
 * meeting as it was, never half-changed.
 */

function meetingPath(mailbox: MailboxGraph, eventId: string, action = ''): string {
  return mailbox.path(`/events/${encodeURIComponent(eventId)}${action}`);
}

/** One event (an occurrence id works too) with who organises it, times written in `timeZone`. */
export async function getMeeting(mailbox: MailboxGraph, eventId: string, timeZone: string): Promise<Graph.Event> {
  return (await mailbox.client.api(meetingPath(mailbox, eventId)).select(EVENT_DETAIL_FIELDS).header('Prefer', `outlook.timezone="${timeZone}"`).get()) as Graph.Event;
}

/**
 * Sets a meeting's start and end (and, for a series moved to other days, its pattern).
 * Absolute values rather than a shift, so applying the same change twice is harmless.
 * Exchange clears the attendees' responses and sends them the new time.
 */
export async function moveMeeting(
  mailbox: MailboxGraph,
  eventId: string,
  start: Graph.DateTimeTimeZone,
  end: Graph.DateTimeTimeZone,
  recurrence: Graph.PatternedRecurrence | undefined,
): Promise<void> {
  const body: Graph.Event = { start, end };
  if (recurrence) body.recurrence = recurrence;
  await mailbox.client.api(meetingPath(mailbox, eventId)).patch(body);
}

/** Cancels a meeting the user organises; attendees get the comment. Graph refuses it (400) for attendees. */
export async function cancelMeeting(mailbox: MailboxGraph, eventId: string, comment: string): Promise<void> {
  await mailbox.client.api(meetingPath(mailbox, eventId, '/cancel')).post({ comment });
}

export type MeetingResponse = 'accept' | 'tentativelyAccept' | 'decline';

/**
 * Answers an invitation on the user's copy; the organizer is told, with the comment. A decline or
 * a tentative answer may propose another time (`proposedNewTime`, where the organizer allows it).
 */
export async function respondToMeeting(mailbox: MailboxGraph, eventId: string, response: MeetingResponse, comment: string, proposedNewTime?: Graph.TimeSlot): Promise<void> {
  const body = proposedNewTime && response !== 'accept' ? { comment, sendResponse: true, proposedNewTime } : { comment, sendResponse: true };
  await mailbox.client.api(meetingPath(mailbox, eventId, `/${response}`)).post(body);
}

/**
 * Sets who is invited: the whole list, so the same change applied twice is harmless. Only
 * attendees in the body, so Exchange sends an invitation to the added and a cancellation to
 * the removed, and leaves everyone else alone.
 */
export async function setAttendees(mailbox: MailboxGraph, eventId: string, attendees: Graph.Attendee[]): Promise<void> {
  await mailbox.client.api(meetingPath(mailbox, eventId)).patch({ attendees } satisfies Graph.Event);
}

/** What a meeting's details change to: a new title, a new place, a Teams Join link. */
export interface MeetingEdit {
  subject?: string;
  location?: string;
  /** Only ever turned on: once Graph has made a meeting online, Outlook keeps it so. */
  online?: true;
  /** The user's own reminder, minutes before the start: on the user's copy only, so an attendee may set it too. */
  reminderMinutes?: number;
  /** The user's own reminder turned off (their copy only, likewise). */
  reminderOff?: true;
}

/**
 * Sets a meeting's title, place or Teams link, or the user's reminder for it. Only those
 * fields go in the body: the body and its Join information stay as they are. Exchange sends
 * the attendees the updated invitation; a reminder is the user's own and changes only their copy.
 */
export async function editMeeting(mailbox: MailboxGraph, eventId: string, edit: MeetingEdit): Promise<void> {
  const body: Graph.Event = {};
  if (edit.subject !== undefined) body.subject = edit.subject;
  if (edit.location !== undefined) body.location = { displayName: edit.location };
  if (edit.online) {
    body.isOnlineMeeting = true;
    body.onlineMeetingProvider = 'teamsForBusiness';
  }
  if (edit.reminderMinutes !== undefined) {
    body.isReminderOn = true;
    body.reminderMinutesBeforeStart = edit.reminderMinutes;
  }
  if (edit.reminderOff) body.isReminderOn = false;
  await mailbox.client.api(meetingPath(mailbox, eventId)).patch(body);
}
