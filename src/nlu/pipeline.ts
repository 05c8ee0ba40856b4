import { findDurations, findAllDay } from './durationParser';
import { scoreIntent } from './intentScorer';
import { findLocation, findOnline, findReminder } from './locationParser';
import { findMailDetails } from './mailParser';
import { findPeople } from './peopleParser';
import { RecognitionState } from './recognition';
import { findRecurrence } from './recurrenceParser';
import { resolveEntities } from './entityResolver';
import { normalizeSpelledNumbers } from './spelledNumbers';
import { findEventNoun, findSubject } from './subjectParser';
import { Intent } from './types';
import { findWhens, mainWhen } from './whenParser';

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
  { name: 'numbers.spelled', run: (s) => { s.normalized = normalizeSpelledNumbers(s.text); } },
  { name: 'duration', run: (s) => { s.durations = findDurations(s.normalized.text); s.allDay = findAllDay(s.text); } },
  { name: 'recurrence', run: (s) => { s.recurrence = findRecurrence(s.normalized.text); } },
  { name: 'when', run: (s) => { s.whens = findWhens(s.normalized, s.ctx); s.main = mainWhen(s.whens, s.ctx); } },
  { name: 'person', run: (s) => { s.people = findPeople(s.text); } },
  { name: 'subject', run: (s) => { s.subject = findSubject(s.text); s.eventNoun = findEventNoun(s.text); } },
  {
    name: 'location',
    run: (s) => {
      s.location = findLocation(s.text);
      s.online = findOnline(s.text);
      s.reminderMinutes = findReminder(s.normalized.text);
    },
  },
  { name: 'mail', run: (s) => { s.mail = findMailDetails(s.text); } },
  { name: 'intent', run: (s) => { s.intent = scoreIntent(s.lower, evidence(s)); } },
  { name: 'resolve', run: resolveEntities },
];

/** Entity evidence for the intent scorer: weak on its own, decisive in a close call. */
function evidence(s: RecognitionState): Partial<Record<Intent, number>> {
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
    if (/^[\s?!.,]*(what'?s|what is|whats|show( me)?|and|how about|what about|anything|for|what do i have|what have i got|do i have anything|anything on|am i (free|busy))?\s*(on|for|in)?\s*(my|the)?\s*(calendar|agenda|schedule)?\s*(on|for)?[\s?!.,]*$/.test(rest)) {
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
