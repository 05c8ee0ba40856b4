import type * as Graph from '@microsoft/microsoft-graph-types';
import type { Fact, MeetingChangeCardData } from '../cards/cardTemplates';
import type { Person } from '../src/graph/directory';
import { deleteEvent } from '../src/graph/calendar';
import { cancelMeeting, editMeeting, getMeeting, moveMeeting, respondToMeeting, setAttendees, type MeetingEdit, type MeetingResponse } from '../src/graph/meetingChanges';
import type { Entities } from '../src/nlu/types';
import { addLocalDays, fromLocal, localDateText, onDateOf, parseLocalDateTime, toLocal, type LocalDateTime, WEEKDAY_NAMES, WeekdayName } from '../src/time/zonedTime';
import { onlyTeamsLinks } from './eventDraft';
import type { ScheduleCheck } from './scheduleCheck';
import { cutSeries, planSeriesEnding } from './seriesEnding';
import { dateOnlyText, recurrenceText, reminderText, timeRangeText } from './timeText';
import type { TurnUser } from './turnUser';
import { listText } from './listText';

/** Proposal kind for a change to an existing meeting (move, cancel, answer, who is invited, its details). */
export const CHANGE_MEETING = 'meeting.change';

/** edit: a new title, a new place, a Teams link or the user's own reminder. */
export type MeetingOperation = 'move' | 'cancel' | 'respond' | 'attendees' | 'edit';
/** single: not part of a series; occurrence: one of a series; series: all of it. */
export type MeetingScope = 'single' | 'occurrence' | 'series';
/**
 * cancel: the organizer calls it off; decline: an attendee bows out; delete: nobody else is in it;
 * end: the organizer's series some of whose meetings were held stops after the last of them, which
 * stay in everyone's calendar (cancelling a series deletes its past meetings too).
 */
export type CancelMode = 'cancel' | 'decline' | 'delete' | 'end';

/** Everything a change will do, as shown on the card and stored with the proposal. */
export interface MeetingChange {
  operation: MeetingOperation;
  /** The id acted on: the occurrence, the single event or the series master. */
  eventId: string;
  /** The event the conversation was about (an occurrence for "Thursday's sync"). */
  shownEventId: string;
  scope: MeetingScope;
  subject: string;
  /** Current times, ISO instants. */
  start: string;
  end: string;
  isAllDay: boolean;
  timeZone: string;
  mailboxTimeZone: string;
  locale: string;
  /** '' when it does not repeat. */
  repeats: string;
  organizer: string;
  isOrganizer: boolean;
  /** Everyone invited except the user. */
  attendees: Person[];
  newStart?: string;
  newEnd?: string;
  /** For a series move: the master's new start, end and (when the day changes) pattern, in absolute terms. */
  seriesStart?: Graph.DateTimeTimeZone;
  seriesEnd?: Graph.DateTimeTimeZone;
  seriesRecurrence?: Graph.PatternedRecurrence;
  cancelMode?: CancelMode;
  /**
   * For cancelMode end: the series' new last day (YYYY-MM-DD): the day the user said
   * (seriesEndSaid), or that of the last meeting held.
   */
  seriesLastDate?: string;
  seriesEndSaid?: boolean;
  response?: MeetingResponse;
  /** For an attendees change: who gets invited and who is taken off. */
  added?: Person[];
  removed?: Person[];
  /** For an edit: what changes, and the place it has now ('' for none). */
  edit?: MeetingEdit;
  location?: string;
  /** For an edit that adds a Join link: another service the user asked for ("a Zoom link"); the link is Teams'. */
  onlineServiceAsked?: string;
  comment: string;
}

/** What a carried-out change left behind, kept so a repeated Confirm shows it again. */
export interface MeetingChangeDone {
  comment: string;
}

/** An event's start and end as instants, from times Graph wrote in the user's zone. */
export function eventInterval(e: Graph.Event, timeZone: string): { start: Date; end: Date } | undefined {
  const s = parseLocalDateTime(e.start?.dateTime ?? '');
  const en = parseLocalDateTime(e.end?.dateTime ?? '');
  return s && en ? { start: fromLocal(s, timeZone), end: fromLocal(en, timeZone) } : undefined;
}

export function isOrganizer(e: Graph.Event, user: TurnUser): boolean {
  if (e.isOrganizer !== undefined && e.isOrganizer !== null) return e.isOrganizer;
  return (e.organizer?.emailAddress?.address ?? '').toLowerCase() === (user.profile.mail ?? '').toLowerCase();
}

export function isInSeries(e: Graph.Event): boolean {
  return (e.type === 'occurrence' || e.type === 'exception') && !!e.seriesMasterId;
}

function othersIn(e: Graph.Event, user: TurnUser): Person[] {
  const me = (user.profile.mail ?? '').toLowerCase();
  return (e.attendees ?? [])
    .map((a) => ({ name: a.emailAddress?.name ?? a.emailAddress?.address ?? '', address: (a.emailAddress?.address ?? '').toLowerCase() }))
    .filter((p) => p.address !== '' && p.address !== me);
}

/** The part every change shares: which meeting, when it is now, who is in it. */
export function baseChange(e: Graph.Event, user: TurnUser, operation: MeetingOperation, scope: MeetingScope, master: Graph.Event | undefined): MeetingChange {
  const when = eventInterval(e, user.profile.timeZone);
  const recurrence = master?.recurrence ?? e.recurrence;
  return {
    operation,
    eventId: scope === 'series' && e.seriesMasterId ? e.seriesMasterId : e.id ?? '',
    shownEventId: e.id ?? '',
    scope,
    subject: e.subject?.trim() || '(no subject)',
    start: (when?.start ?? new Date(0)).toISOString(),
    end: (when?.end ?? new Date(0)).toISOString(),
    isAllDay: e.isAllDay === true,
    timeZone: user.profile.timeZone,
    mailboxTimeZone: user.profile.mailboxTimeZone,
    locale: user.locale,
    repeats: recurrence && scope !== 'single' ? recurrenceText(recurrence) : '',
    organizer: e.organizer?.emailAddress?.name ?? e.organizer?.emailAddress?.address ?? '',
    isOrganizer: isOrganizer(e, user),
    attendees: othersIn(e, user),
    comment: '',
  };
}

/** A move of `e` to new times; for the whole series, the master's new times are worked out now, so Confirm only sets them. */
export async function moveChange(user: TurnUser, e: Graph.Event, scope: MeetingScope, start: Date, end: Date): Promise<MeetingChange> {
  const master = scope === 'series' ? await loadMaster(user, e) : undefined;
  const change: MeetingChange = { ...baseChange(e, user, 'move', scope, master), newStart: start.toISOString(), newEnd: end.toISOString() };
  return master ? { ...change, ...seriesMove(master, change) } : change;
}

/**
 * Cancelling `e`: the organizer cancels (or deletes one nobody else is in); an attendee declines.
 * The organizer's whole series, once some of it was held (by `now`), is ended after the last held
 * meeting instead, so the record stays.
 */
export async function cancelChange(
  user: TurnUser,
  e: Graph.Event,
  scope: MeetingScope,
  comment: string,
  now: Date,
  /** The series master when the caller has read it already. */
  loaded?: Graph.Event,
): Promise<MeetingChange> {
  const master = scope === 'series' ? (loaded ?? (await loadMaster(user, e))) : undefined;
  const change = baseChange(e, user, 'cancel', scope, master);
  if (change.isOrganizer && scope === 'series') {
    const ending = await planSeriesEnding(user.mailbox, change.eventId, now, user.profile.timeZone);
    if (ending.mode === 'endDate' && ending.lastDate) return { ...change, cancelMode: 'end', seriesLastDate: ending.lastDate, comment };
  }
  const cancelMode = !change.isOrganizer ? 'decline' : change.attendees.length > 0 ? 'cancel' : 'delete';
  return { ...change, cancelMode, comment };
}

/**
 * Ending the organizer's series after `lastDay` (YYYY-MM-DD, said by the user: "end the standup
 * series after december"): its meetings up to that day stay and none follow. Said of a day
 * already past, or by an attendee, it is cancelling the series as cancelChange reads it; a
 * series that already ends by then has nothing to end (`endsBy`: the day it ends).
 */
export async function seriesEndChange(user: TurnUser, e: Graph.Event, lastDay: string, now: Date): Promise<MeetingChange | { endsBy: string }> {
  const master = await loadMaster(user, e);
  const change = baseChange(e, user, 'cancel', 'series', master);
  const range = master?.recurrence?.range;
  const today = localDateText(toLocal(now, user.profile.timeZone));
  if (!change.isOrganizer || !range?.startDate || lastDay < today) return cancelChange(user, e, 'series', '', now, master);
  if (range.type === 'endDate' && range.endDate && range.endDate <= lastDay) return { endsBy: range.endDate };
  // Nothing of it before that day: the whole series goes, as when none of it was held.
  if (range.startDate > lastDay) return cancelChange(user, e, 'series', '', now, master);
  return { ...change, cancelMode: 'end', seriesLastDate: lastDay, seriesEndSaid: true, comment: '' };
}

/** An answer to `e`'s invitation; `proposed`: another time proposed to the organizer with it (kept as the change's new times). */
export async function respondChange(user: TurnUser, e: Graph.Event, scope: MeetingScope, response: MeetingResponse, comment: string, proposed?: { start: Date; end: Date }): Promise<MeetingChange> {
  const master = scope === 'series' ? await loadMaster(user, e) : undefined;
  const times = proposed ? { newStart: proposed.start.toISOString(), newEnd: proposed.end.toISOString() } : {};
  return { ...baseChange(e, user, 'respond', scope, master), response, comment, ...times };
}

/** A new title, place or Teams link for `e` (the organizer's own event), or the user's reminder for it (anyone's copy). */
export async function editChange(user: TurnUser, e: Graph.Event, scope: MeetingScope, edit: MeetingEdit, onlineServiceAsked?: string): Promise<MeetingChange> {
  const master = scope === 'series' ? await loadMaster(user, e) : undefined;
  const asked = edit.online && onlineServiceAsked !== undefined ? { onlineServiceAsked } : {};
  return { ...baseChange(e, user, 'edit', scope, master), edit, location: e.location?.displayName?.trim() ?? '', ...asked };
}

/** Changing who is invited to `e` (the organizer's own event): `added` get an invitation, `removed` a cancellation. */
export async function attendeesChange(user: TurnUser, e: Graph.Event, scope: MeetingScope, added: Person[], removed: Person[]): Promise<MeetingChange> {
  const master = scope === 'series' ? await loadMaster(user, e) : undefined;
  return { ...baseChange(e, user, 'attendees', scope, master), added, removed };
}

function wall(l: LocalDateTime): number {
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
}

function fromWall(ms: number): LocalDateTime {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

function graphWall(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}.0000000`;
}

/**
 * Where "move it to 4", "push it to Thursday", "30 minutes later", "make it an hour" or "end it at
 * 3:30" puts an event that runs `start`–`end`: a clock time alone keeps the event's day; a day keeps
 * its time of day; a range sets both ends; a new length or end keeps the start; the length stays otherwise.
 */
export function movedTimes(entities: Entities, start: Date, end: Date, timeZone: string): { start: Date; end: Date } | undefined {
  const length = end.getTime() - start.getTime();
  const change = entities.change;
  // A new end keeps the start: "extend it until 3:30", "end the review at 2:30" (that clock time, on the meeting's day).
  if (change?.endsAt) {
    const newEnd = onDateOf(new Date(change.endsAt), start, timeZone);
    return newEnd.getTime() > start.getTime() ? { start, end: newEnd } : undefined;
  }
  // A new length keeps the start: "make it 15 minutes", "30 minutes longer".
  const newLength = change?.lengthMinutes !== undefined ? change.lengthMinutes * 60000 : change?.extendMinutes !== undefined ? length + change.extendMinutes * 60000 : undefined;
  if (newLength !== undefined) return newLength > 0 ? { start, end: new Date(start.getTime() + newLength) } : undefined;
  if (change?.shiftMinutes) {
    // Whole days ("a week later", "push it by 2 days") keep the clock time across a change of the clocks.
    const days = change.shiftMinutes % 1440 === 0 ? change.shiftMinutes / 1440 : 0;
    const s = days !== 0 ? addLocalDays(start, days, timeZone) : new Date(start.getTime() + change.shiftMinutes * 60000);
    return { start: s, end: new Date(s.getTime() + length) };
  }
  const newStart = change?.start ?? undefined;
  if (!newStart) return undefined;
  const said = toLocal(new Date(newStart), timeZone);
  const old = toLocal(start, timeZone);
  const saidEnd = change?.end ? new Date(change.end) : undefined;
  if (isWholeDays(newStart, change?.end, timeZone)) {
    const s = fromLocal({ ...said, hour: old.hour, minute: old.minute, second: 0 }, timeZone);
    return { start: s, end: new Date(s.getTime() + length) };
  }
  const s = change?.timeOnly ? fromLocal({ ...old, hour: said.hour, minute: said.minute, second: 0 }, timeZone) : new Date(newStart);
  const e = saidEnd && saidEnd.getTime() > new Date(newStart).getTime() ? new Date(s.getTime() + (saidEnd.getTime() - new Date(newStart).getTime())) : new Date(s.getTime() + length);
  return { start: s, end: e };
}

/**
 * The stretch a move puts the meeting in ("to Friday afternoon", "to later today"), on the
 * meeting's own day when only clock times were said ("to after lunch"); undefined for a move to
 * new times ("to 2-3pm").
 */
export function moveWindow(entities: Entities, start: Date, timeZone: string): { from: Date; until: Date } | undefined {
  const change = entities.change;
  if (!change?.window || !change.start || !change.end) return undefined;
  if (!change.timeOnly) return { from: new Date(change.start), until: new Date(change.end) };
  return { from: onDateOf(new Date(change.start), start, timeZone), until: onDateOf(new Date(change.end), start, timeZone) };
}

/** A change to whole days ("to Friday"): a day to go to, with no clock time. */
function isWholeDays(start: string, end: string | undefined, timeZone: string): boolean {
  const said = toLocal(new Date(start), timeZone);
  return said.hour === 0 && said.minute === 0 && end !== undefined && (new Date(end).getTime() - new Date(start).getTime()) % 86400000 === 0;
}

/**
 * The day whose occurrence a move of a repeating meeting is about: the day of a new time
 * that names both a day and a clock time ("to 9:30 tomorrow"). Not for a clock time alone
 * (the meeting found keeps its day), a whole day ("to Friday" is where it goes) or a shift.
 */
export function occurrenceDayOf(entities: Entities, timeZone: string): Date | undefined {
  const change = entities.change;
  if (!change?.start || change.timeOnly || change.shiftMinutes || isWholeDays(change.start, change.end, timeZone)) return undefined;
  return new Date(change.start);
}


/**
 * A whole series moved the way one of its occurrences moves: the master's start and end
 * shift by the same wall-clock amount (so a series across a DST change keeps its hour),
 * and a weekly pattern moves its days with it.
 */
export function seriesMove(master: Graph.Event, change: MeetingChange): Pick<MeetingChange, 'seriesStart' | 'seriesEnd' | 'seriesRecurrence'> {
  const zone = change.timeZone;
  const startShift = wall(toLocal(new Date(change.newStart ?? change.start), zone)) - wall(toLocal(new Date(change.start), zone));
  const endShift = wall(toLocal(new Date(change.newEnd ?? change.end), zone)) - wall(toLocal(new Date(change.end), zone));
  const ms = parseLocalDateTime(master.start?.dateTime ?? '');
  const me = parseLocalDateTime(master.end?.dateTime ?? '');
  if (!ms || !me) throw new Error('series master without times');
  const dayOf = (iso: string): number => {
    const l = toLocal(new Date(iso), zone);
    return Date.UTC(l.year, l.month - 1, l.day);
  };
  const days = Math.round((dayOf(change.newStart ?? change.start) - dayOf(change.start)) / 86400000);
  const result: Pick<MeetingChange, 'seriesStart' | 'seriesEnd' | 'seriesRecurrence'> = {
    seriesStart: { dateTime: graphWall(wall(ms) + startShift), timeZone: change.mailboxTimeZone },
    seriesEnd: { dateTime: graphWall(wall(me) + endShift), timeZone: change.mailboxTimeZone },
  };
  const r = master.recurrence;
  if (days !== 0 && r?.pattern) {
    const pattern = { ...r.pattern };
    if (pattern.daysOfWeek?.length && (pattern.type === 'weekly' || pattern.type === 'relativeMonthly' || pattern.type === 'relativeYearly')) {
      pattern.daysOfWeek = pattern.daysOfWeek.map((d) => WEEKDAY_NAMES[(((WEEKDAY_NAMES.indexOf(d as WeekdayName) + days) % 7) + 7) % 7]);
    }
    const range = { ...(r.range ?? {}) };
    const first = fromWall(wall(ms) + startShift);
    range.startDate = localDateText(first);
    result.seriesRecurrence = { pattern, range };
  }
  return result;
}

/** Carries a confirmed change out: one Graph request that changes anything, so it happens entirely or not at all. */
export async function carryOut(user: TurnUser, change: MeetingChange, comment: string): Promise<void> {
  const { mailbox } = user;
  // A new time as the mailbox writes times: its wall clock in its own zone.
  const at = (iso: string): Graph.DateTimeTimeZone => ({ dateTime: graphWall(wall(toLocal(new Date(iso), change.timeZone))), timeZone: change.mailboxTimeZone });
  switch (change.operation) {
    case 'move': {
      if (change.scope === 'series' && change.seriesStart && change.seriesEnd) {
        await moveMeeting(mailbox, change.eventId, change.seriesStart, change.seriesEnd, change.seriesRecurrence);
        return;
      }
      await moveMeeting(mailbox, change.eventId, at(change.newStart ?? change.start), at(change.newEnd ?? change.end), undefined);
      return;
    }
    case 'cancel':
      if (change.cancelMode === 'end') {
        const master = await getMeeting(mailbox, change.eventId, change.mailboxTimeZone);
        await cutSeries(mailbox, master, change.seriesLastDate ?? '');
      } else if (change.cancelMode === 'cancel') await cancelMeeting(mailbox, change.eventId, comment);
      else if (change.cancelMode === 'decline') await respondToMeeting(mailbox, change.eventId, 'decline', comment);
      else await deleteEvent(mailbox, change.eventId);
      return;
    case 'respond': {
      const proposed = change.newStart && change.newEnd ? { start: at(change.newStart), end: at(change.newEnd) } : undefined;
      await respondToMeeting(mailbox, change.eventId, change.response ?? 'accept', comment, proposed);
      return;
    }
    case 'edit':
      await editMeeting(mailbox, change.eventId, change.edit ?? {});
      return;
    case 'attendees': {
      // Read now rather than when proposed, so nobody invited since then is dropped.
      const current = await getMeeting(mailbox, change.eventId, change.mailboxTimeZone);
      await setAttendees(mailbox, change.eventId, attendeeList(current.attendees ?? [], change.added ?? [], change.removed ?? []));
      return;
    }
  }
}

/** Who is invited after the change: those there now, less the removed, plus the added not there yet. */
export function attendeeList(current: Graph.Attendee[], added: Person[], removed: Person[]): Graph.Attendee[] {
  const address = (a: Graph.Attendee): string => (a.emailAddress?.address ?? '').toLowerCase();
  const gone = new Set(removed.map((p) => p.address.toLowerCase()));
  const kept = current.filter((a) => !gone.has(address(a))).map((a) => ({ type: a.type ?? 'required', emailAddress: a.emailAddress }));
  const present = new Set(kept.map(address));
  const fresh = added
    .filter((p) => !present.has(p.address.toLowerCase()) && !gone.has(p.address.toLowerCase()))
    .map((p): Graph.Attendee => ({ type: 'required', emailAddress: { name: p.name || p.address, address: p.address } }));
  return [...kept, ...fresh];
}

/** Reads the series master, for a change to the whole series. */
export function loadMaster(user: TurnUser, e: Graph.Event): Promise<Graph.Event> | undefined {
  return e.seriesMasterId ? getMeeting(user.mailbox, e.seriesMasterId, user.profile.mailboxTimeZone) : undefined;
}

function names(people: Person[]): string {
  const n = people.map((p) => p.name || p.address);
  return listText(n.length > 4 ? [...n.slice(0, 3), `${n.length - 3} more`] : n);
}

const RESPONSE_WORDS: Record<MeetingResponse, { heading: string; confirm: string; done: string; verb: string }> = {
  accept: { heading: 'Accept this invitation?', confirm: 'Accept', done: 'Accepted', verb: 'Accept' },
  tentativelyAccept: { heading: 'Tentatively accept this invitation?', confirm: 'Tentative', done: 'Tentatively accepted', verb: 'Tentatively accept' },
  decline: { heading: 'Decline this invitation?', confirm: 'Decline', done: 'Declined', verb: 'Decline' },
};

function when(change: MeetingChange, start: string, end: string): string {
  return timeRangeText(new Date(start), new Date(end), change.timeZone, change.locale, change.isAllDay);
}

function scopeText(change: MeetingChange): string {
  if (change.scope === 'occurrence') return 'Just this occurrence';
  if (change.scope === 'series') return `The whole series (${change.repeats})`;
  return '';
}

/** Who is (or was) sent what for an attendees change. */
function invitationNews(change: MeetingChange, verb: 'will get' | 'got'): string {
  const added = change.added ?? [];
  const removed = change.removed ?? [];
  return [
    added.length > 0 ? `${names(added)} ${verb} an invitation.` : '',
    removed.length > 0 ? `${names(removed)} ${verb} a cancellation.` : '',
  ]
    .filter((t) => t !== '')
    .join(' ');
}

/** What ending a series keeps, and who hears of it. */
function seriesEndNews(change: MeetingChange, verb: 'will get' | 'got'): string {
  const last = dateOnlyText(change.seriesLastDate ?? '');
  const kept = change.seriesEndSaid
    ? `Its meetings up to ${last} stay; there are none after it.`
    : `The meetings held, the last on ${last}, stay in the calendar; there are none after it.`;
  return change.attendees.length > 0 ? `${kept} ${names(change.attendees)} ${verb} the updated invitation.` : kept;
}

/** An edit of the user's own reminder and nothing else, which nobody else sees. */
function reminderOnly(edit: MeetingEdit | undefined): boolean {
  return (edit?.reminderMinutes !== undefined || edit?.reminderOff === true) && edit.subject === undefined && edit.location === undefined && !edit.online;
}

/** Who was told what, once it is done. */
function doneExplanation(change: MeetingChange): string {
  if (change.operation === 'move') return change.attendees.length > 0 ? `${names(change.attendees)} got the new time.` : '';
  if (change.operation === 'cancel' && change.cancelMode === 'cancel') return `${names(change.attendees)} got a cancellation.`;
  if (change.operation === 'cancel' && change.cancelMode === 'end') return seriesEndNews(change, 'got');
  if (change.operation === 'cancel' && change.cancelMode === 'delete') return '';
  if (change.operation === 'attendees') return invitationNews(change, 'got');
  if (change.operation === 'edit') return change.attendees.length > 0 && !reminderOnly(change.edit) ? `${names(change.attendees)} see the change in their calendars.` : '';
  return change.organizer ? `${change.organizer} got your answer.` : '';
}

/** The card's data for a change: open (with Confirm), done, or dropped. */
export function changeCardData(
  proposalId: string,
  state: 'open' | 'done' | 'discarded',
  change: MeetingChange,
  check: ScheduleCheck,
  notice: string,
  doneComment = '',
): MeetingChangeCardData {
  const facts: Fact[] = [{ label: 'Meeting', value: change.subject }];
  const open = state === 'open';
  let heading = '';
  let explanation = '';
  let confirmLabel = 'Confirm';
  let commentLabel = '';
  if (change.operation === 'move') {
    // Same start, another end: the length changes ("make it 30 minutes longer"), nothing moves.
    const lengthOnly = change.newStart !== undefined && Date.parse(change.newStart) === Date.parse(change.start);
    heading = state === 'done' ? (lengthOnly ? 'Length changed' : 'Moved') : lengthOnly ? 'Change its length?' : 'Move this meeting?';
    if (state === 'done') facts.push({ label: 'Now', value: when(change, change.newStart ?? change.start, change.newEnd ?? change.end) });
    else {
      facts.push({ label: 'From', value: when(change, change.start, change.end) });
      facts.push({ label: 'To', value: when(change, change.newStart ?? change.start, change.newEnd ?? change.end) });
    }
    confirmLabel = lengthOnly ? 'Change' : 'Move';
    if (change.attendees.length > 0) explanation = `${names(change.attendees)} will get the new time and be asked to respond again.`;
  } else if (change.operation === 'edit') {
    const edit = change.edit ?? {};
    const done = state === 'done';
    heading = done ? 'Meeting updated' : 'Update this meeting?';
    facts.push({ label: 'When', value: when(change, change.start, change.end) });
    if (edit.subject !== undefined) facts.push({ label: done ? 'Renamed to' : 'Rename to', value: edit.subject });
    if (edit.location !== undefined) facts.push({ label: done ? 'Location' : 'New location', value: change.location ? `${edit.location} (was ${change.location})` : edit.location });
    if (edit.online) {
      const added = done ? 'Join link added' : 'A Join link will be added';
      facts.push({ label: 'Teams meeting', value: change.onlineServiceAsked ? `${added} (${onlyTeamsLinks(change.onlineServiceAsked)})` : added });
    }
    if (edit.reminderMinutes !== undefined) facts.push({ label: done ? 'Reminder' : 'New reminder', value: reminderText(edit.reminderMinutes) });
    if (edit.reminderOff) facts.push({ label: 'Reminder', value: 'Off' });
    confirmLabel = 'Update';
    // A reminder is on the user's copy alone; the others keep theirs.
    const onlyMine = reminderOnly(edit);
    if (onlyMine) {
      heading = edit.reminderOff ? (done ? 'Reminder off' : 'Turn off its reminder?') : done ? 'Reminder set' : 'Set this reminder?';
      confirmLabel = edit.reminderOff ? 'Turn off' : 'Set reminder';
    }
    if (change.attendees.length > 0) explanation = onlyMine ? 'Only your own reminder changes: nobody else is told.' : `${names(change.attendees)} will see the change in their calendars.`;
  } else if (change.operation === 'attendees') {
    heading = state === 'done' ? 'Invitation updated' : 'Update the invitation?';
    facts.push({ label: 'When', value: when(change, change.start, change.end) });
    if ((change.added ?? []).length > 0) facts.push({ label: state === 'done' ? 'Added' : 'Add', value: names(change.added ?? []) });
    if ((change.removed ?? []).length > 0) facts.push({ label: state === 'done' ? 'Removed' : 'Remove', value: names(change.removed ?? []) });
    confirmLabel = 'Update';
    explanation = invitationNews(change, 'will get');
  } else {
    facts.push({ label: 'When', value: when(change, change.start, change.end) });
    if (change.operation === 'cancel') {
      if (change.cancelMode === 'cancel') {
        heading = state === 'done' ? 'Cancelled' : 'Cancel this meeting?';
        confirmLabel = 'Cancel meeting';
        explanation = `${names(change.attendees)} will get a cancellation${open ? ' with your message, if you write one' : ''}.`;
        commentLabel = 'Message to attendees (optional)';
      } else if (change.cancelMode === 'end') {
        heading = state === 'done' ? 'Series ended' : 'End this series?';
        confirmLabel = 'End series';
        // No message goes with a series cut short (Graph updates the invitation), so no message box.
        explanation = seriesEndNews(change, 'will get');
      } else if (change.cancelMode === 'decline') {
        heading = state === 'done' ? 'Declined' : 'Decline this meeting?';
        confirmLabel = 'Decline';
        explanation = `${change.organizer || 'Someone else'} organises this meeting, so I can't cancel it for everyone. I'll decline it and let them know.`;
        commentLabel = 'Message to the organizer (optional)';
      } else {
        heading = state === 'done' ? 'Deleted' : 'Delete this event?';
        confirmLabel = 'Delete';
        explanation = 'Nobody else is invited, so it is simply removed from your calendar.';
      }
    } else {
      const words = RESPONSE_WORDS[change.response ?? 'accept'];
      heading = state === 'done' ? words.done : words.heading;
      confirmLabel = words.confirm;
      if (change.organizer) explanation = `${change.organizer} will get your answer.`;
      if (change.newStart && change.newEnd) {
        // Another time proposed with the answer: the organizer can move the meeting to it.
        heading = state === 'done' ? `${words.done}, new time proposed` : `${words.verb} and propose a new time?`;
        facts.push({ label: state === 'done' ? 'Proposed' : 'Propose', value: when(change, change.newStart, change.newEnd) });
        confirmLabel = `${words.confirm} and propose`;
        if (change.organizer) explanation = `${change.organizer} will get your answer and can move the meeting to the time you propose.`;
      }
      commentLabel = `Message to ${change.organizer || 'the organizer'} (optional)`;
    }
  }
  const scope = scopeText(change);
  if (scope) facts.push({ label: 'Which', value: scope });
  if (change.operation !== 'cancel' || change.cancelMode !== 'delete') {
    if (change.isOrganizer && change.attendees.length > 0 && change.operation === 'move') facts.push({ label: 'With', value: names(change.attendees) });
    else if (!change.isOrganizer && change.organizer) facts.push({ label: 'Organizer', value: change.organizer });
  }
  if (state === 'done' && doneComment) facts.push({ label: 'Message', value: doneComment });
  if (state === 'discarded') heading = 'Nothing changed';
  if (state !== 'open') explanation = state === 'done' ? doneExplanation(change) : '';
  return {
    proposalId: open ? proposalId : '',
    heading,
    notice,
    facts,
    conflicts: open
      ? check.conflicts.map((c) => ({ text: `${c.who ?? 'You'} ${c.who ? 'is' : 'are'} ${c.status === 'tentative' ? 'tentatively busy' : 'busy'} ${timeRangeText(c.busy.start, c.busy.end, change.timeZone, change.locale).replace(/^[^,]+, [^,]+, /, 'at ')}` }))
      : [],
    explanation,
    commentLabel: open ? commentLabel : '',
    comment: change.comment,
    confirmLabel,
    discardLabel: 'Keep it as it is',
  };
}
