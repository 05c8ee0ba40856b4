import type * as Graph from '@microsoft/microsoft-graph-types';
import { joinLinkOf } from '../src/graph/calendar';
import type { AgendaCardData } from '../cards/cardTemplates';
import { parseLocalDateTime, toLocal, type LocalDateTime } from '../src/time/zonedTime';
import { nameFits } from './eventReference';
import { plainSpaces, zoneDisplayName } from './timeText';
import { listText } from './listText';

/** What an agenda shows: a stretch of the calendar and, when some were named ("with Diego"), only the meetings of those people. */
export interface AgendaScope {
  start: Date;
  end: Date;
  /** Names as said; a meeting is shown when each of them organises it or is invited. Empty: every meeting. */
  people: string[];
  /** One time asked about within the stretch ("am I free at 10 on Monday?"), answered above the list. */
  at?: Date;
  /** Only the first this many meetings starting in the stretch ("my next 3 meetings"). */
  limit?: number;
}

/**
 * The scope as card data (`agendaWith`: the names, comma-separated), carried by the buttons of
 * the cards opened from the agenda so that "Back to agenda" shows it again (agendaScopeIn reads it).
 */
export function scopeFields(scope: AgendaScope | undefined): { agendaStart: string; agendaEnd: string; agendaWith: string; agendaLimit: string } {
  return { agendaStart: scope?.start.toISOString() ?? '', agendaEnd: scope?.end.toISOString() ?? '', agendaWith: scope?.people.join(', ') ?? '', agendaLimit: scope?.limit ? String(scope.limit) : '' };
}

/** Whether every person of the scope organises the event or is invited to it. */
export function withScopePeople(e: Graph.Event, people: string[]): boolean {
  const everyone = [e.organizer?.emailAddress, ...(e.attendees ?? []).map((a) => a.emailAddress)];
  return people.every((said) => everyone.some((a) => a != null && nameFits(a.name ?? '', a.address ?? '', said)));
}

/**
 * "At 10:00 AM you have Quarterly planning." or "You're free at 10:00 AM.": what takes up the
 * time asked about (events shown as free, all-day ones and cancelled ones take up none).
 */
function answerAt(events: Graph.Event[], at: Date, timeZone: string, time: Intl.DateTimeFormat): string {
  const wall = toLocal(at, timeZone);
  const when = plainSpaces(time.format(wallClock(wall)));
  const key = (l: LocalDateTime | undefined): number => (l ? wallClock(l).getTime() : NaN);
  const busy = events.filter((e) => {
    if (e.isAllDay || e.isCancelled || e.showAs === 'free') return false;
    const start = key(parseLocalDateTime(e.start?.dateTime ?? ''));
    const end = key(parseLocalDateTime(e.end?.dateTime ?? ''));
    return start <= key(wall) && key(wall) < end;
  });
  if (busy.length === 0) return `You're free at ${when}.`;
  return `At ${when} you have ${listText(busy.map((e) => e.subject?.trim() || '(no subject)'))}.`;
}

function wallClock(l: LocalDateTime): Date {
  // A Date whose UTC fields are the wall time; formatted with timeZone 'UTC' it reads as that wall time.
  return new Date(Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second));
}

function sameLocalDay(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * The agenda card's data for events Graph returned with times written in the user's zone
 * (Prefer: outlook.timezone), over a range of whole local days.
 */
export function agendaCardData(
  events: Graph.Event[],
  scope: AgendaScope,
  now: Date,
  timeZone: string,
  locale: string,
  /** The user's own address, left out of each event's list of people. */
  me: string | undefined,
): AgendaCardData {
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const dayName = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const shortDay = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

  const first = toLocal(scope.start, timeZone);
  const last = toLocal(new Date(scope.end.getTime() - 1), timeZone);
  const today = toLocal(now, timeZone);
  const tomorrow = toLocal(new Date(now.getTime() + 86400000), timeZone);
  const singleDay = sameLocalDay(first, last);

  // Part of one day ("anything after 4 today", "my afternoon"): the title says which hours.
  const fromDayStart = first.hour === 0 && first.minute === 0 && first.second === 0;
  const endWall = toLocal(scope.end, timeZone);
  const toDayEnd = !sameLocalDay(endWall, first) && endWall.hour === 0 && endWall.minute === 0 && endWall.second === 0;
  const partOfDay = singleDay && !(fromDayStart && toDayEnd);
  let title: string;
  if (singleDay) {
    const label = dayName.format(wallClock(first));
    title = sameLocalDay(first, today) ? `Today, ${label}` : sameLocalDay(first, tomorrow) ? `Tomorrow, ${label}` : label;
    if (partOfDay) {
      const hours = fromDayStart
        ? `until ${time.format(wallClock(endWall))}`
        : toDayEnd
          ? `from ${time.format(wallClock(first))}`
          : time.formatRange(wallClock(first), wallClock(endWall));
      title = plainSpaces(`${title}, ${hours}`);
    }
  } else {
    title = `${shortDay.format(wallClock(first))} – ${shortDay.format(wallClock(last))}`;
  }
  if (scope.limit) title = `Your next ${scope.limit} meetings`;

  const rows: AgendaCardData['events'] = events.map((e) => {
    const start = parseLocalDateTime(e.start?.dateTime ?? '');
    const end = parseLocalDateTime(e.end?.dateTime ?? '');
    const dayPrefix = (l: LocalDateTime): string => (singleDay && sameLocalDay(l, first) ? '' : `${shortDay.format(wallClock(l))} `);
    let startTime = '';
    let endTime = '';
    if (e.isAllDay) {
      startTime = singleDay ? 'All day' : `${start ? shortDay.format(wallClock(start)) : ''}`;
      endTime = singleDay ? '' : 'All day';
    } else if (start && end) {
      startTime = plainSpaces(`${dayPrefix(start)}${time.format(wallClock(start))}`);
      endTime = plainSpaces(`${sameLocalDay(start, end) ? '' : dayPrefix(end)}${time.format(wallClock(end))}`);
    }
    const others = [e.organizer?.emailAddress, ...(e.attendees ?? []).map((a) => a.emailAddress)].filter(
      (a) => a && a.address?.toLowerCase() !== me,
    );
    const mine = !e.organizer?.emailAddress?.address || e.organizer.emailAddress.address.toLowerCase() === (me ?? '').toLowerCase();
    const people = [...new Set(others.map((a) => a?.name || a?.address || ''))].filter((n) => n !== '');
    return {
      startTime,
      endTime,
      subject: e.subject?.trim() || '(no subject)',
      location: e.location?.displayName ?? '',
      people: people.length > 4 ? `${people.slice(0, 3).join(', ')} and ${people.length - 3} more` : people.join(', '),
      joinUrl: joinLinkOf(e) ?? '',
      eventId: e.id ?? '',
      canMove: mine && !e.isCancelled,
      cancelLabel: !e.id || e.isCancelled ? '' : mine ? 'Cancel' : 'Decline',
    };
  });

  const count = rows.length;
  const withWhom = scope.people.length === 0 ? '' : ` with ${listText(scope.people)}`;
  return {
    title,
    subtitle: `${count === 0 ? 'No events' : count === 1 ? '1 event' : `${count} events`}${withWhom} · times in ${zoneDisplayName(timeZone, locale)}`,
    answer: scope.at ? answerAt(events, scope.at, timeZone, time) : '',
    emptyText: scope.limit
      ? `No meetings${withWhom} coming up in the next ${Math.round((scope.end.getTime() - scope.start.getTime()) / 86400000)} days.`
      : partOfDay
        ? `Nothing on your calendar${withWhom} then.`
        : singleDay
          ? `Nothing on your calendar${withWhom} that day.`
          : `Nothing on your calendar${withWhom} in that time.`,
    ...scopeFields(scope),
    events: rows,
  };
}
