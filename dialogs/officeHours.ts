import type * as Graph from '@microsoft/microsoft-graph-types';
import type { OfficeHoursCardData } from '../cards/cardTemplates';
import { listInstances, listSeriesMasters } from '../src/graph/calendar';
import type { MailboxGraph } from '../src/graph/graphClientFactory';
import type { MailboxProfile } from '../src/graph/mailboxProfile';
import { addLocalDays, fromLocal, localDateText, parseLocalDateTime, startOfLocalDay, toLocal, weekdayNameOf } from '../src/time/zonedTime';
import type { EventDraft } from './eventDraft';
import { plainSpaces, recurrenceText, zoneDisplayName } from './timeText';

/** The subject office hours get, and how they are recognised among the user's series. */
export const OFFICE_HOURS_SUBJECT = 'Office hours';
const IS_OFFICE_HOURS = /\boffice[\s-]hours?\b/i;

const REMINDER_MINUTES = 15;

/** One office hours series as the card and the proposals describe it. */
export interface OfficeHoursSeries {
  seriesId: string;
  subject: string;
  /** "Every Tuesday, 2:00 – 4:00 PM" */
  when: string;
  /** Lower-case English day names. */
  days: string[];
  /** HH:mm, wall time in the mailbox zone. */
  startTime: string;
  endTime: string;
  /** The next occurrence's start, if any is ahead. */
  next: Date | undefined;
  online: boolean;
}

function hhmm(dateTime: string | null | undefined): string {
  const l = parseLocalDateTime(dateTime ?? '');
  return l ? `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}` : '';
}

/** "2:00 – 4:00 PM" for two wall times, in the user's locale. */
function wallRangeText(startTime: string, endTime: string, locale: string): string {
  const at = (t: string): Date => {
    const [h, m] = t.split(':').map(Number);
    return new Date(Date.UTC(2026, 0, 5, h, m));
  };
  return plainSpaces(new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).formatRange(at(startTime), at(endTime)));
}

/** "Every Tuesday, 2:00 – 4:00 PM", for a series read with its times in the mailbox zone. */
export function seriesWhen(e: Graph.Event, locale: string): string {
  return `${e.recurrence ? recurrenceText(e.recurrence) : 'Once'}, ${wallRangeText(hhmm(e.start?.dateTime), hhmm(e.end?.dateTime), locale)}`;
}

/**
 * The user's office hours: their own recurring series whose subject says so, still
 * running (a series whose end date has passed is history, not office hours).
 */
export async function listOfficeHours(mailbox: MailboxGraph, profile: MailboxProfile, locale: string, now: Date): Promise<OfficeHoursSeries[]> {
  const masters = await listSeriesMasters(mailbox, profile.mailboxTimeZone);
  const today = toLocal(now, profile.timeZone);
  const todayText = localDateText(today);
  const mine = masters.filter((e) => {
    if (!IS_OFFICE_HOURS.test(e.subject ?? '')) return false;
    const organizer = e.organizer?.emailAddress?.address?.toLowerCase();
    if (organizer && profile.mail && organizer !== profile.mail) return false;
    const range = e.recurrence?.range;
    return !(range?.type === 'endDate' && range.endDate && range.endDate < todayText);
  });
  const found: OfficeHoursSeries[] = [];
  for (const e of mine) {
    const upcoming = await listInstances(mailbox, e.id ?? '', now, addLocalDays(now, 70, profile.timeZone), 'UTC');
    const next = upcoming.map((i) => new Date(`${(i.start?.dateTime ?? '').slice(0, 19)}Z`)).find((d) => d.getTime() >= now.getTime());
    const startTime = hhmm(e.start?.dateTime);
    const endTime = hhmm(e.end?.dateTime);
    found.push({
      seriesId: e.id ?? '',
      subject: e.subject ?? OFFICE_HOURS_SUBJECT,
      when: seriesWhen(e, locale),
      days: (e.recurrence?.pattern?.daysOfWeek ?? []).map((d) => String(d).toLowerCase()),
      startTime,
      endTime,
      next,
      online: e.isOnlineMeeting === true,
    });
  }
  return found;
}

export function officeHoursCardData(series: OfficeHoursSeries[], profile: MailboxProfile, locale: string): OfficeHoursCardData {
  const day = new Intl.DateTimeFormat(locale, { timeZone: profile.timeZone, weekday: 'short', month: 'short', day: 'numeric' });
  return {
    heading: series.length ? 'Your office hours' : "You don't hold office hours",
    emptyText: series.length ? '' : 'To start, say something like "hold office hours every Tuesday 2–4pm".',
    zoneName: zoneDisplayName(profile.timeZone, locale),
    series: series.map((s, i) => ({
      key: String(i),
      seriesId: s.seriesId,
      when: s.when,
      next: `${s.next ? `Next: ${day.format(s.next)}` : 'No more ahead'}${s.online ? ' · Teams meeting' : ''}`,
      day: s.days[0] ?? 'monday',
      startTime: s.startTime,
      endTime: s.endTime,
    })),
  };
}

/** The first date on `dayName` at or after today (today itself when the hours are still ahead). */
function firstOccurrence(dayName: string, startTime: string, now: Date, zone: string): Date {
  const [h, m] = startTime.split(':').map(Number);
  let day = startOfLocalDay(now, zone);
  for (let i = 0; i < 8; i++) {
    const l = toLocal(day, zone);
    const at = fromLocal({ ...l, hour: h, minute: m, second: 0 }, zone);
    if (weekdayNameOf(l) === dayName && at.getTime() > now.getTime()) return at;
    day = addLocalDays(day, 1, zone);
  }
  throw new Error(`no ${dayName} ahead`);
}

/**
 * A new office hours series: weekly on `dayName` from `startTime` to `endTime`, starting
 * at the first such time ahead, with no end, as a Teams meeting. Shown as busy (Graph's
 * default): office hours are time promised to drop-ins, so free/busy must keep other
 * meetings, including the ones this assistant suggests, off them.
 */
export function officeHoursDraft(dayName: string, startTime: string, endTime: string, profile: MailboxProfile, locale: string, now: Date): EventDraft {
  const start = firstOccurrence(dayName, startTime, now, profile.timeZone);
  const [sh, sm] = startTime.split(':').map(Number);
  const [eh, em] = endTime.split(':').map(Number);
  const end = new Date(start.getTime() + ((eh * 60 + em) - (sh * 60 + sm)) * 60000);
  const l = toLocal(start, profile.timeZone);
  const recurrence: Graph.PatternedRecurrence = {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: [dayName as Graph.DayOfWeek], firstDayOfWeek: 'sunday' },
    range: {
      type: 'noEnd',
      startDate: localDateText(l),
      recurrenceTimeZone: profile.mailboxTimeZone,
    },
  };
  return {
    subject: OFFICE_HOURS_SUBJECT,
    start: start.toISOString(),
    end: end.toISOString(),
    isAllDay: false,
    timeZone: profile.timeZone,
    mailboxTimeZone: profile.mailboxTimeZone,
    locale,
    attendees: [],
    location: null,
    online: true,
    recurrence,
    reminderMinutes: REMINDER_MINUTES,
    body: null,
  };
}

