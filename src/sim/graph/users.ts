import type { DirectoryUser } from '../state/directory';
import { jsonBody } from '../http/exchange';
import { toIanaZone } from '../../time/windowsZones';
import type { GraphCall, GraphResult } from './graphCall';
import { GraphFailure, badRequest } from './graphError';
import { queryCollection, applySelect, type GraphObject } from './collectionQuery';
import { PERMISSIONS, requireDirectoryPermission, requirePermission } from './permissions';

export function renderUser(u: DirectoryUser): GraphObject {
  return {
    businessPhones: u.businessPhones,
    displayName: u.displayName,
    givenName: u.givenName,
    jobTitle: u.jobTitle,
    mail: u.mail,
    mobilePhone: u.mobilePhone,
    officeLocation: u.officeLocation,
    preferredLanguage: u.preferredLanguage,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    id: u.id,
  };
}

function metadata(call: { ctx: GraphCall['ctx'] }): string {
  return `${call.ctx.url}/v1.0/$metadata`;
}

/** GET /users: the directory, with $filter, $select, $top, $count. */
export function listUsers(call: Pick<GraphCall, 'ctx' | 'req' | 'prefs' | 'principal'>): GraphResult {
  requireDirectoryPermission(call, PERMISSIONS.directoryRead);
  const items = [...call.ctx.state.users.values()].map(renderUser);
  return {
    status: 200,
    body: queryCollection(call.req, call.prefs, items, {
      defaultPageSize: 100,
      url: call.ctx.url,
      context: `${metadata(call)}#users`,
      defaultOrder: (a, b) => String(a.displayName).localeCompare(String(b.displayName)),
    }),
  };
}

/** GET /me, GET /users/{id | userPrincipalName}. */
export function getUser(call: GraphCall): GraphResult {
  const self = call.principal.kind === 'delegated' && call.principal.user.id === call.mailbox.id;
  requireDirectoryPermission(call, self ? PERMISSIONS.selfProfile : PERMISSIONS.directoryRead);
  const body = applySelect({ '@odata.context': `${metadata(call)}#users/$entity`, ...renderUser(call.mailbox) }, call.req.query.get('$select'));
  return { status: 200, body };
}

export function renderMailboxSettings(u: DirectoryUser): GraphObject {
  return {
    archiveFolder: '',
    timeZone: u.timeZone,
    automaticRepliesSetting: {
      status: 'disabled',
      externalAudience: 'all',
      internalReplyMessage: '',
      externalReplyMessage: '',
      scheduledStartDateTime: { dateTime: '2026-01-01T00:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2026-01-02T00:00:00.0000000', timeZone: 'UTC' },
    },
    dateFormat: 'M/d/yyyy',
    timeFormat: 'h:mm tt',
    userPurpose: 'user',
    delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
    language: { locale: 'en-US', displayName: 'English (United States)' },
    workingHours: {
      daysOfWeek: u.workingHours.daysOfWeek,
      startTime: u.workingHours.startTime,
      endTime: u.workingHours.endTime,
      timeZone: { name: u.workingHours.timeZoneName },
    },
  };
}

function normalizeTime(text: unknown): string {
  const m = typeof text === 'string' ? /^(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(text) : null;
  if (!m) throw badRequest(`Invalid time '${String(text)}'.`, 'ErrorInvalidArgument');
  return `${m[1]}:${m[2]}:${m[3] ?? '00'}.0000000`;
}

/** /mailboxSettings, /mailboxSettings/{timeZone|workingHours|...}; GET and PATCH. */
export function mailboxSettings(call: GraphCall): GraphResult {
  const u = call.mailbox;
  const base = `${metadata(call)}#users('${u.id}')/mailboxSettings`;
  const property = call.segments[1];
  if (call.req.method === 'GET') {
    requirePermission(call, PERMISSIONS.mailboxSettingsRead);
    const all = renderMailboxSettings(u);
    if (!property) return { status: 200, body: applySelect({ '@odata.context': base, ...all }, call.req.query.get('$select')) };
    if (!(property in all) || call.segments.length > 2) throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${property}'.`);
    const value = all[property];
    if (typeof value === 'object' && value !== null) return { status: 200, body: { '@odata.context': `${base}/${property}`, ...(value as GraphObject) } };
    return { status: 200, body: { '@odata.context': `${base}/${property}`, value } };
  }
  if (call.req.method === 'PATCH' && !property) {
    requirePermission(call, PERMISSIONS.mailboxSettingsWrite);
    const patch = jsonBody(call.req) ?? {};
    if (typeof patch.timeZone === 'string') {
      if (!toIanaZone(patch.timeZone)) throw badRequest(`The specified time zone '${patch.timeZone}' is not valid.`, 'ErrorInvalidArgument');
      u.timeZone = patch.timeZone;
    }
    const wh = patch.workingHours;
    if (wh && typeof wh === 'object') {
      const w = wh as Record<string, unknown>;
      if (Array.isArray(w.daysOfWeek)) u.workingHours.daysOfWeek = w.daysOfWeek.map(String);
      if (w.startTime !== undefined) u.workingHours.startTime = normalizeTime(w.startTime);
      if (w.endTime !== undefined) u.workingHours.endTime = normalizeTime(w.endTime);
      const tz = w.timeZone as Record<string, unknown> | undefined;
      if (tz && typeof tz.name === 'string') {
        if (!toIanaZone(tz.name)) throw badRequest(`The specified time zone '${tz.name}' is not valid.`, 'ErrorInvalidArgument');
        u.workingHours.timeZoneName = tz.name;
      }
    }
    const all = renderMailboxSettings(u);
    const echoed: GraphObject = { '@odata.context': base };
    for (const key of Object.keys(patch)) if (key in all) echoed[key] = all[key];
    return { status: 200, body: echoed };
  }
  throw new GraphFailure(405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
}

/** GET /me/people?$search=: the other people of the tenant, ranked by how well they match. */
export function people(call: GraphCall): GraphResult {
  requirePermission(call, PERMISSIONS.peopleRead);
  const term = (call.req.query.get('$search') ?? '').replace(/^"|"$/g, '').trim().toLowerCase();
  const candidates = [...call.ctx.state.users.values()].filter((u) => u.id !== call.mailbox.id);
  const scored = candidates
    .map((u) => {
      const names = [u.displayName, u.givenName, u.surname, u.mail, u.userPrincipalName].map((s) => s.toLowerCase());
      let score = 0;
      if (!term) score = 1;
      else if (names.some((n) => n === term)) score = 3;
      else if (names.some((n) => n.startsWith(term)) || u.displayName.toLowerCase().split(' ').some((w) => w.startsWith(term))) score = 2;
      else if (names.some((n) => n.includes(term))) score = 1;
      return { u, score };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.u.displayName.localeCompare(b.u.displayName));
  const top = Number(call.req.query.get('$top') ?? 10);
  const value = scored.slice(0, Number.isInteger(top) && top > 0 ? top : 10).map(({ u, score }) => ({
    id: u.id,
    displayName: u.displayName,
    givenName: u.givenName,
    surname: u.surname,
    birthday: '',
    personNotes: '',
    isFavorite: false,
    jobTitle: u.jobTitle,
    companyName: null,
    yomiCompany: '',
    department: u.department,
    officeLocation: u.officeLocation,
    profession: '',
    userPrincipalName: u.userPrincipalName,
    imAddress: `sip:${u.userPrincipalName}`,
    scoredEmailAddresses: [{ address: u.mail, relevanceScore: score * 8, selectionLikelihood: 'notSpecified' }],
    phones: u.businessPhones.map((number) => ({ type: 'business', number })),
    personType: { class: 'Person', subclass: 'OrganizationUser' },
  }));
  return {
    status: 200,
    body: { '@odata.context': `${metadata(call)}#users('${call.mailbox.id}')/people`, value: value.map((p) => applySelect(p, call.req.query.get('$select'))) },
  };
}

/** The IANA zone of a mailbox, for working-hours arithmetic. */
export function mailboxZone(u: DirectoryUser): string {
  return toIanaZone(u.timeZone) ?? 'Etc/UTC';
}
