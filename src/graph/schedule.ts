import type * as Graph from '@microsoft/microsoft-graph-types';
import { formatGraphDateTime } from '../time/zonedTime';
import type { MailboxGraph } from './graphClientFactory';

export interface BusyInterval {
  start: Date;
  end: Date;
  status: string;
}

export interface PersonSchedule {
  address: string;
  busy: BusyInterval[];
  /** Set when Graph could not read this person's calendar (unknown address, no permission). */
  error: string | undefined;
  /** Their working hours as getSchedule reports them, in their own zone; absent for people outside the organisation. */
  workingHours?: Graph.WorkingHours;
}

function instant(dt: Graph.DateTimeTimeZone | null | undefined): Date {
  // Asked for in UTC, so the wall time is UTC.
  return new Date(`${(dt?.dateTime ?? '').slice(0, 19)}Z`);
}

/**
 * Busy times of several people between two instants (getSchedule: works with
 * application permissions, unlike findMeetingTimes). Free time is not listed.
 */
export async function getSchedules(mailbox: MailboxGraph, addresses: string[], start: Date, end: Date): Promise<PersonSchedule[]> {
  const response = (await mailbox.client.api(mailbox.path('/calendar/getSchedule')).post({
    schedules: addresses,
    startTime: { dateTime: formatGraphDateTime(start, 'UTC'), timeZone: 'UTC' },
    endTime: { dateTime: formatGraphDateTime(end, 'UTC'), timeZone: 'UTC' },
    availabilityViewInterval: 30,
  })) as { value: Graph.ScheduleInformation[] };
  return response.value.map((info) => ({
    address: (info.scheduleId ?? '').toLowerCase(),
    busy: (info.scheduleItems ?? [])
      .filter((item) => item.status !== 'free')
      .map((item) => ({ start: instant(item.start), end: instant(item.end), status: item.status ?? 'busy' })),
    error: info.error?.message ?? info.error?.responseCode ?? undefined,
    workingHours: info.workingHours ?? undefined,
  }));
}
