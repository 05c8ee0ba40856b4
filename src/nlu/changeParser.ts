import { OTHER_SERVICES } from './locationParser';
import { findPeople } from './peopleParser';
import { MESSAGE_GATES, RegexGate } from './regexGate';
import { EVENT_NOUNS } from './subjectParser';

/**
 * For changes and cancellations: which event ("my 3pm", "the budget review", "it",
 * "my next meeting") and what changes ("to 4pm", "30 minutes later", "to Thursday").
 * Splits "move X to Y" at the "to", so the two times are read apart rather than as a
 * range "3pm to 4"; "add X to Y" / "remove X from Y" at the preposition, so the people
 * and the meeting are read apart; and a message after a comma, a dash or "because"
 * ("decline Friday's sync, I'm out") is not part of the meeting's name.
 */
export interface ChangeSplit {
  /** [start, end) of the part naming the event. */
  target: { start: number; end: number };
  /** [start, end) of the part naming the new time, if any. */
  change?: { start: number; end: number };
  shiftMinutes?: number;
  /** A new length ("make the standup 15 minutes"); see EventChange. */
  lengthMinutes?: number;
  /** Length added or, negative, taken off ("30 minutes longer"); see EventChange. */
  extendMinutes?: number;
  anaphora: boolean;
  next: boolean;
  /** "add Adele and lynner@example.com to it": who is added or taken off, each as written. */
  attendees?: { action: 'add' | 'remove'; names: string[]; start: number; end: number };
  /** [start, end) of a message for the other people ("I'm out"), after the meeting's name. */
  comment?: { start: number; end: number };
  /** "make my 4pm a Teams meeting", "add a Teams link to the review": it is to get a Join link. */
  online?: true;
  /** "make the weekly sync biweekly": it is to repeat another way, the way said after `target`. */
  repeat?: true;
  /** [start, end) of a new end's clock time, the start kept ("extend my 2pm until 3:30"). */
  endsAt?: { start: number; end: number };
  /** [start, end) of the meeting's day, said after its new end ("until 2:30 tomorrow"). */
  endsAtDay?: { start: number; end: number };
}

/**
 * "add Adele to the review", "remove Patti from it" (who in group 2 or 4, the meeting in 5), and
 * "forward the design review to Patti" (the meeting in 7, who in 8): a meeting forwarded is an
 * invitation for them.
 */
const ATTENDEES =
  /^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:(?:(add|invite|include)\s+(.+?)\s+(?:to|on|into|in)|(remove|drop|uninvite|disinvite|take)\s+(.+?)\s+(?:from|off(?:\s+of)?|out\s+of))\s+(.+?)|(forward)\s+(.+?)\s+to\s+(.+?))\s*(?:,?\s*please)?\s*[.!?]*\s*$/di;
const MAX_ATTENDEE_REQUEST = 200;
/** ATTENDEES' words ("add", "invite", "remove"...), looked for in the text's shared scan: most messages have none. */
const ATTENDEES_GATE = new RegexGate([ATTENDEES], false, MESSAGE_GATES);
/**
 * Things people are added to that are not meetings ("add Adele to my contacts", "add ashley to the invite
 * list"); not where a meeting's name starts with one ("add Lynne to the team lunch").
 */
const NOT_A_MEETING = new RegExp(String.raw`\b(calendars?|schedule|agenda|contacts?|lists?|team|group|channel|chat|thread|e-?mails?|mail|distribution|cc|bcc|address\s+book|playlist)\b(?!\s+(?:${EVENT_NOUNS})(?![\w:]))`, 'i');
/** The kinds of link that make a meeting online: Teams', or an online, video or join link; another service's too (it is made a Teams one). */
export const LINK_KIND = String.raw`(?:(?:ms\s+|microsoft\s+)?teams|online|video|join|${OTHER_SERVICES})`;
/** "Add a Teams link" (or an online, video or join link). */
const ADD_TEAMS_LINK = String.raw`(?:add|include)\s+(?:an?\s+)?${LINK_KIND}\s+(?:meeting\s+|call\s+)?(?:link|url)`;
/** "it", "that meeting", "the last one", a bare "decline" or "reschedule": the meeting last talked about. */
const ANAPHORA = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:reschedule|resched|postpone|accept|decline|tentatively\s+accept|${ADD_TEAMS_LINK}(?:,?\s*please)?)\s*[.!]*\s*$|\b(?:it|(?:that|this)(?:\s+(?:meeting|event|appointment|call|invitation|invite|one)|(?!\s+(?:week|weekend|month|year|morning|afternoon|evening|time)\b))|the\s+last\s+one|the\s+same\s+(?:meeting|one))\b`,
);
/** "next meeting", "the upcoming call", "the following one": the next meeting, wherever it is asked about. */
export const NEXT_MEETING_WORDS = String.raw`(?:next|upcoming|following)\s+(?:meeting|mtg|appointment|appt|event|call|one)`;
export const NEXT = new RegExp(String.raw`\b${NEXT_MEETING_WORDS}\b`);
/** "my 3pm", "the 10:30 meeting", "tomorrow's 10am": a meeting named by its clock time. */
const AT_CLOCK = /^(?:my|the|our|[\p{L}]+['’]s)\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?|noon|midday)\b/iu;
/** A meeting is named with a determiner ("the design review", "Friday's sync"); "invite Megan to lunch" is a new one. */
const NAMED = /^(?:the|my|our|this|that|[\p{L}\p{N}]+['’]s)\s+\S/iu;
const ADDRESS = /^[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
/**
 * After the meeting's name: a message for the others ("decline Friday's sync, I'm out", "cancel
 * it because I'm ill", "cancel tomorrow's standup and let everyone know I'm sick", "decline the 4pm
 * and tell Lynne I have a conflict").
 */
const COMMENT = /\s*[,;]\s*|:\s+|\s+[-–—]+\s+|\s+because\s+|\s+and\s+(?:let\s+(?!me\b|us\b)(?:the\s+team|[a-z][a-z'-]*)\s+know|tell\s+(?!me\b|us\b)(?:the\s+team|[a-z][a-z'-]*))\s+(?:that\s+)?/;

/** "Adele, Isaiah and lynner@example.com", "the whole team": each a name (as the people finder knows one), a relation or an address, else undefined. */
function peopleListed(text: string): string[] | undefined {
  const parts = text.split(/\s*(?:,|&|\band\b)\s*/i).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const isPerson = (part: string): boolean => {
    if (ADDRESS.test(part)) return true;
    const found = findPeople(`with ${part}`);
    // A name, or whom a relation stands for ("the whole team", "my manager"): the dialog looks them up or asks.
    return found.length === 1 && (found[0].kind === 'name' || found[0].kind === 'relation') && found[0].text === part;
  };
  return parts.every(isPerson) ? parts : undefined;
}

/** Whether the words after "to"/"from" name an existing meeting rather than a thing or a new event. */
function namesAMeeting(text: string): boolean {
  return !NOT_A_MEETING.test(text) && refersToMeeting(text);
}

/** Whether the words read as a meeting there is: "it", "my next meeting", "my 3pm", "the team sync". */
function refersToMeeting(text: string): boolean {
  const t = text.trim().toLowerCase();
  return ANAPHORA_ALONE.test(t) || NEXT_ALONE.test(t) || AT_CLOCK.test(t) || NAMED.test(t);
}
const ANAPHORA_ALONE = new RegExp(`^(?:${ANAPHORA.source})$`);
const NEXT_ALONE = new RegExp(`^(?:my |the )?${NEXT.source}$`);

/** A greeting or filler before the request ("hey, ", "ok so "): not the meeting's name, and its comma is no message. */
const LEAD_IN = /^\s*(?:(?:hey|hi|hello|ok|okay|so|um|well|oh|yes|yeah|right|ugh|argh|oops|whoops|hmm|ah|alright|actually|sigh|dang|darn)\b[\s,!.]*)+/i;

/**
 * A reason said before the request ("I'm sick today, cancel all my meetings", "something came up -
 * push my 9am by 15 minutes"): the request starts after the comma, dash or full stop that is
 * followed by its verb; the reason is the message for the others.
 */
const REQUEST_VERBS = String.raw`(?:cancel|cxl|decline|accept|tentatively\s+accept|move|push|pull|bring|reschedule|resched|postpone|shift|delay|bump|delete|remove|drop|call\s+off|clear|scrap|extend|lengthen|shorten)\b`;
const REQUEST_AFTER = new RegExp(String.raw`(?:\s*[,;]\s*|[.:!]\s+|\s+[-–—]+\s+)(?=(?:please\s+|pls\s+|(?:can|could|would)\s+you\s+)?${REQUEST_VERBS})`, 'i');
/** What makes the words before it a reason, not a day or a name ("On Friday, move the standup to 10"). */
const REASON = /\b(?:i|i'm|im|i've|i'll|i'd|we|we're|we've|something|can'?t|cannot|won'?t|running|stuck|sick|ill|late|emergency|conflict|out)\b/i;
/** A request verb before the reason's end: two requests, not a reason and one. */
const REQUEST_VERB = new RegExp(String.raw`\b${REQUEST_VERBS}`, 'i');

/** A reason said first: where it ends and where the request after it starts. */
function reasonFirst(text: string): { end: number; request: number } | undefined {
  const m = REQUEST_AFTER.exec(text);
  if (m === null) return undefined;
  const reason = text.slice(0, m.index);
  return REASON.test(reason) && !REQUEST_VERB.test(reason) ? { end: m.index, request: m.index + m[0].length } : undefined;
}

/** How many characters of `text` are a greeting or filler before the request (0: none, or nothing after it). */
function leadInLength(text: string): number {
  const lead = LEAD_IN.exec(text);
  return lead !== null && lead[0].length < text.length ? lead[0].length : 0;
}

/** The ranges of a split read in a text `by` characters into another, moved there. */
export function shifted<T extends Partial<Pick<ChangeSplit, 'target' | 'change' | 'attendees' | 'comment' | 'endsAt' | 'endsAtDay'>>>(split: T, by: number): T {
  const move = <R extends { start: number; end: number }>(r: R | undefined): R | undefined => r && { ...r, start: r.start + by, end: r.end + by };
  return {
    ...split,
    target: move(split.target),
    change: move(split.change),
    attendees: move(split.attendees),
    comment: move(split.comment),
    endsAt: move(split.endsAt),
    endsAtDay: move(split.endsAtDay),
  };
}

/** "add Adele to it", "remove Patti from the design review": who, and the part naming the meeting. */
export function attendeeSplit(text: string): Pick<ChangeSplit, 'attendees' | 'target'> | undefined {
  const lead = leadInLength(text);
  if (lead > 0) {
    const inner = attendeeSplit(text.slice(lead));
    return inner && shifted(inner, lead);
  }
  // One short sentence; the bound also keeps the two lazy parts of the pattern from backtracking over a long text.
  if (text.length > MAX_ATTENDEE_REQUEST || ATTENDEES_GATE.mayMatch(text)[0] === 0) return undefined;
  const m = ATTENDEES.exec(text);
  const idx = m?.indices;
  if (!m || !idx) return undefined;
  const who = m[2] ?? m[4] ?? m[8];
  const whoAt = idx[2] ?? idx[4] ?? idx[8];
  const meeting = m[5] ?? m[7];
  const meetingAt = idx[5] ?? idx[7];
  const names = peopleListed(who);
  if (!names || !whoAt || !meetingAt || !namesAMeeting(meeting) || (m[6] !== undefined && !FORWARDED_MEETING.test(meeting))) return undefined;
  return { attendees: { action: m[3] ? 'remove' : 'add', names, start: whoAt[0], end: whoAt[1] }, target: { start: meetingAt[0], end: meetingAt[1] } };
}

/**
 * "make my 4pm online", "turn the sync into a Teams meeting", "put it on Teams" (1), and
 * "add a Teams link to the design review", "send a Teams link for the sync" (2): the group
 * names the meeting.
 */
const ONLINE = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:(?:make|turn|switch|change|convert|move|put)\s+(.+?)\s+(?:(?:into|to|onto|on|as)\s+)?(?:an?\s+)?(?:(?:ms\s+|microsoft\s+)?teams|online|virtual|${OTHER_SERVICES})(?:\s+(?:meeting|call|event|one))?|(?:(?:add|put|include|attach)\s+(?:an?\s+)?(?:${LINK_KIND}\s+(?:meeting\s+|call\s+)?(?:link|meeting|call|url)|(?:ms\s+|microsoft\s+)?teams)\s+(?:to|for|on|in)|(?:send|create|generate|set\s+up|make|get)\s+(?:me\s+)?(?:an?\s+)?${LINK_KIND}\s+(?:meeting\s+|call\s+)?(?:link|url)\s+for)\s+(.+?))\s*(?:,?\s*please)?\s*[.!?]*\s*$`,
  'di',
);

/** "Add a Teams link", with no meeting named: the intent rules read the same words. */
export const ONLINE_ALONE_WORDS = String.raw`^\s*(?:please\s+)?${ADD_TEAMS_LINK}\s*(?:,?\s*please)?\s*[.!?]*\s*$`;
const ONLINE_ALONE = new RegExp(ONLINE_ALONE_WORDS, 'i');

/**
 * What is forwarded as a meeting, by a meeting's word or time ("the design review", "my 3pm"):
 * "it", "the report" or "my schedule" may be mail. The intent rule for a meeting forwarded reads the same words.
 */
export const FORWARDED_MEETING_WORDS = String.raw`(?:invite|invitation|meeting|mtg|appointment|appt|call|standup|stand-up|sync|review|1:1|one on one|planning|retro|offsite|all[- ]hands|interview|workshop|webinar|session|kickoff|kick-off)s?\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b`;
const FORWARDED_MEETING = new RegExp(String.raw`\b(?:${FORWARDED_MEETING_WORDS})`, 'i');

/** "make it online", "add a Teams link to the review": the part naming the meeting, when it names one. */
function onlineSplit(text: string): { start: number; end: number } | undefined {
  // "add a Teams link" alone: to the meeting last talked about (the whole request reads as "it").
  if (ONLINE_ALONE.test(text)) return { start: 0, end: text.length };
  const m = ONLINE.exec(text);
  const at = m?.indices?.[1] ?? m?.indices?.[2];
  const named = m?.[1] ?? m?.[2];
  return at && named !== undefined && refersToMeeting(named) ? { start: at[0], end: at[1] } : undefined;
}

/**
 * A move by an amount: "30 minutes later" (1–3), "back an hour" (4–6), "push it back by 15 minutes"
 * (7–9), and "push the standup 15 min" (10–11: pushed, delayed or postponed is later).
 */
const SHIFT = /\b(?:by\s+)?(\d+|an?|half an?)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(later|earlier|back|forward|sooner|ahead)\b|\b(back|forward|later|earlier|out|up)\s+(?:by\s+)?(\d+|an?|half an?)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\b(?:push(?:ed)?|move(?:d)?|shift(?:ed)?|delay(?:ed)?|postpone(?:d)?|bring|pull)\b[^.]{0,30}?\b(back|forward|out|later|earlier|up)?\s*(?:by\s+)(\d+|an?|half an?)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\b(?:push(?:ed)?|delay(?:ed)?|postpone(?:d)?|bump(?:ed)?)\s+(?:it|the|my|our|this|that|[a-z]+'s)\b[^.]{0,30}?\s(\d+|an?|half an?)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)\s*[.!?]*$|\b(?:push(?:ed)?|move(?:d)?|shift(?:ed)?|delay(?:ed)?|bump(?:ed)?)\b[^.]{0,30}?\b(back|forward|out|later|earlier|up)?\s*by\s+([1-9]\d)\s*[.!?]*$/i;

/** The words that say how often alone ("biweekly"); "every …" says it with more words after. */
const HOW_OFTEN = 'daily|weekly|biweekly|bi-weekly|fortnightly|monthly|yearly';
/**
 * "make the weekly sync biweekly", "set the standup to repeat every weekday", "change it to every
 * other week": a new way to repeat; the group names the meeting. A new title or place is no way
 * to repeat ("change the title of the standup to Daily check-in").
 */
const REPEAT = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:make|set|change|switch|turn)\s+(?!(?:the\s+)?(?:title|name|subject|location|room|place|venue)\b)(.+?)\s+` +
    String.raw`(?:(?:(?:to|into)\s+(?:(?:repeat|recur)\s+)?|(?:repeat|recur)\s+)(?:${HOW_OFTEN}|every)\b|every\b|(?:${HOW_OFTEN})(?:,?\s*please)?\s*[.!?]*\s*$)`,
  'di',
);

/** A new clock time said inside what REPEAT reads as the meeting ("the standup to 9:30"). */
const NEW_CLOCK = /\sto\s+\d/i;

/** "move the standup to the same time next week": a week later, at the same time. */
const SAME_TIME_NEXT_WEEK = /\s+(?:to|for|until|till)\s+(?:the\s+)?same\s+time\s+next\s+week\b/i;

const AMOUNT = String.raw`(\d+|an?|half an?)\s*(minutes?|mins?|hours?|hrs?)`;
/**
 * A meeting's new length, in four forms: "30 minutes longer" / "15 minutes shorter" (1–3),
 * "extend it by 15 minutes" / "shorten my 2pm by half an hour" (4–6), and "make the standup
 * 15 minutes" / "shorten my 2pm to 15 minutes" / "change it to an hour long" (7–8). The
 * meeting is named before the amount.
 */
const LENGTH = new RegExp(
  String.raw`\b${AMOUNT}\s+(longer|shorter)\b` +
    String.raw`|\b(extend|lengthen|shorten|cut)\b[^.]{0,40}?\bby\s+${AMOUNT}\b` +
    String.raw`|\b(?:make|shorten|extend|lengthen|cut|change)\b[^.]{0,40}?\s(?:to\s+|down to\s+)?${AMOUNT}(?:\s+long)?(?:\s+instead(?:\s+of\s+[^.]{1,20}?)?)?\s*[.!?]*$` +
    // "add 15 minutes to the standup", "take 10 mins off my 2pm" (9–11): the meeting is named after the amount.
    String.raw`|\b(add|give|take|knock)\s+(?:another\s+)?${AMOUNT}\s+(?:more\s+|extra\s+)?(?:to|onto|off(?:\s+of)?)\s+` +
    // "give the design review another 30 minutes" (12–13): the meeting named between.
    String.raw`|\bgive\s+[^.]{1,40}?\s(?:another|an\s+extra|extra)\s+${AMOUNT}`,
  'i',
);
/**
 * A new end, the start kept: "extend my 2pm until 3:30" (clock time in group 1), "end the design
 * review at 2:30", "make the standup finish by 9:30" (group 3, the verb in group 2); a day said
 * after it ("until 2:30 tomorrow", group 4) is the meeting's.
 */
const END_AT =
  /(?:\b(?:extend|lengthen|shorten|cut)\b[^.]{0,40}?\s(?:until|till|to)\s+(\d{1,2}(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)|\b(end|finish|wrap\s+up)\b[^.]{0,40}?\s(?:at|by)\s+(\d{1,2}(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?))(?:\s+((?:on\s+)?(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)))?\s*[.!?]*$/di;
/** What may come before an end verb that names the meeting after it ("please end the review at 2"). */
const BEFORE_END_VERB = /^\s*(?:please\s+)?(?:(?:can|could|would)\s+(?:you|we)\s+)?$/i;

/** Where LENGTH's amount starts, with the "by" or "to" before it: the meeting is named before that. */
const AMOUNT_LEAD = new RegExp(String.raw`(?:\b(?:by|to|down to)\s+)?\b${AMOUNT}`);

/** A change verb; what follows it up to the preposition names the event. */
const CHANGE_VERB = String.raw`\b(?:rename|retitle|move|moved|reschedule|rescheduled|resched|push|pushed|postpone|postponed|shift|change|changed|switch|bring|put|make|update|set|bump|bumped|delay|delayed|pull|pulled|slide)\b.*?\s`;
/** Not a new value: "to a later time", "for another day". */
const NOT_A_VALUE = String.raw`\s+(?!(?:a|an|the)\s+(?:later|earlier|different|another|new)\b)`;
/**
 * "move the standup on Monday to 3pm", "move my 3pm on Monday to 4": a "to" (or "until")
 * introduces the new value, and a day or time said before it names the event; only
 * without one does "for", "on" or "at" introduce it ("make it for 3pm", "put it on Friday").
 */
const NEW_VALUE_AFTER_TO = new RegExp(`${CHANGE_VERB}(to|until|till)${NOT_A_VALUE}`, 'i');
const NEW_VALUE_AFTER_AT = new RegExp(`${CHANGE_VERB}(for|on|at)${NOT_A_VALUE}`, 'i');
/**
 * "can we do the design review at 2 instead", "let's do the sync tomorrow instead", "can the 1:1 start at
 * 3:15 instead": "do", "have", "hold" or "start" change a meeting only with an "instead". The new value follows a preposition, or is
 * a day said without one; group 1 is the preposition, or nothing.
 */
const NEW_VALUE_INSTEAD =
  /\b(?:do|have|hold|start)\b.*?\s(?:(at|on|for|to)\s+|()(?=(?:today|tonight|tomorrow|(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week)\b))(?=.{1,25}\binstead\b)/i;

function toMinutes(n: string, unit: string): number {
  const v = /^an?$/i.test(n) ? 1 : /^half/i.test(n) ? 0.5 : Number(n);
  const u = unit.toLowerCase();
  const f = u.startsWith('h') ? 60 : u.startsWith('d') ? 1440 : u.startsWith('w') ? 10080 : 1;
  return Math.round(v * f);
}

/**
 * The words of the patterns below, looked for in the text's shared scan (caseless: they are
 * tried on the lower-cased text); the comment is tried on part of it, which holds no
 * literal the whole text lacks. Most messages name no amount or change verb.
 */
const SPLIT_GATE = new RegexGate([SHIFT, NEW_VALUE_AFTER_TO, NEW_VALUE_AFTER_AT, COMMENT, LENGTH, ONLINE, NEW_VALUE_INSTEAD, END_AT], true, MESSAGE_GATES);
const MAY_SHIFT = 0;
const MAY_AFTER_TO = 1;
const MAY_AFTER_AT = 2;
const MAY_COMMENT = 3;
const MAY_LENGTH = 4;
const MAY_ONLINE = 5;
const MAY_INSTEAD = 6;
const MAY_END_AT = 7;

export function splitChange(text: string): ChangeSplit {
  const lead = leadInLength(text);
  if (lead > 0) return shifted(splitChange(text.slice(lead)), lead);
  const reason = reasonFirst(text);
  if (reason !== undefined) {
    const request = shifted(splitChange(text.slice(reason.request)), reason.request);
    if (request.comment || request.attendees || request.online) return request;
    // "I can't make the 3pm, decline it": "it" is the meeting the reason names, so the whole message is searched for one.
    return { ...request, target: request.anaphora ? { start: 0, end: text.length } : request.target, comment: { start: 0, end: reason.end } };
  }
  const t = text.toLowerCase();
  const out: ChangeSplit = { target: { start: 0, end: text.length }, anaphora: false, next: false };
  const may = SPLIT_GATE.mayMatch(text);
  const online = may[MAY_ONLINE] === 1 ? onlineSplit(text) : undefined;
  const repeatAt = online ? undefined : REPEAT.exec(text)?.indices?.[1];
  // "change the standup to 9:30 every day" is a new time for the series, not a new way to repeat it.
  const repeat = repeatAt && refersToMeeting(text.slice(repeatAt[0], repeatAt[1])) && !NEW_CLOCK.test(text.slice(repeatAt[0], repeatAt[1])) ? { start: repeatAt[0], end: repeatAt[1] } : undefined;
  const shift = online || repeat || may[MAY_SHIFT] === 0 ? null : SHIFT.exec(t);
  const nextWeek = online || repeat || shift ? null : SAME_TIME_NEXT_WEEK.exec(t);
  const length = online || repeat || shift || nextWeek || may[MAY_LENGTH] === 0 ? null : LENGTH.exec(t);
  const endAt = online || repeat || shift || nextWeek || length || may[MAY_END_AT] === 0 ? null : END_AT.exec(text);
  const attendees = online || repeat || shift || nextWeek || length || endAt ? undefined : attendeeSplit(text);
  if (online) {
    out.online = true;
    out.target = online;
  } else if (repeat) {
    out.repeat = true;
    out.target = repeat;
  } else if (nextWeek) {
    out.shiftMinutes = 7 * 24 * 60;
    out.target = { start: 0, end: nextWeek.index };
  } else if (length) {
    if (length[1] !== undefined) out.extendMinutes = (length[3] === 'shorter' ? -1 : 1) * toMinutes(length[1], length[2]);
    else if (length[5] !== undefined) out.extendMinutes = (/shorten|cut/.test(length[4]) ? -1 : 1) * toMinutes(length[5], length[6]);
    else if (length[10] !== undefined) out.extendMinutes = (/take|knock/.test(length[9]) ? -1 : 1) * toMinutes(length[10], length[11]);
    else if (length[12] !== undefined) out.extendMinutes = toMinutes(length[12], length[13]);
    else out.lengthMinutes = toMinutes(length[7], length[8]);
    if (length[10] !== undefined) {
      // "add 15 minutes to the standup": the event is named after the amount.
      out.target = { start: length.index + length[0].length, end: text.length };
    } else if (length[12] !== undefined) {
      // "give the design review another 30 minutes": named before "another".
      out.target = { start: 0, end: length.index + t.slice(length.index).search(/\s(?:another|an\s+extra|extra)\s/) };
    } else {
      // The event is named before the amount ("make the budget review 30 minutes longer").
      const amountAt = t.slice(length.index).search(AMOUNT_LEAD);
      out.target = { start: 0, end: length.index + Math.max(0, amountAt) };
    }
  } else if (endAt?.indices) {
    const clock = endAt.indices[1] ?? endAt.indices[3];
    const verb = endAt.indices[2];
    out.endsAt = { start: clock[0], end: clock[1] };
    const day = endAt.indices[4];
    if (day !== undefined) out.endsAtDay = { start: day[0], end: day[1] };
    // "end the review at 2:30": named after the verb; "make the standup end at 9:30", "extend my 2pm until 3:30": before it, or before "until".
    out.target =
      verb === undefined
        ? { start: 0, end: endAt.index + t.slice(endAt.index).search(/\s(?:until|till|to)\s+\d/) }
        : BEFORE_END_VERB.test(text.slice(0, verb[0]))
          ? { start: verb[1], end: text.slice(0, clock[0]).search(/\s(?:at|by)\s+$/) }
          : { start: 0, end: verb[0] };
  } else if (attendees) {
    out.attendees = attendees.attendees;
    out.target = attendees.target;
  } else if (shift) {
    if (shift[1] !== undefined) {
      const sign = /earlier|forward|sooner|ahead/.test(shift[3]) ? -1 : 1;
      out.shiftMinutes = sign * toMinutes(shift[1], shift[2]);
    } else if (shift[5] !== undefined) {
      const sign = /forward|earlier|up/.test(shift[4]) ? -1 : 1;
      out.shiftMinutes = sign * toMinutes(shift[5], shift[6]);
    } else if (shift[8] !== undefined) {
      const sign = /forward|earlier|up/.test(shift[7] ?? '') ? -1 : 1;
      out.shiftMinutes = sign * toMinutes(shift[8], shift[9]);
    } else if (shift[10] !== undefined) {
      // "push the standup 15 min": pushed is later.
      out.shiftMinutes = toMinutes(shift[10], shift[11]);
    } else {
      // "push the standup by 15": two digits alone are minutes, as people say them in chat.
      const sign = /forward|earlier|up/.test(shift[12] ?? '') ? -1 : 1;
      out.shiftMinutes = sign * Number(shift[13]);
    }
    // The event is named before the amount ("shift my 1pm by 30 minutes", "push the standup by 15").
    const amountAt = t.slice(shift.index).search(shift[13] !== undefined ? /\bby\s+\d+\s*[.!?]*$/ : /\b(?:by\s+)?(?:\d+|an?|half an?)\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b/);
    out.target = { start: 0, end: shift.index + Math.max(0, amountAt) };
  } else {
    const to =
      (may[MAY_AFTER_TO] === 1 ? NEW_VALUE_AFTER_TO.exec(t) : null) ??
      (may[MAY_AFTER_AT] === 1 ? NEW_VALUE_AFTER_AT.exec(t) : null) ??
      (may[MAY_INSTEAD] === 1 ? NEW_VALUE_INSTEAD.exec(t) : null);
    if (to) {
      const at = to.index + to[0].length;
      // The target ends before the preposition and its blank; with none, before the blank.
      out.target = { start: 0, end: at - (to[1] ?? to[2]).length - 1 };
      out.change = { start: at, end: text.length };
    }
  }
  if (!out.attendees && !out.online && !out.repeat) {
    const comment = may[MAY_COMMENT] === 1 ? COMMENT.exec(t.slice(out.target.start, out.target.end)) : null;
    if (comment && out.target.start + comment.index + comment[0].length < out.target.end) {
      out.comment = { start: out.target.start + comment.index + comment[0].length, end: out.change ? out.target.end : text.length };
      out.target = { start: out.target.start, end: out.target.start + comment.index };
    }
  }
  const targetText = t.slice(out.target.start, out.target.end);
  out.anaphora = ANAPHORA.test(targetText);
  out.next = NEXT.test(targetText);
  return out;
}
