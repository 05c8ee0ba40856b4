import type { SimRequest } from '../http/exchange';
import { toIanaZone } from '../../time/windowsZones';
import { GraphFailure } from './graphError';

/** What a request asked for with `Prefer` headers. */
export interface Preferences {
  /** The zone name as given (Windows or IANA) and its IANA equivalent; UTC when absent. */
  timeZoneName: string;
  timeZoneIana: string;
  maxPageSize: number | undefined;
  bodyContentType: 'text' | 'html' | undefined;
  /** Values for the Preference-Applied header. */
  applied: string[];
}

export function readPreferences(req: SimRequest): Preferences {
  const raw = req.headers['prefer'];
  const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(','));
  const prefs: Preferences = { timeZoneName: 'UTC', timeZoneIana: 'Etc/UTC', maxPageSize: undefined, bodyContentType: undefined, applied: [] };
  for (const item of values) {
    const m = /^\s*([\w.-]+)\s*(?:=\s*"?([^"]*)"?)?\s*$/.exec(item);
    if (!m) continue;
    const name = m[1].toLowerCase();
    const value = m[2] ?? '';
    if (name === 'outlook.timezone') {
      const iana = toIanaZone(value);
      if (!iana) throw new GraphFailure(400, 'TimeZoneNotSupportedException', `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${value}'.`);
      prefs.timeZoneName = value;
      prefs.timeZoneIana = iana;
      prefs.applied.push(`outlook.timezone="${value}"`);
    } else if (name === 'odata.maxpagesize') {
      const n = Number(value);
      if (Number.isInteger(n) && n > 0) {
        prefs.maxPageSize = n;
        prefs.applied.push(`odata.maxpagesize=${n}`);
      }
    } else if (name === 'outlook.body-content-type') {
      if (value === 'text' || value === 'html') {
        prefs.bodyContentType = value;
        prefs.applied.push(`outlook.body-content-type="${value}"`);
      }
    }
  }
  return prefs;
}
