import { addLocalDays, fromLocal, startOfLocalDay, toLocal } from '../time/zonedTime';

export interface Interval {
  start: Date;
  end: Date;
}

export interface WorkingWindow {
  /** Lower-case English day names, as Graph's workingHours.daysOfWeek. */
  daysOfWeek: string[];
  /** "08:00" */
  startTime: string;
  /** "17:00" */
  endTime: string;
  /** IANA zone the hours are in. */
  timeZone: string;
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + (m || 0);
}

/** True when [start, end) lies inside the working hours of one working day. */
export function withinWorkingHours(slot: Interval, hours: WorkingWindow): boolean {
  const s = toLocal(slot.start, hours.timeZone);
  const e = toLocal(new Date(slot.end.getTime() - 1), hours.timeZone);
  if (s.year !== e.year || s.month !== e.month || s.day !== e.day) return false;
  const weekday = DAY_NAMES[new Date(Date.UTC(s.year, s.month - 1, s.day)).getUTCDay()];
  if (!hours.daysOfWeek.includes(weekday)) return false;
  const startMin = s.hour * 60 + s.minute;
  const endMin = e.hour * 60 + e.minute + 1;
  return startMin >= minutesOf(hours.startTime) && endMin <= minutesOf(hours.endTime);
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The first `count` slots of `durationMinutes` at or after `from`, on a grid of `stepMinutes`
 * in the working hours' zone, that overlap no busy interval and lie within working hours.
 */
export function nextFreeSlots(options: {
  from: Date;
  until: Date;
  durationMinutes: number;
  busy: Interval[];
  hours: WorkingWindow;
  count: number;
  stepMinutes?: number;
}): Interval[] {
  const step = options.stepMinutes ?? 30;
  const found: Interval[] = [];
  // Align the first candidate to the grid in local time (e.g. 10:00, 10:30).
  const l = toLocal(options.from, options.hours.timeZone);
  const aligned = Math.ceil((l.hour * 60 + l.minute + (l.second > 0 ? 1 : 0)) / step) * step;
  let t =
    aligned >= 24 * 60
      ? addLocalDays(startOfLocalDay(options.from, options.hours.timeZone), 1, options.hours.timeZone).getTime()
      : fromLocal({ ...l, hour: Math.floor(aligned / 60), minute: aligned % 60, second: 0 }, options.hours.timeZone).getTime();
  const durationMs = options.durationMinutes * 60000;
  while (found.length < options.count && t + durationMs <= options.until.getTime()) {
    const slot = { start: new Date(t), end: new Date(t + durationMs) };
    if (withinWorkingHours(slot, options.hours) && !options.busy.some((b) => overlaps(slot, b))) found.push(slot);
    t += step * 60000;
  }
  return found;
}
