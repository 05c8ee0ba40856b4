import { findCalendarRequest } from './calendarRequests';
import { findDurations, findAllDay } from './durationParser';
import { decideIntent, entityEvidence, intentInputs } from './intentDecision';
import { findLocation, findOnline, findReminder } from './locationParser';
import { findMailDetails } from './mailParser';
import { findPeople } from './peopleParser';
import { RecognitionState, withAllFixes, withSameLengthFixes } from './recognition';
import { findRecurrence } from './recurrenceParser';
import { resolveEntities } from './entityResolver';
import { normalizeSpelledNumbers } from './spelledNumbers';
import { typoReplacements } from './wordTypos';
import { findEventNoun, findSubject, SubjectMatch } from './subjectParser';
import { applyReplacements, NormalizedText, toOriginalRange } from './normalizedText';
import { findWhens, mainWhen } from './whenParser';

/** A subject found in a rewritten text, with its offsets the user's (its words as rewritten). */
function atUserOffsets(m: SubjectMatch | undefined, t: NormalizedText): SubjectMatch | undefined {
  if (m === undefined || t.text === t.original) return m;
  const r = toOriginalRange(t, m.start, m.end);
  return { ...m, start: r.start, end: r.end };
}

export interface PipelineStep {
  name: string;
  run: (s: RecognitionState) => void;
}

/**
 * The recogniser's parts, in the order they run. Why this order:
 * 1. numbers first: every date parser below reads digits, not "twenty third";
 * 2. durations and recurrence before the main time, so "for 30 minutes" and
 *    "every Tuesday" are not mistaken for points in time;
 * 3. times, people, subject, place: independent finders over the same text;
 * 4. the intent scorer last among finders, because a found time or person is
 *    evidence for it (a bare "tomorrow afternoon" is a calendar question);
 * 5. resolution at the end, since what "Friday" means (a whole day to list, or a
 *    day to move a meeting to) depends on the intent.
 */
export const PIPELINE: PipelineStep[] = [
  {
    name: 'numbers.spelled',
    run: (s) => {
      const typos = typoReplacements(s.text);
      s.normalized = normalizeSpelledNumbers(s.text, typos);
      // The lower-cased text with the misspellings of their own length put right ("cancle my 3pm"),
      // and the words the intent reads with all of them put right ("acept the invite").
      s.lower = withSameLengthFixes(s.lower, typos);
      s.wording = typos.some((r) => r.end - r.start !== r.text.length) ? withAllFixes(s.lower, typos) : s.lower;
      if (typos.length > 0) s.spelledRight = applyReplacements(s.text, typos);
    },
  },
  { name: 'duration', run: (s) => { s.durations = findDurations(s.normalized.text); s.allDay = findAllDay(s.text); } },
  { name: 'recurrence', run: (s) => { s.recurrence = findRecurrence(s.normalized.text); } },
  { name: 'when', run: (s) => { s.whens = findWhens(s.normalized, s.ctx); s.main = mainWhen(s.whens, s.ctx); } },
  { name: 'person', run: (s) => { s.people = findPeople(s.text); } },
  {
    name: 'subject',
    // Read with the misspellings put right ("book a dentist apointment": the dentist appointment), at the user's offsets.
    run: (s) => {
      const t = s.spelledRight;
      s.subject = atUserOffsets(findSubject(t.text), t);
      s.eventNoun = atUserOffsets(findEventNoun(t.text), t);
    },
  },
  {
    name: 'location',
    run: (s) => {
      s.location = findLocation(s.text);
      s.online = findOnline(s.text);
      s.reminderMinutes = findReminder(s.normalized.text);
    },
  },
  { name: 'mail', run: (s) => { s.mail = findMailDetails(s.text); } },
  {
    name: 'intent',
    run: (s) => {
      // An answer to a question is part of the request the question was asked for.
      const answering = s.ctx.answering;
      s.intent = answering !== undefined ? { intent: answering, confidence: 1, fired: ['context.answering'] } : decideIntent(intentInputs(s, entityEvidence(s)));
    },
  },
  // After the intent: office hours, calendars, invitations, find-time by their shape, which the model has no class for.
  { name: 'request', run: (s) => { if (s.ctx.answering === undefined) findCalendarRequest(s); } },
  { name: 'resolve', run: resolveEntities },
];
