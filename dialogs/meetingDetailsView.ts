import type * as Graph from '@microsoft/microsoft-graph-types';
import { joinLinkOf } from '../src/graph/calendar';
import type { Fact, MeetingDetailsCardData, MeetingMoveFormCardData } from '../cards/cardTemplates';
import { toLocal } from '../src/time/zonedTime';
import { scopeFields, type AgendaScope } from './agendaView';
import { eventInterval, isInSeries, isOrganizer } from './meetingChange';
import { recurrenceText, timeRangeText, zoneDisplayName } from './timeText';
import type { TurnUser } from './turnUser';

const RESPONSES: Record<string, string> = {
  accepted: 'Accepted',
  tentativelyAccepted: 'Tentative',
  declined: 'Declined',
  organizer: 'Organizer',
  none: 'No response',
  notResponded: 'No response',
};

function whenText(e: Graph.Event, user: TurnUser): string {
  const when = eventInterval(e, user.profile.timeZone);
  return when ? timeRangeText(when.start, when.end, user.profile.timeZone, user.locale, e.isAllDay === true) : '';
}

function cancelWord(mine: boolean, attendees: number): string {
  return !mine ? 'Decline' : attendees > 0 ? 'Cancel' : 'Delete';
}

/** The details card's data for one event read with times in the user's zone; `from`: the agenda it was opened from. */
export function meetingDetailsCardData(e: Graph.Event, user: TurnUser, from?: AgendaScope): MeetingDetailsCardData {
  const mine = isOrganizer(e, user);
  const me = (user.profile.mail ?? '').toLowerCase();
  const facts: Fact[] = [{ label: 'When', value: whenText(e, user) }];
  if (e.recurrence) facts.push({ label: 'Repeats', value: recurrenceText(e.recurrence) });
  else if (isInSeries(e)) facts.push({ label: 'Repeats', value: 'Part of a series' });
  const place = [e.location?.displayName, e.isOnlineMeeting ? 'Microsoft Teams meeting' : ''].filter((p) => p).join(' · ');
  if (place) facts.push({ label: 'Where', value: place });
  const organizer = e.organizer?.emailAddress?.name ?? e.organizer?.emailAddress?.address ?? '';
  facts.push({ label: 'Organizer', value: mine ? `${organizer || user.profile.displayName} (you)` : organizer });
  if (!mine) facts.push({ label: 'You', value: RESPONSES[String(e.responseStatus?.response ?? 'none')] ?? 'No response' });
  if (e.isCancelled) facts.push({ label: 'Status', value: 'Cancelled' });
  const attendees = (e.attendees ?? [])
    .filter((a) => (a.emailAddress?.address ?? '').toLowerCase() !== me)
    .map((a) => ({ name: a.emailAddress?.name || a.emailAddress?.address || '', response: RESPONSES[String(a.status?.response ?? 'none')] ?? 'No response' }));
  const open = !e.isCancelled;
  return {
    eventId: e.id ?? '',
    subject: e.subject?.trim() || '(no subject)',
    facts,
    attendees,
    joinUrl: joinLinkOf(e) ?? '',
    canMove: open && mine,
    cancelLabel: !open ? '' : isInSeries(e) ? `${cancelWord(mine, attendees.length)} this one` : mine && attendees.length > 0 ? 'Cancel meeting' : cancelWord(mine, attendees.length),
    seriesCancelLabel: open && isInSeries(e) ? `${cancelWord(mine, attendees.length)} the series` : '',
    ...scopeFields(from),
  };
}

/** The move form's data: the event's current day and time as the inputs' starting values; `from` as for the details. */
export function meetingMoveFormCardData(e: Graph.Event, user: TurnUser, from?: AgendaScope): MeetingMoveFormCardData {
  const when = eventInterval(e, user.profile.timeZone);
  const l = toLocal(when?.start ?? new Date(0), user.profile.timeZone);
  const two = (n: number): string => String(n).padStart(2, '0');
  return {
    eventId: e.id ?? '',
    subject: e.subject?.trim() || '(no subject)',
    currentTime: whenText(e, user),
    date: `${l.year}-${two(l.month)}-${two(l.day)}`,
    time: `${two(l.hour)}:${two(l.minute)}`,
    zoneName: zoneDisplayName(user.profile.timeZone, user.locale),
    inSeries: isInSeries(e),
    ...scopeFields(from),
  };
}
