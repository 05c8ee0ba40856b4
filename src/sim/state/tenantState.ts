import { randomBytes } from 'node:crypto';
import type { AppRegistration, DirectoryUser } from './directory';
import { findUser } from './directory';
import type { StoredCalendar, StoredEvent, StoredFolder, StoredMessage } from './mailboxItems';
import type { SubscriptionRecord } from './subscriptionRecord';

export interface AuthorizationCodeGrant {
  clientId: string;
  userId: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge: string | null;
  codeChallengeMethod: string | null;
  nonce: string | null;
  expiresAt: number;
  redeemed: boolean;
}

export interface RefreshTokenGrant {
  clientId: string;
  userId: string;
  scopes: string[];
  expiresAt: number;
  revoked: boolean;
}

/** Something the stand-in sent out: a change notification or a message delivered to a mailbox. */
export interface Delivery {
  kind: 'mail' | 'notification' | 'lifecycleNotification';
  at: string;
  to: string;
  subject?: string;
  payload?: unknown;
  /** The endpoint's HTTP status; 0 when it did not answer in time or could not be reached. Absent when nothing was sent. */
  status?: number;
  /** For notifications: how the attempt ended. `dropped` means it was not sent because the endpoint is throttled. */
  outcome?: 'delivered' | 'failed' | 'dropped';
  /** For notifications: the endpoint answered slower than the slow-response limit. */
  slow?: boolean;
}

/**
 * Everything the local tenant holds, in memory. Ids come from a counter so that a seed
 * replayed at the same instant yields the same ids.
 */
export class TenantState {
  readonly users = new Map<string, DirectoryUser>();
  readonly apps = new Map<string, AppRegistration>();
  readonly calendars = new Map<string, StoredCalendar>();
  readonly events = new Map<string, StoredEvent>();
  readonly folders = new Map<string, StoredFolder>();
  readonly messages = new Map<string, StoredMessage>();
  readonly authorizationCodes = new Map<string, AuthorizationCodeGrant>();
  readonly refreshTokens = new Map<string, RefreshTokenGrant>();
  readonly deliveries: Delivery[] = [];
  readonly subscriptions = new Map<string, SubscriptionRecord>();
  /** Delta rounds: what a client has seen (id → changeKey), keyed by the token handed out. */
  readonly deltaSnapshots = new Map<string, { seen: Map<string, string>; params: Record<string, string> }>();
  /** Delta pages not yet fetched, keyed by $skiptoken. */
  readonly deltaPages = new Map<string, { items: Record<string, unknown>[]; pageSize: number; deltaToken: string; context: string; link: string }>();
  private counter = 0;

  nextId(prefix: string): string {
    this.counter += 1;
    const raw = Buffer.from(`${prefix}:${String(this.counter).padStart(8, '0')}:sim`).toString('base64url');
    return `AAMkA${raw}`;
  }

  nextChangeKey(): string {
    this.counter += 1;
    return Buffer.from(`ck${this.counter}`).toString('base64');
  }

  /** Secrets (codes, refresh tokens) are random: they must not be guessable from ids. */
  secret(): string {
    return randomBytes(32).toString('base64url');
  }

  user(idOrName: string): DirectoryUser | undefined {
    return findUser(this.users.values(), idOrName);
  }

  calendarsOf(ownerId: string): StoredCalendar[] {
    return [...this.calendars.values()].filter((c) => c.ownerId === ownerId);
  }

  defaultCalendar(ownerId: string): StoredCalendar | undefined {
    return this.calendarsOf(ownerId).find((c) => c.isDefaultCalendar);
  }

  eventsOf(ownerId: string, calendarId?: string): StoredEvent[] {
    return [...this.events.values()].filter((e) => e.ownerId === ownerId && (calendarId === undefined || e.calendarId === calendarId));
  }

  foldersOf(ownerId: string): StoredFolder[] {
    return [...this.folders.values()].filter((f) => f.ownerId === ownerId);
  }

  wellKnownFolder(ownerId: string, name: string): StoredFolder | undefined {
    return this.foldersOf(ownerId).find((f) => f.wellKnownName === name.toLowerCase());
  }

  clear(): void {
    this.users.clear();
    this.apps.clear();
    this.calendars.clear();
    this.events.clear();
    this.folders.clear();
    this.messages.clear();
    this.authorizationCodes.clear();
    this.refreshTokens.clear();
    this.deliveries.length = 0;
    this.subscriptions.clear();
    this.deltaSnapshots.clear();
    this.deltaPages.clear();
    this.counter = 0;
  }
}
