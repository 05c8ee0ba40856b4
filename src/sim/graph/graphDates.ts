import { toIanaZone } from '../../time/windowsZones';
import { formatGraphDateTime, fromLocal, parseLocalDateTime } from '../../time/zonedTime';
import { badRequest, GraphFailure } from './graphError';

/** "2026-11-21T23:50:12.0000000Z": Graph's DateTimeOffset form (seven fraction digits). */
export function graphTimestamp(d: Date): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

/** A dateTimeTimeZone value written in the given zone. */
export function dateTimeTimeZone(instant: Date, zoneName: string, zoneIana: string): { dateTime: string; timeZone: string } {
  return { dateTime: formatGraphDateTime(instant, zoneIana), timeZone: zoneName };
}

export function ianaOrFail(zone: string): string {
  const iana = toIanaZone(zone);
  if (!iana) throw new GraphFailure(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`);
  return iana;
}

/** Parses a dateTimeTimeZone from a request body. */
export function parseDateTimeTimeZone(value: unknown, property: string): { instant: Date; zone: string } {
  if (!value || typeof value !== 'object') throw badRequest(`The ${property} property is required.`, 'ErrorInvalidRequest');
  const v = value as Record<string, unknown>;
  const zone = typeof v.timeZone === 'string' && v.timeZone ? v.timeZone : 'UTC';
  const iana = ianaOrFail(zone);
  const text = typeof v.dateTime === 'string' ? v.dateTime : '';
  // A dateTime may carry its own offset; then the zone only names how to show it.
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    const t = Date.parse(text);
    if (Number.isNaN(t)) throw badRequest(`Cannot convert the literal '${text}' to the expected type 'Edm.DateTimeOffset'.`, 'BadRequest');
    return { instant: new Date(t), zone };
  }
  const local = parseLocalDateTime(text);
  if (!local) throw badRequest(`Cannot convert the literal '${text}' to the expected type 'Edm.DateTimeOffset'.`, 'BadRequest');
  return { instant: fromLocal(local, iana), zone };
}

/** startDateTime / endDateTime query values: ISO 8601; without an offset they are UTC. */
export function parseQueryInstant(text: string | null, name: string): Date {
  if (!text) throw new GraphFailure(400, 'ErrorInvalidParameter', 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.');
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) ? text : `${text}Z`;
  const t = Date.parse(withZone);
  if (Number.isNaN(t)) throw new GraphFailure(400, 'ErrorInvalidParameter', `The value '${text}' of parameter '${name}' is invalid.`);
  return new Date(t);
}
