import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/** Gives every attempt (each retry too) its own deadline, so a hung Graph call cannot hang a turn. */
export class RequestTimeoutHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly timeoutMs: number) {}

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('RequestTimeoutHandler needs a next middleware');
    context.options = { ...(context.options ?? {}), signal: AbortSignal.timeout(this.timeoutMs) };
    await this.next.execute(context);
  }

  setNext(middleware: Middleware): void {
    this.next = middleware;
  }
}
