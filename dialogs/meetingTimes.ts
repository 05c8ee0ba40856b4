import type * as Graph from '@microsoft/microsoft-graph-types';
import type { Person } from '../src/graph/directory';
import type { MailboxGraph } from '../src/graph/graphClientFactory';
import type { MailboxProfile } from '../src/graph/mailboxProfile';
import { getWorkingHoursOf } from '../src/graph/mailboxSettings';
import { getSchedules } from '../src/graph/schedule';
import type { WorkingWindow } from '../src/scheduling/freeSlots';
import { suggestMeetingTimes, type MeetingTimeSuggestionsResult, type Participant } from '../src/scheduling/meetingSuggestions';
import { toIanaZone } from '../src/time/windowsZones';
import { workingWindow } from './scheduleCheck';

/** Graph's workingHours as a window in the person's own IANA zone; undefined without hours. */
export function windowOfWorkingHours(wh: Graph.WorkingHours | undefined): WorkingWindow | undefined {
  if (!wh?.startTime || !wh.endTime || !wh.daysOfWeek?.length) return undefined;
  const zone = (wh.timeZone?.name && toIanaZone(wh.timeZone.name)) || undefined;
  if (!zone) return undefined;
  return {
    daysOfWeek: wh.daysOfWeek.map((d) => String(d).toLowerCase()),
    startTime: wh.startTime.slice(0, 5),
    endTime: wh.endTime.slice(0, 5),
    timeZone: zone,
  };
}

/**
 * Times the user and `attendees` could meet between `from` and `until`. Busy times come
 * from getSchedule and working hours from each person's mailbox settings (getSchedule's
 * copy when their settings cannot be read): findMeetingTimes would do both, but Graph
 * allows it only with delegated tokens and the assistant runs on application permissions.
 */
export async function findMeetingTimes(
  mailbox: MailboxGraph,
  profile: MailboxProfile,
  attendees: Person[],
  from: Date,
  until: Date,
  durationMinutes: number,
  maxCandidates = 5,
): Promise<MeetingTimeSuggestionsResult> {
  const me = profile.mail ?? '';
  const addresses = [...new Set([me, ...attendees.map((a) => a.address)].filter(Boolean))];
  const [schedules, ...hours] = await Promise.all([
    getSchedules(mailbox, addresses, from, until),
    ...attendees.map((a) => getWorkingHoursOf(mailbox, a.address)),
  ]);
  const byAddress = new Map(schedules.map((s) => [s.address, s]));
  const participants: Participant[] = [
    { address: me, name: 'you', isOrganizer: true, busy: byAddress.get(me)?.busy ?? [], hours: workingWindow(profile), calendarKnown: true },
    ...attendees.map((a, i) => {
      const schedule = byAddress.get(a.address);
      return {
        address: a.address,
        name: a.name === a.address ? a.address : a.name.split(' ')[0],
        isOrganizer: false,
        busy: schedule?.busy ?? [],
        hours: windowOfWorkingHours(hours[i]) ?? windowOfWorkingHours(schedule?.workingHours),
        calendarKnown: schedule !== undefined && schedule.error === undefined,
      };
    }),
  ];
  return suggestMeetingTimes({ participants, from, until, durationMinutes, maxCandidates });
}
