import type { MailboxGraph } from '../src/graph/graphClientFactory';
import type { MailboxProfile } from '../src/graph/mailboxProfile';
import { getSchedules } from '../src/graph/schedule';
import { nextFreeSlots, overlaps, type Interval, type WorkingWindow } from '../src/scheduling/freeSlots';
import { toIanaZone } from '../src/time/windowsZones';
import type { EventDraft } from './eventDraft';
import { WEEKDAY_NAMES, MONDAY_TO_FRIDAY } from '../src/time/zonedTime';

export interface Conflict {
  /** Display name, or undefined for the user themself. */
  who: string | undefined;
  busy: Interval;
  status: string;
}

export interface ScheduleCheck {
  conflicts: Conflict[];
  /** Free for everyone, same length, within the user's working hours, soonest first. */
  suggestions: Interval[];
}

const SEARCH_DAYS = 7;

export function workingWindow(profile: MailboxProfile): WorkingWindow {
  const wh = profile.workingHours;
  return {
    daysOfWeek: (wh?.daysOfWeek ?? MONDAY_TO_FRIDAY).map(String),
    startTime: (wh?.startTime ?? '09:00').slice(0, 5),
    endTime: (wh?.endTime ?? '17:00').slice(0, 5),
    timeZone: (wh?.timeZone?.name && toIanaZone(wh.timeZone.name)) || profile.timeZone,
  };
}

/** Every hour of every day in the user's zone: a stretch of time said outright is searched whole. */
export function anyHours(profile: MailboxProfile): WorkingWindow {
  return { daysOfWeek: [...WEEKDAY_NAMES], startTime: '00:00', endTime: '24:00', timeZone: profile.timeZone };
}

/** A meal's usual hours, any day of the week. */
const MEALS: Array<{ word: RegExp; startTime: string; endTime: string }> = [
  { word: /\bbreakfast\b/i, startTime: '07:30', endTime: '10:00' },
  { word: /\bbrunch\b/i, startTime: '10:30', endTime: '13:30' },
  { word: /\blunch\b/i, startTime: '12:00', endTime: '14:00' },
  { word: /\bdinner\b/i, startTime: '18:00', endTime: '21:00' },
];

/**
 * The hours a meal named in a subject is usually had in ("lunch with Megan tomorrow" is not
 * at the start of the working day), in the user's zone; undefined for any other subject.
 */
export function mealHours(subject: string | undefined, profile: MailboxProfile): WorkingWindow | undefined {
  const meal = subject === undefined ? undefined : MEALS.find((m) => m.word.test(subject));
  return meal && { daysOfWeek: [...WEEKDAY_NAMES], startTime: meal.startTime, endTime: meal.endTime, timeZone: profile.timeZone };
}

/**
 * Who is busy at the proposed time (the user and the attendees, from getSchedule) and,
 * when anyone is, the next slots free for everyone.
 */
export async function checkSchedule(mailbox: MailboxGraph, profile: MailboxProfile, draft: EventDraft, now: Date): Promise<ScheduleCheck> {
  const slot = { start: new Date(draft.start), end: new Date(draft.end) };
  if (draft.isAllDay) return { conflicts: [], suggestions: [] };
  const me = profile.mail;
  const addresses = [...new Set([...(me ? [me] : []), ...draft.attendees.map((a) => a.address)])];
  const from = new Date(Math.max(now.getTime(), slot.start.getTime() - 0));
  const until = new Date(slot.start.getTime() + SEARCH_DAYS * 86400000);
  const schedules = await getSchedules(mailbox, addresses, new Date(Math.min(slot.start.getTime(), from.getTime())), until);
  const names = new Map(draft.attendees.map((a) => [a.address, a.name]));
  const conflicts: Conflict[] = [];
  for (const s of schedules) {
    for (const b of s.busy) {
      if (overlaps(slot, b)) conflicts.push({ who: s.address === me ? undefined : names.get(s.address) ?? s.address, busy: b, status: b.status });
    }
  }
  if (conflicts.length === 0) return { conflicts, suggestions: [] };
  const busy = schedules.flatMap((s) => s.busy);
  const minutes = Math.round((slot.end.getTime() - slot.start.getTime()) / 60000);
  const suggestions = nextFreeSlots({ from, until, durationMinutes: minutes, busy, hours: workingWindow(profile), count: 3 });
  return { conflicts, suggestions };
}

/**
 * The first slot of `minutes` between `from` and `until` free for the user and the
 * attendees; within the user's working hours unless `anyHour` (the user named the hours).
 */
export async function firstFreeSlot(
  mailbox: MailboxGraph,
  profile: MailboxProfile,
  attendees: string[],
  from: Date,
  until: Date,
  minutes: number,
  hours: WorkingWindow,
): Promise<Interval | undefined> {
  const addresses = [...new Set([...(profile.mail ? [profile.mail] : []), ...attendees])];
  const schedules = await getSchedules(mailbox, addresses, from, until);
  const [slot] = nextFreeSlots({ from, until, durationMinutes: minutes, busy: schedules.flatMap((s) => s.busy), hours, count: 1 });
  return slot;
}
