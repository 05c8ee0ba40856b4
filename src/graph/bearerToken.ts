import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Adds the user's bearer token to requests for the configured Graph base URL and to no
 * other host. (The Graph client's own AuthenticationHandler recognises only https hosts,
 * so it would send the local stand-in's requests without a token.)
 */
export class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly graphBaseUrl: string,
    private readonly getAccessToken: () => Promise<string>,
  ) {}

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('BearerTokenHandler needs a next middleware');
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (url.toLowerCase().startsWith(`${this.graphBaseUrl.toLowerCase()}/`)) {
      const value = `Bearer ${await this.getAccessToken()}`;
      if (typeof context.request !== 'string') {
        context.request.headers.set('Authorization', value);
      } else {
        const options = context.options ?? {};
        const headers = options.headers;
        if (headers instanceof Headers) headers.set('Authorization', value);
        else if (Array.isArray(headers)) options.headers = [...headers.filter(([k]) => k.toLowerCase() !== 'authorization'), ['Authorization', value]];
        else options.headers = { ...(headers ?? {}), Authorization: value };
        context.options = options;
      }
    }
    await this.next.execute(context);
  }

  setNext(middleware: Middleware): void {
    this.next = middleware;
  }
}
