import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/**
 * MSAL's HTTP transport, trusting the system roots plus, when configured, one more
 * certificate. MSAL insists on an https authority; the local Entra ID stand-in serves a
 * development certificate, and this lets the bot trust exactly that one without
 * weakening TLS checks anywhere else. With no extra certificate it behaves like MSAL's
 * own client.
 */
export class TrustingNetworkClient implements INetworkModule {
  private readonly ca: string[] | undefined;

  constructor(extraCaPem: string | undefined, private readonly timeoutMs = 10000) {
    this.ca = extraCaPem ? [...rootCertificates, extraCaPem] : undefined;
  }

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return this.send<T>('GET', url, options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>('POST', url, options);
  }

  private send<T>(method: string, url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    return new Promise((resolve, reject) => {
      const body = options?.body;
      const headers: Record<string, string> = { ...(options?.headers ?? {}) };
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const req = httpsRequest(url, { method, headers, ca: this.ca, timeout: timeout ?? this.timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const responseHeaders: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined) responseHeaders[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
          }
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : {};
          } catch {
            parsed = { error: 'invalid_response', error_description: `Non-JSON response (${res.statusCode})` };
          }
          resolve({ headers: responseHeaders, body: parsed as T, status: res.statusCode ?? 0 });
        });
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`Request to ${new URL(url).host} timed out`)));
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }
}
