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
 * Mailbox time settings change rarely but are needed on every turn (to read "tomorrow"
 * in the user's zone), so they are kept for a few minutes per user.
 */
export class TimeSettingsCache {
  private readonly entries = new Map<string, { settings: UserTimeSettings; fetchedAt: number }>();

  constructor(
    private readonly now: () => Date,
    private readonly ttlMs = 10 * 60 * 1000,
  ) {}

  async get(mailbox: MailboxGraph): Promise<UserTimeSettings> {
    const key = `${mailbox.user.tenantId}/${mailbox.user.aadObjectId}`;
    const hit = this.entries.get(key);
    const t = this.now().getTime();
    if (hit && t - hit.fetchedAt < this.ttlMs) return hit.settings;
    const settings = await getTimeSettings(mailbox);
    this.entries.set(key, { settings, fetchedAt: t });
    return settings;
  }
}
