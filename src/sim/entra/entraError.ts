import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../http/exchange';

export type EntraErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'invalid_scope'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'consent_required';

/** "2026-11-21 23:50:12Z", the timestamp form Entra ID writes in error bodies. */
function entraTimestamp(now: Date): string {
  return now.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');
}

/**
 * An error body as the v2 token endpoint writes it: the AADSTS code leads the
 * description and is repeated, as a number, in error_codes.
 */
export function entraError(now: Date, status: number, error: EntraErrorCode, aadsts: number, text: string, traceId: string = randomUUID()): SimResponse {
  const correlationId = randomUUID();
  return {
    status,
    headers: { 'x-ms-request-id': traceId, 'cache-control': 'no-store, no-cache', pragma: 'no-cache' },
    body: {
      error,
      error_description: `AADSTS${aadsts}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${entraTimestamp(now)}`,
      error_codes: [aadsts],
      timestamp: entraTimestamp(now),
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${aadsts}`,
    },
  };
}
