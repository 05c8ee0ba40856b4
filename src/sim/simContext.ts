import type { Clock } from '../time/clock';
import type { Logger } from '../log';
import type { SigningKey } from './entra/signingKey';
import type { TenantState } from './state/tenantState';
import type { SubscriptionService } from './graph/subscriptions';

/** What every part of the stand-in shares: the tenant, the clock and where it is reachable. */
export interface SimContext {
  state: TenantState;
  clock: Clock;
  logger: Logger;
  key: SigningKey;
  /** "http://127.0.0.1:5099" */
  url: string;
  /** "https://127.0.0.1:5099" */
  authorityHost: string;
  tokenLifetimeSeconds: number;
  /** Lifetime of refresh tokens; Entra's default inactivity limit is 90 days. */
  refreshTokenLifetimeSeconds: number;
  /** Told of every change to a mailbox item, for change notifications. */
  subscriptions?: SubscriptionService;
  onChange?: (ownerId: string, collection: 'events' | 'messages', id: string, changeType: 'created' | 'updated' | 'deleted') => void;
}
