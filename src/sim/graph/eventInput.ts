import type { SimContext } from '../simContext';
import type { DirectoryUser } from '../state/directory';
import type { Attendee, Location, StoredEvent } from '../state/mailboxItems';
import { badRequest } from './graphError';
import { parseDateTimeTimeZone } from './graphDates';
import { normalizeRecurrence, recurrenceProblem } from './recurrence';
import { recipientOf } from './mailDelivery';
import { toIanaZone } from '../../time/windowsZones';
import { toLocal } from '../../time/zonedTime';

const NEVER = '0001-01-01T00:00:00Z';

function isMidnight(instant: Date, zone: string): boolean {
  const l = toLocal(instant, toIanaZone(zone) ?? 'Etc/UTC');
  return l.hour === 0 && l.minute === 0 && l.second === 0;
}

function str(v: unknown, fallback: string): string {
  return typeof v === 'string' ? v : fallback;
}

function location(v: unknown): Location {
  const l = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const out: Location = { displayName: str(l.displayName, ''), locationType: str(l.locationType, 'default'), uniqueIdType: str(l.uniqueIdType, 'unknown') };
  if (typeof l.uniqueId === 'string') out.uniqueId = l.uniqueId;
  else if (out.displayName) out.uniqueId = out.displayName;
  if (l.address && typeof l.address === 'object') out.address = l.address as Record<string, string>;
  return out;
}

function attendees(v: unknown, existing: Attendee[]): Attendee[] {
  if (!Array.isArray(v)) throw badRequest('attendees must be a collection.', 'BadRequest');
  return v.map((a) => {
    const rec = (a ?? {}) as Record<string, unknown>;
    const email = (rec.emailAddress ?? {}) as Record<string, unknown>;
    const address = str(email.address, '');
    if (!address) throw badRequest('An attendee must have an email address.', 'ErrorInvalidRecipients');
    const before = existing.find((e) => e.emailAddress.address.toLowerCase() === address.toLowerCase());
    const type = str(rec.type, 'required');
    return {
      type: (['required', 'optional', 'resource'].includes(type) ? type : 'required') as Attendee['type'],
      status: before?.status ?? { response: 'none', time: NEVER },
      emailAddress: { name: str(email.name, address), address },
    };
  });
}

function teamsJoinUrl(ctx: SimContext, ev: StoredEvent): string {
  const thread = Buffer.from(ev.iCalUId).toString('base64url').slice(0, 40);
  const context = encodeURIComponent(JSON.stringify({ Tid: '00000000-0000-0000-0000-0000000000001', Oid: ev.organizer.emailAddress.address }));
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=${context}`;
}

/** A new, empty event owned by `owner` in `calendarId`, to be filled from the request body. */
export function blankEvent(ctx: SimContext, owner: DirectoryUser, calendarId: string): StoredEvent {
  const now = ctx.clock.now();
  const id = ctx.state.nextId('event');
  return {
    id,
    ownerId: owner.id,
    calendarId,
    iCalUId: `040000008200E00074C5B7101A82E008${Buffer.from(id).toString('hex').slice(0, 56).toUpperCase()}`,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: ctx.state.nextChangeKey(),
    subject: '',
    body: { contentType: 'html', content: '' },
    start: now,
    end: now,
    originalStartTimeZone: 'UTC',
    originalEndTimeZone: 'UTC',
    isAllDay: false,
    location: { displayName: '', locationType: 'default', uniqueIdType: 'unknown' },
    locations: [],
    attendees: [],
    organizer: recipientOf(owner),
    isOrganizer: true,
    showAs: 'busy',
    importance: 'normal',
    sensitivity: 'normal',
    categories: [],
    isReminderOn: true,
    reminderMinutesBeforeStart: 15,
    responseRequested: true,
    responseStatus: { response: 'organizer', time: NEVER },
    allowNewTimeProposals: true,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    onlineMeeting: null,
    recurrence: null,
    isCancelled: false,
    transactionId: null,
    exceptions: new Map(),
  };
}

/**
 * Applies the writable properties of an event body (POST or PATCH) to `ev`. `creating`
 * demands start and end. Returns the names of the properties that changed.
 */
export function applyEventInput(ctx: SimContext, ev: StoredEvent, input: Record<string, unknown>, creating: boolean): Set<string> {
  const changed = new Set<string>();
  if (creating && (input.start === undefined || input.end === undefined)) {
    throw badRequest('Your request can\'t be completed. An event needs both a start and an end time.', 'ErrorInvalidRequest');
  }
  if (typeof input.subject === 'string') ev.subject = input.subject;
  if (input.body && typeof input.body === 'object') {
    const b = input.body as Record<string, unknown>;
    ev.body = { contentType: str(b.contentType, 'text').toLowerCase() === 'html' ? 'html' : 'text', content: str(b.content, '') };
  }
  if (input.start !== undefined) {
    const s = parseDateTimeTimeZone(input.start, 'start');
    ev.start = s.instant;
    ev.originalStartTimeZone = s.zone;
  }
  if (input.end !== undefined) {
    const e = parseDateTimeTimeZone(input.end, 'end');
    ev.end = e.instant;
    ev.originalEndTimeZone = e.zone;
  }
  if (ev.end < ev.start) throw badRequest('The end time of the event must be later than its start time.', 'ErrorInvalidRequest');
  if (typeof input.isAllDay === 'boolean') ev.isAllDay = input.isAllDay;
  if (ev.isAllDay && (!isMidnight(ev.start, ev.originalStartTimeZone) || !isMidnight(ev.end, ev.originalEndTimeZone) || ev.end.getTime() === ev.start.getTime())) {
    throw badRequest('An all-day event must start and end at midnight, at least one day apart.', 'ErrorPropertyValidationFailure');
  }
  if (input.location !== undefined) {
    ev.location = location(input.location);
    if (input.locations === undefined) ev.locations = ev.location.displayName ? [ev.location] : [];
  }
  if (Array.isArray(input.locations)) {
    ev.locations = input.locations.map(location);
    if (input.location === undefined) ev.location = ev.locations[0] ?? location({});
  }
  if (input.attendees !== undefined) ev.attendees = attendees(input.attendees, ev.attendees);
  for (const key of ['showAs', 'importance', 'sensitivity'] as const) {
    if (typeof input[key] === 'string') ev[key] = input[key] as string;
  }
  if (Array.isArray(input.categories)) ev.categories = input.categories.map(String);
  if (typeof input.isReminderOn === 'boolean') ev.isReminderOn = input.isReminderOn;
  if (typeof input.reminderMinutesBeforeStart === 'number') ev.reminderMinutesBeforeStart = input.reminderMinutesBeforeStart;
  if (typeof input.responseRequested === 'boolean') ev.responseRequested = input.responseRequested;
  if (typeof input.allowNewTimeProposals === 'boolean') ev.allowNewTimeProposals = input.allowNewTimeProposals;
  if (input.recurrence !== undefined) {
    const r = normalizeRecurrence(input.recurrence, ev.originalStartTimeZone);
    if (r) {
      const problem = recurrenceProblem(r);
      if (problem) throw badRequest(problem, 'ErrorPropertyValidationFailure');
    }
    ev.recurrence = r;
  }
  if (typeof input.onlineMeetingProvider === 'string') ev.onlineMeetingProvider = input.onlineMeetingProvider;
  if (typeof input.isOnlineMeeting === 'boolean') {
    ev.isOnlineMeeting = input.isOnlineMeeting;
    if (ev.isOnlineMeeting) {
      if (ev.onlineMeetingProvider === 'unknown') ev.onlineMeetingProvider = 'teamsForBusiness';
      ev.onlineMeeting = ev.onlineMeeting ?? { joinUrl: teamsJoinUrl(ctx, ev) };
    } else {
      ev.onlineMeeting = null;
      ev.onlineMeetingProvider = 'unknown';
    }
  }
  if (creating && typeof input.transactionId === 'string') ev.transactionId = input.transactionId;
  for (const k of Object.keys(input)) changed.add(k);
  ev.lastModifiedDateTime = ctx.clock.now();
  ev.changeKey = ctx.state.nextChangeKey();
  return changed;
}
