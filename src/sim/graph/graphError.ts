import type { SimRequest, SimResponse } from '../http/exchange';
import { header } from '../http/exchange';

/** Graph's innerError date: seconds precision, no zone designator. */
function innerDate(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, '');
}

/**
 * An error in Graph's JSON shape, with the request-id header the service always sets.
 * Per "Microsoft Graph error responses and resource types".
 */
export function graphError(now: Date, req: SimRequest, status: number, code: string, message: string, headers: Record<string, string> = {}): SimResponse {
  const clientRequestId = header(req, 'client-request-id') ?? req.requestId;
  return {
    status,
    headers: { 'request-id': req.requestId, 'client-request-id': clientRequestId, ...headers },
    body: { error: { code, message, innerError: { date: innerDate(now), 'request-id': req.requestId, 'client-request-id': clientRequestId } } },
  };
}

/** Thrown by Graph handlers deep in a call; the dispatcher turns it into graphError. */
export class GraphFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export function notFound(kind = 'ErrorItemNotFound', message = 'The specified object was not found in the store.'): GraphFailure {
  return new GraphFailure(404, kind, message);
}

export function badRequest(message: string, code = 'ErrorInvalidRequest'): GraphFailure {
  return new GraphFailure(400, code, message);
}

/** Exchange ids are base64; anything else is refused before lookup, as Graph does. */
export function requireWellFormedId(id: string): void {
  if (!/^AAMk[A-Za-z0-9_=+/-]+$/.test(id)) throw new GraphFailure(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');
}
