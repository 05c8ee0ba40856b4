import { addLocalDays, fromLocal, startOfLocalDay, toLocal, weekdayNameOf } from '../time/zonedTime';

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


function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + (m || 0);
}

/** True when [start, end) lies inside the working hours of one working day. */
export function withinWorkingHours(slot: Interval, hours: WorkingWindow): boolean {
  const s = toLocal(slot.start, hours.timeZone);
  const e = toLocal(new Date(slot.end.getTime() - 1), hours.timeZone);
  if (s.year !== e.year || s.month !== e.month || s.day !== e.day) return false;
  const weekday = weekdayNameOf(s);
  if (!hours.daysOfWeek.includes(weekday)) return false;
  const startMin = s.hour * 60 + s.minute;
  const endMin = e.hour * 60 + e.minute + 1;
  return startMin >= minutesOf(hours.startTime) && endMin <= minutesOf(hours.endTime);
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when [start, end) lies within every one of several people's working hours, each in their own zone. */
export function withinAllWorkingHours(slot: Interval, windows: readonly WorkingWindow[]): boolean {
  return windows.every((w) => withinWorkingHours(slot, w));
}

/**
 * The first `count` slots of `durationMinutes` at or after `from`, on a grid of `stepMinutes`
 * in the working hours' zone, that overlap no busy interval and lie within working hours.
 * With several windows (a meeting's people, each in their own zone) a slot must lie within
 * all of them; the grid follows the first one's zone, the organizer's.
 */
export function nextFreeSlots(options: {
  from: Date;
  until: Date;
  durationMinutes: number;
  busy: Interval[];
  hours: WorkingWindow | readonly WorkingWindow[];
  count: number;
  stepMinutes?: number;
}): Interval[] {
  const windows: readonly WorkingWindow[] = Array.isArray(options.hours) ? options.hours : [options.hours as WorkingWindow];
  if (windows.length === 0) throw new Error('nextFreeSlots needs at least one working window');
  const zone = windows[0].timeZone;
  const step = options.stepMinutes ?? 30;
  const found: Interval[] = [];
  // Align the first candidate to the grid in local time (e.g. 10:00, 10:30).
  const l = toLocal(options.from, zone);
  const aligned = Math.ceil((l.hour * 60 + l.minute + (l.second > 0 ? 1 : 0)) / step) * step;
  let t =
    aligned >= 24 * 60
      ? addLocalDays(startOfLocalDay(options.from, zone), 1, zone).getTime()
      : fromLocal({ ...l, hour: Math.floor(aligned / 60), minute: aligned % 60, second: 0 }, zone).getTime();
  const durationMs = options.durationMinutes * 60000;
  while (found.length < options.count && t + durationMs <= options.until.getTime()) {
    const slot = { start: new Date(t), end: new Date(t + durationMs) };
    if (withinAllWorkingHours(slot, windows) && !options.busy.some((b) => overlaps(slot, b))) found.push(slot);
    t += step * 60000;
  }
  return found;
}
