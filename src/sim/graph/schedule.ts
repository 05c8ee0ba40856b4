import { jsonBody } from '../http/exchange';
import type { DirectoryUser } from '../state/directory';
import { toIanaZone } from '../../time/windowsZones';
import { fromLocal, toLocal } from '../../time/zonedTime';
import type { GraphCall } from './graphCall';
import { badRequest } from './graphError';
import { dateTimeTimeZone, parseDateTimeTimeZone } from './graphDates';
import { instancesInWindow, type EventInstance } from './eventModel';
import { WEEKDAYS } from './recurrence';
import type { GraphObject } from './collectionQuery';

/** Free/busy as getSchedule and findMeetingTimes compute it ("calendar: getSchedule", "user: findMeetingTimes"). */

const STATUS_RANK: Record<string, number> = { free: 0, tentative: 1, workingElsewhere: 2, busy: 3, oof: 4 };
const STATUS_DIGIT: Record<string, string> = { free: '0', tentative: '1', busy: '2', oof: '3', workingElsewhere: '4' };

function busyInstances(call: GraphCall, u: DirectoryUser, from: Date, to: Date): EventInstance[] {
  return call.ctx.state
    .eventsOf(u.id)
    .flatMap((ev) => instancesInWindow(ev, from, to))
    .filter((i) => !(i.override?.isCancelled ?? i.event.isCancelled))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

function statusOf(i: EventInstance): string {
  return i.override?.showAs ?? i.event.showAs;
}

function parseClock(text: string): { hour: number; minute: number } {
  const m = /^(\d{2}):(\d{2})/.exec(text);
  return { hour: Number(m?.[1] ?? 0), minute: Number(m?.[2] ?? 0) };
}

/** True when [start, end) lies inside one of the user's working days. */
export function withinWorkingHours(u: DirectoryUser, start: Date, end: Date): boolean {
  const zone = toIanaZone(u.workingHours.timeZoneName) ?? 'Etc/UTC';
  const local = toLocal(start, zone);
  const weekday = WEEKDAYS[new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay()];
  if (!u.workingHours.daysOfWeek.map((d) => d.toLowerCase()).includes(weekday)) return false;
  const s = parseClock(u.workingHours.startTime);
  const e = parseClock(u.workingHours.endTime);
  const dayStart = fromLocal({ ...local, hour: s.hour, minute: s.minute, second: 0 }, zone);
  const dayEnd = fromLocal({ ...local, hour: e.hour, minute: e.minute, second: 0 }, zone);
  return start >= dayStart && end <= dayEnd;
}

export function getSchedule(call: GraphCall): GraphObject {
  const input = jsonBody(call.req) ?? {};
  if (!Array.isArray(input.schedules) || input.schedules.length === 0) throw badRequest('The schedules parameter is required.', 'ErrorInvalidParameter');
  if (input.schedules.length > 100) throw badRequest('The number of schedules exceeds the limit of 100.', 'ErrorInvalidParameter');
  const start = parseDateTimeTimeZone(input.startTime, 'startTime');
  const end = parseDateTimeTimeZone(input.endTime, 'endTime');
  if (end.instant <= start.instant) throw badRequest('The end time must be later than the start time.', 'ErrorInvalidParameter');
  const interval = Number(input.availabilityViewInterval ?? 30);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) throw badRequest('availabilityViewInterval must be between 5 and 1440.', 'ErrorInvalidParameter');
  const zoneName = start.zone;
  const zoneIana = toIanaZone(zoneName) ?? 'Etc/UTC';
  const value = input.schedules.map((raw) => {
    const scheduleId = String(raw);
    const u = call.ctx.state.user(scheduleId);
    if (!u) {
      return { scheduleId, availabilityView: '', scheduleItems: [], error: { message: `The user '${scheduleId}' could not be found.`, responseCode: 'ErrorMailRecipientNotFound' } };
    }
    const items = busyInstances(call, u, start.instant, end.instant);
    let view = '';
    for (let t = start.instant.getTime(); t < end.instant.getTime(); t += interval * 60000) {
      const slotEnd = t + interval * 60000;
      let best = 'free';
      for (const i of items) {
        if (i.start.getTime() < slotEnd && i.end.getTime() > t && (STATUS_RANK[statusOf(i)] ?? 3) > (STATUS_RANK[best] ?? 0)) best = statusOf(i);
      }
      view += STATUS_DIGIT[best] ?? '2';
    }
    return {
      scheduleId,
      availabilityView: view,
      scheduleItems: items
        .filter((i) => statusOf(i) !== 'free')
        .map((i) => {
          const isPrivate = i.event.sensitivity === 'private';
          return {
            isPrivate,
            status: statusOf(i),
            subject: isPrivate ? '' : (i.override?.subject ?? i.event.subject),
            location: isPrivate ? '' : (i.override?.location ?? i.event.location).displayName,
            isMeeting: i.event.attendees.length > 0,
            isRecurring: i.event.recurrence !== null,
            isException: i.override !== undefined,
            isReminderSet: i.event.isReminderOn,
            start: dateTimeTimeZone(i.start, zoneName, zoneIana),
            end: dateTimeTimeZone(i.end, zoneName, zoneIana),
          };
        }),
      workingHours: {
        daysOfWeek: u.workingHours.daysOfWeek,
        startTime: u.workingHours.startTime,
        endTime: u.workingHours.endTime,
        timeZone: { name: u.workingHours.timeZoneName },
      },
    };
  });
  return { '@odata.context': `${call.ctx.url}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`, value };
}

function parseDuration(text: unknown): number {
  if (text === undefined) return 30 * 60000;
  const m = typeof text === 'string' ? /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text) : null;
  if (!m) throw badRequest(`The meetingDuration '${String(text)}' is not a valid ISO 8601 duration.`, 'ErrorInvalidParameter');
  const ms = ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60000 + Number(m[4] ?? 0) * 1000;
  if (ms <= 0) throw badRequest('The meetingDuration must be positive.', 'ErrorInvalidParameter');
  return ms;
}

type Availability = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

function availability(call: GraphCall, u: DirectoryUser | undefined, start: Date, end: Date): Availability {
  if (!u) return 'unknown';
  let best: Availability = 'free';
  for (const i of busyInstances(call, u, start, end)) {
    const s = statusOf(i) as Availability;
    if ((STATUS_RANK[s] ?? 3) > (STATUS_RANK[best] ?? 0)) best = s;
  }
  return best;
}

const SLOT_STEP_MS = 30 * 60000;

/** Candidate meeting times where the organizer and enough attendees are free. */
export function findMeetingTimes(call: GraphCall): GraphObject {
  const input = jsonBody(call.req) ?? {};
  const duration = parseDuration(input.meetingDuration);
  const maxCandidates = Number(input.maxCandidates ?? 20);
  const minimumPercent = Number(input.minimumAttendeePercentage ?? 50);
  const organizerOptional = input.isOrganizerOptional === true;
  const returnReasons = input.returnSuggestionReasons === true;
  const rawAttendees = Array.isArray(input.attendees) ? input.attendees : [];
  const attendees = rawAttendees.map((a) => {
    const rec = (a ?? {}) as Record<string, unknown>;
    const email = (rec.emailAddress ?? {}) as Record<string, unknown>;
    const address = String(email.address ?? '');
    return { type: String(rec.type ?? 'required'), address, user: call.ctx.state.user(address) };
  });
  const constraint = (input.timeConstraint ?? {}) as Record<string, unknown>;
  const domain = String(constraint.activityDomain ?? 'work');
  const now = call.ctx.clock.now();
  const windows: { start: Date; end: Date }[] = Array.isArray(constraint.timeSlots) && constraint.timeSlots.length > 0
    ? constraint.timeSlots.map((slot) => {
        const s = (slot ?? {}) as Record<string, unknown>;
        return { start: parseDateTimeTimeZone(s.start, 'start').instant, end: parseDateTimeTimeZone(s.end, 'end').instant };
      })
    : [{ start: now, end: new Date(now.getTime() + 7 * 86400000) }];
  const organizer = call.mailbox;
  const needed = attendees.filter((a) => a.type !== 'resource');
  const suggestions: { start: Date; end: Date; confidence: number; organizer: Availability; each: Availability[] }[] = [];
  let organizerEverFree = false;
  let anyUnknown = false;
  for (const w of windows) {
    const first = Math.max(w.start.getTime(), now.getTime());
    const aligned = Math.ceil(first / SLOT_STEP_MS) * SLOT_STEP_MS;
    for (let t = aligned; t + duration <= w.end.getTime(); t += SLOT_STEP_MS) {
      const start = new Date(t);
      const end = new Date(t + duration);
      if (domain === 'work' && !withinWorkingHours(organizer, start, end)) continue;
      const org = availability(call, organizer, start, end);
      if (org === 'free') organizerEverFree = true;
      if (!organizerOptional && org !== 'free') continue;
      const each = needed.map((a) => {
        if (a.user && domain === 'work' && !withinWorkingHours(a.user, start, end)) return 'busy' as Availability;
        return availability(call, a.user, start, end);
      });
      if (each.includes('unknown')) anyUnknown = true;
      const freeCount = each.filter((x) => x === 'free').length;
      const confidence = needed.length === 0 ? 100 : Math.round((freeCount / needed.length) * 100);
      if (needed.length > 0 && confidence < minimumPercent) continue;
      suggestions.push({ start, end, confidence, organizer: org, each });
    }
  }
  suggestions.sort((a, b) => b.confidence - a.confidence || a.start.getTime() - b.start.getTime());
  const picked = suggestions.slice(0, maxCandidates > 0 ? maxCandidates : 20).sort((a, b) => a.start.getTime() - b.start.getTime());
  let emptySuggestionsReason = '';
  if (picked.length === 0) {
    if (!organizerEverFree && !organizerOptional) emptySuggestionsReason = 'OrganizerUnavailable';
    else if (anyUnknown) emptySuggestionsReason = 'AttendeesUnavailableOrUnknown';
    else emptySuggestionsReason = 'AttendeesUnavailable';
  }
  const zoneName = call.prefs.timeZoneName;
  const zoneIana = call.prefs.timeZoneIana;
  return {
    '@odata.context': `${call.ctx.url}/v1.0/$metadata#microsoft.graph.meetingTimeSuggestionsResult`,
    emptySuggestionsReason,
    meetingTimeSuggestions: picked.map((s) => ({
      confidence: s.confidence,
      organizerAvailability: s.organizer,
      ...(returnReasons
        ? { suggestionReason: s.confidence === 100 ? 'Suggested because it is one of the nearest times when all attendees are available.' : 'Suggested because it is one of the nearest times when most attendees are available.' }
        : {}),
      attendeeAvailability: needed.map((a, i) => ({ attendee: { type: a.type, emailAddress: { address: a.address } }, availability: s.each[i] })),
      locations: [],
      meetingTimeSlot: { start: dateTimeTimeZone(s.start, zoneName, zoneIana), end: dateTimeTimeZone(s.end, zoneName, zoneIana) },
    })),
  };
}
