import type * as Graph from '@microsoft/microsoft-graph-types';
import { toIanaZone } from '../time/windowsZones';
import type { MailboxGraph } from './graphClientFactory';

export interface UserTimeSettings {
  /** IANA name, e.g. "America/Los_Angeles". */
  timeZone: string;
  /** The name the mailbox uses (usually Windows, e.g. "Pacific Standard Time"). */
  mailboxTimeZone: string;
  workingHours: Graph.WorkingHours | undefined;
}

/** The mailbox's time zone (mapped to IANA) and working hours; UTC when the mailbox has none set. */
export async function getTimeSettings(mailbox: MailboxGraph): Promise<UserTimeSettings> {
  const settings = (await mailbox.client
    .api(mailbox.path('/mailboxSettings'))
    .select(['timeZone', 'workingHours'])
    .get()) as Graph.MailboxSettings;
  const mailboxTimeZone = settings.timeZone ?? 'UTC';
  return {
    timeZone: toIanaZone(mailboxTimeZone) ?? 'Etc/UTC',
    mailboxTimeZone,
    workingHours: settings.workingHours ?? undefined,
  };
}


/**
 * Another person's working hours, read from their mailbox settings with the application
 * token (MailboxSettings.Read); undefined when their mailbox cannot be read (a guest, an
 * address that is not their user principal name), so callers fall back to getSchedule's copy.
 */
export async function getWorkingHoursOf(mailbox: MailboxGraph, address: string): Promise<Graph.WorkingHours | undefined> {
  try {
    const settings = (await mailbox.client
      .api(`/users/${encodeURIComponent(address)}/mailboxSettings`)
      .select(['workingHours'])
      .get()) as Graph.MailboxSettings;
    return settings.workingHours ?? undefined;
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 404 || status === 403 || status === 400) return undefined;
    throw error;
  }
}
