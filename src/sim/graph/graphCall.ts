import type { SimContext } from '../simContext';
import type { SimRequest } from '../http/exchange';
import type { DirectoryUser } from '../state/directory';
import type { Principal } from './principal';
import type { Preferences } from './preferences';

/** One Graph request after authentication, addressed to one mailbox. */
export interface GraphCall {
  ctx: SimContext;
  req: SimRequest;
  principal: Principal;
  prefs: Preferences;
  /** The user the path names (`/me` or `/users/{id}`). */
  mailbox: DirectoryUser;
  /** "/me" or "/users/{id}", as in the request, for @odata.context and links. */
  mailboxPath: string;
  /** The path segments after the mailbox part. */
  segments: string[];
  now: Date;
}

export interface GraphResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
