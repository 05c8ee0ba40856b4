import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { MailboxUser, TokenProvider } from '../auth/tokenProvider';
import { BearerTokenHandler } from './bearerToken';
import { MailboxConcurrencyHandler, MailboxGate } from './mailboxConcurrency';
import { RequestTimeoutHandler } from './requestTimeout';

export interface GraphClientOptions {
  baseUrl: string;
  timeoutMs: number;
  /** Graph allows four concurrent requests per mailbox. */
  perMailboxConcurrency?: number;
  maxRetries?: number;
}

/** A Graph client bound to one user's mailbox; paths are relative to /users/{id}. */
export interface MailboxGraph {
  readonly client: Client;
  readonly user: MailboxUser;
  /** "/users/{id}" + path, e.g. mailbox.path('/calendarView'). */
  path(relative: string): string;
  /**
   * An @odata.nextLink as the client can follow it: the client treats only https URLs as
   * absolute, so links on the configured base URL are made relative to its version root.
   */
  link(absolute: string): string;
}

/**
 * Builds Graph clients with one middleware chain: per-mailbox concurrency limit →
 * token → retry of 429/503/504 honouring Retry-After → per-attempt timeout → fetch.
 */
export class GraphClientFactory {
  private readonly gates = new Map<string, MailboxGate>();
  constructor(
    private readonly tokens: TokenProvider,
    private readonly options: GraphClientOptions,
  ) {}

  forUser(user: MailboxUser): MailboxGraph {
    const key = `${user.tenantId}/${user.aadObjectId}`;
    let gate = this.gates.get(key);
    if (!gate) {
      gate = new MailboxGate(this.options.perMailboxConcurrency ?? 4);
      this.gates.set(key, gate);
    }
    const chain: Middleware[] = [
      new MailboxConcurrencyHandler(gate),
      new BearerTokenHandler(this.options.baseUrl, (options) => this.tokens.getAccessToken(user, options)),
      new RetryHandler(new RetryHandlerOptions(1, this.options.maxRetries ?? 3)),
      new RequestTimeoutHandler(this.options.timeoutMs),
      new HTTPMessageHandler(),
    ];
    for (let i = 0; i < chain.length - 1; i++) chain[i].setNext?.(chain[i + 1]);
    const client = Client.initWithMiddleware({
      middleware: chain[0],
      baseUrl: `${this.options.baseUrl}/`,
      defaultVersion: 'v1.0',
    });
    const userPath = `/users/${encodeURIComponent(user.aadObjectId)}`;
    const versionRoot = `${this.options.baseUrl}/v1.0`;
    return {
      client,
      user,
      path: (relative: string) => `${userPath}${relative}`,
      link: (absolute: string) => (absolute.startsWith(versionRoot) ? absolute.slice(versionRoot.length) : absolute),
    };
  }
}
