import { applyReplacements, NormalizedText, Replacement } from './normalizedText';

import { WhenMatch } from './whenParser';
import { PersonMatch } from './peopleParser';
import { DurationMatch } from './durationParser';
import { RecurrenceMatch } from './recurrenceParser';
import { SubjectMatch } from './subjectParser';
import { LocationMatch, OnlineMatch } from './locationParser';
import { MailDetails } from './mailParser';
import { IntentScore } from './intentScorer';
import { Entities, RecognizerContext, Span, Trace } from './types';

/** What the pipeline parts hand to each other for one message. */
export interface RecognitionState {
  ctx: RecognizerContext;
  /** The guarded input: offsets equal the user's text. */
  text: string;
  /** The text with ASCII letters lowered, offsets the user's (misspellings of their own length put right). */
  lower: string;
  /**
   * The words the intent reads: `lower` with every misspelling put right, also those that change its
   * length ("acept", "cancell"); offsets may differ from the user's. `lower` itself when none does.
   */
  wording: string;
  /** The text with every misspelling put right ("dentist apointment"), mapped back to the user's offsets; for names and titles. */
  spelledRight: NormalizedText;
  truncated: boolean;
  normalized: NormalizedText;
  whens: WhenMatch[];
  main?: WhenMatch;
  durations: DurationMatch[];
  allDay?: { start: number; end: number };
  recurrence?: RecurrenceMatch;
  people: PersonMatch[];
  subject?: SubjectMatch;
  eventNoun?: SubjectMatch;
  location?: LocationMatch;
  online?: OnlineMatch;
  reminderMinutes?: number;
  mail: MailDetails;
  /** Where "put the design review in my Projects calendar" names its meeting (the request step finds it). */
  calendarMeeting?: { start: number; end: number };
  intent?: IntentScore;
  entities: Entities;
  spans: Span[];
  trace: Trace;
}

/** ASCII letters lowered and curly apostrophes straightened, so offsets stay the user's. */
function lowerAscii(text: string): string {
  // Most messages arrive lower case already; then there is nothing to rebuild.
  if (!/[A-Z’‘]/.test(text)) return text;
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[’‘]/g, "'");
}

/**
 * `lower` with each replacement whose text is as long as what it replaces written in (offsets
 * stay the user's); longer or shorter ones ("tomorow") are left to the rewritten text.
 */
export function withSameLengthFixes(lower: string, fixes: readonly Replacement[]): string {
  let out = lower;
  for (const r of fixes) if (r.end - r.start === r.text.length) out = out.slice(0, r.start) + r.text.toLowerCase() + out.slice(r.end);
  return out;
}

/** `lower` with every replacement written in, in order (each after the last one's end). */
export function withAllFixes(lower: string, fixes: readonly Replacement[]): string {
  let out = '';
  let at = 0;
  for (const r of fixes) {
    out += lower.slice(at, r.start) + r.text.toLowerCase();
    at = r.end;
  }
  return out + lower.slice(at);
}

/**
 * A fresh state for one message; offsets of `text` are the user's. Every field the
 * steps fill in is there from the start (the optional ones undefined), so the object
 * keeps one shape while the steps write to it instead of growing at each new field.
 */
export function newState(text: string, truncated: boolean, ctx: RecognizerContext): RecognitionState {
  return {
    ctx,
    text,
    lower: lowerAscii(text),
    wording: '',
    spelledRight: applyReplacements(text, []),
    truncated,
    normalized: applyReplacements(text, []),
    whens: [],
    main: undefined,
    durations: [],
    allDay: undefined,
    recurrence: undefined,
    people: [],
    subject: undefined,
    eventNoun: undefined,
    location: undefined,
    online: undefined,
    reminderMinutes: undefined,
    mail: {},
    calendarMeeting: undefined,
    intent: undefined,
    entities: {},
    spans: [],
    trace: {},
  };
}
