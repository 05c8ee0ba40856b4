/**
 * Zones named in the text ("3pm London time", "9am eastern"). Abbreviations with a
 * fixed offset are left to the date parser; these names need a DST-aware IANA zone.
 */
const ZONES: Record<string, string> = {
  london: 'Europe/London',
  uk: 'Europe/London',
  british: 'Europe/London',
  dublin: 'Europe/Dublin',
  paris: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  german: 'Europe/Berlin',
  madrid: 'Europe/Madrid',
  rome: 'Europe/Rome',
  amsterdam: 'Europe/Amsterdam',
  zurich: 'Europe/Zurich',
  'central european': 'Europe/Berlin',
  cet: 'Europe/Berlin',
  'new york': 'America/New_York',
  eastern: 'America/New_York',
  et: 'America/New_York',
  boston: 'America/New_York',
  toronto: 'America/Toronto',
  chicago: 'America/Chicago',
  central: 'America/Chicago',
  ct: 'America/Chicago',
  denver: 'America/Denver',
  mountain: 'America/Denver',
  pacific: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  'los angeles': 'America/Los_Angeles',
  redmond: 'America/Los_Angeles',
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  tokyo: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  singapore: 'Asia/Singapore',
  'hong kong': 'Asia/Hong_Kong',
  india: 'Asia/Kolkata',
  ist: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  dubai: 'Asia/Dubai',
  utc: 'UTC',
  gmt: 'Etc/GMT',
};

const NAMES = Object.keys(ZONES).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+'));
// Region words ("pacific", "eastern") name a zone on their own; cities need "time".
const ZONE_RE = new RegExp(
  `\\b(?:(?:in\\s+)?(${NAMES.join('|')})\\s+time\\b|(?:in\\s+)?(pacific|eastern|central|mountain)\\b|(utc|gmt)(?:\\s*([+-]\\d{1,2})(?::?(\\d{2}))?)?\\b|(?:their|local)\\s+time\\b)`,
  'i',
);
/** A city named anywhere in the message ("the sydney team", "our london office"), whose time "their time" is. */
const CITY_RE = new RegExp(`\\b(${NAMES.join('|')})\\b(?!\\s+time\\b)`, 'i');

export interface ExplicitZone {
  zone: string;
  start: number;
  end: number;
}

/** The first named zone at or after `from` within `window` characters. */
export function findExplicitZone(text: string, from: number, window = 24): ExplicitZone | undefined {
  const slice = text.slice(from, from + window);
  const m = ZONE_RE.exec(slice);
  if (!m) return undefined;
  let zone: string;
  if (m[1] === undefined && m[2] === undefined && m[3] === undefined) {
    // "at 5pm their time": the time of the one city the message names, if it names one.
    const city = CITY_RE.exec(text);
    if (!city) return undefined;
    zone = ZONES[city[1].toLowerCase().replace(/\s+/g, ' ')];
  } else if (m[1] !== undefined || m[2] !== undefined) {
    zone = ZONES[(m[1] ?? m[2]).toLowerCase().replace(/\s+/g, ' ')];
  } else {
    const h = m[4] !== undefined ? Number(m[4]) : 0;
    // Etc/GMT signs are inverted by POSIX convention; only whole hours exist there.
    zone = h === 0 ? 'UTC' : `Etc/GMT${h > 0 ? '-' : '+'}${Math.abs(h)}`;
  }
  return { zone, start: from + m.index, end: from + m.index + m[0].length };
}
