import type * as Graph from '@microsoft/microsoft-graph-types';
import { EVENT_DETAIL_FIELDS } from './calendar';
import type { MailboxGraph } from './graphClientFactory';

/**
 * Changes to one existing meeting: move, cancel, answer, invite (deleting one is
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

/** Answers an invitation on the user's copy; the organizer is told, with the comment. */
export async function respondToMeeting(mailbox: MailboxGraph, eventId: string, response: MeetingResponse, comment: string): Promise<void> {
  await mailbox.client.api(meetingPath(mailbox, eventId, `/${response}`)).post({ comment, sendResponse: true });
}

/**
 * Sets who is invited: the whole list, so the same change applied twice is harmless. Only
 * attendees in the body, so Exchange sends an invitation to the added and a cancellation to
 * the removed, and leaves everyone else alone.
 */
export async function setAttendees(mailbox: MailboxGraph, eventId: string, attendees: Graph.Attendee[]): Promise<void> {
  await mailbox.client.api(meetingPath(mailbox, eventId)).patch({ attendees } satisfies Graph.Event);
}
