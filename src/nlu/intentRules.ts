import { FORWARDED_MEETING_WORDS, LINK_KIND, ONLINE_ALONE_WORDS } from './changeParser';
import { OTHER_SERVICES } from './locationParser';
import { COMING_TO, SUITS_LEAD, SUITS_TIME, SUITS_WORDS } from './peopleParser';
import { Intent } from './types';

/**
 * Phrase features for the intent scorer: each adds its weight to one intent when its
 * pattern occurs in the lower-cased message. Transparent by design: a wrong intent is
 * explained by the rules listed in the trace, and fixed by editing one line here.
 * Patterns describe how people phrase requests, not particular sentences.
 */
export interface IntentRule {
  name: string;
  intent: Intent;
  weight: number;
  re: RegExp;
}

const EVENT = String.raw`(?:meetings?|mtgs?|appointments?|appts?|events?|calendar|schedule|agenda|reminders?|notifications?|invites?|invitations?|sessions?|standups?|stand-ups?|syncs?|1:1s?|one on ones?|catch ?ups?|interviews?|reviews?|retros?|all[- ]hands|town ?halls?|offsites?|off-sites?|kick-?offs?|huddles?|conferences?|parties|party|birthdays?|anniversar(?:y|ies)|dinner|lunch|breakfast|plans?|classe?s?|exams?|workshops?|webinars?|deadlines?|holidays?|vacations?|get togethers?|programs?|conflicts?|clashes|double[- ]booked)\b`;
const MAIL = String.raw`(?:e-?mails?|mails?|inbox|messages?|gmail|outlook|hotmail)`;
const IMPERATIVE = String.raw`^\s*(?:(?:please|pls|can you|could you|would you|will you|i want to|i need to|i'd like to|i would like to|let'?s|hey|ok|okay|now|go|and|just|kindly|olly|assistant)\s+)*`;
const PERSONISH = String.raw`[a-z][a-z'.-]+`;
/** A day or a part of one, as said right after a verb ("block tomorrow morning"). */
const DAYISH = String.raw`(?:today|tonight|tomorrow|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|morning|afternoon|evening)\b`;

/**
 * Frozen, rules and list: the scorer builds its gate from these patterns once and need
 * not check on every message that none was edited since.
 */
/** Where a meeting's name starts in a reminder rule's words: "the standup", "my 3pm", "adele's review". */
const MEETING = String.raw`(the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)`;
/** A reminder lead's unit, and the word saying it comes first ("1 day before"). */
const LEAD_UNIT = String.raw`(minutes?|mins?|hours?|hrs?|hr|days?|weeks?)`;
const AHEAD = String.raw`(before(hand)?|ahead|prior|early|in advance)`;
/** Words that say a time, place or person with a meeting's name rather than being part of it ("the design review at 3"). */
export const BESIDE_A_NAME = String.raw`(?:on|at|in|by|with|for|to|today|tonight|tomorrow|next|this|before|after|later|soon|am|pm|noon|morning|afternoon|evening)`;
/** A meeting's name of up to four words and nothing else: no time, place or person said with it ("remind me about the design review"). */
const MEETING_NAME = String.raw`(?!([a-z0-9:'-]+ ){0,3}${BESIDE_A_NAME}\b)([a-z0-9:'-]+ ){0,3}[a-z0-9:'-]+`;

export const INTENT_RULES: readonly IntentRule[] = frozen([
  // greetings and capability questions
  { name: 'help.greeting', intent: 'help', weight: 5, re: /^\s*(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)( there)?( bot)?[\s!.,?]*$/ },
  // "how do I schedule a meeting?": how to ask, not the request itself.
  { name: 'help.howTo', intent: 'help', weight: 12, re: /^\s*how (do|can|would|should) i (schedule|book|set up|create|cancel|move|reschedule|find|add|invite|decline|accept)\b/ },
  { name: 'help.capabilities', intent: 'help', weight: 5, re: /\b(what can you do|what do you do|how do (i|you) use|what are you able|help me\s*$|^\s*help\s*[!?.]*$|^\s*\?\s*$|how does this work|what can i (ask|say)|what things can you|what can you help( me)?( with)?|how can you help|^\s*(who|what) are you\s*[?!.]*$)/ },
  { name: 'signin', intent: 'signin', weight: 6, re: /\b(sign ?in|log ?in|login|(sign|log) me in|connect my (account|calendar|mail))\b/ },
  { name: 'signout', intent: 'signout', weight: 7, re: /\b(sign ?out|log ?out|logout|(sign|log) me out|disconnect( my account)?)\b/ },
  { name: 'settings', intent: 'settings', weight: 4, re: /\b((my|your|bot|assistant) (settings|preferences)|(change|set|update|switch) my (time ?zone|working hours|work hours|settings)|my (time ?zone|working hours|work hours) (is|are)|change (my )?(time ?zone|language))\b/ },

  // calendar: create
  { name: 'create.verbEvent', intent: 'calendar.create', weight: 3, re: new RegExp(String.raw`\b(schedule|set ?up|book|arrange|organi[sz]e|plan|put|add|create|make|set|enter|insert|fix|note|mark|flag|block|save|pencil|log|activate|enable|turn on)\b.{0,40}\b${EVENT}`) },
  { name: 'create.remind', intent: 'calendar.create', weight: 5, re: /\b(remind|reminded|reminder|don'?t let me forget|notify me|alert me|ping me|remember (that|to|my))\b/ },
  { name: 'create.durationWith', intent: 'calendar.create', weight: 3.5, re: /^\s*(\d+|an?|half an?)\s*(min|mins|minutes?|hours?|hrs?|h)\b.{0,10}\bwith\b/ },
  { name: 'create.meetWith', intent: 'calendar.create', weight: 2.5, re: /\b(meet|meeting|mtg|lunch|call|sync|catch ?up|coffee|chat) (with|w\/)(?=\s)/ },
  { name: 'create.meet', intent: 'calendar.create', weight: 2.5, re: /^\s*(let'?s )?meet\b|\b(set up|arrange|organi[sz]e) (a )?(time|call|chat)\b|\b(want|need|like|have|got) to meet\b/ },
  { name: 'create.invite', intent: 'calendar.create', weight: 2.5, re: /\binvite\b/ },
  { name: 'create.bookRoom', intent: 'calendar.create', weight: 3, re: /\b(book|reserve|grab) (a |the )?(meeting |conference )?room\b/ },
  // "book time with megan", "grab a slot with patti", "get time on adele's calendar": a meeting with them.
  { name: 'create.timeWith', intent: 'calendar.create', weight: 5, re: /\b(book|grab|schedule|set up|get|put|block|reserve|find)\s+(some\s+|a\s+)?(time|slot|spot)\s+(with\b|on [a-z]+'s calendar\b)/ },
  { name: 'create.schedule', intent: 'calendar.create', weight: 2.5, re: /\b(schedule|book) (a|an|me|my|the|time|some|something|us|it|this|that)\b/ },
  { name: 'create.statement', intent: 'calendar.create', weight: 2.5, re: new RegExp(String.raw`^\s*(i have|i've got|we have|there is|there'?s|i got|i am having|i'm having|my \w+ (is|will be)|\w+'s (birthday|party|wedding) is)\b.{0,40}${EVENT}|^\s*my (\w+ ){0,2}${EVENT} (is|will be) (at|on|tomorrow|today|tonight|next|this)\b(?!.*\?)|\b(place|put|add|mark|flag|save|note|set) (it|this|that)( date)?( on| in| to)?( my)?( calendar| agenda)?\s*$|\bon (my|the) calendar\b|\bto (my|the) (calendar|agenda|schedule)\b`) },
  // "block 2 hours on Friday for focus time", "block out tomorrow morning", "hold 30 minutes for prep": time kept free is an entry too.
  { name: 'create.blockTime', intent: 'calendar.create', weight: 3.5, re: new RegExp(String.raw`\b(block|hold|set aside|carve out)( out| off)?( some| an?| the| my)?( whole| entire)? (time\b|slots?\b|\d|an? hour|half an hour|(one|two|three|four) hours?|${DAYISH}|(this|next) (week|${DAYISH})|(my |the )?(calendar|schedule|diary)\b)|\b(put|place) an? hold (on|for)\b|\b(book|reserve) (\d+|an?|one|two|three|half an?) ?(hours?|hrs?|h|minutes?|mins?)\b`) },
  { name: 'create.recurring', intent: 'calendar.create', weight: 1.5, re: /\b(repeat|repeating|recurring|every (day|week|month|other)|weekly|daily)\b/ },

  // calendar: query
  { name: 'query.whatsOn', intent: 'calendar.query', weight: 3.5, re: /^\s*(what'?s|what is|what'?re|what are|whats) (on|up|happening|planned|scheduled|next|coming)\b/ },
  { name: 'query.askEvent', intent: 'calendar.query', weight: 3, re: new RegExp(String.raw`\b(what|what'?s|whats|show|list|check|tell me|do i have|have i got|is there|are there|any|which|when|open|view|see|read|look|give me|how many|how is|how'?s|pull up|display|review)\b.{0,40}${EVENT}`) },
  { name: 'query.myCalendar', intent: 'calendar.query', weight: 1.5, re: /\b(my|the) (calendar|agenda|schedule|diary|plans?)\b|^\s*(my|today'?s|tomorrow'?s)( daily| weekly| monthly)? (day|week|afternoon|morning|evening|schedule|agenda|plan|events|meetings)\s*[?.!]*$/ },
  { name: 'query.lookLike', intent: 'calendar.query', weight: 4, re: /\b(what'?s|what does|what is|how'?s|how does|how is) (my|the) (day|week|morning|afternoon|evening|schedule|calendar|agenda)( look(ing)?( like)?)?\b|\b(what'?s|what does|how'?s|how does) my (today|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day|weekend) look(ing)?( like)?\b|\b(what'?s|what does|how'?s|how does) (today|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day|next week|this week) look(ing)?( like)?\b/ },
  // "show my week", "pull up my afternoon", "check the weekend": a stretch of the calendar asked to be shown.
  { name: 'query.showPeriod', intent: 'calendar.query', weight: 4, re: /\b(show|list|view|display|pull up|bring up|give me|open|check)( me)? (my|the) (day|week|month|weekend|morning|afternoon|evening|schedule|calendar|agenda|diary)\b(?! (to|with)\b)|\b(show|list|pull up|give me)( me)? (everything|all|what) (i have )?(with|on|for|today|tomorrow|this|next)\b/ },
  // "when did I last meet with Adele?": a question about past meetings, not a new one.
  { name: 'query.lastMet', intent: 'calendar.query', weight: 5, re: /\b(when|how long ago) (did|have|had) (i|we) (last )?(meet|met|see|seen|talk|talked|speak|spoken|have a meeting)\b|\blast time (i|we) (met|saw|spoke|talked|had a meeting)\b/ },
  { name: 'query.eventMention', intent: 'calendar.query', weight: 2, re: new RegExp(String.raw`\b${EVENT}`) },
  { name: 'query.anythingPlanned', intent: 'calendar.query', weight: 2.5, re: /\b(do i have|have i got|what do i have|what have i got|what did i have|what had i|how long is (my|the)|anything|something) (planned|scheduled|on|going on|to do|booked|next)\b|\b(what'?s|what is) (left|next) (for|on|in)\b|\bam i (supposed|meant|expected) to\b/ },
  // "who's in the 2pm?", "who is coming to the design review": who a meeting there is has.
  { name: 'query.whoIsIn', intent: 'calendar.query', weight: 5, re: /^\s*who(?: else)?(?:(?:'s| is| are|'re)\s+(?:in|at|coming to|going to|attending|invited to|joining|organi[sz]ing|running)|\s+(?:organi[sz]ed|set up|scheduled|booked|called|sent|invited me to))\s+(?:my|the|our|this|that|[a-z]+'s)\s(?!(?:contacts?|address book|phone|directory|list|team|group|office|building|family)\b)/ },
  // "join my next meeting", "the teams link for the standup", "is the quarterly planning online?": that meeting's details, with its Join button.
  { name: 'query.join', intent: 'calendar.query', weight: 5, re: new RegExp(String.raw`^\s*(please\s+)?((can|could|would) you\s+)?(join|dial into) (my|the|our|this|that|[a-z]+'s) ([a-z0-9:'-]+ ){0,3}?(${EVENT}|\d{1,2}(:\d\d)?\s*(am|pm)?\b)|\b((teams|join|meeting|call) (link|url)|dial[- ]?in( number| details| info)?|(conference|bridge|call-?in) (number|line|details)) (for|of) (my|the|our|this|that|[a-z]+'s)\b|\bthe (link|url) (for|to) (my|the|our|this|that|[a-z]+'s) ((next|first|last) )?([a-z0-9:'-]+ ){0,2}?(${EVENT}|\d{1,2}(:\d\d)?\s*(am|pm)?\b)|^\s*is (my|the|our|this|that|[a-z]+'s)\b.{1,40}\b(online|on teams|a teams (meeting|call)|virtual)\s*[?.!]*$`) },
  // "What's the address for the quarterly planning", "where's the location of tomorrow's standup": where a meeting is, not a contact's address.
  { name: 'query.meetingPlace', intent: 'calendar.query', weight: 5, re: /^\s*(what'?s|what is|where'?s|where is|tell me|give me|send me|show me)\s+(the\s+)?(address|location|venue|directions)\s+(for|of|to)\s+(the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)\s+(?!.*\bto\b)/ },
  // "Who accepted the quarterly planning?", "has everyone responded to the design review?": others'
  // answers to a meeting, asked about (its details list them), not an answer to give.
  { name: 'query.responses', intent: 'calendar.query', weight: 7, re: /^\s*(who|whom|did|has|have|had|which|how many|is|are)\b(?!.*\b(you|e-?mails?|mails?|messages?|texts?|calls?)\b).{0,40}\b(accepted|declined|responded|rsvp'?d|accept|decline|respond)\s+(to\s+)?(the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)\s/ },
  // "Is Lynne coming to the offsite?", "will adele be at the standup": who is coming to a meeting, which its answers show.
  { name: 'query.attending', intent: 'calendar.query', weight: 7, re: new RegExp(String.raw`^\s*(is|are|will)\s+(?!(it|this|that|these|those|there|you|we|i|he|she|they|the|my|our|a|an|anything|everything)\b)[a-z'-]+( and [a-z'-]+)?\s+${COMING_TO}\s+(the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)\s`) },
  { name: 'query.whenIs', intent: 'calendar.query', weight: 1.5, re: /^\s*(when|what time|where|how long) (is|are|will|do|'s) (my|the|our|i)\b|^\s*(when'?s|where'?s) (my|the|our)\b|^\s*which room is (my|the|our)\b/ },
  { name: 'query.busy', intent: 'calendar.query', weight: 2.5, re: /\b(am i|are we) (busy|free|available|booked)\b/ },
  { name: 'findTime.isFree', intent: 'calendar.findTime', weight: 4.5, re: /\b(is|are) (?!i\b|it\b|there\b|this\b|that\b)[a-z']+( and [a-z']+)? (free|available)\b|\b(see|check|find out|know|tell me) (if|whether) (?!i\b|it\b|there\b|this\b|that\b)[a-z']+( and [a-z']+)? (is|are) (free|available)\b/ },
  { name: 'query.wasItDone', intent: 'calendar.query', weight: 3, re: /^\s*((can|could) you )?(please )?(confirm|verify|double[- ]check) (that|if|whether)\b|^\s*(did|have) you (already )?(add|added|put|schedule|scheduled|book|booked|set|create|created|save|saved|make|made|enter|entered)\b/ },
  { name: 'query.upcoming', intent: 'calendar.query', weight: 2, re: /\b(upcoming|coming up|next (event|meeting|appointment)|pending)\b/ },
  { name: 'query.isEventTrue', intent: 'calendar.query', weight: 2, re: new RegExp(String.raw`^\s*(is|are|was|did|does|do) .{0,40}${EVENT}`) },
  // "does 3pm friday work for megan", "is 2pm ok for lynne tomorrow": whether a time suits someone.
  { name: 'findTime.suits', intent: 'calendar.findTime', weight: 5, re: new RegExp(String.raw`${SUITS_LEAD}${SUITS_TIME}[^?]{1,40}?\s${SUITS_WORDS}\s+(?!me\b|you\b|us\b|everyone\b)[a-z]`) },
  { name: 'findTime', intent: 'calendar.findTime', weight: 4, re: /\b((is|are) there (a |an |any |some )?(free )?(slots?|windows?|openings?|gaps?)\b|^\s*any (free )?(slots?|windows?|openings?|gaps?)\b|find (me |us )?(a |some )?(time|slot)|find (me |us )?(\d+|an?|half an?) (minutes?|mins?|hours?)|(free|open) (slots?|time ?slots?|windows?)|free time|(first|next|earliest|soonest) (available|free|open) (slot|time|window|opening)s?|when (am i|are we|are|is) ([a-z']+ ){0,4}(free|available)|when'?s [a-z']+( and [a-z']+)? (free|available)|(time|slot) that works|availability|(do|will) i have (time|room|space|an? (free )?(slot|opening|gap)) (for|to)|have i got time (for|to))\b/ },

  // calendar: update, cancel, respond
  // "make the standup 15 minutes later", "have the review an hour earlier": a meeting moved by an amount.
  { name: 'update.shift', intent: 'calendar.update', weight: 6, re: /\b(make|have|set|get) (it|the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)\b.{0,40}?\b(\d+|an?|half an?|a couple of) ?(minutes?|mins?|hours?|hrs?) (later|earlier|sooner)\b/ },
  { name: 'update.move', intent: 'calendar.update', weight: 3.5, re: /\b(move|reschedule|re-schedule|resched|push|bump|postpone|shift|slide|bring forward|delay|extend|shorten|rename|change|update|put it|make it|switch)\b.{0,40}\b(to|by|until|till|later|earlier|back|forward|on|from|an hour|minutes?)\b/ },
  { name: 'update.rename', intent: 'calendar.update', weight: 6, re: /\b(rename|retitle)\b|\b(change|update|set) the (title|name|subject|location|room|place|venue) (of|for)\b/ },
  // "make my 4pm online", "turn the sync into a Teams meeting", "add a Teams link to the review": a Join link for a meeting there is.
  { name: 'update.online', intent: 'calendar.update', weight: 6, re: new RegExp(String.raw`\b(make|turn|switch|change|convert|move|put) (it|the|my|our|this|that|[a-z]+'s)\b.{0,40}?\s((into|to|onto|on|as) )?(an? )?((ms|microsoft) )?(teams|online|virtual|${OTHER_SERVICES})( meeting| call| event| one)?(,? please)?\s*[.!?]*$|\b(add|put|include|attach) (an? )?(${LINK_KIND} (meeting |call )?(link|meeting|call|url)|((ms|microsoft) )?teams) (to|for|on|in) (it|the|my|our|this|that|[a-z]+'s)\b|\b(send|create|generate|set up|make|get) (me )?(an? )?${LINK_KIND} (meeting |call )?(link|url) for (it|the|my|our|this|that|[a-z]+'s)\b|${ONLINE_ALONE_WORDS}`) },
  // A length said of a meeting changes it, even one whose name reads as new ("make the daily standup 15 minutes longer").
  { name: 'update.length', intent: 'calendar.update', weight: 8, re: /\b(\d+|an?|half an?) ?(minutes?|mins?|hours?|hrs?) (longer|shorter)\b|\b(add|give|take|knock) (another )?(\d+|an?|half an?) ?(minutes?|mins?|hours?|hrs?) ((more|extra) )?(to|onto|off|off of) (it|the|my|that|this|our|today'?s|tomorrow'?s|[a-z]+'s)\b(?! (calendar|schedule|agenda|diary|day|week|lunch break|break)\b)|\b(extend|lengthen|shorten)\b|\bmake (it|the|my|that|this|our|today'?s|tomorrow'?s|[a-z]+'s)\b.{0,40}\b(longer|shorter|(\d+|an?|half an?) ?(minutes?|mins?|hours?|hrs?)( long)?( instead( of .{1,20})?)?\s*[.!?]*$)|\bgive (it|the|my|that|this|our|[a-z]+'s)\b.{0,40}\b(another|an extra|extra) (\d+|an?|half an?) ?(minutes?|mins?|hours?|hrs?)\b/ },
  // "can we do the design review at 2 instead", "let's have it on Friday instead", and a day without
  // a preposition after a meeting named as one ("let's do the sync tomorrow instead"): a new time
  // for a meeting there is.
  // "end the design review at 2:30", "make the standup finish by 9:30", "extend my 2pm until 3:30": a new end.
  { name: 'update.endAt', intent: 'calendar.update', weight: 5, re: /\b(end|finish|wrap up) (it|the|my|that|this|our|today'?s|tomorrow'?s|[a-z]+'s)\b.{0,40}\b(at|by) \d|\b(make|have|let) (it|the|my|that|this|our|[a-z]+'s)\b.{0,40}\b(end|finish) (at|by) \d|\b(extend|lengthen|shorten)\b.{0,40}\b(until|till|to) \d{1,2}(:\d{2})? ?(am|pm)?( (on )?(today|tomorrow|[a-z]+day))?\s*[.!?]*$/ },
  // "forward the design review to patti": an invitation for them (a mail forwarded names no meeting).
  {
    name: 'update.forwardMeeting',
    intent: 'calendar.update',
    weight: 9,
    re: new RegExp(String.raw`^\s*(please\s+)?((can|could|would) you\s+)?forward (the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s) ([a-z0-9:'-]+ ){0,3}?(${FORWARDED_MEETING_WORDS}) to\b`),
  },
  { name: 'update.instead', intent: 'calendar.update', weight: 5, re: /\b(do|have|hold|make|move|switch|change|put|start)\b.{1,40}\b(at|to|on|for)\b.{1,25}\binstead\b|\b(do|have|hold|move) (it|the|my|our|this|that|[a-z]+'s)\b.{0,40}\b(today|tonight|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day|next week)\b.{0,25}\binstead\b|\b(do|have) (today|tonight|tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day|next week)( at \d{1,2}(:\d{2})? ?(am|pm)?)? instead\b/ },
  // "make the weekly sync biweekly", "set the standup to repeat every weekday": how a meeting there is repeats
  // (outweighing the evidence of the repetition said, which is for a new series).
  { name: 'update.repeat', intent: 'calendar.update', weight: 8, re: /\b(make|set|change|switch|turn)\s+(?!the (title|name|subject|location|room|place|venue)\b)(it|the|my|our|this|that|[a-z]+'s)\b.{0,40}?\s(((to|into)\s+((repeat|recur)\s+)?|(repeat|recur)\s+)(daily|weekly|biweekly|bi-weekly|fortnightly|monthly|yearly|every)\b|every\b|(daily|weekly|biweekly|bi-weekly|fortnightly|monthly|yearly)(,? please)?\s*[.!?]*$)/ },
  // "reschedule the quarterly planning for next tuesday", "reschedule my 3pm": a meeting named, with its new
  // time or without (the assistant asks for it).
  { name: 'update.reschedule', intent: 'calendar.update', weight: 5, re: /\b(reschedule|re-schedule|resched|postpone)\s+(it|the|my|our|this|that|[a-z]+'s)\b/ },
  // "move my 3pm", "push the 10:30": a meeting named by its time, to move (the new time is asked for).
  { name: 'update.moveTime', intent: 'calendar.update', weight: 5, re: /\b(move|push|pull|shift|slide|bump|delay|postpone|reschedule|resched)\s+(my|the|our)\s+\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?![\w:])/ },
  { name: 'update.bring', intent: 'calendar.update', weight: 3.5, re: /\b(bring|pull|move|push)\b.{0,30}\b(forward|back|earlier|later|up)\b/ },
  { name: 'update.event', intent: 'calendar.update', weight: 3, re: new RegExp(String.raw`\b(move|reschedule|resched|push|postpone|shift|change|update|edit|modify)\b.{0,30}${EVENT}`) },
  { name: 'cancel.verb', intent: 'calendar.cancel', weight: 5, re: /\b(cancel|cancels|cancelled|canceled|cxl|canx|delete|deleted|remove|removed|clear|erase|erased|take (out|off|away)|drop|get rid of|call off|wipe|scrap|scratch|undo|unschedule|empty|disregard|destroy|rm rf)\b/ },
  // "remind me 10 minutes before the standup", "add a 30 minute reminder to my 3pm": a meeting's own reminder.
  // "turn off the reminder for the standup", "don't remind me about the sync": the meeting's reminder, off.
  { name: 'update.reminderOff', intent: 'calendar.update', weight: 9, re: /\b((turn|switch|shut) off|disable|remove|delete|mute|silence|stop) (the |my |all )?reminders? (for|on|of|about) |\bno (more )?reminders? (for|on|about) (the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)\b|\b(don'?t|do not|stop) remind(ing)? me (about|of|before) (the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s) / },
  // "set a reminder for the offsite 1 day before", "change the reminder on the review to 1 hour", "set the standup reminder to 5 minutes",
  // "remind me about the design review" (its reminder on, how early not said).
  {
    name: 'update.reminder',
    intent: 'calendar.update',
    weight: 9,
    re: new RegExp(
      String.raw`\b(remind me|(set|add|put|create|want|need) ((a|an|the|my) )?reminder|(alert|notify|ping) me)\b.{0,30}\b(before|ahead of|prior to) ${MEETING}\s|\b(set|add|put|create) (a|an) [a-z0-9]+[\s-]*(minutes?|mins?|min|hours?|hrs?|hour)[\s-]+reminder (to|on|for) ${MEETING}\s|\b(remind me (about|of)|(set|add|put|create|want|need) ((a|an|the|my) )?reminder (for|on|to|about|of)) ${MEETING} .{1,40} ${LEAD_UNIT} ${AHEAD}\W*$|\b(change|set|make|move|update|switch|put) (the|my) reminders? (for|on|of|to) ${MEETING} .{1,40} ${LEAD_UNIT}( ${AHEAD})?\W*$|\b(change|set|make|move|update|switch|put) (the|my|our) ([a-z0-9:'-]+ ){1,4}reminders? to [a-z0-9 ]{1,20} ${LEAD_UNIT}( ${AHEAD})?\W*$|\bremind me (about|of) ${MEETING} ${MEETING_NAME}\W*$`,
    ),
  },
  // "out of office dec 24 to jan 2", "I'm on vacation next week", "mark me as OOO tomorrow", "I'm off friday": time off to put in the calendar.
  { name: 'create.timeOff', intent: 'calendar.create', weight: 7, re: /\b(out of (the )?office|ooo|on (vacation|holiday|leave|pto)|pto|out sick|sick day|days? off|time off)\b(?<!\b(is|are|was|were|s) (out of (the )?office|ooo|on (vacation|holiday|leave|pto)))|\b(i'?m|i am|i'?ll be|i will be) (off|away|out(?! of\b))\b|\b(take|taking) ((next|this|the) )?((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|afternoon|morning|week|rest of the (day|week)) off\b/ },
  // "stop the weekly sync", "end the standup series": no more of a repeating meeting.
  { name: 'cancel.stopSeries', intent: 'calendar.cancel', weight: 6, re: new RegExp(String.raw`\b(stop|end|discontinue)\s+(the|my|our)\s+(?:[a-z'-]+\s+){0,3}?(?:series\b|(?:daily|weekly|biweekly|bi-weekly|fortnightly|monthly|recurring|regular)\s+(?:[a-z'-]+\s+){0,2}?${EVENT})`) },
  // "skip this week's 1:1", "skip tomorrow's standup": that one occurrence is cancelled.
  { name: 'cancel.skip', intent: 'calendar.cancel', weight: 5, re: new RegExp(String.raw`\bskip (the|my|our|this|that|next|[a-z]+'s)\b.{0,30}${EVENT}`) },
  { name: 'cancel.calendarEmpty', intent: 'calendar.cancel', weight: 4, re: /\b(clean|format|empty|wipe|clear)\b.{0,20}\b(calendar|agenda|schedule|events)\b|\bno (more )?(events|meetings|appointments) (on|in)\b|\b(no longer|not going to|don'?t want to|won'?t be) (need|joining|attend|go|going|be going)\b|^\s*no \w+ (date|meeting|lunch|dinner|appointment|party)\b/ },
  // "Free up my calendar tomorrow": said of a calendar or a day it empties it, whatever the calendar words ask.
  { name: 'cancel.freeUp', intent: 'calendar.cancel', weight: 5, re: /\bfree up (my|the) (whole |entire )?((mon|tues|wednes|thurs|fri|satur|sun)day )?(calendar|schedule|day|morning|afternoon|evening)\b/ },
  { name: 'respond.cantMake', intent: 'calendar.respond', weight: 6, re: /\b(can'?t|cannot|won'?t|will not|won'?t be able to|will not be able to|unable to) (make|attend|join|come to|go to|be at|make it to) (the|my|it|that|this|tomorrow'?s|today'?s)\b/ },
  { name: 'cancel.notGoing', intent: 'calendar.cancel', weight: 3, re: /\b(i'?m not (doing|going)|can'?t make it|won'?t make it|not (attending|going))\b/ },
  // A message that opens with the answer ("decline the design review and tell them I have a conflict")
  // is one, whatever meeting words follow.
  { name: 'respond.lead', intent: 'calendar.respond', weight: 4, re: /^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:accept|decline|tentatively\s+accept)(?:\s+(?:it|the|my|our|this|that|all|every|[a-z]+'s)\b|\s*(?:[,;:]|\s-+\s|\s+and\s+(?:tell|let|say)\b))/ },
  // "remove me from the vendor negotiation", "take me off the 1:1": leaving someone else's meeting is declining it.
  { name: 'respond.removeMe', intent: 'calendar.respond', weight: 6, re: /^\s*(?:please\s+)?(?:remove|take|drop)\s+me\s+(?:off|from)\s+(?:of\s+)?(?:the|my|this|that|tomorrow'?s|today'?s|[a-z]+'s)\s+(?!.*\b(?:list|lists|group|groups|thread|threads|chain|channel|e-?mails?|mails?|newsletter|team)\b)/ },
  // "say yes to Adele's invite", "rsvp maybe to the offsite", "maybe to the quarterly planning": an answer said in a word.
  { name: 'respond.inAWord', intent: 'calendar.respond', weight: 6, re: /^\s*(?:please\s+)?(?:(?:say|answer|reply|respond|rsvp)\s+(?:with\s+)?(?:a\s+)?(?:yes|no|maybe)|maybe)\s+(?:to|for|on)\s+(?:it|the|my|our|this|that|tomorrow'?s|today'?s|[a-z]+'s)\b/ },
  // "propose a new time for the quarterly planning", "suggest friday at 2 for the offsite", "propose friday at 2 instead": another time proposed to its organizer.
  { name: 'respond.propose', intent: 'calendar.respond', weight: 6, re: /\b(propose|suggest|counter-?propose) (a )?(new|different|another) time (for|to|on) (it|the|my|our|this|that|[a-z]+'s)\b|^\s*(please )?(propose|suggest|counter-?propose) ((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next|\d)[^?]{0,30}( (for|to) (the|my|our|this|that|[a-z]+'s) | instead\b)/ },
  { name: 'respond.verb', intent: 'calendar.respond', weight: 4.5, re: /\b(accept|decline|tentative(ly)?|rsvp|reject the invit)|\bturn down (the |this |that |his |her |their )?(invite|invitation|meeting|request|event)/ },

  // mail
  { name: 'send.verbMail', intent: 'mail.send', weight: 3, re: new RegExp(String.raw`(?<!\b(did|has|have|who|who'?s|does|would|when|if|will) (\w+ )?(\w+ )?)\b(send|write|compose|draft|shoot|drop|create|start|prepare|type|open|make)\b.{0,30}\b(e-?mail|mail|message|note|line|reply|response)\b`) },
  { name: 'send.imperative', intent: 'mail.send', weight: 3, re: new RegExp(String.raw`${IMPERATIVE}(send|write|compose|draft|shoot|(?:e-?mail|mail|message|msg|dm)(?!s?\s+(?:from|since)\b))\b`) },
  { name: 'send.toAddress', intent: 'mail.send', weight: 2.5, re: /\b(send|sent|write|mail|e-?mail)\b.{0,40}\bto\b.{0,30}(@| at [a-z]+ dot [a-z]+)/ },
  { name: 'send.emailSomeone', intent: 'mail.send', weight: 3, re: new RegExp(String.raw`^\s*(please |can you |could you |hey |i want to |i need to )*(e-?mail|mail|message) (to )?(my |the )?(?!(?:from|since)\b)${PERSONISH}`) },
  { name: 'send.tell', intent: 'mail.send', weight: 5, re: /^\s*(please |can you |could you |would you )*(tell|let|inform|notify|ask|remind|warn|text|ping) (?!me\b)[a-z']+( [a-z']+){0,2} (that|i|i'm|im|we|know|about|to|the|he|she|they|it'?s)\b/ },
  { name: 'send.someoneThing', intent: 'mail.send', weight: 3.5, re: /^\s*(please |can you |could you )?(send|forward|email|mail) (?!me\b|it\b|this\b|that\b|an?\b|the\b|my\b)[a-z'-]+ (the|a|an|my|our|this|that|these|those)\b/ },
  { name: 'send.toSomeone', intent: 'mail.send', weight: 1.5, re: /\b(e-?mail|mail|message) (to|for) \S+/ },
  { name: 'send.address', intent: 'mail.send', weight: 1, re: /\w@|\bdot com\b/ },
  { name: 'reply.verb', intent: 'mail.reply', weight: 4, re: new RegExp(String.raw`${IMPERATIVE}(send )?(a )?(reply|respond|answer|write back|get back to|replay)\b|(?<!\b(did|has|have|had|does|do|will|when|if|whether) ([a-z]+ )?(not |already |yet )?)\b(reply|respond|answer) (to|the|this|that|back|him|her|them|with|saying)\b.{0,40}\b(e-?mail|mail|message|him|her|them|it)\b`) },
  { name: 'forward.verb', intent: 'mail.forward', weight: 4.5, re: new RegExp(String.raw`${IMPERATIVE}(forward|fwd)\b|\bforward (it|this|that|them|the (last |latest )?(e-?mail|mail|message)s?|(e-?mail|mail|message)s?)\b|\bpass (it|this|that) on\b`) },
  { name: 'query.mail', intent: 'mail.query', weight: 3.5, re: new RegExp(String.raw`^(?!.*\b(send|write|compose|draft|start|create|add|reply|respond|forward)\b.{0,30}\b(any|unread|check|read|show|list|did i|have i|do i have|got|received?|latest|last|recent|open|find|search|look|how many|who|what|pull up|refresh|important|incoming|tell me)\b.{0,40}\b${MAIL}).*\b(any|unread|check|read|show|list|did i|have i|do i have|got|received?|latest|last|recent|open|find|search|look|how many|who|what|pull up|refresh|important|incoming|tell me)\b.{0,40}\b${MAIL}`) },
  // "what's the latest from Adele", "anything new from Megan?": her mail.
  { name: 'query.latestFrom', intent: 'mail.query', weight: 4, re: /\b(what'?s|whats|what is|anything|any news|is there anything) (the )?(latest|new|newest) from\b/ },
  { name: 'query.mailFrom', intent: 'mail.query', weight: 4, re: /\b(did|has|have|does|when did|when was) [a-z' ]{2,30} (e-?mail(ed)?|mail(ed)?|messag(e|ed)|send|sent|written|write|wrote|replied|reply|responded|respond|answered)( me| us| back)?\b|\b(when|if) [a-z]+ (e-?mails|replies|writes|responds) (me|back)\b|\b(e-?mails?|mails?) (from|by|sent by) \w+/ },
  // "show my drafts", "what's in my junk folder": a mail folder looked at.
  { name: 'query.folder', intent: 'mail.query', weight: 4, re: /\b(show|open|check|list|read|what'?s in|anything in|look (in|at))\b.{0,12}\b(my|the) (drafts?|junk( folder| mail)?|spam( folder)?|sent (items|mail|folder)|outbox|archive|deleted items|trash|inbox)\b/ },
  { name: 'query.inbox', intent: 'mail.query', weight: 2, re: /\b(inbox|unread|my e-?mails?|my mails?|new e-?mails|new mails|any e-?mails?)\b/ },

  // contacts
  { name: 'contact.info', intent: 'contact.query', weight: 3.5, re: /\b(phone|phone number|numbers?|mobile|cell|contact (info|details|information)|contact|contacts|contact list|address book|phonebook|area code|lives?|living|works? (at|for)|where does|job title|title of|manager of|details of|info(rmation)? (of|on|about)|last name|surname)\b/ },
  { name: 'contact.addressOf', intent: 'contact.query', weight: 3, re: /\b(e-?mail (id|address)|mail address|address) (of|for)\b|\b[a-z]+'s (e-?mail|e-?mail address|e-?mail id|address|information|info)\b(?!.{0,10}\b(to|and write|and reply))|\bwhat do you know about\b|\btell me about \w+\s*$/ },
  { name: 'contact.birthday', intent: 'contact.query', weight: 2.5, re: /\b(when is|what'?s|what is) [a-z]+'s birthday\b/ },
  { name: 'contact.possessive', intent: 'contact.query', weight: 1.5, re: /\b(what'?s|what is|give me|tell me|find|get|show)\b.{0,20}\b[a-z]+'s (e-?mail|number|phone|address|birthday|info|contact|details|last name|surname)\b/ },
  { name: 'contact.call', intent: 'contact.query', weight: 4, re: /^\s*(please |help me |can you )?(call|dial|ring|phone) (?!me\b)[a-z']+( [a-z']+)?\s*$|\b(missed calls?|last call|calls? from|tried to call|text me|texted me|spoke to|talked to)\b|\bmake a call\b/ },
  { name: 'contact.who', intent: 'contact.query', weight: 2, re: /^\s*who( is|'s| are| was)\b/ },
  { name: 'contact.possessiveInfo', intent: 'contact.query', weight: 3.5, re: /\b[a-z]+'s (manager|boss|office|desk|title|job title|role|team|department|location|extension|mobile|cell|phone|number|email address|address|birthday)\b/ },
  { name: 'contact.add', intent: 'contact.add', weight: 6, re: /\b(add|save|store|create|new|put|insert|enter|update|remember|make)\b.{0,50}\b(contacts?|address book|phone ?book|contact list)\b/ },
  { name: 'contact.addEmail', intent: 'contact.add', weight: 4.5, re: /\b(add|save|store|remember|use)\b.{0,20}\b(e-?mail( address| id)?|address)\b|\b(change|update|edit|save|store)\b.{0,20}\b(e-?mail( address| id)?|address|number|phone)\b|^\s*here'?s an? (new )?e-?mail|\bin my (contacts?|phone ?book|address book)\b/ },
  // "save megan's number 555-1234", "her new cell is 555 0199": a detail given, not asked for.
  { name: 'contact.giveDetail', intent: 'contact.add', weight: 4, re: /\b(number|phone|cell|mobile|e-?mail|address)\b(?:\s+(?:is|as|to|:))?\s+(?:\+?\d[\d ().-]{5,}\d|[a-z0-9._%+-]+@[a-z0-9.-]+)/ },
  { name: 'contact.bareAddress', intent: 'contact.add', weight: 1, re: /^\s*[a-z0-9._-]+@[a-z0-9.-]+( dot [a-z]+)?\s*$/ },

  // what an assistant for calendar and mail cannot do
  // Deleting, flagging, archiving or moving mail: not something the assistant does ("delete the email from Adele" is no meeting).
  // "remove me from the distribution list", "unsubscribe me from the newsletter": a list, not a meeting to leave.
  // "share my calendar with megan", "give adele access to my calendar": sharing, which the assistant does not do (not a meeting with her).
  { name: 'none.shareCalendar', intent: 'none', weight: 6, re: /\b(share|sharing) (my|the|our|this) (calendar|schedule|diary|availability|free\/busy)\b|\b(give|grant) [a-z]+ (access|permission) to (my|the|our) (calendar|schedule|inbox|mailbox|email)\b/ },
  { name: 'none.leaveList', intent: 'none', weight: 6, re: /\b(remove|take|drop|unsubscribe) me (off|from) (of )?(the|this|that|my|our|a|all)? ?([a-z-]+ ){0,2}(distribution|mailing|email|e-mail) (list|lists|group|groups)\b|\bunsubscribe( me)? from\b/ },
  { name: 'none.mailChange', intent: 'none', weight: 6, re: /\b(delete|remove|trash|archive|flag|unflag|mark|move|file) (the |this |that |my |all |all of my |these |those |an? )?([a-z]+ )?(e-?mails?|mails?|messages?)(?= (from|about|to|in|into|as|that|with|i|you)\b|\s*[?.!]*$)/ },
  // What goes in a meeting or out to its people: an agenda, notes, files; a note to everyone in it. Not something the
  // assistant does yet ("add an agenda to the design review" is no new meeting called "design review").
  { name: 'none.meetingContent', intent: 'none', weight: 7, re: /\b(add|attach|put|include|upload|insert|write)\s+(an?\s+|the\s+|my\s+|some\s+|our\s+)?(agenda|notes?|description|attachments?|files?|documents?|docs?|slides|deck|minutes)\s+(to|in|into|on|for)\s+(the|my|our|this|that|tomorrow'?s|today'?s|[a-z]+'s)\b(?!\s+(calendar|agenda|schedule|diary|planner)\b)|\bsend\s+(an?\s+|the\s+)?(reminder|note|message|e-?mail|mail)\s+to\s+(every(one|body)|all( the)?( attendees| participants| people)?|the (attendees|participants|people|invitees))\s+(in|of|at|for|from|invited to|attending|going to)\b/ },
  { name: 'none.alarm', intent: 'none', weight: 5, re: /\b(alarms?|wake me|wake up|snooze|timer)\b/ },
  { name: 'none.weather', intent: 'none', weight: 5, re: /\b(weather|temperature|rain|raining|snow|sunny|(?<!\b(?:q[1-4]|sales|revenue|budget|financial|quarterly|annual|demand|earnings|cash ?flow) )forecast|humid|humidity|umbrella|jacket|cold|hot|degrees|windy|wind)\b/ },
  { name: 'none.media', intent: 'none', weight: 5, re: /\b(music|song|songs|play|playing|playlist|album|artist|radio|podcasts?|audiobooks?|volume|louder|quieter|mute|unmute|speaker|tune|track|band|spotify|pandora|sing|movies?|film|tv|netflix|shuffle)\b/ },
  { name: 'none.home', intent: 'none', weight: 5, re: /\b(lights?|lamp|bulbs?|brightness|dim|hue|vacuum|roomba|clean(ing)?|coffee|plug|socket|wemo|thermostat|heating|colou?r)\b/ },
  { name: 'none.facts', intent: 'none', weight: 4, re: /\b(define|definition|meaning of|what does \w+ mean|how (tall|old|far|big|many people)|capital of|population|president|who (invented|wrote|discovered|won)|stock|stocks|shares|nasdaq|dow jones|price of|exchange rate|currency|dollars?|euros?|pounds|yen|rupees?|convert|calculate|plus|minus|(?<!\d )times(?! (a|per|each|every))|divided|square root|math|percent)\b/ },
  { name: 'none.food', intent: 'none', weight: 4.5, re: /\b(recipe|recipes|cook|cooking|bake|ingredients?|pizza|takeaway|take away|takeout|delivery|order (some|a|me|food)|restaurant|restaurants|menu|food|eat)\b/ },
  { name: 'none.transport', intent: 'none', weight: 4.5, re: /\b(traffic|taxi|uber|lyft|cab|train|trains|bus|buses|ticket|tickets|flight|flights|directions|route|commute|drive|driving|station|airport)\b/ },
  { name: 'none.social', intent: 'none', weight: 4, re: /\b(tweet|twitter|facebook|instagram|post (on|to)|status update|social media|complain|complaint|customer service)\b/ },
  { name: 'none.lists', intent: 'none', weight: 4.5, re: /\b(shopping list|grocery|groceries|to[- ]?do list|lists|(a|the|my|that|this|new|your|every) list(?! of (all )?(the |my )?(upcoming |future )?(events?|meetings?|appointments?|e-?mails?|mails?|messages?|contacts?))|list of (my )?lists)\b/ },
  { name: 'none.news', intent: 'none', weight: 4.5, re: /\b(news|headlines?|sports? (score|result)s?|score|scores)\b/ },
  // Thanks as the whole message, not as the sign-off of a request ("... next Tuesday? Thanks!").
  { name: 'none.jokes', intent: 'none', weight: 4.5, re: /\b(joke|jokes|funny|make me laugh|tell me something|riddle|how are you|are you (a )?(robot|human|real)|your name|i love you|good job|well done|you'?re (great|awesome|smart|stupid))\b|^\W*(thank you|thanks)\b/ },
  { name: 'none.datetime', intent: 'none', weight: 5, re: /\b(what (time|day|date|year|month) is it|day of the week|what day (is|will|does|falls?)|what is the day on|what'?s the day|tomorrows? date|lands? on what day|when is (sunset|sunrise)|(born|die|died)\b|what'?s the (time|date)|what is the (time|date)|current time|time (is it )?in [a-z]+|time zone|timezone|today'?s date|date today|day is (it|today))\b/ },
  { name: 'none.games', intent: 'none', weight: 4.5, re: /\b(game|games|chess|trivia|quiz)\b/ },
  { name: 'none.recommend', intent: 'none', weight: 4, re: /\b(recommend|suggest|suggestions?|nearby|near me|around me|around here|good place|best place|shops?|stores?|mall|cinema|theater|theatre|concerts?|festival|in (the|my) (area|town|city)|in town|local events|events (in|around|at) (?!my\b)[a-z]+|happening (in|around|near|at) (?!my\b)|going on (in|around|near) )/ },
  { name: 'none.media2', intent: 'none', weight: 4.5, re: /\b(audio ?books?|episode|chapter|section|pause|resume|feed|tweets?|newsfeed|latest on|updates? on|update me on)\b/ },
  { name: 'none.order', intent: 'none', weight: 4.5, re: /\b(order|orders|delivered|delivery|deliver|take ?out|arrive|arriving)\b/ },
  { name: 'none.meta', intent: 'none', weight: 3, re: /\b(your (answer|answers|response|responses)|the answer|answer (to|any)|not (so )?clear|i like you|who is this|what'?s next\s*$|whats the latest|(an|that|last) item)\b/ },
  { name: 'none.conversation', intent: 'none', weight: 3.5, re: /^\s*(yes|no|yeah|yep|nope|ok|okay|sure|correct|right|wrong|stop|cancel that|never ?mind|i don'?t care|whatever|repeat|say (it|that) again|pardon|sorry|exactly|great|cool|fine|good|nice|that'?s (right|correct|wrong))\b[\s\w]{0,25}$/ },
]);

function frozen(rules: IntentRule[]): readonly IntentRule[] {
  return Object.freeze(rules.map((rule) => Object.freeze(rule)));
}
