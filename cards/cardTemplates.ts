import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CardFactory, type Attachment } from 'botbuilder';
import { Template } from 'adaptivecards-templating';

/** Data each template in this folder expects; its `<name>.sample.json` is an instance. */
export interface AgendaCardData {
  title: string;
  subtitle: string;
  /** For one time asked about ("am I free at 10?"): what is on then, or that nothing is; '' otherwise. */
  answer: string;
  emptyText: string;
  /** The stretch of calendar shown (ISO instants), carried by Details so its card can lead back here. */
  agendaStart: string;
  agendaEnd: string;
  /** The names the agenda was narrowed to, comma-separated ('' for none). */
  agendaWith: string;
  /** How many meetings the agenda lists ("my next 3 meetings"); empty for a whole stretch. */
  agendaLimit: string;
  events: Array<{
    startTime: string;
    endTime: string;
    subject: string;
    location: string;
    people: string;
    joinUrl: string;
    /** Opens the details card; '' for none. */
    eventId: string;
    /** The user organises it, so it can be moved. */
    canMove: boolean;
    /** "Cancel", "Decline" (someone else's meeting) or '' for no button. */
    cancelLabel: string;
  }>;
}

/** Welcome, help and "didn't catch that" share one layout: a title, a line, examples, buttons. */
export interface CapabilitiesCardData {
  title: string;
  intro: string;
  capabilities: Array<{ name: string; example: string }>;
  suggestions: Array<{ title: string; utterance: string }>;
}

export interface Fact {
  label: string;
  value: string;
}

/** A proposed event, for the user to confirm, edit or drop. */
export interface EventProposalCardData {
  proposalId: string;
  heading: string;
  /** Shown above the facts when something went wrong with the last attempt; '' for none. */
  notice: string;
  confirmLabel: string;
  facts: Fact[];
  conflicts: Array<{ text: string }>;
  suggestionsLabel: string;
  /** Free slots to pick instead; `start` is an ISO instant. */
  suggestions: Array<{ label: string; start: string }>;
}

/** The proposal as a form; values are the inputs' string forms. */
export interface EventFormCardData {
  proposalId: string;
  subject: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
  zoneName: string;
  duration: string;
  attendees: string;
  location: string;
  online: 'true' | 'false';
}

/** What was done, with its links; no buttons that act again. */
export interface EventScheduledCardData {
  heading: string;
  facts: Fact[];
  joinUrl: string;
  webLink: string;
}

export interface NoticeCardData {
  title: string;
  text: string;
}

/** Meeting times that suit everyone, each a button that turns into a proposal. */
export interface TimeSuggestionsCardData {
  /** The stored search the buttons refer to. */
  searchId: string;
  heading: string;
  facts: Fact[];
  /** Why nothing fits; '' when there are suggestions. */
  explanation: string;
  /** Whose calendars could not be seen (they count as free); '' when everyone's could. */
  note: string;
  /** `start` is an ISO instant. */
  suggestions: Array<{ label: string; start: string }>;
}

/** A change to an existing meeting (move, cancel, decline, answer): open with Confirm, or its outcome. */
export interface MeetingChangeCardData {
  /** '' once carried out or dropped: no buttons then. */
  proposalId: string;
  heading: string;
  notice: string;
  facts: Fact[];
  conflicts: Array<{ text: string }>;
  explanation: string;
  /** '' for no message box. */
  commentLabel: string;
  comment: string;
  confirmLabel: string;
  /** The button that drops the proposal. */
  discardLabel: string;
}

/** One meeting in full, with what can be done to it. */
export interface MeetingDetailsCardData {
  eventId: string;
  subject: string;
  facts: Fact[];
  attendees: Array<{ name: string; response: string }>;
  joinUrl: string;
  canMove: boolean;
  /** "Cancel meeting", "Decline" or '' for no button. */
  cancelLabel: string;
  /** The same for the whole series, for an occurrence; '' otherwise. */
  seriesCancelLabel: string;
  /** The agenda these details were opened from (ISO instants), for "Back to agenda"; '' when none. */
  agendaStart: string;
  agendaEnd: string;
  /** The names the agenda was narrowed to, comma-separated ('' for none). */
  agendaWith: string;
  /** How many meetings the agenda lists ("my next 3 meetings"); empty for a whole stretch. */
  agendaLimit: string;
}

/** Picking a new time for a meeting from its details card. */
export interface MeetingMoveFormCardData {
  eventId: string;
  subject: string;
  currentTime: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
  zoneName: string;
  inSeries: boolean;
  /** As on the details card: the agenda the details were opened from, '' when none. */
  agendaStart: string;
  agendaEnd: string;
  /** The names the agenda was narrowed to, comma-separated ('' for none). */
  agendaWith: string;
  /** How many meetings the agenda lists ("my next 3 meetings"); empty for a whole stretch. */
  agendaLimit: string;
}

/** A change to calendars or a series (new calendar, office hours ended or moved), to confirm or drop. */
export interface CalendarChangeCardData {
  proposalId: string;
  heading: string;
  /** Shown above the facts: a side effect to know about, or why the last attempt failed; '' for none. */
  notice: string;
  confirmLabel: string;
  facts: Fact[];
}

/** The user's office hours series, each with Change (a small form) and End. */
export interface OfficeHoursCardData {
  heading: string;
  /** Shown when there are none; '' otherwise. */
  emptyText: string;
  zoneName: string;
  series: Array<{
    /** Position in the list, suffixing the form's input ids so the forms don't share them. */
    key: string;
    seriesId: string;
    when: string;
    next: string;
    /** Lower-case English day name, the form's default. */
    day: string;
    /** HH:mm */
    startTime: string;
    endTime: string;
  }>;
}

/** The user's calendars; `marker` is "Default" for the default one. */
export interface CalendarListCardData {
  heading: string;
  calendars: Array<{ name: string; marker: string; owner: string }>;
}

export interface CardDataByName {
  agenda: AgendaCardData;
  capabilities: CapabilitiesCardData;
  eventProposal: EventProposalCardData;
  eventForm: EventFormCardData;
  eventScheduled: EventScheduledCardData;
  notice: NoticeCardData;
  timeSuggestions: TimeSuggestionsCardData;
  meetingChange: MeetingChangeCardData;
  meetingDetails: MeetingDetailsCardData;
  meetingMoveForm: MeetingMoveFormCardData;
  calendarChange: CalendarChangeCardData;
  officeHours: OfficeHoursCardData;
  calendarList: CalendarListCardData;
}

export type CardName = keyof CardDataByName;

export const CARD_NAMES: CardName[] = ['agenda', 'capabilities', 'eventProposal', 'eventForm', 'eventScheduled', 'notice', 'timeSuggestions', 'meetingChange', 'meetingDetails', 'meetingMoveForm', 'calendarChange', 'officeHours', 'calendarList'];

const templates = new Map<CardName, Template>();

function templateFor(name: CardName): Template {
  let t = templates.get(name);
  if (!t) {
    t = new Template(JSON.parse(readFileSync(join(__dirname, `${name}.json`), 'utf8')));
    templates.set(name, t);
  }
  return t;
}

/** The card JSON for a template and its data. */
export function expandCard<N extends CardName>(name: N, data: CardDataByName[N]): Record<string, unknown> {
  return templateFor(name).expand({ $root: data }) as Record<string, unknown>;
}

/** The card as a message attachment. */
export function cardAttachment<N extends CardName>(name: N, data: CardDataByName[N]): Attachment {
  return CardFactory.adaptiveCard(expandCard(name, data));
}
