import type { SimContext } from '../simContext';
import type { SimRequest, SimResponse } from '../http/exchange';
import { header } from '../http/exchange';
import { GraphFailure, graphError } from './graphError';
import { authenticate } from './principal';
import { readPreferences } from './preferences';
import type { GraphCall, GraphResult } from './graphCall';
import { getUser, listUsers, mailboxSettings, people } from './users';
import { calendarRoute } from './calendarRoutes';
import { mailRoute } from './mailRoutes';
import { runBatch } from './batchRequest';

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

const CALENDAR_HEADS = new Set(['calendar', 'calendars', 'events', 'calendarView', 'findMeetingTimes']);
const MAIL_HEADS = new Set(['messages', 'mailFolders', 'sendMail']);

/** Resolves "/me/..." or "/users/{id}/..." to a mailbox and runs the matching handler. */
async function dispatch(ctx: SimContext, req: SimRequest, segments: string[]): Promise<GraphResult> {
  const principal = authenticate(ctx, req);
  const prefs = readPreferences(req);
  const now = ctx.clock.now();
  const base = { ctx, req, principal, prefs, now };
  const [first, second] = segments;
  if (first === 'subscriptions' && ctx.subscriptions) return ctx.subscriptions.route(req, principal, segments);
  let mailboxPath: string;
  let rest: string[];
  let mailbox;
  if (first === 'me') {
    if (principal.kind !== 'delegated') throw new GraphFailure(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
    mailbox = principal.user;
    mailboxPath = '/me';
    rest = segments.slice(1);
  } else if (first === 'users') {
    if (segments.length === 1) {
      if (req.method !== 'GET') throw new GraphFailure(405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
      return listUsers(base);
    }
    mailbox = ctx.state.user(second);
    if (!mailbox) {
      throw new GraphFailure(404, 'Request_ResourceNotFound', `Resource '${second}' does not exist or one of its queried reference-property objects are not present.`);
    }
    mailboxPath = `/users/${second}`;
    rest = segments.slice(2);
  } else {
    throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${first ?? ''}'.`);
  }
  const call: GraphCall = { ...base, mailbox, mailboxPath, segments: rest };
  if (rest.length === 0) {
    if (req.method !== 'GET') throw new GraphFailure(405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
    return getUser(call);
  }
  // Delegated access reaches only the signed-in user's own mailbox.
  if (principal.kind === 'delegated' && principal.user.id !== mailbox.id && rest[0] !== 'people') {
    throw new GraphFailure(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  const head = rest[0];
  if (head === 'mailboxSettings') return mailboxSettings(call);
  if (head === 'people' && req.method === 'GET' && rest.length === 1) return people(call);
  if (CALENDAR_HEADS.has(head)) return calendarRoute(call);
  if (MAIL_HEADS.has(head)) return mailRoute(call);
  throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${head}'.`);
}

/** Graph v1.0: every path under /v1.0, with Graph's headers and error bodies. */
export async function graphRoute(ctx: SimContext, req: SimRequest): Promise<SimResponse> {
  const now = ctx.clock.now();
  const clientRequestId = header(req, 'client-request-id') ?? req.requestId;
  const common: Record<string, string> = { 'request-id': req.requestId, 'client-request-id': clientRequestId };
  try {
    const segments = req.path.split('/').filter(Boolean).slice(1).map((s) => decodeURIComponent(s));
    // Links (nextLink, @odata.context) point back at the scheme the client used.
    const linkCtx: SimContext = req.secure ? { ...ctx, url: ctx.authorityHost } : ctx;
    const result =
      segments[0] === '$batch' && segments.length === 1 && req.method === 'POST'
        ? await runBatch(req, (inner) => graphRoute(ctx, inner))
        : await dispatch(linkCtx, req, segments);
    const prefs = readPreferences(req);
    const headers: Record<string, string> = { ...common, ...(result.headers ?? {}) };
    if (prefs.applied.length > 0) headers['preference-applied'] = prefs.applied.join(', ');
    if (result.body === undefined) return { status: result.status, headers };
    return { status: result.status, headers, body: result.body, contentType: JSON_TYPE };
  } catch (e) {
    if (e instanceof GraphFailure) return graphError(now, req, e.status, e.code, e.message);
    ctx.logger.error({ err: e, path: req.path }, 'graph stand-in handler failed');
    return graphError(now, req, 500, 'generalException', 'An unexpected error occurred in the stand-in.');
  }
}

