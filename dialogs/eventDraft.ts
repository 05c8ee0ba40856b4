import type * as Graph from '@microsoft/microsoft-graph-types';
import type { NewEvent } from '../src/graph/calendar';
import type { Person } from '../src/graph/directory';

/** Proposal kind for a new event. */
export const CREATE_EVENT = 'event.create';

/** A reminder's lead when none is said, in minutes: Outlook's own default. */
export const DEFAULT_REMINDER_MINUTES = 15;

/** Everything a new event will be, as shown on the card and stored with the proposal. */
export interface EventDraft {
  subject: string;
  /** ISO instants. */
  start: string;
  end: string;
  isAllDay: boolean;
  /** IANA zone the user reads times in. */
  timeZone: string;
  /** The mailbox's own name for that zone (what Graph gets). */
  mailboxTimeZone: string;
  locale: string;
  attendees: Person[];
  location: string | null;
  online: boolean;
  /** Another meeting service the user asked for ("a Zoom meeting"); the meeting is a Teams one, and the card says so. */
  onlineServiceAsked?: string;
  recurrence: Graph.PatternedRecurrence | null;
  reminderMinutes: number;
  body: string | null;
  /** How the time shows to others; busy when absent. Time off is 'oof' (away). */
  showAs?: 'oof';
  /** Another calendar of the user's to create it in; the default calendar when absent. */
  calendarId?: string;
  /** That calendar's name, for the card. */
  calendarName?: string;
}

/** What a carried-out create left behind, kept with the proposal so a repeated Confirm shows it again. */
export interface CreatedEvent {
  eventId: string;
  subject: string;
  start: string;
  end: string;
  joinUrl: string;
  webLink: string;
}

/**
 * What the card says when another meeting service was asked for: Graph makes Teams meetings
 * (its online meetings); a Zoom or Webex link comes from that service's own add-in.
 */
export function onlyTeamsLinks(service: string): string {
  return `I can only add Teams links, not ${service}`;
}

export function durationMinutes(draft: EventDraft): number {
  return Math.round((Date.parse(draft.end) - Date.parse(draft.start)) / 60000);
}

export function toNewEvent(draft: EventDraft): NewEvent {
  return {
    subject: draft.subject,
    start: new Date(draft.start),
    end: new Date(draft.end),
    timeZone: draft.timeZone,
    mailboxTimeZone: draft.mailboxTimeZone,
    isAllDay: draft.isAllDay,
    attendees: draft.attendees,
    location: draft.location ?? undefined,
    online: draft.online,
    recurrence: draft.recurrence ?? undefined,
    reminderMinutes: draft.reminderMinutes,
    body: draft.body ?? undefined,
    showAs: draft.showAs,
    calendarId: draft.calendarId,
  };
}
