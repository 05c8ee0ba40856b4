import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  query: URLSearchParams;
  contentType: string;
  body: string;
  /** Arrival time (Date.now()), to check retry timing. */
  at: number;
}

/**
 * A real HTTP endpoint for change notifications: echoes validation tokens as Graph
 * expects, records every POST, and can be told to fail the next N notifications.
 */
export class NotificationListener {
  readonly received: Received[] = [];
  failNext = 0;
  /** Delay before answering the next notification (not validations), to look like a slow endpoint. */
  delayNextMs = 0;
  /** Delay before answering every notification while set, to look like a steadily slow endpoint. */
  delayAllMs = 0;
  echoValidation = true;
  private server: Server | undefined;
  private waiters: (() => void)[] = [];
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const u = new URL(req.url ?? '/', 'http://listener');
        const entry = { path: u.pathname, query: u.searchParams, contentType: String(req.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
        this.received.push(entry);
        const token = u.searchParams.get('validationToken');
        if (token !== null) {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end(this.echoValidation ? token : 'wrong');
        } else if (this.delayNextMs > 0 || this.delayAllMs > 0) {
          const wait = this.delayNextMs > 0 ? this.delayNextMs : this.delayAllMs;
          this.delayNextMs = 0;
          setTimeout(() => {
            res.writeHead(202);
            res.end();
          }, wait);
        } else if (this.failNext > 0) {
          this.failNext--;
          res.writeHead(500);
          res.end();
        } else {
          res.writeHead(202);
          res.end();
        }
        for (const w of this.waiters.splice(0)) w();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  notifications(path = '/notify'): { value: Record<string, unknown>[] }[] {
    return this.posts(path).map((r) => JSON.parse(r.body) as { value: Record<string, unknown>[] });
  }

  /** Notification POSTs (not validations) received on `path`, in order. */
  posts(path = '/notify'): Received[] {
    return this.received.filter((r) => r.path === path && !r.query.has('validationToken'));
  }

  /** Resolves once `predicate` holds, checking after every request received. */
  async until(predicate: () => boolean, timeoutMs = 8000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error('timed out waiting for notifications');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
