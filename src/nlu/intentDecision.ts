import { FeatureEvidence, intentFeatures } from './intentFeatures';
import { IntentModel, predictMessage, storedModel } from './intentModel';
import { IntentScore, scoreIntent } from './intentScorer';
import { PIPELINE } from './pipeline';
import { newState, RecognitionState } from './recognition';
import { classOf } from './trainIntentModel';
import { Intent, INTENTS } from './types';

/**
 * The intent: phrase rules for what the training data never shows (greetings, sign-in,
 * settings, accepting invitations) and to pick the exact action within a class
 * (reply vs send, move vs create); the trained model for the class itself, including
 * "out of scope".
 */
const OOS_THRESHOLD = 0.93;
const MIN_ALTERNATIVE = 0.05;

const RULE_ONLY: ReadonlySet<Intent> = new Set(['help', 'signin', 'signout', 'settings', 'calendar.respond']);

export interface IntentInputs {
  rules: IntentScore;
  /** The model's features as strings, built on first use (training and evaluation read them; prediction does not). */
  readonly features: string[];
  /** The message as the features read it, and what the finders saw. */
  lower: string;
  evidence: FeatureEvidence;
  /** A time with a person or an event, or a repeating time: the shape of a calendar entry. */
  calendarShape: boolean;
  /** A name (not an address or a relation) was found. */
  hasPerson: boolean;
  /** The message is a time and little else ("today", "what's on Monday?"). */
  onlyWhen: boolean;
  /** The message is one event and its time, written down as a note ("party on friday", "team offsite march 3"). */
  noteShape: boolean;
}

export function intentInputs(s: RecognitionState, extra: Partial<Record<Intent, number>>): IntentInputs {
  const rules = scoreIntent(s.wording, extra);
  let hasPerson = false;
  let hasAddress = false;
  for (const p of s.people) {
    if (p.kind === 'name') hasPerson = true;
    else if (p.kind === 'address') hasAddress = true;
  }
  const evidence: FeatureEvidence = {
    fired: [...rules.fired, topFeature(rules.intent)],
    hasWhen: s.whens.length > 0,
    onlyWhen: (extra['calendar.query'] ?? 0) >= 3,
    hasPerson,
    hasAddress,
    hasDuration: s.durations.length > 0,
    hasRecurrence: s.recurrence !== undefined,
  };
  const timed = s.whens.length > 0 || s.durations.length > 0;
  const calendarShape =
    (s.recurrence !== undefined && s.whens.length > 0) ||
    (timed && (hasPerson || s.eventNoun !== undefined || /\b(events?|reminders?)\b/.test(s.wording) || rules.fired.some((f) => f.startsWith('create.'))));
  return new MessageInputs(rules, s.wording, evidence, calendarShape, noteShape(s));
}

/** A last word in the plural ("meetings", "parties"); "class", "business" are one. */
const PLURAL = /(?:[^s'u]s|ies)$/i;

/** What may stand beside an event and its time in a note: an article, the word joining them. */
const NOTE_WORDS = /^(?:\s|\b(?:a|an|on|at|for|is|this)\b|[,.!])*$/;

/**
 * One event said with its time and nothing else: "party on friday", "a dentist appointment at 3",
 * "team offsite march 3". Written like a line in a diary, it is an entry to make; a question about
 * one has a question's words ("is there", "when is", "?") or points at one already there ("the",
 * "my": "the party on friday").
 */
function noteShape(s: RecognitionState): boolean {
  const noun = s.eventNoun;
  // Several ("meetings tomorrow") is a look at what there is.
  if (noun === undefined || s.whens.length === 0 || s.text.includes('?') || PLURAL.test(noun.text)) return false;
  // The event's phrase and the times blanked out of the message (positions kept), the rest read.
  const spans = [{ start: noun.start, end: noun.end }, ...s.whens.map((w) => ({ start: s.normalized.startMap[w.start], end: s.normalized.endMap[w.end] }))];
  let rest = '';
  let at = 0;
  for (const r of spans.sort((a, b) => a.start - b.start)) {
    rest += `${s.lower.slice(at, Math.max(at, r.start))} `;
    at = Math.max(at, r.end);
  }
  rest += s.lower.slice(at);
  return NOTE_WORDS.test(rest);
}

/** The features `top.<intent>`: the rules' choice, as the model reads it (spelled once, not per message). */
const TOP_FEATURES = new Map<Intent, string>(INTENTS.map((i) => [i, `top.${i}`]));

function topFeature(intent: Intent): string {
  return TOP_FEATURES.get(intent) ?? `top.${intent}`;
}

class MessageInputs implements IntentInputs {
  private featureList: string[] | undefined;

  constructor(
    readonly rules: IntentScore,
    readonly lower: string,
    readonly evidence: FeatureEvidence,
    readonly calendarShape: boolean,
    readonly noteShape: boolean,
  ) {}

  get hasPerson(): boolean {
    return this.evidence.hasPerson;
  }

  get onlyWhen(): boolean {
    return this.evidence.onlyWhen;
  }

  get features(): string[] {
    return (this.featureList ??= intentFeatures(this.lower, this.evidence));
  }
}

export function decideIntent(inputs: IntentInputs, model: IntentModel | null = storedModel()): IntentScore {
  const { rules } = inputs;
  if (!model || RULE_ONLY.has(rules.intent)) return rules;
  const probs = predictMessage(model, inputs.lower, inputs.evidence);
  let best = 0;
  for (let i = 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
  // Out of scope only when the model is fairly sure: a wrong refusal costs the user more
  // than a clarifying question from a dialog.
  if (model.classes[best] === 'oos' && probs[best] < OOS_THRESHOLD) {
    let alt = -1;
    for (let i = 0; i < probs.length; i++) if (model.classes[i] !== 'oos' && (alt < 0 || probs[i] > probs[alt])) alt = i;
    // Between in-scope classes the model barely considers, the phrase rules choose.
    const ruled = model.classes.indexOf(classOfIntent(rules.intent));
    if (ruled >= 0 && model.classes[ruled] !== 'oos' && probs[ruled] >= MIN_ALTERNATIVE) alt = ruled;
    // Only towards a class the model gives a real chance; otherwise the refusal stands.
    if (alt >= 0 && probs[alt] >= MIN_ALTERNATIVE) best = alt;
  }
  let cls = model.classes[best];
  // Office requests the training data never saw ("coffee with Lee at 4") look like its
  // out-of-scope topics; the shape of a calendar entry outweighs the topic word.
  if (cls === 'oos' && inputs.calendarShape && !rules.fired.some((f) => CLEAR_TOPICS.has(f))) {
    cls = rules.intent === 'calendar.query' ? 'calendar_query' : rules.intent === 'calendar.cancel' ? 'calendar_remove' : 'calendar_set';
  }
  // "Tell the team the standup is cancelled": the words after "tell X" are the message.
  if (rules.fired.includes('send.tell') && cls !== 'oos') cls = 'email_sendemail';
  // A named person and a confident in-scope rule outweigh a topic word the model dislikes.
  if (cls === 'oos' && inputs.hasPerson && rules.intent !== 'none' && rules.confidence >= 0.8 && probs[best] < 0.99) cls = classOfIntent(rules.intent);
  // "Party on friday", "lunch tomorrow": an entry to make, which the model may take for a question
  // about the day or (with no word of removing it) for a cancellation.
  if ((cls === 'calendar_query' || cls === 'calendar_remove') && inputs.noteShape) cls = 'calendar_set';
  // A bare time is the bot's first question ("what's on Monday?"): never refused.
  if (inputs.onlyWhen && cls !== 'calendar_query') cls = 'calendar_query';
  // "Delete the email from Adele", "flag the email from Megan": a change to mail, which the assistant
  // does not make, is neither a meeting's nor a question about the mail.
  if (rules.fired.includes('none.mailChange') && (cls === 'calendar_remove' || cls === 'calendar_set' || cls === 'email_query')) cls = 'oos';
  // "Remove me from the distribution list": no meeting to decline or cancel.
  if (rules.fired.includes('none.leaveList') && (cls === 'calendar_remove' || cls === 'calendar_set')) cls = 'oos';
  // "Remove the reminder on my 3pm": the meeting's reminder goes, not the meeting.
  if (rules.fired.includes('update.reminderOff') && (cls === 'calendar_remove' || cls === 'calendar_query' || cls === 'oos')) cls = 'calendar_set';
  // "Share my calendar with Megan": not a meeting with her.
  if (rules.fired.includes('none.shareCalendar') && (cls === 'calendar_set' || cls === 'calendar_query' || cls === 'email_sendemail')) cls = 'oos';
  // "Add an agenda to the design review", "send a reminder to everyone in the sync": what goes in a
  // meeting or out to its people, which the assistant does not do (the model reads a new meeting).
  if (rules.fired.includes('none.meetingContent')) cls = 'oos';
  // "What's in my junk folder?": a mail folder, whatever the model makes of the words.
  if (rules.fired.includes('query.folder') && (cls === 'oos' || cls === 'email_querycontact')) cls = 'email_query';
  // "Who's in the 2pm?", "will Adele be at the standup?": a question about a meeting's people, not
  // about a contact or a new meeting; "when did I last meet with Adele?" is about meetings had, not her mail.
  if (rules.fired.includes('query.whoIsIn') || rules.fired.includes('query.attending') || rules.fired.includes('query.lastMet')) cls = 'calendar_query';
  // "What's the address for the quarterly planning": where a meeting is, not a contact's address;
  // "who accepted the quarterly planning": others' answers to it.
  if (rules.fired.includes('query.meetingPlace') || rules.fired.includes('query.responses')) cls = 'calendar_query';
  // "Join my next meeting", "the Teams link for the standup": that meeting's details, where its
  // Join button is ("send a Teams link for the sync" gives the meeting one).
  if (rules.fired.includes('query.join') && !rules.fired.includes('update.online')) cls = 'calendar_query';
  // "What's the latest from Adele": her mail (a person's; "anything new from my podcasts" is not).
  if ((cls === 'oos' || cls === 'email_querycontact') && inputs.hasPerson && rules.fired.includes('query.latestFrom')) cls = 'email_query';
  // "What's my day look like tomorrow?": a calendar question with a time, in words the data lacks.
  if (cls === 'oos' && rules.intent === 'calendar.query' && rules.fired.includes('query.lookLike')) cls = 'calendar_query';
  // "Does 3pm friday work for Megan", "any openings monday morning?": a time sought or checked, which the
  // model may read as a question about a contact or the mail.
  if ((cls === 'oos' || cls === 'email_querycontact' || cls === 'email_query') && rules.intent === 'calendar.findTime' && !has(rules.fired, 'query.mail')) cls = 'calendar_query';
  // "Free up my friday afternoon", "clear my calendar tomorrow": emptying a stretch of the calendar, not a question about it.
  if (cls === 'calendar_query' && rules.intent === 'calendar.cancel' && (rules.fired.includes('cancel.calendarEmpty') || rules.fired.includes('cancel.freeUp'))) cls = 'calendar_remove';
  // "Stop the weekly sync after this week": ending a series, which the data's questions about a week lack.
  if ((cls === 'calendar_query' || cls === 'calendar_set') && rules.intent === 'calendar.cancel' && rules.fired.includes('cancel.stopSeries')) cls = 'calendar_remove';
  // Moving an event is rare in the training data; a clear move phrase about an event is trusted.
  if (cls === 'oos' && rules.intent === 'calendar.update' && rules.fired.includes('query.eventMention')) cls = 'calendar_set';
  // Renaming a meeting, changing its place, giving it a Teams link, another time "instead", a
  // meeting rescheduled "for" a day:
  // phrasings only a change to a calendar has, which the data's questions and chatter lack.
  if ((cls === 'oos' || cls === 'calendar_query') && rules.intent === 'calendar.update' && rules.fired.some((f) => CLEAR_CHANGES.has(f))) cls = 'calendar_set';
  // "Pull my 2pm forward to 1:30": a meeting by its time moved, where the model reads "forward" as mail.
  if (cls === 'email_sendemail' && rules.intent === 'calendar.update' && rules.fired.includes('update.moveTime') && !has(rules.fired, 'send.')) cls = 'calendar_set';
  // "Save megan's number 555-1234", "update adele's email to adele@contoso.com": a contact's detail given
  // (the model reads a question about the contact, or a mail to the address).
  if (rules.fired.includes('contact.giveDetail') && (cls === 'email_querycontact' || (cls === 'email_sendemail' && rules.fired.includes('contact.addEmail')))) cls = 'email_addcontact';
  // "Forward the design review to Patti": an invitation for her, not a mail forwarded.
  if (rules.fired.includes('update.forwardMeeting')) cls = 'calendar_set';
  // "Send a Teams link for the sync" asks for the link on the meeting, not for a mail.
  if (cls === 'email_sendemail' && rules.fired.includes('update.online')) cls = 'calendar_set';
  const fired = rules.fired;
  let intent: Intent;
  switch (cls) {
    case 'calendar_set':
      // A meeting's reminder set or turned off is a change to it, whatever else "remind" made the rules think.
      intent = rules.intent === 'calendar.update' || (has(fired, 'update.') && !has(fired, 'create.')) || has(fired, 'update.reminder') ? 'calendar.update' : has(fired, 'findTime') ? 'calendar.findTime' : 'calendar.create';
      break;
    case 'calendar_query':
      intent = has(fired, 'findTime') ? 'calendar.findTime' : 'calendar.query';
      break;
    case 'calendar_remove':
      intent = 'calendar.cancel';
      break;
    case 'email_sendemail':
      intent = has(fired, 'forward.') ? 'mail.forward' : has(fired, 'reply.') ? 'mail.reply' : 'mail.send';
      break;
    case 'email_query':
      intent = rules.intent === 'mail.forward' || rules.intent === 'mail.reply' ? rules.intent : 'mail.query';
      break;
    case 'email_querycontact':
      intent = 'contact.query';
      break;
    case 'email_addcontact':
      intent = 'contact.add';
      break;
    default:
      intent = 'none';
  }
  // Requests the development data has no examples of (moving a meeting, "30 minutes
  // with Megan") are read by the rules when the model is unsure which class it is
  // (its share among the in-scope classes, apart from how sure it is that it is in scope).
  const oos = model.classes.indexOf('oos');
  const share = best === oos ? probs[best] : probs[best] / Math.max(1e-9, 1 - probs[oos]);
  if (share < 0.5 && rules.intent !== 'none' && rules.confidence >= 0.75) {
    return { ...rules, fired: [...fired, 'model.unsure'] };
  }
  const confidence = model.classes[best] === cls ? probs[best] : 0.5;
  return { intent, confidence: Math.round(confidence * 1000) / 1000, fired: [modelName(cls), ...fired] };
}

/** Change phrasings that decide the class (see decideIntent). */
const CLEAR_CHANGES: ReadonlySet<string> = new Set(['update.rename', 'update.online', 'update.instead', 'update.reschedule', 'update.moveTime', 'update.repeat', 'update.reminder', 'update.endAt']);

/** Out-of-scope topics that a calendar entry's shape does not outweigh: an alarm at 7 is not a meeting. */
const CLEAR_TOPICS: ReadonlySet<string> = new Set(['alarm', 'weather', 'media', 'datetime', 'news', 'transport', 'facts', 'games', 'jokes'].map((t) => `none.${t}`));

/** Whether a rule whose name starts with `prefix` fired. */
function has(fired: string[], prefix: string): boolean {
  for (const f of fired) if (f.startsWith(prefix)) return true;
  return false;
}

/** The trace names `model:<class>`, spelled once per class rather than per message. */
const MODEL_NAMES = new Map<string, string>();

function modelName(cls: string): string {
  let name = MODEL_NAMES.get(cls);
  if (name === undefined) MODEL_NAMES.set(cls, (name = `model:${cls}`));
  return name;
}

/** The model class an intent belongs to. */
function classOfIntent(intent: Intent): string {
  if (intent === 'calendar.query') return 'calendar_query';
  if (intent === 'calendar.cancel') return 'calendar_remove';
  if (intent.startsWith('calendar.')) return 'calendar_set';
  if (intent === 'mail.query') return 'email_query';
  if (intent.startsWith('mail.')) return 'email_sendemail';
  if (intent === 'contact.add') return 'email_addcontact';
  if (intent === 'contact.query') return 'email_querycontact';
  return 'oos';
}

/** Rules and features of one message: every part up to the intent runs. */
export function intentInputsFor(text: string): IntentInputs {
  const s = newState(text, false, { now: new Date('2026-11-21T15:00:00Z'), timeZone: 'UTC' });
  for (const step of PIPELINE) {
    if (step.name === 'intent') break;
    step.run(s);
  }
  return intentInputs(s, entityEvidence(s));
}

/** Features of one labelled line, for training. */
export function trainingExample(text: string, label: string): { features: string[]; label: string } {
  return { features: intentInputsFor(text).features, label: classOf(label) };
}

/**
 * What is left of a message once its times are cut out, when the message only asks what
 * is on then: "what's on", "tell me what's happening", "anything going on", "am i free".
 */
const ONLY_A_TIME = new RegExp(
  String.raw`^[\s?!.,]*(?:(?:can you|could you|please)\s+)*(?:(?:tell me|let me know|show me)\s+)?` +
    String.raw`(what'?s|what is|whats|show( me)?|and|how about|what about|anything|for|what do i have|what did i have|what was on|what was|what were|what'?s on|what have i got|do i have anything|anything on|am i (free|busy)` +
    String.raw`|(what'?s|what is|whats|is there|do i have|have i got|(do i have |is there )?any ?thing) (happening|going on|planned|scheduled))?` +
    String.raw`\s*(on|for|in)?\s*(my|the)?\s*(calendar|agenda|schedule)?\s*(on|for)?[\s?!.,]*$`,
);

/** Entity evidence for the rules: weak on its own, decisive in a close call. */
export function entityEvidence(s: RecognitionState): Partial<Record<Intent, number>> {
  const e: Partial<Record<Intent, number>> = {};
  if (s.main) {
    let rest = '';
    let at = 0;
    for (const w of s.whens) {
      rest += s.lower.slice(at, s.normalized.startMap[w.start]) + ' ';
      at = Math.max(at, s.normalized.endMap[w.end]);
    }
    rest += s.lower.slice(at);
    // A message that is only a time ("today", "what's on Friday?", "this week") asks what is on then.
    if (ONLY_A_TIME.test(rest)) {
      e['calendar.query'] = 3;
    } else {
      e['calendar.create'] = 0.5;
      e['calendar.query'] = 0.5;
    }
  }
  if (s.durations.length > 0) e['calendar.create'] = (e['calendar.create'] ?? 0) + 0.5;
  if (s.recurrence) e['calendar.create'] = (e['calendar.create'] ?? 0) + 2;
  return e;
}
