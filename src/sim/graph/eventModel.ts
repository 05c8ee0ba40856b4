import type { SimContext } from '../simContext';
import type { OccurrenceOverride, StoredEvent } from '../state/mailboxItems';
import { toIanaZone } from '../../time/windowsZones';
import { toLocal, fromLocal } from '../../time/zonedTime';
import type { Preferences } from './preferences';
import { dateTimeTimeZone, graphTimestamp } from './graphDates';
import { formatDateOnly, occurrenceDates, type DateOnly } from './recurrence';
import type { GraphObject } from './collectionQuery';

/** One concrete appearance of an event on the calendar: a single event or an expanded occurrence. */
export interface EventInstance {
  event: StoredEvent;
  /** Set for occurrences and exceptions of a series. */
  originalStart?: Date;
  start: Date;
  end: Date;
  override?: OccurrenceOverride;
}

const OCCURRENCE_PREFIX = 'AAMkOcc';

/** Occurrence ids name the series and the original start, so they stay stable and parseable. */
export function occurrenceId(masterId: string, originalStart: Date): string {
  return OCCURRENCE_PREFIX + Buffer.from(`${masterId}|${originalStart.toISOString()}`).toString('base64url');
}

export function parseOccurrenceId(id: string): { masterId: string; originalStart: Date } | undefined {
  if (!id.startsWith(OCCURRENCE_PREFIX)) return undefined;
  const [masterId, iso] = Buffer.from(id.slice(OCCURRENCE_PREFIX.length), 'base64url').toString('utf8').split('|');
  const t = Date.parse(iso ?? '');
  if (!masterId || Number.isNaN(t)) return undefined;
  return { masterId, originalStart: new Date(t) };
}

export function eventZone(ev: StoredEvent): string {
  const zone = ev.recurrence?.range.recurrenceTimeZone || ev.originalStartTimeZone;
  return toIanaZone(zone) ?? 'Etc/UTC';
}

/** Original starts of a series' occurrences from its first up to `until`. */
export function seriesStarts(ev: StoredEvent, until: Date): Date[] {
  if (!ev.recurrence) return [];
  const zone = eventZone(ev);
  const wall = toLocal(ev.start, zone);
  const u = toLocal(until, zone);
  const untilDate: DateOnly = { year: u.year, month: u.month, day: u.day };
  return occurrenceDates(ev.recurrence, untilDate).map((d) => fromLocal({ ...d, hour: wall.hour, minute: wall.minute, second: wall.second }, zone));
}

/** The occurrence of `ev` that originally starts at `originalStart`, if the series has one there. */
export function occurrenceAt(ev: StoredEvent, originalStart: Date): EventInstance | undefined {
  const starts = seriesStarts(ev, new Date(originalStart.getTime() + 86400000));
  if (!starts.some((s) => s.getTime() === originalStart.getTime())) return undefined;
  const inst = instanceFor(ev, originalStart);
  return inst.override?.deleted ? undefined : inst;
}

function instanceFor(ev: StoredEvent, originalStart: Date): EventInstance {
  const duration = ev.end.getTime() - ev.start.getTime();
  const override = ev.exceptions.get(originalStart.toISOString());
  const start = override?.start ?? originalStart;
  const end = override?.end ?? new Date(start.getTime() + duration);
  return { event: ev, originalStart, start, end, override };
}

function overlaps(start: Date, end: Date, from: Date, to: Date): boolean {
  if (start.getTime() === end.getTime()) return start >= from && start < to;
  return start < to && end > from;
}

/**
 * The instances of one stored event that fall in [from, to): the event itself, or for a
 * series its occurrences and exceptions (moved ones included where they now are).
 * Deleted occurrences are left out; cancelled ones (on attendees' calendars) stay.
 */
export function instancesInWindow(ev: StoredEvent, from: Date, to: Date): EventInstance[] {
  if (!ev.recurrence) return overlaps(ev.start, ev.end, from, to) ? [{ event: ev, start: ev.start, end: ev.end }] : [];
  const duration = ev.end.getTime() - ev.start.getTime();
  // Occurrences moved into the window from far away are found through the exception list.
  const starts = seriesStarts(ev, new Date(to.getTime() + 86400000)).filter((s) => s.getTime() + duration + 86400000 * 2 > from.getTime());
  const seen = new Set<number>();
  const out: EventInstance[] = [];
  const consider = (originalStart: Date): void => {
    if (seen.has(originalStart.getTime())) return;
    seen.add(originalStart.getTime());
    const inst = instanceFor(ev, originalStart);
    if (inst.override?.deleted) return;
    if (overlaps(inst.start, inst.end, from, to)) out.push(inst);
  };
  for (const s of starts) consider(s);
  for (const key of ev.exceptions.keys()) {
    const original = new Date(key);
    if (starts.some((s) => s.getTime() === original.getTime()) || seriesStarts(ev, new Date(original.getTime() + 86400000)).some((s) => s.getTime() === original.getTime())) consider(original);
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * All-day events come back midnight to midnight whatever zone the client prefers (by
 * design in Graph): the date is read in the event's own zone and labelled with the
 * preferred one.
 */
function floatingDate(instant: Date, ev: StoredEvent, zoneName: string): { dateTime: string; timeZone: string } {
  const own = toIanaZone(ev.originalStartTimeZone) ?? 'Etc/UTC';
  const l = toLocal(instant, own);
  return { dateTime: `${formatDateOnly(l)}T00:00:00.0000000`, timeZone: zoneName };
}

function bodyPreview(content: string): string {
  return content.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 255);
}

export function webLink(ctx: SimContext, id: string): string {
  return `${ctx.url}/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`;
}

/** An event or occurrence in Graph's JSON shape ("event resource type"), times in the preferred zone. */
export function renderEvent(ctx: SimContext, inst: EventInstance, prefs: Preferences): GraphObject {
  const ev = inst.event;
  const o = inst.override;
  const isSeriesMember = inst.originalStart !== undefined;
  const id = isSeriesMember ? occurrenceId(ev.id, inst.originalStart as Date) : ev.id;
  const type = !ev.recurrence ? 'singleInstance' : !isSeriesMember ? 'seriesMaster' : o && (o.start || o.end || o.subject || o.body || o.location || o.showAs || o.attendees) ? 'exception' : 'occurrence';
  const body = o?.body ?? ev.body;
  const location = o?.location ?? ev.location;
  const changeKey = o ? Buffer.from(`${ev.changeKey}|${o.lastModified.getTime()}`).toString('base64').slice(0, 28) : ev.changeKey;
  const zoneName = prefs.timeZoneName;
  const zoneIana = prefs.timeZoneIana;
  const renderedBody =
    prefs.bodyContentType === 'text' && body.contentType.toLowerCase() === 'html'
      ? { contentType: 'text', content: bodyPreview(body.content) }
      : body;
  return {
    '@odata.etag': `W/"${changeKey}"`,
    id,
    createdDateTime: graphTimestamp(ev.createdDateTime),
    lastModifiedDateTime: graphTimestamp(o?.lastModified ?? ev.lastModifiedDateTime),
    changeKey,
    categories: ev.categories,
    transactionId: ev.transactionId,
    originalStartTimeZone: ev.originalStartTimeZone,
    originalEndTimeZone: ev.originalEndTimeZone,
    iCalUId: ev.iCalUId,
    uid: ev.iCalUId,
    reminderMinutesBeforeStart: ev.reminderMinutesBeforeStart,
    isReminderOn: ev.isReminderOn,
    hasAttachments: false,
    subject: o?.subject ?? ev.subject,
    bodyPreview: bodyPreview(body.content),
    importance: ev.importance,
    sensitivity: ev.sensitivity,
    isAllDay: ev.isAllDay,
    isCancelled: o?.isCancelled ?? ev.isCancelled,
    isOrganizer: ev.isOrganizer,
    responseRequested: ev.responseRequested,
    seriesMasterId: isSeriesMember ? ev.id : null,
    showAs: o?.showAs ?? ev.showAs,
    type,
    webLink: webLink(ctx, id),
    onlineMeetingUrl: null,
    isOnlineMeeting: ev.isOnlineMeeting,
    onlineMeetingProvider: ev.onlineMeetingProvider,
    allowNewTimeProposals: ev.allowNewTimeProposals,
    occurrenceId: isSeriesMember ? `OID.${ev.id}.${formatDateOnly(toLocal(inst.originalStart as Date, eventZone(ev)))}` : null,
    isDraft: false,
    hideAttendees: false,
    ...(isSeriesMember ? { originalStart: graphTimestamp(inst.originalStart as Date) } : {}),
    responseStatus: o?.responseStatus ?? ev.responseStatus,
    body: renderedBody,
    start: ev.isAllDay ? floatingDate(inst.start, ev, zoneName) : dateTimeTimeZone(inst.start, zoneName, zoneIana),
    end: ev.isAllDay ? floatingDate(inst.end, ev, zoneName) : dateTimeTimeZone(inst.end, zoneName, zoneIana),
    location,
    locations: o?.location ? [o.location] : ev.locations,
    recurrence: isSeriesMember ? null : ev.recurrence,
    attendees: o?.attendees ?? ev.attendees,
    organizer: ev.organizer,
    onlineMeeting: ev.onlineMeeting,
  };
}
