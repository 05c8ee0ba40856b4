import type { SimContext } from '../simContext';
import type { SimRequest } from '../http/exchange';
import { jsonBody } from '../http/exchange';
import type { SubscriptionRecord } from '../state/subscriptionRecord';
import { TENANT_ID } from '../state/directory';
import type { Principal } from './principal';
import type { GraphResult } from './graphCall';
import { GraphFailure, badRequest, notFound } from './graphError';
import { graphTimestamp } from './graphDates';
import { PERMISSIONS, requirePermission } from './permissions';
import { NotificationSender, validateEndpoint, type NotificationDeliveryPolicy } from './notificationSender';
import { LifecycleScheduler, challengeDue, firstChallengeAt, reauthorizationDeadline } from './lifecycleScheduler';

/** "Set up notifications for changes in resource data", "Create subscription", "Lifecycle notifications". */

export type LifecycleEvent = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

export interface SubscriptionServiceOptions {
  delivery: NotificationDeliveryPolicy;
  /** How often (real milliseconds) the shared clock is checked for expiries and due challenges. */
  lifecycleCheckIntervalMs: number;
}

const MAX_MINUTES = 10080;
const CHANGE_TYPES = ['created', 'updated', 'deleted'];

interface ParsedResource {
  ownerId: string;
  collection: 'events' | 'messages';
  containerId?: string;
}

function parseResource(ctx: SimContext, principal: Principal, resource: string): ParsedResource {
  const path = resource.replace(/^\/+/, '').replace(/^v1\.0\//, '').split('?')[0];
  const parts = path.split('/').filter(Boolean);
  let ownerId: string | undefined;
  let rest: string[];
  if (parts[0]?.toLowerCase() === 'me') {
    if (principal.kind !== 'delegated') throw badRequest('/me request is only valid with delegated authentication flow.', 'BadRequest');
    ownerId = principal.user.id;
    rest = parts.slice(1);
  } else if (parts[0]?.toLowerCase() === 'users' && parts[1]) {
    ownerId = ctx.state.user(decodeURIComponent(parts[1].replace(/^'|'$/g, '')))?.id;
    rest = parts.slice(2);
  } else {
    throw badRequest(`Resource '${resource}' is not supported for subscriptions by this tenant.`, 'InvalidRequest');
  }
  if (!ownerId) throw notFound('ResourceNotFound', `Resource '${resource}' does not exist.`);
  const lower = rest.map((p) => p.toLowerCase());
  const folderOf = (segment: string): string | undefined => {
    const m = /^mailfolders(?:\('([^']+)'\))?$/i.exec(segment);
    return m?.[1];
  };
  if (lower.length === 1 && lower[0] === 'events') return { ownerId, collection: 'events' };
  if (lower.length === 2 && lower[0] === 'calendar' && lower[1] === 'events') return { ownerId, collection: 'events', containerId: ctx.state.defaultCalendar(ownerId)?.id };
  if (lower.length === 3 && lower[0] === 'calendars' && lower[2] === 'events') return { ownerId, collection: 'events', containerId: rest[1] };
  if (lower.length === 1 && lower[0] === 'messages') return { ownerId, collection: 'messages' };
  if (lower.length === 2 && folderOf(rest[0]) && lower[1] === 'messages') {
    const name = folderOf(rest[0]) as string;
    const folder = ctx.state.wellKnownFolder(ownerId, name) ?? ctx.state.folders.get(name);
    if (!folder) throw notFound();
    return { ownerId, collection: 'messages', containerId: folder.id };
  }
  if (lower.length === 3 && lower[0] === 'mailfolders' && lower[2] === 'messages') {
    const folder = ctx.state.wellKnownFolder(ownerId, rest[1]) ?? ctx.state.folders.get(rest[1]);
    if (!folder) throw notFound();
    return { ownerId, collection: 'messages', containerId: folder.id };
  }
  throw badRequest(`Resource '${resource}' is not supported for subscriptions by this tenant.`, 'InvalidRequest');
}

function render(ctx: SimContext, s: SubscriptionRecord): Record<string, unknown> {
  return {
    '@odata.context': `${ctx.url}/v1.0/$metadata#subscriptions/$entity`,
    id: s.id,
    resource: s.resource,
    applicationId: s.applicationId,
    changeType: [...s.changeTypes].join(','),
    clientState: s.clientState,
    notificationUrl: s.notificationUrl,
    notificationQueryOptions: null,
    lifecycleNotificationUrl: s.lifecycleNotificationUrl,
    expirationDateTime: graphTimestamp(s.expirationDateTime),
    creatorId: s.creatorId,
    includeResourceData: false,
    latestSupportedTlsVersion: 'v1_2',
    encryptionCertificate: null,
    encryptionCertificateId: null,
    notificationUrlAppId: null,
  };
}

function checkExpiration(ctx: SimContext, value: unknown): Date {
  const t = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(t)) throw badRequest('expirationDateTime is required and must be a DateTimeOffset.', 'InvalidRequest');
  const now = ctx.clock.now().getTime();
  if (t <= now) throw badRequest('Subscription expiration must be in the future.', 'InvalidRequest');
  if (t > now + MAX_MINUTES * 60000) throw badRequest(`Subscription expiration can only be ${MAX_MINUTES} minutes in the future.`, 'InvalidRequest');
  return new Date(t);
}

/** Subscriptions of the tenant, and the fan-out from item changes to notifications. */
export class SubscriptionService {
  readonly sender: NotificationSender;
  private readonly scheduler: LifecycleScheduler;

  constructor(private readonly ctx: SimContext, options: SubscriptionServiceOptions) {
    this.sender = new NotificationSender(ctx, options.delivery, (url, items) => this.missed(url, items));
    this.scheduler = new LifecycleScheduler(() => this.checkClock(), options.lifecycleCheckIntervalMs);
    this.scheduler.start();
  }

  /**
   * Graph deletes a subscription that was not renewed in time, without a lifecycle notification
   * ("Receive change notifications through webhooks": renew a subscription).
   */
  private active(): SubscriptionRecord[] {
    const now = this.ctx.clock.now();
    for (const [id, s] of this.ctx.state.subscriptions) if (s.expirationDateTime <= now) this.ctx.state.subscriptions.delete(id);
    return [...this.ctx.state.subscriptions.values()];
  }

  /** Removes expired subscriptions and sends the reauthorizationRequired challenges due on the shared clock. */
  checkClock(): void {
    const now = this.ctx.clock.now();
    for (const s of this.active()) {
      if (!s.lifecycleNotificationUrl) continue;
      const due = challengeDue(now, reauthorizationDeadline(s.expirationDateTime, s.authorizedUntil), s.nextChallengeAt);
      if (!due.due) continue;
      s.nextChallengeAt = due.following;
      this.sendLifecycle(s, 'reauthorizationRequired');
    }
  }

  /** Creating, renewing and reauthorizing all authorize the subscription with the caller's current token. */
  private authorize(s: SubscriptionRecord, principal: Principal): void {
    const now = this.ctx.clock.now();
    s.authorizedUntil = principal.tokenExpiresAt;
    const earliest = firstChallengeAt(now, reauthorizationDeadline(s.expirationDateTime, s.authorizedUntil));
    if (earliest > s.nextChallengeAt) s.nextChallengeAt = earliest;
  }

  private owned(principal: Principal, id: string): SubscriptionRecord {
    const s = this.active().find((x) => x.id === id);
    if (!s) throw new GraphFailure(404, 'ResourceNotFound', `The object was not found.`);
    if (principal.kind === 'delegated' && s.ownerId !== principal.user.id) throw new GraphFailure(403, 'ExtensionError', 'Operation: Read; Exception: [Status Code: Forbidden; Reason: Access denied]');
    return s;
  }

  async route(req: SimRequest, principal: Principal, segments: string[]): Promise<GraphResult> {
    const [, id] = segments;
    const method = req.method;
    if (!id && method === 'GET') {
      const mine = this.active().filter((s) => principal.kind === 'app' ? s.applicationId === principal.clientId : s.ownerId === principal.user.id);
      return { status: 200, body: { '@odata.context': `${this.ctx.url}/v1.0/$metadata#subscriptions`, value: mine.map((s) => render(this.ctx, s)) } };
    }
    if (!id && method === 'POST') return this.create(req, principal);
    if (id && segments.length === 2) {
      const s = this.owned(principal, id);
      if (method === 'GET') return { status: 200, body: render(this.ctx, s) };
      if (method === 'PATCH') {
        const input = jsonBody(req) ?? {};
        s.expirationDateTime = checkExpiration(this.ctx, input.expirationDateTime);
        this.authorize(s, principal);
        return { status: 200, body: render(this.ctx, s) };
      }
      if (method === 'DELETE') {
        this.ctx.state.subscriptions.delete(s.id);
        return { status: 204 };
      }
    }
    if (id && segments.length === 3 && segments[2].toLowerCase() === 'reauthorize' && method === 'POST') {
      // "subscription: reauthorize": answers a reauthorizationRequired challenge without changing the expiry.
      this.authorize(this.owned(principal, id), principal);
      return { status: 204 };
    }
    throw new GraphFailure(405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
  }

  private async create(req: SimRequest, principal: Principal): Promise<GraphResult> {
    const input = jsonBody(req);
    if (!input) throw badRequest('Empty Payload. JSON content expected.', 'BadRequest');
    const changeTypes = String(input.changeType ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    if (changeTypes.length === 0 || changeTypes.some((c) => !CHANGE_TYPES.includes(c))) throw badRequest(`Invalid changeType '${String(input.changeType ?? '')}'.`, 'InvalidRequest');
    if (typeof input.notificationUrl !== 'string' || !/^https?:\/\//.test(input.notificationUrl)) throw badRequest('notificationUrl is required and must be an absolute URL.', 'InvalidRequest');
    if (typeof input.resource !== 'string') throw badRequest('resource is required.', 'InvalidRequest');
    const clientState = typeof input.clientState === 'string' ? input.clientState : null;
    if (clientState !== null && clientState.length > 128) throw badRequest('clientState must not exceed 128 characters.', 'InvalidRequest');
    const expiration = checkExpiration(this.ctx, input.expirationDateTime);
    const target = parseResource(this.ctx, principal, input.resource);
    if (principal.kind === 'delegated' && target.ownerId !== principal.user.id) throw new GraphFailure(403, 'ExtensionError', 'Operation: Create; Exception: [Status Code: Forbidden; Reason: Access denied]');
    requirePermission({ principal }, target.collection === 'events' ? PERMISSIONS.calendarRead : PERMISSIONS.mailRead);
    const lifecycle = typeof input.lifecycleNotificationUrl === 'string' ? input.lifecycleNotificationUrl : null;
    if (!(await validateEndpoint(input.notificationUrl))) {
      throw badRequest('Subscription validation request failed. Response must exactly match validationToken query parameter.', 'ValidationError');
    }
    if (lifecycle && !(await validateEndpoint(lifecycle))) {
      throw badRequest('Subscription validation request failed. Response must exactly match validationToken query parameter.', 'ValidationError');
    }
    const record: SubscriptionRecord = {
      id: randomGuid(this.ctx),
      resource: input.resource,
      ownerId: target.ownerId,
      collection: target.collection,
      containerId: target.containerId,
      changeTypes: new Set(changeTypes),
      notificationUrl: input.notificationUrl,
      lifecycleNotificationUrl: lifecycle,
      clientState,
      expirationDateTime: expiration,
      authorizedUntil: principal.tokenExpiresAt,
      nextChallengeAt: this.ctx.clock.now(),
      applicationId: principal.clientId,
      creatorId: principal.kind === 'delegated' ? principal.user.id : principal.clientId,
      delegated: principal.kind === 'delegated',
    };
    this.authorize(record, principal);
    this.ctx.state.subscriptions.set(record.id, record);
    return { status: 201, body: render(this.ctx, record) };
  }

  /** Called for every change to an event or message. */
  changed(ownerId: string, collection: 'events' | 'messages', id: string, changeType: 'created' | 'updated' | 'deleted'): void {
    const containerId = collection === 'events' ? this.ctx.state.events.get(id)?.calendarId : this.ctx.state.messages.get(id)?.folderId;
    const now = this.ctx.clock.now();
    for (const s of this.active()) {
      if (s.ownerId !== ownerId || s.collection !== collection || !s.changeTypes.has(changeType)) continue;
      // Unanswered challenges: delivery pauses and these changes are lost, as the lifecycle page describes.
      if (s.authorizedUntil <= now) continue;
      if (s.containerId && containerId && s.containerId !== containerId) continue;
      const entity = collection === 'events' ? 'Events' : 'Messages';
      const changeKey = collection === 'events' ? this.ctx.state.events.get(id)?.changeKey : this.ctx.state.messages.get(id)?.changeKey;
      const path = `Users/${ownerId}/${entity}/${id}`;
      this.sender.enqueue(s.notificationUrl, {
        subscriptionId: s.id,
        subscriptionExpirationDateTime: graphTimestamp(s.expirationDateTime).replace(/\.\d+Z$/, '+00:00'),
        changeType,
        resource: path,
        resourceData: {
          '@odata.type': collection === 'events' ? '#Microsoft.Graph.Event' : '#Microsoft.Graph.Message',
          '@odata.id': path,
          ...(changeKey ? { '@odata.etag': `W/"${changeKey}"` } : {}),
          id,
        },
        clientState: s.clientState,
        tenantId: TENANT_ID,
      });
    }
  }

  /**
   * Sends a lifecycle notification, with the body of "Reduce missing subscriptions and change
   * notifications": subscriptionId, subscriptionExpirationDateTime, tenantId, clientState, lifecycleEvent.
   * subscriptionRemoved also removes the subscription. False (and nothing done) when there is no
   * such subscription or it has no lifecycleNotificationUrl.
   */
  lifecycle(id: string, lifecycleEvent: LifecycleEvent): boolean {
    const s = this.ctx.state.subscriptions.get(id);
    if (!s || !s.lifecycleNotificationUrl) return false;
    if (lifecycleEvent === 'subscriptionRemoved') this.ctx.state.subscriptions.delete(id);
    this.sendLifecycle(s, lifecycleEvent);
    return true;
  }

  private sendLifecycle(s: SubscriptionRecord, lifecycleEvent: LifecycleEvent): void {
    if (!s.lifecycleNotificationUrl) return;
    this.sender.enqueue(
      s.lifecycleNotificationUrl,
      { subscriptionId: s.id, subscriptionExpirationDateTime: graphTimestamp(s.expirationDateTime), tenantId: TENANT_ID, clientState: s.clientState, lifecycleEvent },
      'lifecycleNotification',
    );
  }

  /**
   * The service removes the delegated subscriptions of users who must sign in again (their refresh
   * tokens were revoked), with subscriptionRemoved; `userId` undefined means every user.
   */
  removeForReauthentication(userId: string | undefined): number {
    let removed = 0;
    for (const s of this.active()) {
      if (!s.delegated || (userId !== undefined && s.creatorId !== userId)) continue;
      this.ctx.state.subscriptions.delete(s.id);
      this.sendLifecycle(s, 'subscriptionRemoved');
      removed++;
    }
    return removed;
  }

  private missed(url: string, items: Record<string, unknown>[]): void {
    const ids = new Set(items.map((i) => String(i.subscriptionId)));
    for (const id of ids) {
      const s = this.ctx.state.subscriptions.get(id);
      if (s && s.notificationUrl === url) this.lifecycle(id, 'missed');
    }
  }

  close(): void {
    this.scheduler.stop();
    this.sender.close();
  }
}

function randomGuid(ctx: SimContext): string {
  const hex = Buffer.from(ctx.state.secret(), 'base64url').toString('hex').slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
