import type * as Graph from '@microsoft/microsoft-graph-types';

/** The closed set of things the assistant can be asked; `none` is everything else. */
export type Intent =
  | 'calendar.create'
  | 'calendar.query'
  | 'calendar.update'
  | 'calendar.cancel'
  | 'calendar.respond'
  | 'calendar.findTime'
  | 'mail.send'
  | 'mail.reply'
  | 'mail.forward'
  | 'mail.query'
  | 'contact.query'
  | 'contact.add'
  | 'help'
  | 'settings'
  | 'signin'
  | 'signout'
  | 'none';

export const INTENTS: readonly Intent[] = [
  'calendar.create',
  'calendar.query',
  'calendar.update',
  'calendar.cancel',
  'calendar.respond',
  'calendar.findTime',
  'mail.send',
  'mail.reply',
  'mail.forward',
  'mail.query',
  'contact.query',
  'contact.add',
  'help',
  'settings',
  'signin',
  'signout',
  'none',
];

export interface WorkingHours {
  daysOfWeek: string[];
  /** "09:00" */
  startTime: string;
  /** "17:00" */
  endTime: string;
}

export interface RecognizerContext {
  now: Date;
  /** IANA zone name, e.g. "America/New_York". */
  timeZone: string;
  locale?: string;
  workingHours?: WorkingHours;
  /**
   * The request a question was asked for, when the message answers it: the message is read
   * as part of that request rather than on its own. A dialog asking when to move a meeting
   * passes 'calendar.update', so "30 minutes later" or "to 4pm" come back as the change.
   */
  answering?: Intent;
}

/** Which event a change or cancellation is about. */
export type EventReference =
  | { kind: 'time'; start: string }
  /** "Lynne's invite", "the invitation from Adele", "the meeting with Alex": a meeting of someone's (organised by them or with them), by their name as written. */
  | { kind: 'person'; name: string }
  /** "the design review", "the 1:1 with Adele": by the words of its name, and the people said with it (`with`), as written. */
  | { kind: 'subject'; text: string; with?: string[] }
  | { kind: 'anaphora' }
  /** "my next meeting"; `joinable`: the next one with a Teams link ("join my next meeting"). */
  | { kind: 'next'; joinable?: true }
  /** "all my meetings tomorrow", "everything on Friday", "clear my afternoon": every meeting in `targetDay` (the period said). */
  | { kind: 'all' }
  /** "my first meeting tomorrow", "my last call on Friday": the earliest or latest meeting of `targetDay`. */
  | { kind: 'first' }
  | { kind: 'last' };

export interface EventChange {
  start?: string;
  end?: string;
  shiftMinutes?: number;
  /** New length, from the same start ("make the standup 15 minutes", "shorten my 2pm to 15 minutes"). */
  lengthMinutes?: number;
  /** Length added at the end, or taken off when negative ("30 minutes longer", "extend it by 15 minutes"). */
  extendMinutes?: number;
  /**
   * A new end at this clock time on the meeting's day, the start kept ("extend my 2pm until 3:30",
   * "end the design review at 2:30"); the instant is on the day the message names, else today.
   */
  endsAt?: string;
  /** New title ("rename the standup to daily sync"). */
  subject?: string;
  /** New place ("change the location of my 3pm to room 12"). */
  location?: string;
  /** Make it a Teams meeting, with a Join link ("make my 4pm a Teams meeting", "add a Teams link to it"). */
  online?: true;
  /** The user's own reminder, minutes before it starts ("remind me 10 minutes before the standup"). */
  reminderMinutes?: number;
  /** The user's own reminder turned off ("turn off the reminder for the standup"). */
  reminderOff?: true;
  /** The user's own reminder on, how early not said ("remind me about the design review"): the one it has, or the usual one. */
  reminderOn?: true;
  /** How it is to repeat from now on ("make the weekly sync biweekly", "set the standup to repeat every weekday"). */
  recurrence?: Graph.RecurrencePattern;
  /** People to invite, as written ("add Adele and lynner@example.com to it"). */
  addAttendees?: string[];
  /** People to take off the invitation, as written ("remove Patti from the design review"). */
  removeAttendees?: string[];
  /**
   * Only a clock time was said ("to 9:30"): it keeps the day of the meeting acted on. `start` is
   * already on that day when the message names it (`target` time or `targetDay`), else on today.
   */
  timeOnly?: boolean;
  /**
   * `start`..`end` is a stretch to put the meeting in, keeping its length ("to Friday afternoon",
   * "to later today"), not its new start and end ("to 2-3pm").
   */
  window?: true;
}

/** A request about calendars themselves rather than one event. */
export interface CalendarRequest {
  /** "list my calendars" | "create a calendar called Projects" | "put it in Projects", "put the design review in my Projects calendar" (with `target`). */
  action: 'list' | 'create' | 'put';
  /** The calendar's name as written; absent for `list`. */
  name?: string;
}

export type SpanType = 'when' | 'person' | 'subject' | 'location' | 'duration' | 'recurrence';

/** A piece of the original text, by UTF-16 offsets (end exclusive). */
export interface Span {
  type: SpanType;
  start: number;
  end: number;
  text: string;
  /** The pipeline part that found it. */
  source: string;
}

export interface Entities {
  /** Main time, ISO 8601 with the user's offset. */
  start?: string;
  /** Absent when only a point in time was said. */
  end?: string;
  durationMinutes?: number;
  allDay?: boolean;
  /** Time off ("out of office Dec 24 to Jan 2", "I'm on vacation next week"): an event that shows the user as away. */
  timeOff?: true;
  /** Only a day (or a range of days) was said, no clock time. */
  dateOnly?: boolean;
  /**
   * For a new meeting, `start`..`end` is a part of the day to find a time in ("coffee with Megan
   * thursday afternoon"), not the meeting's own start and end ("2-4pm", "block the afternoon").
   */
  window?: true;
  /** Only a clock time was said, no day ("4pm"): `start` is on today (or the next day when passed). */
  timeOnly?: boolean;
  recurrence?: Graph.PatternedRecurrence;
  people?: string[];
  subject?: string;
  location?: string;
  online?: boolean;
  /** Another meeting service named ("a Zoom link"): the meeting is a Teams one all the same, and the user is told. */
  onlineService?: string;
  reminderMinutes?: number;
  /** Zone named in the text ("3pm London time"), as IANA. */
  explicitTimeZone?: string;
  // mail
  to?: string[];
  cc?: string[];
  bcc?: string[];
  from?: string;
  unread?: boolean;
  /** A well-known folder ("inbox", "sentitems", "junkemail", "archive", "drafts", "deleteditems") or the display name of the user's own ("Projects"). */
  folder?: string;
  search?: string;
  body?: string;
  // changes
  target?: EventReference;
  /**
   * The local day [start, end) the event acted on is on, when the message names it apart
   * from the change ("tomorrow's standup", "decline Friday's sync", "cancel the review on Monday").
   */
  targetDay?: { start: string; end: string };
  /** The whole of a repeating meeting is meant ("cancel the standup series", "stop the weekly sync", "the recurring 1:1"). */
  wholeSeries?: true;
  /**
   * With wholeSeries: the last day (YYYY-MM-DD, the user's zone) the series is to run, when an
   * end is said ("end the standup series after december": 2026-12-31; "stop the weekly sync from
   * january": the day before it); absent, it ends now.
   */
  seriesEnd?: string;
  change?: EventChange;
  /**
   * The request is about the user's office hours (a recurring, bookable block): create with
   * calendar.create, show with calendar.query, change with calendar.update, end with calendar.cancel.
   */
  officeHours?: boolean;
  /** Calendars: list (calendar.query), create (calendar.create), put an event in one (calendar.update). */
  calendar?: CalendarRequest;
  /** "my next 3 meetings": how many of the coming meetings are asked for (a list, not one meeting), 2 to MAX_NEXT_COUNT. */
  nextCount?: number;
  // respond
  response?: 'accept' | 'decline' | 'tentative';
  comment?: string;
  /**
   * With the answer, another time proposed to the organizer ("decline and propose thursday at 2"):
   * `change` holds it, as a move's new time. Only a decline or a tentative answer proposes (as in Outlook).
   */
  proposeNewTime?: true;
}

/** Which pipeline part produced each entity field, so a wrong parse can be traced. */
export type Trace = Partial<Record<keyof Entities | 'intent', string>>;

/**
 * A request the recogniser knows but the assistant does not carry out: changing mail (deleting,
 * moving, flagging it); what goes in a meeting or out to its people (an agenda, notes, files; a
 * note to everyone in it).
 */
export type Refusal = 'mail.change' | 'meeting.content';

/** A whole message that only thanks, agrees or says goodbye ("thanks!", "ok", "👍", "bye"): nothing to do, but something to answer. */
export type Courtesy = 'thanks' | 'ok' | 'bye';

export interface Recognition {
  intent: Intent;
  confidence: number;
  /** On a refused message (`none`) whose request is known: what it asked for, so the answer can say so. */
  refusal?: Refusal;
  /** On a message (`none`) that is only a courtesy: which one. */
  courtesy?: Courtesy;
  entities: Entities;
  spans: Span[];
  /** True when the text was longer than the recogniser reads and was cut. */
  truncated: boolean;
  trace: Trace;
}

/** The most meetings "my next N meetings" is read for, and an agenda card lists by count. */
export const MAX_NEXT_COUNT = 20;
