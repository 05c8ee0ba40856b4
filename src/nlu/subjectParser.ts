import { MESSAGE_GATES, RegexGate } from './regexGate';

/**
 * What an event or mail is about: an explicit title ("called Design review",
 * "titled ...", "subject: ..."), a topic ("about the budget"), or failing those the
 * event noun phrase itself ("dentist appointment", "team lunch").
 */
export interface SubjectMatch {
  text: string;
  start: number;
  end: number;
  source: string;
}

/** Where a topic phrase stops: a time, a person, a place, a clause, or punctuation ("the Q4 forecast? Thanks!"; a full stop only where a word ends, not in "v2.0"). */
const STOP = /\s+(?:on|at|for|from|since|by|with|tomorrow|today|tonight|next|this|every|in|until|till|between|and tell|and ask|and say|to|starting|before|after|that|which|because|saying)\b|\s*[,;!?]|\s*\.(?!\S)/i;
/** The nouns that name a kind of meeting or event ("review", "team lunch"'s "lunch"). */
export const EVENT_NOUNS = String.raw`meetings?|flight|trip|appointments?|appt|party|parties|birthday|anniversary|conference|interview|review|standup|stand-up|sync|catch ?up|lunch|dinner|breakfast|brunch|happy hour|meetup|huddle|check-in|checkin|class|exam|test|workshop|webinar|presentation|demo|session|call|game|practice|wedding|reunion|deadline|ceremony|concert|recital|checkup|check-up|celebration|dance|fundraiser|event|events|reminder|1:1|1 on 1|1-on-1|one on one|one-on-one|offsite|off-site|all-hands|all hands|town hall|kickoff|kick-off|retro|retrospective|planning|training|brainstorm|brainstorming|appointment`;
const EVENT_NOUN = new RegExp(String.raw`\b((?:[a-z'-]+\s+){0,2}?)(${EVENT_NOUNS})(?![\w:])`, 'gi');
/** Words that are not part of an event's name when they come before its noun ("my", "the", "set", "tomorrow"); numbers neither. */
const NOT_MODIFIERS: ReadonlySet<string> = new Set(
  ('anything something everything after before during half hour hours minute minutes min mins a an the my our your his her their ' +
    'this that next last new all any some another how many much schedule set book add cancel delete remove move create make have i is are of to with for ' +
    'on at in about up meeting remind me today tomorrow tonight scheduled upcoming do what when which check show there s every each ' +
    'put please can you could would postpone reschedule push shift delay join attend skip decline accept block hold reserve ' +
    'arrange organise organize host rename extend shorten as out off cxl canx pls plz ' +
    'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty forty-five fifty oclock am pm day days ' +
    // Zone abbreviations, part of the time said before the noun ("3pm PST meeting").
    'pst pdt est edt cst cdt mst mdt akst akdt hst gmt utc bst cet cest ist jst aest aedt ' +
    // Another meeting service, said before the noun ("a zoom meeting"): how it is held (a Teams meeting here), not its name.
    'zoom webex skype gotomeeting').split(' '),
);

/**
 * A day said before the noun ("tomorrow's standup", "friday's review", "this week's 1:1") says when, not which.
 * A weekday without "'s" may be part of the name ("Friday sync").
 */
const DAYS_BEFORE: ReadonlySet<string> = new Set([
  ...['today', 'tonight', 'tomorrow', 'yesterday'].flatMap((d) => [d, `${d}'s`, `${d}s`]),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => `${d}'s`),
  // "this week's 1:1", "next month's review".
  "week's",
  "month's",
]);

/** The word (letters, "'" and "-": EVENT_NOUN's words) is no modifier, compared without case. */
function notModifier(word: string): boolean {
  const w = word.toLowerCase();
  // A length said before the noun ("half-hour sync", "one-hour call", "half-day offsite") is how long, not which.
  return NOT_MODIFIERS.has(w) || DAYS_BEFORE.has(w) || /^\d+$/.test(word) || /-(?:hours?|hrs?|minutes?|mins?|days?)$/.test(w);
}

const TITLED = /\b(?:called|titled|named|entitled|subject(?:\s+line)?(?:\s+is)?\s*:?|re:)\s+["“']?([^"”]+?)["”']?(?=$|\s+(?:on|at|for|with|tomorrow|today|next|this|every|from|to|(?:and\s+)?body)\b|[,.;!?])/i;
const ABOUT = /\b(?:about|regarding|re|concerning|to discuss|discuss|on the topic of|to go over|to go through)\s+(?:the\s+|our\s+|my\s+)?/i;
/**
 * "on" where it says when ("on friday", "on the 3rd", "on march 2"); elsewhere it belongs to
 * what is being done ("work on the deck", "turn on the lights").
 */
const ON_A_DAY = String.raw`on\s+(?:the\s+)?(?:\d|(?:this|next|coming)\b|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|today\b|tomorrow\b|week(?:day|end)s?\b)`;

/**
 * What time is kept for: "block 2 hours on Friday for focus time", "set aside an hour to prep
 * the deck", "put 2 hours on my calendar for deep work", "put a reminder for tax filing on
 * april 15". Never a person or a time ("set a reminder for tomorrow").
 */
const KEPT_FOR = new RegExp(
  String.raw`(?<!\bon )\b(?:block|hold|set aside|carve out|(?:put|reserve|save|book)\s+(?:\d+(?:\.\d+)?|an?|one|two|three|half an?)\s*(?:hours?|hrs?|h|minutes?|mins?)|(?:put|set|add|create|make)\s+(?:up\s+)?an?\s+reminder)\b.*?\s(?:for|to)\s+(?:(?:the|my|our)\s+)?(?!(?:me|us|you|him|her|them|everyone|the team|an?|\d+|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|today|tonight|tomorrow|noon|midnight|next|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)([a-z][a-z' -]*?)(?=\s*$|\s*[,.;!?]|\s+(?:(?:at|with|tomorrow|today|tonight|next|this|every|from|until|before|after)\b|${ON_A_DAY}))`,
  'i',
);
/**
 * A name in single quotes ("put 'dentist' on my calendar"): the quote opens after a blank or
 * the start and closes before one, so "Megan's" and "don't" are no quotes.
 */
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘]([^'‘’"“”]{2,80}?)['’](?![\p{L}\p{N}])/u;

/** A day and nothing else, as "what about thursday?" asks about it. */
const DAY_ONLY = /^(?:(?:on|next|this)\s+)?(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:the\s+)?weekend|next\s+week)\s*[?.!]*$/i;

/** What a reminder is to do: "remind me to call mom at 5", "remind us to send the report on friday", "remind me in 10 min to call Isaiah", "remind me every monday to submit my timesheet". */
const REMIND_TO = /\bremind\s+(?:me|us)(?:\s+(?:in|at|on|by|tomorrow|today|tonight|next|this|every|each)\b[^.,]{0,25}?)?\s+to\s+/i;
/**
 * Where a task ends: a time or a clause, read after its first word. Unlike a topic's, "with",
 * "from" and "to" go on ("meet with Steve", "pick up John from the airport"), and so does
 * an "on" that does not say when. `more`: further ends, as alternatives of a pattern.
 */
function taskStop(more = ''): RegExp {
  return new RegExp(String.raw`\s+(?:(?:at|by|in|every|tomorrow|today|tonight|next|this|before|after|until|till|when)\b|${ON_A_DAY}${more})|\s*[,;!?]|\s*\.(?!\S)`, 'i');
}

const TASK_STOP = taskStop();
/**
 * What time is made for: "put time on my calendar to review the contract", "schedule time
 * with Megan to go through the budget", "find some time to plan the offsite".
 */
const PURPOSE = /\b(?:schedule|book|find|put|block|hold|set\s+up|set\s+aside|make|grab|carve\s+out|reserve|save|need|want|get)\s+(?:some\s+|more\s+|a\s+bit\s+of\s+)?time\b[^.,;!?]{0,40}?\s+to\s+(?!(?:me|us|you|him|her|them|my|the|our|your|an?)\b|\d)(?=[a-z])/i;
/** A purpose ends as a task does, and also where its people or its length are said ("… with Megan", "… for an hour"). */
const PURPOSE_STOP = taskStop(String.raw`|with\b|for\s+(?:\d|(?:an?|half|one|two|three)\b)`);
/**
 * An appointment or an activity of one's own named first, as a diary line starts ("dentist tomorrow at
 * 3", "haircut friday 4pm", "yoga tues 6pm"): words that are no event word elsewhere ("call the
 * dentist"), so only at the start of the message, with "my" or "a" before them at most.
 */
const ERRAND =
  /^\s*(?:(?:my|a|an)\s+)?((?:(?:piano|guitar|violin|swim|swimming|driving|dance|ballet|music|art|spanish|french|german|tennis|golf|eye|kids'?|hot)\s+)?(?:dentist|doctor|doctor's|dr|haircut|hair\s+appt|gym|yoga|pilates|physio|physiotherapy|therapy|therapist|vet|workout|massage|orthodontist|optician|optometrist|chiropractor|dermatologist|lessons?|rehearsal|tutoring|date\s+night|flu\s+shot|manicure|pedicure|church|choir))(?=\s+\S)/i;
/** The words each search needs: most messages have no title, topic or event word. */
const GATE = new RegexGate([TITLED, ABOUT, EVENT_NOUN, KEPT_FOR, REMIND_TO, PURPOSE, ERRAND], false, MESSAGE_GATES);
const TITLED_AT = 0;
const ABOUT_AT = 1;
const EVENT_NOUN_AT = 2;
const KEPT_FOR_AT = 3;
const REMIND_TO_AT = 4;
const PURPOSE_AT = 5;
const ERRAND_AT = 6;

export function findSubject(text: string): SubjectMatch | undefined {
  const may = GATE.mayMatch(text);
  const quoted = /["“”]([^"“”]{2,80})["“”]/.exec(text) ?? SINGLE_QUOTED.exec(text);
  if (quoted) {
    const s = quoted.index + quoted[0].indexOf(quoted[1]);
    return { text: quoted[1].trim(), start: s, end: s + quoted[1].length, source: 'subject.quoted' };
  }
  const titled = may[TITLED_AT] === 1 ? TITLED.exec(text) : null;
  if (titled) {
    const s = titled.index + titled[0].indexOf(titled[1]);
    return { text: titled[1].trim(), start: s, end: s + titled[1].trim().length, source: 'subject.titled' };
  }
  const about = may[ABOUT_AT] === 1 ? ABOUT.exec(text) : null;
  if (about) {
    const start = about.index + about[0].length;
    const rest = text.slice(start);
    const stop = STOP.exec(rest);
    const body = (stop ? rest.slice(0, stop.index) : rest).trim();
    // "what about thursday?": a day asked about, no topic.
    if (body.length > 0 && !/^(it|this|that|them|him|her|me|an event|a event)$/i.test(body) && !DAY_ONLY.test(body)) {
      return { text: body, start, end: start + body.length, source: 'subject.about' };
    }
  }
  const task = taskAfter(text, may[REMIND_TO_AT] === 1 ? REMIND_TO.exec(text) : null, TASK_STOP, 'subject.remindTo') ?? taskAfter(text, may[PURPOSE_AT] === 1 ? PURPOSE.exec(text) : null, PURPOSE_STOP, 'subject.purpose');
  if (task) return task;
  const keptFor = may[KEPT_FOR_AT] === 1 ? KEPT_FOR.exec(text) : null;
  // "for thirty minutes" is how long, not what for.
  if (keptFor && !/\b(?:min|mins|minutes?|hours?|hrs?|days?|weeks?)$/i.test(keptFor[1])) {
    const s = keptFor.index + keptFor[0].length - keptFor[1].length;
    return { text: keptFor[1], start: s, end: s + keptFor[1].length, source: 'subject.keptFor' };
  }
  return undefined;
}

/** What is to be done after a lead-in ("remind me to", "put time on my calendar to") up to where `stop` finds its end. */
function taskAfter(text: string, lead: RegExpExecArray | null, stop: RegExp, source: string): SubjectMatch | undefined {
  if (lead === null) return undefined;
  const start = lead.index + lead[0].length;
  // Read with the blank before it, so that a time right after "to" ("remind me to tomorrow") ends it at once.
  const rest = text.slice(start - 1);
  const end = stop.exec(rest);
  const task = (end ? rest.slice(0, end.index) : rest).trim();
  return task.length > 0 ? { text: task, start, end: start + task.length, source } : undefined;
}

/** The event noun phrase ("dentist appointment", "team lunch"), kept with its modifiers. */
export function findEventNoun(text: string): SubjectMatch | undefined {
  const re = EVENT_NOUN;
  re.lastIndex = 0;
  const may = GATE.mayMatch(text);
  // The first that names something: "create an event on Friday, family dinner" is the dinner.
  for (let m = may[EVENT_NOUN_AT] === 1 ? re.exec(text) : null; m !== null; m = re.exec(text)) {
    const found = nounPhrase(text, m);
    if (found) return found;
  }
  const errand = may[ERRAND_AT] === 1 ? ERRAND.exec(text) : null;
  if (errand === null) return undefined;
  const start = errand.index + errand[0].length - errand[1].length;
  return { text: errand[1], start, end: start + errand[1].length, source: 'subject.errand' };
}

/** EVENT_NOUN's match with its modifiers, or undefined when it names no particular thing. */
function nounPhrase(text: string, m: RegExpExecArray): SubjectMatch | undefined {
  // "after lunch", "before lunch", "at lunch": a time of day (when.partOfDay), no lunch of its own.
  if (/^lunch$/i.test(m[2]) && /\b(?:after|before|at|over|during)\s+$/i.test(m[1]) && !/^\s+(?:with|meeting|break|order|plans?)\b/i.test(text.slice(m.index + m[0].length))) return undefined;
  const words = m[1].trim().length > 0 ? m[1].trim().split(/\s+/).filter((w) => !/^-|\d/.test(w)) : [];
  while (words.length > 0 && notModifier(words[0])) words.shift();
  const mods = words.filter((w) => !notModifier(w));
  const phrase = mods.length === words.length ? [...words, m[2]].join(' ') : m[2];
  // "the event", "my reminders", "calendar events" name no particular thing.
  if (/^((calendar|pending|repeating|recurring|new|next|upcoming|all|scheduled)\s+)*(events?|reminders?)$/i.test(phrase)) return undefined;
  const end = m.index + m[0].length;
  const start = end - phrase.length;
  if (text.slice(start, end).toLowerCase() !== phrase.toLowerCase()) {
    const s = m.index + m[0].length - m[2].length;
    return { text: m[2], start: s, end, source: 'subject.eventNoun' };
  }
  return { text: phrase, start, end, source: 'subject.eventNoun' };
}
