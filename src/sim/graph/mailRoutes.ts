import { jsonBody } from '../http/exchange';
import type { Recipient, StoredFolder, StoredMessage } from '../state/mailboxItems';
import type { GraphCall, GraphResult } from './graphCall';
import { GraphFailure, badRequest, notFound, requireWellFormedId } from './graphError';
import { applySelect, queryCollection, type GraphObject } from './collectionQuery';
import { PERMISSIONS, requirePermission } from './permissions';
import { graphTimestamp } from './graphDates';
import { deliver, recipientOf, type OutgoingMessage } from './mailDelivery';
import { deltaRound } from './deltaQuery';

/** Mail per "message resource type", "mailFolder resource type" and the user: sendMail action. */

export const WELL_KNOWN_FOLDERS: { name: string; displayName: string }[] = [
  { name: 'inbox', displayName: 'Inbox' },
  { name: 'drafts', displayName: 'Drafts' },
  { name: 'sentitems', displayName: 'Sent Items' },
  { name: 'deleteditems', displayName: 'Deleted Items' },
  { name: 'archive', displayName: 'Archive' },
  { name: 'junkemail', displayName: 'Junk Email' },
  { name: 'outbox', displayName: 'Outbox' },
];
export const MSGFOLDERROOT = 'msgfolderroot';

function metadata(call: GraphCall): string {
  return `${call.ctx.url}/v1.0/$metadata#users('${call.mailbox.id}')`;
}

function ok(body: unknown, status = 200): GraphResult {
  return { status, body };
}

function bodyPreview(content: string): string {
  return content.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 255);
}

export function renderMessage(call: GraphCall, m: StoredMessage): GraphObject {
  const body = call.prefs.bodyContentType === 'text' && m.body.contentType === 'html' ? { contentType: 'text', content: bodyPreview(m.body.content) } : m.body;
  const out: GraphObject = {
    '@odata.etag': `W/"${m.changeKey}"`,
    ...(m.odataType !== '#microsoft.graph.message' ? { '@odata.type': m.odataType } : {}),
    id: m.id,
    createdDateTime: graphTimestamp(m.createdDateTime).replace(/\.\d+Z$/, 'Z'),
    lastModifiedDateTime: graphTimestamp(m.lastModifiedDateTime).replace(/\.\d+Z$/, 'Z'),
    changeKey: m.changeKey,
    categories: m.categories,
    receivedDateTime: m.receivedDateTime.toISOString().replace(/\.\d+Z$/, 'Z'),
    sentDateTime: m.sentDateTime ? m.sentDateTime.toISOString().replace(/\.\d+Z$/, 'Z') : null,
    hasAttachments: false,
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    bodyPreview: bodyPreview(m.body.content),
    importance: m.importance,
    parentFolderId: m.folderId,
    conversationId: m.conversationId,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: m.isRead,
    isDraft: m.isDraft,
    webLink: `${call.ctx.url}/owa/?ItemID=${encodeURIComponent(m.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body,
    sender: m.from,
    from: m.from,
    toRecipients: m.toRecipients,
    ccRecipients: m.ccRecipients,
    bccRecipients: m.bccRecipients,
    replyTo: m.replyTo,
    flag: m.flag,
  };
  if (m.meetingMessageType) out.meetingMessageType = m.meetingMessageType;
  return out;
}

function folderFor(call: GraphCall, idOrName: string): StoredFolder {
  const state = call.ctx.state;
  const f = state.wellKnownFolder(call.mailbox.id, idOrName) ?? state.folders.get(idOrName);
  if (!f || f.ownerId !== call.mailbox.id) throw notFound('ErrorItemNotFound', 'The specified object was not found in the store.');
  return f;
}

function renderFolder(call: GraphCall, f: StoredFolder): GraphObject {
  const state = call.ctx.state;
  const inFolder = [...state.messages.values()].filter((m) => m.folderId === f.id);
  return {
    id: f.id,
    displayName: f.displayName,
    parentFolderId: f.parentFolderId,
    childFolderCount: state.foldersOf(call.mailbox.id).filter((c) => c.parentFolderId === f.id).length,
    unreadItemCount: inFolder.filter((m) => !m.isRead).length,
    totalItemCount: inFolder.length,
    sizeInBytes: inFolder.reduce((n, m) => n + m.body.content.length + m.subject.length, 0),
    isHidden: false,
  };
}

function messageById(call: GraphCall, id: string): StoredMessage {
  requireWellFormedId(id);
  const m = call.ctx.state.messages.get(id);
  if (!m || m.ownerId !== call.mailbox.id) throw notFound();
  return m;
}

function searchMessage(item: GraphObject, term: string): boolean {
  const t = term.toLowerCase();
  const from = (item.from ?? {}) as { emailAddress?: { name?: string; address?: string } };
  const body = (item.body ?? {}) as { content?: string };
  return [item.subject, body.content, from.emailAddress?.name, from.emailAddress?.address].some((v) => typeof v === 'string' && v.toLowerCase().includes(t));
}

function listMessages(call: GraphCall, folder: StoredFolder | undefined): GraphObject {
  const msgs = [...call.ctx.state.messages.values()].filter((m) => m.ownerId === call.mailbox.id && (folder ? m.folderId === folder.id : true));
  const items = msgs.map((m) => renderMessage(call, m));
  return queryCollection(call.req, call.prefs, items, {
    defaultPageSize: 10,
    url: call.ctx.url,
    context: `${metadata(call)}/messages`,
    defaultOrder: (a, b) => String(b.receivedDateTime).localeCompare(String(a.receivedDateTime)),
    search: searchMessage,
    exchangeSortRules: true,
  });
}

function recipients(v: unknown): Recipient[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw badRequest('Recipients must be a collection.', 'ErrorInvalidRecipients');
  return v.map((r) => {
    const e = ((r ?? {}) as Record<string, unknown>).emailAddress as Record<string, unknown> | undefined;
    const address = typeof e?.address === 'string' ? e.address : '';
    if (!address.includes('@')) throw badRequest(`The recipient '${address}' is not valid.`, 'ErrorInvalidRecipients');
    return { emailAddress: { name: typeof e?.name === 'string' ? e.name : address, address } };
  });
}

function itemBody(v: unknown, fallback: { contentType: string; content: string }): { contentType: string; content: string } {
  if (!v || typeof v !== 'object') return fallback;
  const b = v as Record<string, unknown>;
  return { contentType: String(b.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text', content: String(b.content ?? '') };
}

/** Delivers a message from the mailbox owner to every recipient in the tenant; records the rest as external. */
function transmit(call: GraphCall, out: OutgoingMessage, saveToSentItems: boolean): void {
  const ctx = call.ctx;
  const now = ctx.clock.now();
  const everyone = [...out.toRecipients, ...(out.ccRecipients ?? []), ...(out.bccRecipients ?? [])];
  if (everyone.length === 0) throw badRequest('At least one recipient is required, but none were found.', 'ErrorInvalidRecipients');
  const conversationId = out.conversationId ?? ctx.state.nextId('conv');
  const internetMessageId = `<${ctx.state.nextId('imid').slice(5, 30)}@sim.example.com>`;
  const seen = new Set<string>();
  for (const r of everyone) {
    const address = r.emailAddress.address.toLowerCase();
    if (seen.has(address)) continue;
    seen.add(address);
    const u = ctx.state.user(address);
    if (u) deliver(ctx, u, { ...out, conversationId, internetMessageId, bccRecipients: [] }, 'inbox', now);
    else ctx.state.deliveries.push({ kind: 'mail', at: now.toISOString(), to: r.emailAddress.address, subject: out.subject, payload: { external: true, from: out.from.emailAddress.address } });
  }
  if (saveToSentItems) deliver(ctx, call.mailbox, { ...out, conversationId, internetMessageId }, 'sentitems', now);
}

function sendMail(call: GraphCall): GraphResult {
  requirePermission(call, PERMISSIONS.mailSend);
  const input = jsonBody(call.req);
  const message = input?.message as Record<string, unknown> | undefined;
  if (!message) throw badRequest('Empty Payload. JSON content expected.', 'ErrorInvalidRequest');
  transmit(
    call,
    {
      subject: String(message.subject ?? ''),
      body: itemBody(message.body, { contentType: 'text', content: '' }),
      from: recipientOf(call.mailbox),
      toRecipients: recipients(message.toRecipients),
      ccRecipients: recipients(message.ccRecipients),
      bccRecipients: recipients(message.bccRecipients),
      replyTo: recipients(message.replyTo),
      importance: typeof message.importance === 'string' ? message.importance : 'normal',
    },
    input?.saveToSentItems !== false,
  );
  return { status: 202 };
}

function quoted(m: StoredMessage): string {
  const from = m.from?.emailAddress.name ?? '';
  return `\n\n________________________________\nFrom: ${from}\nSent: ${m.sentDateTime?.toUTCString() ?? ''}\nSubject: ${m.subject}\n\n${bodyPreview(m.body.content)}`;
}

function withoutSelf(call: GraphCall, list: Recipient[]): Recipient[] {
  return list.filter((r) => r.emailAddress.address.toLowerCase() !== call.mailbox.mail.toLowerCase());
}

/** The recipients, subject and body of a reply, reply-all or forward of `m`. */
function respondingMessage(call: GraphCall, m: StoredMessage, kind: 'reply' | 'replyAll' | 'forward', input: Record<string, unknown>): OutgoingMessage {
  const comment = typeof input.comment === 'string' ? input.comment : undefined;
  const message = (input.message ?? undefined) as Record<string, unknown> | undefined;
  if (comment !== undefined && message?.body !== undefined) {
    throw badRequest('Specify either a comment or the body property of the message parameter, not both.', 'ErrorInvalidRequest');
  }
  const original = m.replyTo.length > 0 ? m.replyTo : m.from ? [m.from] : [];
  let to: Recipient[];
  let cc: Recipient[] = [];
  if (kind === 'forward') {
    to = recipients(input.toRecipients ?? message?.toRecipients);
  } else {
    to = message?.toRecipients !== undefined ? recipients(message.toRecipients) : original;
    if (kind === 'replyAll') {
      const seen = new Set(to.map((r) => r.emailAddress.address.toLowerCase()));
      to = [...to, ...withoutSelf(call, m.toRecipients).filter((r) => !seen.has(r.emailAddress.address.toLowerCase()))];
      cc = withoutSelf(call, m.ccRecipients);
    }
  }
  const prefix = kind === 'forward' ? 'FW: ' : 'RE: ';
  const subject = /^(re|fw|fwd):\s/i.test(m.subject) && prefix === 'RE: ' && /^re:/i.test(m.subject) ? m.subject : `${prefix}${m.subject}`;
  const lead = comment ?? (message?.body ? itemBody(message.body, { contentType: 'text', content: '' }).content : '');
  return {
    subject,
    body: { contentType: 'text', content: `${lead}${quoted(m)}` },
    from: recipientOf(call.mailbox),
    toRecipients: to,
    ccRecipients: [...cc, ...recipients(message?.ccRecipients)],
    bccRecipients: recipients(message?.bccRecipients),
    conversationId: m.conversationId,
  };
}

function newDraft(call: GraphCall, out: Partial<OutgoingMessage>): StoredMessage {
  const ctx = call.ctx;
  const drafts = ctx.state.wellKnownFolder(call.mailbox.id, 'drafts');
  if (!drafts) throw notFound();
  const now = ctx.clock.now();
  const m: StoredMessage = {
    id: ctx.state.nextId('msg'),
    ownerId: call.mailbox.id,
    folderId: drafts.id,
    odataType: '#microsoft.graph.message',
    meetingMessageType: null,
    eventId: null,
    subject: out.subject ?? '',
    body: out.body ?? { contentType: 'text', content: '' },
    from: recipientOf(call.mailbox),
    toRecipients: out.toRecipients ?? [],
    ccRecipients: out.ccRecipients ?? [],
    bccRecipients: out.bccRecipients ?? [],
    replyTo: out.replyTo ?? [],
    receivedDateTime: now,
    sentDateTime: null,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: ctx.state.nextChangeKey(),
    isRead: true,
    isDraft: true,
    importance: out.importance ?? 'normal',
    internetMessageId: `<${ctx.state.nextId('imid').slice(5, 30)}@sim.example.com>`,
    conversationId: out.conversationId ?? ctx.state.nextId('conv'),
    categories: [],
    flag: { flagStatus: 'notFlagged' },
  };
  ctx.state.messages.set(m.id, m);
  return m;
}

function moveMessage(call: GraphCall, m: StoredMessage, destination: StoredFolder): StoredMessage {
  // A moved message gets a new id in its new folder, as in Exchange.
  const ctx = call.ctx;
  ctx.state.messages.delete(m.id);
  ctx.onChange?.(m.ownerId, 'messages', m.id, 'deleted');
  const moved: StoredMessage = { ...m, id: ctx.state.nextId('msg'), folderId: destination.id, lastModifiedDateTime: ctx.clock.now(), changeKey: ctx.state.nextChangeKey() };
  ctx.state.messages.set(moved.id, moved);
  ctx.onChange?.(m.ownerId, 'messages', moved.id, 'created');
  return moved;
}

function messageItem(call: GraphCall, id: string, action: string | undefined): GraphResult {
  const method = call.req.method;
  const m = messageById(call, id);
  const input = jsonBody(call.req) ?? {};
  if (!action) {
    if (method === 'GET') {
      requirePermission(call, PERMISSIONS.mailRead);
      return ok(applySelect({ '@odata.context': `${metadata(call)}/messages/$entity`, ...renderMessage(call, m) }, call.req.query.get('$select')));
    }
    requirePermission(call, PERMISSIONS.mailWrite);
    if (method === 'PATCH') {
      if (typeof input.isRead === 'boolean') m.isRead = input.isRead;
      if (Array.isArray(input.categories)) m.categories = input.categories.map(String);
      if (input.flag && typeof input.flag === 'object') m.flag = { flagStatus: String((input.flag as Record<string, unknown>).flagStatus ?? 'notFlagged') };
      if (typeof input.importance === 'string') m.importance = input.importance;
      if (m.isDraft) {
        if (typeof input.subject === 'string') m.subject = input.subject;
        if (input.body !== undefined) m.body = itemBody(input.body, m.body);
        if (input.toRecipients !== undefined) m.toRecipients = recipients(input.toRecipients);
        if (input.ccRecipients !== undefined) m.ccRecipients = recipients(input.ccRecipients);
        if (input.bccRecipients !== undefined) m.bccRecipients = recipients(input.bccRecipients);
      }
      m.lastModifiedDateTime = call.ctx.clock.now();
      m.changeKey = call.ctx.state.nextChangeKey();
      call.ctx.onChange?.(m.ownerId, 'messages', m.id, 'updated');
      return ok({ '@odata.context': `${metadata(call)}/messages/$entity`, ...renderMessage(call, m) });
    }
    if (method === 'DELETE') {
      const deleted = call.ctx.state.wellKnownFolder(call.mailbox.id, 'deleteditems');
      if (deleted && m.folderId !== deleted.id) moveMessage(call, m, deleted);
      else {
        call.ctx.state.messages.delete(m.id);
        call.ctx.onChange?.(m.ownerId, 'messages', m.id, 'deleted');
      }
      return { status: 204 };
    }
    throw new GraphFailure(405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
  }
  if (method !== 'POST') throw new GraphFailure(405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
  switch (action) {
    case 'move':
    case 'copy': {
      requirePermission(call, PERMISSIONS.mailWrite);
      if (typeof input.destinationId !== 'string') throw badRequest("The destinationId parameter is required.", 'ErrorInvalidRequest');
      const destination = folderFor(call, input.destinationId);
      if (action === 'move') return ok({ '@odata.context': `${metadata(call)}/messages/$entity`, ...renderMessage(call, moveMessage(call, m, destination)) }, 201);
      const copy: StoredMessage = { ...m, id: call.ctx.state.nextId('msg'), folderId: destination.id };
      call.ctx.state.messages.set(copy.id, copy);
      return ok({ '@odata.context': `${metadata(call)}/messages/$entity`, ...renderMessage(call, copy) }, 201);
    }
    case 'reply':
    case 'replyAll':
    case 'forward':
      requirePermission(call, PERMISSIONS.mailSend);
      transmit(call, respondingMessage(call, m, action, input), true);
      return { status: 202 };
    case 'createReply':
    case 'createReplyAll':
    case 'createForward': {
      requirePermission(call, PERMISSIONS.mailWrite);
      const kind = action === 'createReply' ? 'reply' : action === 'createReplyAll' ? 'replyAll' : 'forward';
      const draft = newDraft(call, respondingMessage(call, m, kind, kind === 'forward' ? { ...input, toRecipients: input.toRecipients ?? [] } : input));
      return ok({ '@odata.context': `${metadata(call)}/messages/$entity`, ...renderMessage(call, draft) }, 201);
    }
    case 'send': {
      requirePermission(call, PERMISSIONS.mailSend);
      if (!m.isDraft) throw badRequest('Only draft messages can be sent.', 'ErrorInvalidOperation');
      transmit(call, { subject: m.subject, body: m.body, from: recipientOf(call.mailbox), toRecipients: m.toRecipients, ccRecipients: m.ccRecipients, bccRecipients: m.bccRecipients, conversationId: m.conversationId }, true);
      call.ctx.state.messages.delete(m.id);
      return { status: 202 };
    }
    default:
      throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${action}'.`);
  }
}

function createFolder(call: GraphCall, parentId: string): GraphResult {
  requirePermission(call, PERMISSIONS.mailWrite);
  const input = jsonBody(call.req) ?? {};
  const name = typeof input.displayName === 'string' ? input.displayName.trim() : '';
  if (!name) throw badRequest('The displayName is required.', 'ErrorInvalidRequest');
  if (call.ctx.state.foldersOf(call.mailbox.id).some((f) => f.parentFolderId === parentId && f.displayName.toLowerCase() === name.toLowerCase())) {
    throw new GraphFailure(409, 'ErrorFolderExists', 'A folder with the specified name already exists.');
  }
  const f: StoredFolder = { id: call.ctx.state.nextId('folder'), ownerId: call.mailbox.id, displayName: name, parentFolderId: parentId, wellKnownName: null };
  call.ctx.state.folders.set(f.id, f);
  return ok({ '@odata.context': `${metadata(call)}/mailFolders/$entity`, ...renderFolder(call, f) }, 201);
}

/** /messages, /mailFolders, /sendMail of one mailbox. */
export async function mailRoute(call: GraphCall): Promise<GraphResult> {
  const method = call.req.method;
  const [head, a, b, c, d] = call.segments;
  if (head === 'sendMail' && !a && method === 'POST') return sendMail(call);
  if (head === 'messages') {
    if (!a) {
      if (method === 'GET') {
        requirePermission(call, PERMISSIONS.mailRead);
        return ok(listMessages(call, undefined));
      }
      if (method === 'POST') {
        requirePermission(call, PERMISSIONS.mailWrite);
        const input = jsonBody(call.req) ?? {};
        const draft = newDraft(call, {
          subject: typeof input.subject === 'string' ? input.subject : '',
          body: itemBody(input.body, { contentType: 'text', content: '' }),
          toRecipients: recipients(input.toRecipients),
          ccRecipients: recipients(input.ccRecipients),
          bccRecipients: recipients(input.bccRecipients),
        });
        return ok({ '@odata.context': `${metadata(call)}/messages/$entity`, ...renderMessage(call, draft) }, 201);
      }
    }
    if (a && !c) return messageItem(call, a, b);
  }
  if (head === 'mailFolders') {
    requirePermission(call, PERMISSIONS.mailRead);
    const rootId = `${call.mailbox.id}:${MSGFOLDERROOT}`;
    if (!a) {
      if (method === 'GET') {
        const top = call.ctx.state.foldersOf(call.mailbox.id).filter((f) => f.parentFolderId === rootId).map((f) => renderFolder(call, f));
        return ok(queryCollection(call.req, call.prefs, top, { defaultPageSize: 10, url: call.ctx.url, context: `${metadata(call)}/mailFolders` }));
      }
      if (method === 'POST') return createFolder(call, rootId);
    }
    if (a) {
      const folder = folderFor(call, a);
      if (!b) {
        if (method === 'GET') return ok({ '@odata.context': `${metadata(call)}/mailFolders/$entity`, ...renderFolder(call, folder) });
        requirePermission(call, PERMISSIONS.mailWrite);
        if (method === 'PATCH') {
          const input = jsonBody(call.req) ?? {};
          if (folder.wellKnownName) throw new GraphFailure(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
          if (typeof input.displayName === 'string' && input.displayName.trim()) folder.displayName = input.displayName.trim();
          return ok({ '@odata.context': `${metadata(call)}/mailFolders/$entity`, ...renderFolder(call, folder) });
        }
        if (method === 'DELETE') {
          if (folder.wellKnownName) throw new GraphFailure(403, 'ErrorDeleteDistinguishedFolder', 'Distinguished folders cannot be deleted.');
          for (const m of [...call.ctx.state.messages.values()]) if (m.folderId === folder.id) call.ctx.state.messages.delete(m.id);
          call.ctx.state.folders.delete(folder.id);
          return { status: 204 };
        }
      }
      if (b === 'childFolders' && !c) {
        if (method === 'GET') {
          const children = call.ctx.state.foldersOf(call.mailbox.id).filter((f) => f.parentFolderId === folder.id).map((f) => renderFolder(call, f));
          return ok(queryCollection(call.req, call.prefs, children, { defaultPageSize: 10, url: call.ctx.url, context: `${metadata(call)}/mailFolders('${folder.id}')/childFolders` }));
        }
        if (method === 'POST') return createFolder(call, folder.id);
      }
      if (b === 'messages' && c === 'delta' && !d && method === 'GET') {
        return ok(
          deltaRound(
            call,
            () => [...call.ctx.state.messages.values()].filter((m) => m.folderId === folder.id).map((m) => renderMessage(call, m)),
            '#microsoft.graph.message',
            () => ({}),
          ),
        );
      }
      if (b === 'messages') {
        if (!c) {
          if (method === 'GET') return ok(listMessages(call, folder));
        } else {
          const m = messageById(call, c);
          if (m.folderId !== folder.id) throw notFound();
          return messageItem(call, c, d);
        }
      }
    }
  }
  throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${call.segments.join('/')}'.`);
}
