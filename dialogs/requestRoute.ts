import type { CalendarRequest, Intent, Recognition } from '../src/nlu/types';
import type { MeetingChangeOptions } from './meetingChangeDialog';

export type OfficeHoursAction = 'create' | 'show' | 'end' | 'change';
export type CalendarsAction = CalendarRequest['action'];

/** Which capability a recognised message is for; read from the Recognition alone, never from the words. */
export type RequestRoute =
  | { kind: 'meeting'; options: MeetingChangeOptions }
  | { kind: 'findTime' }
  | { kind: 'officeHours'; action: OfficeHoursAction }
  | { kind: 'calendars'; action: CalendarsAction; name: string }
  | { kind: 'createEvent' }
  | { kind: 'agenda' };

const OFFICE_HOURS: Partial<Record<Intent, OfficeHoursAction>> = {
  'calendar.create': 'create',
  'calendar.query': 'show',
  'calendar.update': 'change',
  'calendar.cancel': 'end',
};

/**
 * Office hours and calendars first (the recogniser marks them on an ordinary calendar
 * intent), then one existing meeting (a change, a cancellation, an answer, or a question
 * naming it), then the intent's own dialog. Undefined: no calendar capability.
 */
export function routeOf(recognition: Recognition): RequestRoute | undefined {
  const { intent, entities } = recognition;
  const officeHours = entities.officeHours ? OFFICE_HOURS[intent] : undefined;
  if (officeHours) return { kind: 'officeHours', action: officeHours };
  if (entities.calendar) return { kind: 'calendars', action: entities.calendar.action, name: entities.calendar.name ?? '' };
  switch (intent) {
    case 'calendar.update': {
      const change = entities.change;
      const attendees = change?.addAttendees !== undefined || change?.removeAttendees !== undefined;
      const edit = change?.subject !== undefined || change?.location !== undefined || change?.online === true || change?.reminderMinutes !== undefined || change?.reminderOff === true || change?.reminderOn === true;
      return { kind: 'meeting', options: { request: attendees ? 'attendees' : change?.recurrence ? 'repeat' : edit ? 'edit' : 'move', entities } };
    }
    case 'calendar.cancel':
      return { kind: 'meeting', options: { request: 'cancel', entities } };
    case 'calendar.respond':
      return { kind: 'meeting', options: { request: 'respond', entities } };
    case 'calendar.query':
      return entities.target ? { kind: 'meeting', options: { request: 'details', entities } } : { kind: 'agenda' };
    case 'calendar.findTime':
      return { kind: 'findTime' };
    case 'calendar.create':
      return { kind: 'createEvent' };
    default:
      return undefined;
  }
}

/**
 * Requests that name themselves as new, so they set a pending question aside whatever the
 * model's confidence: office hours, calendars, who is invited, and a change, cancellation or
 * answer that names its meeting ("push the budget review to Thursday" while the bot asks when
 * another meeting should move). Answers to the bot's questions ("Thursday at 3", "to 4pm",
 * "30 minutes later") name no meeting.
 */
export function namesItself(recognition: Recognition): boolean {
  const { intent, entities } = recognition;
  const { officeHours, calendar, change, target } = entities;
  const acting = intent === 'calendar.update' || intent === 'calendar.cancel' || intent === 'calendar.respond';
  const namesMeeting = acting && (target?.kind === 'subject' || target?.kind === 'time' || target?.kind === 'person' || target?.kind === 'all');
  return officeHours === true || calendar !== undefined || change?.addAttendees !== undefined || change?.removeAttendees !== undefined || namesMeeting;
}
