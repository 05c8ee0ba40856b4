import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Adds the user's bearer token to requests for the configured Graph base URL and to no
 * other host. (The Graph client's own AuthenticationHandler recognises only https hosts,
 * so it would send the local stand-in's requests without a token.) When Graph answers
 * 401 InvalidAuthenticationToken, the request is sent once more with a freshly issued
 * token: a cached token can die before its stated expiry (revocation, clock skew).
 */
export class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly graphBaseUrl: string,
    private readonly getAccessToken: (options?: { forceRefresh?: boolean }) => Promise<string>,
  ) {}

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('BearerTokenHandler needs a next middleware');
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (!url.toLowerCase().startsWith(`${this.graphBaseUrl.toLowerCase()}/`)) {
      await this.next.execute(context);
      return;
    }
    this.authorize(context, await this.getAccessToken());
    await this.next.execute(context);
    const replayable = typeof context.request === 'string' && (context.options?.body === undefined || typeof context.options.body === 'string');
    if (context.response?.status === 401 && replayable && (await isInvalidToken(context.response))) {
      this.authorize(context, await this.getAccessToken({ forceRefresh: true }));
      await this.next.execute(context);
    }
  }

  private authorize(context: Context, token: string): void {
    const value = `Bearer ${token}`;
    if (typeof context.request !== 'string') {
      context.request.headers.set('Authorization', value);
      return;
    }
    const options = context.options ?? {};
    const headers = options.headers;
    if (headers instanceof Headers) headers.set('Authorization', value);
    else if (Array.isArray(headers)) options.headers = [...headers.filter(([k]) => k.toLowerCase() !== 'authorization'), ['Authorization', value]];
    else options.headers = { ...(headers ?? {}), Authorization: value };
    context.options = options;
  }

  setNext(middleware: Middleware): void {
    this.next = middleware;
  }
}

async function isInvalidToken(response: Response): Promise<boolean> {
  try {
    const body = (await response.clone().json()) as { error?: { code?: string } };
    return body.error?.code === 'InvalidAuthenticationToken';
  } catch {
    return false;
  }
}
