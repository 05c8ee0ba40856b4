import type { SimContext } from '../simContext';
import type { DirectoryUser } from '../state/directory';
import type { Recipient, StoredMessage } from '../state/mailboxItems';

export interface OutgoingMessage {
  odataType?: StoredMessage['odataType'];
  meetingMessageType?: string | null;
  eventId?: string | null;
  subject: string;
  body: { contentType: string; content: string };
  from: Recipient;
  toRecipients: Recipient[];
  ccRecipients?: Recipient[];
  bccRecipients?: Recipient[];
  replyTo?: Recipient[];
  importance?: string;
  conversationId?: string;
  internetMessageId?: string;
}

export function recipientOf(u: DirectoryUser): Recipient {
  return { emailAddress: { name: u.displayName, address: u.mail } };
}

/** Places a received copy of a message in one mailbox's folder (the inbox unless told). */
export function deliver(ctx: SimContext, to: DirectoryUser, msg: OutgoingMessage, folderName = 'inbox', sentAt: Date = ctx.clock.now()): StoredMessage | undefined {
  const folder = ctx.state.wellKnownFolder(to.id, folderName);
  if (!folder) return undefined;
  const stored: StoredMessage = {
    id: ctx.state.nextId('msg'),
    ownerId: to.id,
    folderId: folder.id,
    odataType: msg.odataType ?? '#microsoft.graph.message',
    meetingMessageType: msg.meetingMessageType ?? null,
    eventId: msg.eventId ?? null,
    subject: msg.subject,
    body: msg.body,
    from: msg.from,
    toRecipients: msg.toRecipients,
    ccRecipients: msg.ccRecipients ?? [],
    bccRecipients: folderName === 'sentitems' ? (msg.bccRecipients ?? []) : [],
    replyTo: msg.replyTo ?? [],
    receivedDateTime: sentAt,
    sentDateTime: sentAt,
    createdDateTime: sentAt,
    lastModifiedDateTime: sentAt,
    changeKey: ctx.state.nextChangeKey(),
    isRead: folderName === 'sentitems',
    isDraft: false,
    importance: msg.importance ?? 'normal',
    internetMessageId: msg.internetMessageId ?? `<${ctx.state.nextId('imid').slice(5, 25)}@sim.example.com>`,
    conversationId: msg.conversationId ?? ctx.state.nextId('conv'),
    categories: [],
    flag: { flagStatus: 'notFlagged' },
  };
  ctx.state.messages.set(stored.id, stored);
  if (folderName !== 'sentitems') {
    ctx.state.deliveries.push({ kind: 'mail', at: sentAt.toISOString(), to: to.mail, subject: msg.subject, payload: { messageId: stored.id, from: msg.from.emailAddress.address, meetingMessageType: stored.meetingMessageType } });
  }
  ctx.onChange?.(to.id, 'messages', stored.id, 'created');
  return stored;
}
