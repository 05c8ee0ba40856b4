import type * as Graph from '@microsoft/microsoft-graph-types';
import type { MailboxGraph } from './graphClientFactory';
import { getTimeSettings, type UserTimeSettings } from './mailboxSettings';

/** Who the user is and how their mailbox keeps time: what every turn needs. */
export interface MailboxProfile extends UserTimeSettings {
  displayName: string;
  givenName: string | undefined;
  /** Primary SMTP address, lower case; tells the user apart from others in attendee lists. */
  mail: string | undefined;
}

export async function getMailboxProfile(mailbox: MailboxGraph): Promise<MailboxProfile> {
  const [user, settings] = await Promise.all([
    mailbox.client.api(mailbox.path('')).select(['displayName', 'givenName', 'mail', 'userPrincipalName']).get() as Promise<Graph.User>,
    getTimeSettings(mailbox),
  ]);
  return {
    ...settings,
    displayName: user.displayName ?? '',
    givenName: user.givenName ?? undefined,
    mail: (user.mail ?? user.userPrincipalName ?? undefined)?.toLowerCase(),
  };
}

/**
 * Profiles change rarely but are needed on every turn (to read "tomorrow" in the
 * user's zone), so each is kept for a few minutes per user.
 */
export class MailboxProfileCache {
  private readonly entries = new Map<string, { profile: MailboxProfile; fetchedAt: number }>();

  constructor(
    private readonly now: () => Date,
    private readonly ttlMs = 10 * 60 * 1000,
  ) {}

  async get(mailbox: MailboxGraph): Promise<MailboxProfile> {
    const key = `${mailbox.user.tenantId}/${mailbox.user.aadObjectId}`;
    const hit = this.entries.get(key);
    const t = this.now().getTime();
    if (hit && t - hit.fetchedAt < this.ttlMs) return hit.profile;
    const profile = await getMailboxProfile(mailbox);
    this.entries.set(key, { profile, fetchedAt: t });
    return profile;
  }
}
