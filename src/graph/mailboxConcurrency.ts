import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Graph throttles more than four concurrent requests to one mailbox; this keeps each
 * mailbox at most `limit` requests in flight, queueing the rest in arrival order.
 */
export class MailboxGate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  get inFlight(): number {
    return this.active;
  }
}

export class MailboxConcurrencyHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly gate: MailboxGate) {}

  execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('MailboxConcurrencyHandler needs a next middleware');
    return this.gate.run(() => next.execute(context));
  }

  setNext(middleware: Middleware): void {
    this.next = middleware;
  }
}
