import { attendeeSplit, NEXT_MEETING_WORDS } from './changeParser';
import type { IntentScore } from './intentScorer';
import { MESSAGE_GATES, RegexGate } from './regexGate';
import type { RecognitionState } from './recognition';
import type { CalendarRequest, Intent } from './types';

/**
 * Requests the intent model has no class for, or reads as another, told by their shape:
 * office hours, calendars themselves, changes to who is invited, finding a time, and a
 * few short forms ("move it", "next meeting", "when is the design review?"). Each reading sets the intent (named in the
 * trace as `request.*`) and the entity that says which request it is; the resolver then
 * reads targets, days and people as for any other request of that intent.
 */
interface Reading {
  rule: string;
  intent: Intent;
  officeHours?: true;
  calendar?: CalendarRequest;
  /** Where the meeting to put in a calendar is named, when it is named rather than "it". */
  meeting?: { start: number; end: number };
}

const OFFICE_HOURS = /\boffice[\s-]hours?\b/i;
const END = /\b(end|stop|cancel|delete|remove|drop|discontinue|finish|no more|no longer)\b/i;
const CHANGE = /\b(change|move|switch|reschedule|shift|update|make)\b/i;
const SHOW = /\b(show|list|see|view|what|when|which|do i have)\b/i;
/** "set up office hours" with no day or hours yet: a new series, whose times are asked for next. */
const CREATE = /\b(hold|set\s+up|start|create|add|schedule|open|host|offer|block)\b/i;

const LIST_CALENDARS =
  /^\s*(?:please\s+)?(?:(?:list|show|see|view)(?:\s+me)?\s+(?:all\s+)?(?:of\s+)?(?:my|the)\s+calendars|(?:what|which)\s+calendars\s+(?:do\s+i\s+have|have\s+i\s+got)|(?:my\s+)?calendars)\s*[?.!]*\s*$/i;
const CREATE_CALENDAR =
  /^\s*(?:please\s+)?(?:create|make|add|set\s+up|start)\s+(?:me\s+)?(?:a\s+|an\s+|another\s+)?(?:new\s+)?calendar\s+(?:called|named|for)\s+["“']?(.+?)["”']?\s*[.!]*\s*$|^\s*new\s+calendar\s+["“']?(.+?)["”']?\s*[.!]*\s*$/i;
const PUT_IN =
  /^\s*(?:please\s+)?(?:put|move|file|place)\s+(?:it|that|this|that meeting|this meeting|the meeting|the event)\s+(?:(?:in|into)\s+(?:my\s+|the\s+)?["“']?(.+?)["”']?(?:\s+calendar)?|(?:to|on|onto)\s+(?:my\s+|the\s+)?["“']?(.+?)["”']?\s+calendar)\s*[.!]*\s*$/i;
/** "put the design review in my Projects calendar", "move tomorrow's standup to the Team calendar": a meeting by name (group 1), its calendar (2). */
const PUT_NAMED =
  /^\s*(?:please\s+)?(?:put|move|file|place)\s+((?:the|my|our|today'?s|tomorrow'?s|[a-z]+day'?s)\s+.+?)\s+(?:in|into|to|on|onto)\s+(?:my\s+|the\s+)?["“']?(.+?)["”']?\s+calendar\s*[.!]*\s*$/i;
/** "put it in the afternoon", "move it to Friday at 3": a time, not a calendar. */
const TIME_WORDS = /\b(morning|afternoon|evening|tonight|today|tomorrow|week|month|(mon|tues|wednes|thurs|fri|satur|sun)day|noon|midnight|am|pm|\d)\b/i;

/** "when can Megan meet", "find 30 minutes with Adele", "suggest a few times", "any time on Monday works for me and Lee?", "can Lynne do 2pm tomorrow?". */
const FIND_TIME =
  /\bwhen(?:\s+(?:can|could|are|is|would|will)\b|'?s\s).*\b(?:meet|free|available|get together)\b|\bfind\s+(?:a\s+|an\s+|some\s+)?(?:time|slot|(?:\d+|half an)\s*(?:min(?:ute)?s?|hours?)|hour)s?\b|\bsuggest\s+(?:a\s+few\s+|some\s+|a\s+)?(?:times?|slots?)\b(?!\s*zones?\b)|\b(?:any\s*time|what\s+time|which\s+time|when)\b.{0,40}\bworks?\s+for\b|^\s*(?:can|could)\s+(?!you\b|i\b|we\b)[a-z]+\s+(?:do|make)\s+(?:it\s+)?(?:at\s+)?\d/i;
/**
 * "I need 2 hours with Diego and Lee before the end of the month", "does Adele have anything on
 * Monday morning?", "is Megan busy tomorrow?": a time to find, or someone's free and busy times.
 * The first only without a clock time ("I need 30 minutes with Megan at 3" is a new meeting).
 */
const NEED_TIME_WITH = /^\s*(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)\s+(?:\d+|an?|half\s+an?)\s*(?:min(?:ute)?s?|hours?|hrs?)\s+with\b/i;
const SOMEONE_BUSY = /^\s*(?:does|is)\s+(?!it\b|this\b|that\b|there\b)[a-z][a-z'-]*(?:\s+(?:and\s+)?[a-z][a-z'-]*)?\s+(?:have\s+(?:anything|any\s+(?:meetings?|time|plans?)|something)|busy)\b/i;

/** "move it", "reschedule that meeting", a bare "reschedule": a move whose new time is asked for next. */
const BARE_MOVE = /^\s*(?:please\s+)?(?:(?:move|reschedule|resched|postpone)\s+(?:it|that|this|(?:that|this)\s+(?:meeting|mtg|one|event)|the\s+last\s+one)|reschedule|resched|postpone)\s*[.!]*\s*$/i;
/** "next meeting", "what's my next meeting?": the details of the next one. */
const NEXT_MEETING = new RegExp(
  String.raw`^\s*(?:what'?s\s+|what\s+is\s+|when'?s\s+|when\s+is\s+|show\s+(?:me\s+)?)?(?:my\s+|the\s+)?${NEXT_MEETING_WORDS}\s*[?.!]*\s*$`,
  'i',
);

/**
 * "when is the quarterly planning?", "what time is my 1:1?", "where is the design review?", "how
 * long is the standup?": when (or where, or how long) a meeting named by a
 * work-meeting noun is. Trains, games, alarms and orders are asked about the same way and
 * are not the calendar's, so the name must end in one of these nouns and hold no place,
 * person or time ("when is the next train to boston" stays out).
 */
const WHEN_IS_MEETING =
  /^\s*(?:when|what\s+time|where|how\s+long)(?:'s|\s+is|\s+does)\s+(?:my|the|our)\s+(?:[\p{L}\p{N}'’:-]+\s+){0,3}(?:meeting|review|planning|sync|standup|stand-up|call|1:1|interview|workshop|demo|session|retro|retrospective|kickoff|kick-off|offsite|all[- ]hands|presentation|webinar|appointment|check-in|catch-up|huddle|lunch|training)(?:\s+(?:start|begin))?\s*[?.!]*\s*$/iu;
/** Words that make a "when is …" a question about something else (a trip, a person, a time). */
const NOT_A_NAME = /\s(?:to|from|with|for|at|on|in|and|i|tonight|today|tomorrow)\s/i;

/**
 * What every match of WHEN_IS_MEETING starts with, in a form the gate reads: it does not
 * read Unicode-mode patterns, whose case folding maps two non-ASCII letters onto "s" and
 * "k" (neither occurs in these words).
 */
const WHEN_IS_OPENING = /^\s*(?:when|what\s+time|where|how\s+long)/i;

/**
 * Each reading's pattern and the pattern that gates it (itself, or what all its matches
 * start with), in one gate sharing the scan of the message: most messages hold none of
 * their words, and then no pattern runs.
 */
export const GATED_PATTERNS: ReadonlyArray<readonly [pattern: RegExp, gate: RegExp]> = [
  OFFICE_HOURS,
  LIST_CALENDARS,
  CREATE_CALENDAR,
  PUT_IN,
  PUT_NAMED,
  BARE_MOVE,
  NEXT_MEETING,
  WHEN_IS_MEETING,
  FIND_TIME,
  NEED_TIME_WITH,
  SOMEONE_BUSY,
].map((re) => [re, re === WHEN_IS_MEETING ? WHEN_IS_OPENING : re] as const);
const [MAY_OFFICE_HOURS, MAY_LIST, MAY_CREATE, MAY_PUT, MAY_PUT_NAMED, MAY_MOVE, MAY_NEXT, MAY_WHEN_IS, MAY_FIND, MAY_NEED, MAY_BUSY] = GATED_PATTERNS.map((_, i) => i);
const GATE = new RegexGate(GATED_PATTERNS.map(([, gate]) => gate), false, MESSAGE_GATES);

function officeHoursReading(text: string, hasTime: boolean, may: Uint8Array): Reading | undefined {
  if (may[MAY_OFFICE_HOURS] === 0 || !OFFICE_HOURS.test(text)) return undefined;
  if (END.test(text)) return { rule: 'request.officeHours.end', intent: 'calendar.cancel', officeHours: true };
  if (CHANGE.test(text) && !/\bevery\b/i.test(text)) return { rule: 'request.officeHours.change', intent: 'calendar.update', officeHours: true };
  if (SHOW.test(text) || !(hasTime || CREATE.test(text))) return { rule: 'request.officeHours.show', intent: 'calendar.query', officeHours: true };
  return { rule: 'request.officeHours.create', intent: 'calendar.create', officeHours: true };
}

function calendarsReading(text: string, may: Uint8Array): Reading | undefined {
  if (may[MAY_LIST] === 1 && LIST_CALENDARS.test(text)) return { rule: 'request.calendars.list', intent: 'calendar.query', calendar: { action: 'list' } };
  const create = may[MAY_CREATE] === 1 ? CREATE_CALENDAR.exec(text) : null;
  if (create) return { rule: 'request.calendars.create', intent: 'calendar.create', calendar: { action: 'create', name: (create[1] ?? create[2]).trim() } };
  const put = may[MAY_PUT] === 1 ? PUT_IN.exec(text) : null;
  const name = put ? (put[1] ?? put[2]).trim() : '';
  if (put && !TIME_WORDS.test(name)) return { rule: 'request.calendars.put', intent: 'calendar.update', calendar: { action: 'put', name } };
  const named = may[MAY_PUT_NAMED] === 1 ? PUT_NAMED.exec(text) : null;
  // A calendar's name has no preposition or determiner of its own ("on the twelfth in my" is no name).
  if (named && !TIME_WORDS.test(named[2]) && !/\b(?:in|into|to|on|onto|my|the|our|your)\b/i.test(named[2]) && !/^(?:it|that|this)\b/i.test(named[1])) {
    const start = named.index + named[0].indexOf(named[1]);
    return { rule: 'request.calendars.putNamed', intent: 'calendar.update', calendar: { action: 'put', name: named[2].trim() }, meeting: { start, end: start + named[1].length } };
  }
  return undefined;
}

function readingOf(s: RecognitionState): Reading | undefined {
  const text = s.text;
  const may = GATE.mayMatch(text);
  const office = officeHoursReading(text, s.whens.some((w) => w.hasTime), may);
  if (office) return office;
  const calendars = calendarsReading(text, may);
  if (calendars) return calendars;
  if (attendeeSplit(text)) return { rule: 'request.attendees', intent: 'calendar.update' };
  if (may[MAY_MOVE] === 1 && BARE_MOVE.test(text)) return { rule: 'request.moveIt', intent: 'calendar.update' };
  if (may[MAY_NEXT] === 1 && NEXT_MEETING.test(text)) return { rule: 'request.nextMeeting', intent: 'calendar.query' };
  if (may[MAY_WHEN_IS] === 1 && WHEN_IS_MEETING.test(text) && !NOT_A_NAME.test(` ${text} `)) return { rule: 'request.whenIsMeeting', intent: 'calendar.query' };
  if (may[MAY_FIND] === 1 && FIND_TIME.test(text)) return { rule: 'request.findTime', intent: 'calendar.findTime' };
  if (may[MAY_NEED] === 1 && NEED_TIME_WITH.test(text) && !s.whens.some((w) => w.hasTime)) return { rule: 'request.needTimeWith', intent: 'calendar.findTime' };
  if (may[MAY_BUSY] === 1 && SOMEONE_BUSY.test(text) && s.people.some((p) => p.kind === 'name')) return { rule: 'request.someoneBusy', intent: 'calendar.findTime' };
  return undefined;
}

/** The pipeline step: overrides the intent for these readings and marks which request it is. */
export function findCalendarRequest(s: RecognitionState): void {
  const reading = readingOf(s);
  if (!reading) return;
  const before: IntentScore = s.intent ?? { intent: 'none', confidence: 0, fired: [] };
  // These shapes are unambiguous, so they are as sure as a confident model answer.
  s.intent = { intent: reading.intent, confidence: Math.max(before.confidence, 0.95), fired: [reading.rule, ...before.fired] };
  if (reading.officeHours) {
    s.entities.officeHours = true;
    s.trace.officeHours = reading.rule;
  }
  if (reading.calendar) {
    s.entities.calendar = reading.calendar;
    s.trace.calendar = reading.rule;
  }
  s.calendarMeeting = reading.meeting;
}
