import type { IncomingHttpHeaders } from 'node:http';

/** One parsed request, as every stand-in handler sees it. */
export interface SimRequest {
  method: string;
  /** Decoded path without the query string, e.g. "/v1.0/me/events". */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** True when the request arrived over TLS (the Entra ID endpoints need it). */
  secure: boolean;
  /** Graph's request-id / Entra's trace id for this exchange. */
  requestId: string;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are (with `contentType`). */
  body?: unknown;
  contentType?: string;
}

export function header(req: SimRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** The JSON body as an object; undefined when absent or not an object. */
export function jsonBody(req: SimRequest): Record<string, unknown> | undefined {
  if (!req.rawBody) return undefined;
  try {
    const parsed: unknown = JSON.parse(req.rawBody);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function formBody(req: SimRequest): URLSearchParams {
  return new URLSearchParams(req.rawBody);
}

export type Handler = (req: SimRequest) => Promise<SimResponse> | SimResponse;
