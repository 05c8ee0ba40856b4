import type * as Graph from '@microsoft/microsoft-graph-types';
import { joinLinkOf, listEventsBetween } from '../src/graph/calendar';
import { oneEditAway, oneSlipApart } from '../src/nlu/wordTypos';
import type { EventReference } from '../src/nlu/types';
import type { ConversationKey } from '../src/store/lastEvents';
import { addLocalDays, parseLocalDateTime, startOfLocalDay, toLocal } from '../src/time/zonedTime';
import type { AssistantServices } from './assistantServices';
import { listText } from './listText';
import { shortStartText } from './timeText';
import type { TurnUser } from './turnUser';

/** What a message's "the budget review", "my 3pm" or "it" turned out to be. */
export type EventLookup =
  | { kind: 'found'; eventId: string }
  | { kind: 'ambiguous'; candidates: Array<{ eventId: string; label: string }> }
  | { kind: 'none'; searched: string };

/** Words that say which kind of thing, or what to do with it, rather than which one. */
const NOT_SIGNIFICANT = new Set(
  (
    'the a an my our your his her their this that these those meeting meetings mtg mtgs event events appointment appointments appt appts invite invitation ' +
    'with on at for to from in of and about today tomorrow tonight yesterday week next last ' +
    'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays ' +
    'move push pull shift reschedule cancel decline accept tentatively tentative delete drop answer respond when is was what where one please ' +
    'series recurring repeating whole entire occurrence occurrences stop end block blocks'
  ).split(' '),
);
export const SUBJECT_WINDOW_DAYS = 30;
const TIME_WINDOW_DAYS = 7;
const MAX_CHOICES = 5;

export function conversationKey(user: TurnUser): ConversationKey {
  return { tenantId: user.mailbox.user.tenantId, aadObjectId: user.mailbox.user.aadObjectId, conversationId: user.conversationId };
}

/** "1:1", "1-1", "1 on 1", "one-on-one": one word, however a name spells it. */
const ONE_ON_ONE = /(?<![\p{L}\p{N}])(?:1\s*[:/-]\s*1|1\s*-?\s*on\s*-?\s*1|one[\s-]+on[\s-]+one)(?![\p{L}\p{N}])/giu;

/** The text lower-cased, with a one-on-one spelled one way: names said and names stored compare alike. */
function comparable(text: string): string {
  return text.toLowerCase().replace(ONE_ON_ONE, ' 1on1 ');
}

/** Words of a name that must all appear in the event's subject. */
export function significantWords(text: string): string[] {
  return comparable(text)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !NOT_SIGNIFICANT.has(w) && !MISTYPED_MEETING_WORDS.has(w));
}

/** The words for a meeting as such, long enough that one slip of the keyboard makes no other word. */
const MEETING_WORDS = ['meeting', 'meetings', 'appointment', 'appointments', 'invitation', 'invitations'];

/**
 * Words of their own one edit from a meeting word (from an English list of 275,000 words; "meting",
 * as in meting out, is left out: here it is far more often "meeting" mistyped).
 */
const REAL_WORDS = new Set(['melting', 'meltings', 'meering', 'incitation', 'incitations']);

/** "meetng", "metting", "meetign", "apointment": the meeting words mistyped (one edit away, keeping the first letter: `oneEditAway`, as misspelt days are read). */
const MISTYPED_MEETING_WORDS: ReadonlySet<string> = new Set(
  MEETING_WORDS.flatMap((w) => oneEditAway(w)).filter((w) => w.length >= 6 && !REAL_WORDS.has(w)),
);

function localStart(e: Graph.Event): Date | undefined {
  const l = parseLocalDateTime(e.start?.dateTime ?? '');
  return l ? new Date(Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute)) : undefined;
}

/** One entry per meeting: a series counts once, by its first occurrence in the list. */
function distinctMeetings(events: Graph.Event[]): Graph.Event[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = e.seriesMasterId ?? e.id ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Finds the event a message is about, in the user's calendar. */
export async function lookUpEvent(
  services: AssistantServices,
  user: TurnUser,
  reference: EventReference | undefined,
  /** A day or range the message also named ("Friday's sync"), to narrow a search by name. */
  within: { start: Date; end: Date } | undefined,
): Promise<EventLookup> {
  const now = services.clock.now();
  const { timeZone, mailboxTimeZone } = user.profile;
  const label = (e: Graph.Event): string => {
    const l = parseLocalDateTime(e.start?.dateTime ?? '');
    const when = l ? shortStartText(new Date(Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute)), 'UTC', user.locale) : '';
    return `${e.subject?.trim() || '(no subject)'} (${when})`;
  };
  const today = startOfLocalDay(now, timeZone);
  // Where a search by name or person looked: the day or days said, else the coming weeks.
  const oneDay = within !== undefined && addLocalDays(startOfLocalDay(within.start, timeZone), 1, timeZone).getTime() >= within.end.getTime();
  const range = within ? (oneDay ? 'on that day' : 'in that time') : `between today and ${SUBJECT_WINDOW_DAYS} days from now`;
  /** Of the meetings that fit, upcoming first (an earlier one still counts when nothing is ahead); one meeting per series. */
  const fitting = (matching: Graph.Event[]): Graph.Event[] => {
    const upcoming = matching.filter((e) => (localEnd(e) ?? 0) > wallNow(now, timeZone));
    return distinctMeetings(upcoming.length > 0 ? upcoming : matching);
  };
  const pick = (found: Graph.Event[], none: string): EventLookup => {
    if (found.length === 0) return { kind: 'none', searched: none };
    if (found.length === 1) return { kind: 'found', eventId: found[0].id ?? '' };
    return { kind: 'ambiguous', candidates: found.slice(0, MAX_CHOICES).map((e) => ({ eventId: e.id ?? '', label: label(e) })) };
  };

  // "All my meetings" reaches here only where one meeting is wanted: it is as a day alone.
  if (!reference || reference.kind === 'all') {
    if (!within) return { kind: 'none', searched: 'I couldn\'t tell which meeting you mean. Say its name or time, like "the design review" or "my 3pm".' };
    // A day alone ("decline the meetings on Friday"): that day's meetings.
    const events = await listEventsBetween(user.mailbox, within.start, within.end, mailboxTimeZone);
    return pick(fitting(events.filter((e) => !e.isAllDay && !e.isCancelled)), `I found no meetings ${range}.`);
  }

  if (reference.kind === 'anaphora') {
    const eventId = await services.lastEvents.recall(conversationKey(user));
    return eventId ? { kind: 'found', eventId } : { kind: 'none', searched: "I'm not sure which meeting you mean: we haven't talked about one yet. Say its name or time." };
  }

  if (reference.kind === 'first' || reference.kind === 'last') {
    // "My first meeting tomorrow": of the meetings that day (today when none is said), the earliest or latest to start.
    const from = within ? within.start : today;
    const events = (await listEventsBetween(user.mailbox, from, within ? within.end : addLocalDays(today, 1, timeZone), mailboxTimeZone)).filter(
      (e) => !e.isAllDay && !e.isCancelled && e.showAs !== 'free',
    );
    const chosen = reference.kind === 'first' ? events[0] : events[events.length - 1];
    return chosen?.id ? { kind: 'found', eventId: chosen.id } : { kind: 'none', searched: `I found no meetings ${within ? range : 'today'}.` };
  }

  if (reference.kind === 'next') {
    const events = await listEventsBetween(user.mailbox, now, addLocalDays(today, TIME_WINDOW_DAYS, timeZone), mailboxTimeZone);
    const next = events.find(
      (e) => !e.isAllDay && e.showAs !== 'free' && (localStart(e)?.getTime() ?? 0) >= wallNow(now, timeZone) && (!reference.joinable || joinLinkOf(e) !== undefined),
    );
    const what = reference.joinable ? 'Teams meetings' : 'meetings';
    return next?.id ? { kind: 'found', eventId: next.id } : { kind: 'none', searched: `You have no ${what} in the next ${TIME_WINDOW_DAYS} days.` };
  }

  if (reference.kind === 'time') {
    const said = new Date(reference.start);
    const day = startOfLocalDay(said, timeZone);
    const wanted = toLocal(said, timeZone);
    const events = await listEventsBetween(user.mailbox, day, addLocalDays(day, TIME_WINDOW_DAYS, timeZone), mailboxTimeZone);
    const at = events.filter((e) => {
      const l = parseLocalDateTime(e.start?.dateTime ?? '');
      return !e.isAllDay && l !== undefined && l.hour === wanted.hour && l.minute === wanted.minute;
    });
    // The first day that has one: "my 3pm" is today's when there is one, else the next.
    const first = at[0] ? parseLocalDateTime(at[0].start?.dateTime ?? '') : undefined;
    const sameDay = distinctMeetings(at.filter((e) => first && parseLocalDateTime(e.start?.dateTime ?? '')?.day === first.day));
    const clock = shortStartText(said, timeZone, user.locale).replace(/^\S+\s/, '');
    if (sameDay.length === 0) return { kind: 'none', searched: `I found no meeting starting at ${clock} in the next ${TIME_WINDOW_DAYS} days.` };
    if (sameDay.length === 1) return { kind: 'found', eventId: sameDay[0].id ?? '' };
    return { kind: 'ambiguous', candidates: sameDay.slice(0, MAX_CHOICES).map((e) => ({ eventId: e.id ?? '', label: label(e) })) };
  }

  if (reference.kind === 'person') {
    // "Lynne's invite", "the meeting with Alex": organised by them; failing that, with them invited.
    const from = within ? within.start : today;
    const until = within ? within.end : addLocalDays(today, SUBJECT_WINDOW_DAYS, timeZone);
    const events = (await listEventsBetween(user.mailbox, from, until, mailboxTimeZone)).filter((e) => !e.isCancelled);
    const fits = (p: Graph.Recipient | null | undefined): boolean => nameFits(p?.emailAddress?.name ?? '', p?.emailAddress?.address ?? '', reference.name);
    const organised = events.filter((e) => fits(e.organizer));
    return pick(fitting(organised.length > 0 ? organised : events.filter((e) => (e.attendees ?? []).some(fits))), `I found no meeting with ${reference.name} ${range}.`);
  }

  const words = significantWords(reference.text);
  // "cancel my meetng with Adele": no name left, but the people said with it name the meeting.
  if (words.length === 0 && reference.with?.length) return lookUpEvent(services, user, { kind: 'person', name: reference.with[0] }, within);
  if (words.length === 0) return { kind: 'none', searched: 'I couldn\'t tell which meeting you mean. Say its name or time, like "the design review" or "my 3pm".' };
  const from = within ? within.start : today;
  const until = within ? within.end : addLocalDays(today, SUBJECT_WINDOW_DAYS, timeZone);
  const events = await listEventsBetween(user.mailbox, from, until, mailboxTimeZone);
  // "The 1:1 with Adele": the people said with the name organise it or are invited.
  const people = reference.with ?? [];
  const withThem = (e: Graph.Event): boolean =>
    people.every((name) => [e.organizer, ...(e.attendees ?? [])].some((p) => nameFits(p?.emailAddress?.name ?? '', p?.emailAddress?.address ?? '', name)));
  const matching = events.filter((e) => {
    const subject = comparable(e.subject ?? '');
    return words.every((w) => subject.includes(w)) && withThem(e);
  });
  // None by the words as typed: "the desgin review", "the quartrly planning" are those meetings.
  const found = fitting(matching.length > 0 ? matching : events.filter((e) => withThem(e) && nearlyNamed(e.subject ?? '', words)));
  // A subject that is exactly the name said wins over ones that merely contain it.
  const exact = found.filter((e) => significantWords(e.subject ?? '').join(' ') === words.join(' '));
  const whose = people.length > 0 ? ` with ${listText(people)}` : '';
  return pick(found.length > 1 && exact.length === 1 ? exact : found, `I found no meeting called "${reference.text}"${whose} ${range}.`);
}

/** The shortest word said that a slip of the keyboard is read in (shorter ones make other words too easily). */
const MIN_MISTYPED = 5;

/** Every word said is in the subject, or one edit from a word of it (`oneSlipApart`) when long enough. */
function nearlyNamed(subject: string, words: string[]): boolean {
  const text = comparable(subject);
  const subjectWords = text.split(/[^\p{L}\p{N}]+/u);
  return words.every((w) => text.includes(w) || (w.length >= MIN_MISTYPED && subjectWords.some((s) => oneSlipApart(w, s))));
}

/** Whether a person is the one said: every word said starts a word of their name, or the address (or its part before "@") is it. */
export function nameFits(name: string, address: string, said: string): boolean {
  const wanted = said.trim().toLowerCase();
  const mail = address.toLowerCase();
  if (mail !== '' && (mail === wanted || mail.split('@')[0] === wanted)) return true;
  const nameWords = name.toLowerCase().split(/\s+/);
  return wanted.split(/\s+/).every((w) => nameWords.some((n) => n.startsWith(w)));
}

/** Now as a wall-clock instant in the user's zone, comparable with localStart. */
function wallNow(now: Date, timeZone: string): number {
  const l = toLocal(now, timeZone);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
}

function localEnd(e: Graph.Event): number | undefined {
  const l = parseLocalDateTime(e.end?.dateTime ?? '');
  return l ? Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute) : undefined;
}

/** The occurrence of a series on the local day of `day`, if it has one then. */
export async function occurrenceOn(services: AssistantServices, user: TurnUser, seriesMasterId: string, day: Date): Promise<string | undefined> {
  const { timeZone, mailboxTimeZone } = user.profile;
  const from = startOfLocalDay(day, timeZone);
  const events = await listEventsBetween(user.mailbox, from, addLocalDays(from, 1, timeZone), mailboxTimeZone);
  return events.find((e) => e.seriesMasterId === seriesMasterId && !e.isCancelled)?.id ?? undefined;
}
