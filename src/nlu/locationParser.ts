import { MESSAGE_GATES, RegexGate } from './regexGate';

/**
 * Where, and whether online: "in room 4.12", "in conf room B", "at the cafe", "in building 7",
 * "on Teams", "online", "virtual"; and reminder lead time ("remind me 15 minutes before").
 */
export interface LocationMatch {
  text: string;
  start: number;
  end: number;
  source: string;
}

const PLACE = /\b(?:in|at)\s+((?:(?:conference|conf\.?|meeting|mtg)\s+)?(?:room|rm)\s+[\w.-]+|building\s+[\w.-]+|the\s+(?:office|cafe|café|cafeteria|canteen|lobby|boardroom|board room|kitchen|library|lab|reception|gym|(?:main |big |small |large )?(?:conference|meeting) room|(?:[a-z]+|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?) (?:room|office|cafe|hall|building|park|restaurant|bar|pub|hotel))|(?:[A-Z][\w'-]*)(?:\s+(?:[A-Z][\w'-]*|\d+[a-z]?))*)/g;

/** A time zone's abbreviation or region, as "in UTC" or "in Pacific Time" name it. */
const TIME_ZONE = /^(?:(?:UTC|GMT|[ECMP][SD]T|CES?T|BST|IST|AES?T|AEDT|JST|ET|PT|CT)\b|(?:Pacific|Eastern|Central|Mountain)(?:\s+(?:Standard\s+|Daylight\s+)?Time)?$)/;

/** "in" or "at", looked for in the message's shared scan: about half the messages have neither. */
const PLACE_GATE = new RegexGate([PLACE], false, MESSAGE_GATES);

export function findLocation(text: string): LocationMatch | undefined {
  if (PLACE_GATE.mayMatch(text)[0] === 0) return undefined;
  const re = PLACE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const place = m[1];
    // Capitalised words that are days or months are times, not places; nor is a time zone ("what's on tomorrow in UTC").
    if (/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Teams|Skype|Zoom)\b/.test(place) || TIME_ZONE.test(place)) continue;
    const s = m.index + m[0].length - place.length;
    return { text: place, start: s, end: s + place.length, source: 'location.place' };
  }
  return undefined;
}

/**
 * Meeting services other than Teams that people name ("a zoom link", "on google meet"). The
 * assistant makes Teams meetings (Graph's online meetings); one of these asked for is said so.
 */
export const OTHER_SERVICES = String.raw`zoom|webex|google\s+meet|gotomeeting|skype`;
/** Each service's name as the card says it. */
const SERVICE_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^zoom$/i, 'Zoom'],
  [/^webex$/i, 'Webex'],
  [/^google\s+meet$/i, 'Google Meet'],
  [/^gotomeeting$/i, 'GoTo Meeting'],
  [/^skype$/i, 'Skype'],
];

const ONLINE = new RegExp(String.raw`\b(on teams|teams (?:meeting|call)|online|virtual(?:ly)?|video call|remote(?:ly)?|via teams|${OTHER_SERVICES})\b`, 'i');
const OFFLINE = /\b(in person|in-person|face to face|offline)\b/i;
/** Their words, found in one pass: most messages say nothing of how they meet. */
const ONLINE_GATE = new RegexGate([ONLINE, OFFLINE], false, MESSAGE_GATES);

/** How the meeting is to be held, said: online (with another service named, `service`) or in person. */
export interface OnlineMatch {
  online: boolean;
  start: number;
  end: number;
  service?: string;
}

export function findOnline(text: string): OnlineMatch | undefined {
  const may = ONLINE_GATE.mayMatch(text);
  const m = may[0] === 1 ? ONLINE.exec(text) : null;
  if (m) {
    const found = { online: true, start: m.index, end: m.index + m[0].length };
    const service = SERVICE_NAMES.find(([re]) => re.test(m[1]))?.[1];
    return service !== undefined ? { ...found, service } : found;
  }
  const off = may[1] === 1 ? OFFLINE.exec(text) : null;
  return off ? { online: false, start: off.index, end: off.index + off[0].length } : undefined;
}

const REMINDER = /\b(?:remind(?:er)?|alert|notify|ping)\b[^.]{0,20}?\b(\d+|an?|half an?)\s*(minutes?|mins?|hours?|hrs?|days?)\s+(?:before|ahead|prior|early|in advance)/i;
const REMINDER_GATE = new RegexGate([REMINDER], false, MESSAGE_GATES);

export function findReminder(text: string): number | undefined {
  const m = REMINDER_GATE.mayMatch(text)[0] === 1 ? REMINDER.exec(text) : null;
  if (!m) return undefined;
  return leadMinutes(m[1], m[2]);
}

/** A reminder's lead said as a count and a unit ("10", "minutes"; "an", "hour"; "half an", "hour"; "a", "week"), in minutes. */
export function leadMinutes(count: string, unit: string): number {
  const n = /^an?$/i.test(count) ? 1 : /^half/i.test(count) ? 0.5 : Number(count);
  const u = unit.toLowerCase();
  return Math.round(n * (u.startsWith('h') ? 60 : u.startsWith('d') ? 1440 : u.startsWith('w') ? 10080 : 1));
}
