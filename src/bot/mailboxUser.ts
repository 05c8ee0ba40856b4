import type { Activity } from 'botbuilder';
import type { MailboxUser } from '../auth/tokenProvider';

/** The Entra ID identity behind a Teams activity, or undefined when Teams did not send one. */
export function mailboxUserOf(activity: Activity): MailboxUser | undefined {
  const aadObjectId = activity.from?.aadObjectId;
  const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenantId = activity.conversation?.tenantId ?? (typeof channelTenant === 'string' ? channelTenant : undefined);
  if (!aadObjectId || !tenantId) return undefined;
  return { tenantId, aadObjectId };
}
