import type * as Graph from '@microsoft/microsoft-graph-types';
import { listText } from './listText';

/** "Pacific Time" for America/Los_Angeles in English; the zone's id where ICU has no name. */
export function zoneDisplayName(timeZone: string, locale: string): string {
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/**
 * Intl separates ranges with thin spaces and, in newer ICU data, puts a narrow no-break
 * space before AM/PM; plain spaces read the same and survive copy, paste and search.
 */
export function plainSpaces(text: string): string {
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ');
}

/** "Thu, Nov 19, 3:00 – 3:30 PM (Pacific Time)"; the date is repeated only when the end is on another day. */
export function timeRangeText(start: Date, end: Date, timeZone: string, locale: string, allDay = false): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', month: 'short', day: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' });
  if (allDay) {
    const last = new Date(end.getTime() - 1);
    const first = day.format(start);
    const lastText = day.format(last);
    return plainSpaces(first === lastText ? `${first}, all day` : `${first} – ${lastText}, all day`);
  }
  const sameDay = day.format(start) === day.format(end);
  const range = sameDay
    ? `${day.format(start)}, ${time.formatRange(start, end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
  return plainSpaces(`${range} (${zoneDisplayName(timeZone, locale)})`);
}

/** A reminder's lead: "10 minutes before", "1 hour before", "2 days before", "1 week before"; "None" for none. */
export function reminderText(minutes: number): string {
  if (minutes <= 0) return 'None';
  if (minutes % 10080 === 0) return `${minutes / 10080} week${minutes === 10080 ? '' : 's'} before`;
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'} before`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'} before`;
  return `${minutes} minutes before`;
}

/** "Thu 3:30 PM", for a compact button. */
export function shortStartText(start: Date, timeZone: string, locale: string): string {
  return plainSpaces(new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(start));
}

const ORDINALS: Record<string, string> = { first: 'first', second: 'second', third: 'third', fourth: 'fourth', last: 'last' };

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A series' last day as Graph gives it ("2026-11-29"), as people read it ("Sun, Nov 29, 2026"); as given when it is no date. */
export function dateOnlyText(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** "Every Tuesday", "Every 2 weeks on Monday and Wednesday", "Monthly on the first Monday"... */
export function recurrenceText(r: Graph.PatternedRecurrence): string {
  const p = r.pattern ?? {};
  const every = (unit: string): string => (p.interval && p.interval > 1 ? `Every ${p.interval} ${unit}s` : `Every ${unit}`);
  const days = (p.daysOfWeek ?? []).map((d) => capital(String(d)));
  const dayList = listText(days);
  let text: string;
  switch (p.type) {
    case 'daily':
      text = every('day');
      break;
    case 'weekly':
      text = p.interval && p.interval > 1 ? `${every('week')} on ${dayList}` : `Every ${dayList}`;
      break;
    case 'absoluteMonthly':
      text = `${p.interval && p.interval > 1 ? every('month') : 'Monthly'} on day ${p.dayOfMonth}`;
      break;
    case 'relativeMonthly':
      text = `${p.interval && p.interval > 1 ? every('month') : 'Monthly'} on the ${ORDINALS[String(p.index ?? 'first')]} ${dayList}`;
      break;
    case 'absoluteYearly':
      text = `Yearly on ${new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, (p.month ?? 1) - 1, 1)))} ${p.dayOfMonth}`;
      break;
    case 'relativeYearly':
      text = `Yearly on the ${ORDINALS[String(p.index ?? 'first')]} ${dayList} of ${new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, (p.month ?? 1) - 1, 1)))}`;
      break;
    default:
      text = 'Repeats';
  }
  const range = r.range;
  if (range?.type === 'endDate' && range.endDate) text += `, until ${dateOnlyText(range.endDate)}`;
  if (range?.type === 'numbered' && range.numberOfOccurrences) text += `, ${range.numberOfOccurrences} times`;
  return text;
}
