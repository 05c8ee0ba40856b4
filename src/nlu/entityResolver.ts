import { addLocalDays, fromLocal, onDateOf, startOfLocalDay, toLocal, weekdayNameOf } from '../time/zonedTime';
import { NEXT, shifted, splitChange } from './changeParser';
import { MESSAGE_GATES, RegexGate } from './regexGate';
import { dayRange, iso, startOfMonth, startOfWeek, startOfYear } from './localCalendar';
import { leadMinutes } from './locationParser';
import { applyReplacements, rewrittenPart, toOriginalRange } from './normalizedText';
import { COMING_TO, type PersonMatch } from './peopleParser';
import { RecognitionState } from './recognition';
import { completeRecurrence, findRecurrence } from './recurrenceParser';
import { normalizeSpelledNumbers } from './spelledNumbers';
import { findEventNoun, type SubjectMatch } from './subjectParser';
import { clockHour, findWhens, mainWhen, WhenMatch, workingDays } from './whenParser';
import { BESIDE_A_NAME } from './intentRules';
import { Entities, EventReference, Intent, MAX_NEXT_COUNT, SpanType } from './types';

/**
 * Turns what the finders found into the entities the dialogs read, according to the
 * intent: a day alone is the whole day to list for a query, the new slot for a
 * change, the day of a new event; recipients are "to" for mail and attendees for
 * events. Every field records the part that produced it in `trace`.
 */
export function resolveEntities(s: RecognitionState): void {
  const intent = s.intent?.intent ?? 'none';
  const e: Entities = s.entities;
  const z = s.ctx.timeZone;
  if (s.subject?.source === 'subject.about') s.subject = beforeTime(s, s.subject);
  // A weekday inside "every Tuesday" is the repetition, not a time of its own.
  const rec = s.recurrence;
  for (const w of s.whens) if (!(rec && !w.hasTime && w.start >= rec.start && w.end <= rec.end)) whenSpan(s, w);
  // "15 minutes before" is when the reminder fires.
  // Only read when a reminder was found: most messages have none.
  const lead = s.reminderMinutes === undefined ? null : REMINDER_LEAD.exec(s.normalized.text);
  if (lead) {
    const r = toOriginalRange(s.normalized, lead.index, lead.index + lead[0].length);
    addSpan(s, 'when', r.start, r.end, 'reminder.lead');
  }
  for (const d of s.durations) {
    const r = toOriginalRange(s.normalized, d.start, d.end);
    addSpan(s, 'duration', r.start, r.end, d.source);
  }
  if (s.recurrence) {
    const r = toOriginalRange(s.normalized, s.recurrence.start, s.recurrence.end);
    addSpan(s, 'recurrence', r.start, r.end, s.recurrence.source);
  }
  // Addresses are people too (in `people`), but a person span marks a name, as annotators do.
  const subject = s.subject ?? s.eventNoun ?? (intent === 'calendar.create' ? getTogether(s.text) : undefined);
  // A word after "for" or "to" that is what is to be done ("block an hour for deep work") is no one's name either.
  for (const p of s.people) if (p.kind === 'name' && !readAsOther(s, p, subject, intent) && !taskWord(p, s.subject)) addSpan(s, 'person', p.start, p.end, p.source);
  if (subject) addSpan(s, 'subject', subject.start, subject.end, subject.source);
  if (s.location) addSpan(s, 'location', s.location.start, s.location.end, s.location.source);

  if (intent === 'none' || intent === 'help' || intent === 'signin' || intent === 'signout' || intent === 'settings') {
    finish(s);
    return;
  }

  // Main time.
  const main = s.main;
  const mailFrom = main && intent === 'mail.query' ? mailPeriod(s, main) : undefined;
  const twoDays = intent === 'calendar.query' || intent === 'calendar.findTime' ? nextDaysSaid(s) : undefined;
  const bound =
    main &&
    !main.hasTime &&
    main.to &&
    main.from.getTime() > s.ctx.now.getTime() &&
    (intent === 'calendar.query' || intent === 'calendar.findTime' || (intent === 'calendar.create' && !s.intent?.fired.includes('create.remind')))
      ? dayBound(s, main)
      : undefined;
  // A meeting's new name or place ("rename the sync to Sprint review"), which names no one to invite.
  let newValue: { start: number; end: number } | undefined;
  if (intent === 'calendar.update') {
    // "put the design review in my Projects calendar": which meeting; the calendar is the request step's.
    if (s.calendarMeeting) resolveTarget(s, s.calendarMeeting);
    else newValue = resolveChange(s);
  } else if (main && main.hasTime && !main.to && (intent === 'calendar.query' || intent === 'calendar.findTime' || intent === 'mail.query') && boundedBy(s, main)) {
    // "anything tomorrow before noon?": the rest of the day on one side of the time.
    const side = boundedBy(s, main);
    const dayStart = startOfLocalDay(main.from, z);
    // A deadline ("before the end of the week", "by end of day") bounds everything from now on.
    const deadline = (main.source === 'when.endOfWeek' || main.source === 'when.endOfDay') && s.ctx.now.getTime() < main.from.getTime();
    const nowInside = dayStart.getTime() < s.ctx.now.getTime() && s.ctx.now.getTime() < main.from.getTime();
    const from = side === 'before' ? (deadline || nowInside ? s.ctx.now : dayStart) : main.from;
    const to = side === 'before' ? main.from : addLocalDays(dayStart, 1, z);
    e.start = iso(from, z);
    e.end = iso(to, z);
    s.trace.start = `${main.source}+${side}`;
    s.trace.end = `${main.source}+${side}`;
  } else if (mailFrom !== undefined && main) {
    // "any emails from Megan this week": mail has come already, so the whole of the week so far.
    e.start = iso(mailFrom, z);
    e.end = iso(s.ctx.now, z);
    s.trace.start = `${main.source}+mail`;
    s.trace.end = `${main.source}+mail`;
  } else if (twoDays !== undefined) {
    // "find a time on Thursday or Friday", "what do I have monday and tuesday": both days.
    e.start = iso(twoDays.from, z);
    e.end = iso(twoDays.to, z);
    e.dateOnly = true;
    s.trace.start = 'when.twoDays';
    s.trace.end = 'when.twoDays';
  } else if (bound !== undefined && main?.to) {
    // "find a slot with Megan before friday", "anything on until thursday?": from now up to
    // that day ("before"), or through it ("by", "until"). A new meeting ("an hour with Patti before
    // friday") goes somewhere in that stretch.
    e.start = iso(s.ctx.now, z);
    e.end = iso(bound === 'before' ? main.from : main.to, z);
    if (intent === 'calendar.create') e.dateOnly = true;
    s.trace.start = `${main.source}+${bound}`;
    s.trace.end = `${main.source}+${bound}`;
  } else if (main && main.to && !main.hasTime && (intent === 'calendar.query' || intent === 'calendar.findTime') && leftOf(s, main)) {
    // "what do I have left today", "any meetings left this week": from now to the period's end.
    e.start = iso(s.ctx.now, z);
    e.end = iso(main.to, z);
    e.dateOnly = true;
    s.trace.start = `${main.source}+left`;
    s.trace.end = main.source;
  } else if (main) {
    e.start = iso(main.from, z);
    s.trace.start = main.source;
    if (main.to) {
      e.end = iso(main.to, z);
      s.trace.end = main.source;
    }
    if (!main.hasTime) {
      e.dateOnly = true;
      s.trace.dateOnly = main.source;
    } else if (!main.hasDate) {
      e.timeOnly = true;
      s.trace.timeOnly = main.source;
    }
    if (main.zone) {
      e.explicitTimeZone = main.zone;
      s.trace.explicitTimeZone = 'when.explicitZone';
    }
    // "coffee with Megan thursday afternoon": a meeting somewhere in the afternoon, not five hours
    // long; time blocked ("block the afternoon of the 5th") takes the whole of it.
    if (intent === 'calendar.create' && main.to && WINDOWS.has(main.source) && !s.intent?.fired.includes('create.blockTime')) {
      e.window = true;
      s.trace.window = main.source;
    }
  } else if (intent === 'calendar.query' && /\bmy week\b/.test(s.lower) && !/\b(next|upcoming|coming up|pending)\b/.test(s.lower)) {
    // "what does my week look like" asks what "this week" does: the rest of it, read as those words are.
    const week = findWhens(applyReplacements('this week', []), s.ctx)[0];
    e.start = iso(week.from, z);
    e.end = iso(week.to ?? week.from, z);
    e.dateOnly = true;
    s.trace.start = 'when.defaultThisWeek';
    s.trace.end = 'when.defaultThisWeek';
  } else if (intent === 'calendar.query' && /\b(agenda|calendar|schedule|my day|today)\b/.test(s.lower) && !/\b(next|upcoming|coming up|pending)\b/.test(s.lower)) {
    // "my agenda" with no time means today.
    const d = dayRange(s.ctx.now, z);
    e.start = iso(d.start, z);
    e.end = iso(d.end ?? d.start, z);
    e.dateOnly = true;
    s.trace.start = 'when.defaultToday';
    s.trace.end = 'when.defaultToday';
  }

  if (s.durations.length > 0) {
    e.durationMinutes = s.durations[0].minutes;
    s.trace.durationMinutes = s.durations[0].source;
    // The length ends a meeting at a time said; a stretch to search or list keeps its own end.
    if (main && main.hasTime && !main.to && e.end === undefined && intent !== 'calendar.update') {
      e.end = iso(new Date(main.from.getTime() + e.durationMinutes * 60000), z);
      s.trace.end = 'duration+when';
    }
  }
  if (s.allDay) {
    e.allDay = true;
    s.trace.allDay = 'duration.allDay';
    if (main) {
      const d = dayRange(main.from, z);
      e.start = iso(d.start, z);
      e.end = iso(d.end ?? d.start, z);
    }
  }
  // "out of office dec 24 to jan 2", "I'm on vacation next week": time off, whole days when no clock time is said.
  if (intent === 'calendar.create' && TIME_OFF.test(s.text)) {
    // "i'm out monday to friday": the coming days off, not every working week (which "every weekday" is).
    if (s.recurrence?.source === 'recurrence.mondayToFriday') s.recurrence = undefined;
    e.timeOff = true;
    s.trace.timeOff = 'create.timeOff';
    if (main && !main.hasTime) {
      e.allDay = true;
      s.trace.allDay = 'create.timeOff';
      const last = lastDayInARow(s, main);
      if (last !== main) {
        e.end = iso(last.to ?? last.from, z);
        s.trace.end = 'create.timeOff+daysInARow';
      }
    }
  }
  if (s.recurrence && e.change?.subject === undefined && e.change?.location === undefined && e.change?.recurrence === undefined && (intent === 'calendar.create' || intent === 'calendar.update' || intent === 'calendar.findTime')) {
    const untilAt = s.recurrence.untilAt ?? Infinity;
    const r = s.recurrence;
    // "standup monday to friday at 9am": the series' days were read as one stretch of days, which
    // took the clock time with it; the times are read again with the series' words left out.
    const stretch = s.whens.some((w) => w.to !== undefined && w.start < r.end && w.end > r.start && addLocalDays(startOfLocalDay(w.from, z), 1, z) < w.to);
    const text = stretch ? s.normalized.text.slice(0, r.start) + ' '.repeat(r.end - r.start) + s.normalized.text.slice(r.end) : s.normalized.text;
    const whens = stretch ? findWhens(applyReplacements(text, []), s.ctx) : s.whens;
    // chrono reads "9am until March 31st" as one range; the series and its end are read apart.
    const across = whens.some((w) => w.start < untilAt && w.end > untilAt);
    const head = across ? findWhens(applyReplacements(text.slice(0, untilAt), []), s.ctx) : whens.filter((w) => w.start < untilAt - 1);
    const tail = across ? findWhens(applyReplacements(text.slice(untilAt), []), s.ctx) : whens.filter((w) => w.start >= untilAt - 1);
    // "every day next week", "every tuesday this month": the series runs within that period.
    // A period with no day of the pattern left in it ("every tuesday this month" on the last
    // Wednesday) bounds nothing: the series starts on the next such day, as without it.
    let period = tail.length === 0 ? seriesPeriod(s) : undefined;
    let first = firstOccurrence(s, head, period);
    if (period && first.start >= period.to) {
      period = undefined;
      first = firstOccurrence(s, head);
    }
    const until = tail[0]?.from ?? (period ? new Date(period.to.getTime() - 1) : undefined);
    e.recurrence = completeRecurrence(s.recurrence, first.start, z, until);
    s.trace.recurrence = s.recurrence.source;
    e.start = iso(first.start, z);
    s.trace.start = 'recurrence.firstOccurrence';
    if (first.end) e.end = iso(first.end, z);
    else if (e.durationMinutes !== undefined && first.timed) e.end = iso(new Date(first.start.getTime() + e.durationMinutes * 60000), z);
    else delete e.end;
    // "standup every monday for 15 minutes": no clock time said, so the first day is a day to
    // find a time in, as "lunch tomorrow for an hour" is (not a meeting at midnight).
    if (first.timed) delete e.dateOnly;
    else {
      e.end = iso(addLocalDays(first.start, 1, z), z);
      e.dateOnly = true;
    }
  }

  // People.
  // Capitalised words of a title or a place ("Design review", "Cafe 34") are not people.
  const names = s.people.filter(
    (p) =>
      (p.kind !== 'self' || (intent.startsWith('calendar') && !ASKER.test(s.text.slice(Math.max(0, p.start - 6), p.start)))) &&
      !readAsOther(s, p, subject, intent) &&
      // "meet with Megan about roadmap": what the meeting is about is its subject, not a guest.
      !(p.role === 'about' && intent.startsWith('calendar') && within(p, s.subject)) &&
      // "put 2 hours on my calendar for deep work": what the time is kept for; "remind me to call
      // Isaiah", "find time to call Isaiah": what is to be done (Isaiah is called, not invited).
      !((s.subject?.source === 'subject.keptFor' || s.subject?.source === 'subject.remindTo' || s.subject?.source === 'subject.purpose') && within(p, s.subject)) &&
      !within(p, newValue) &&
      // "create a calendar called Travel": the calendar's name, not a guest.
      p.text !== e.calendar?.name &&
      // "at 3pm London time": part of a time, not a guest.
      !s.spans.some((w) => w.type === 'when' && w.start < p.end && p.start < w.end),
  );
  if (names.length > 0) {
    e.people = names.map((p) => p.text);
    // Each finder once, in the order first seen.
    const sources: string[] = [];
    for (const p of names) if (!sources.includes(p.source)) sources.push(p.source);
    s.trace.people = sources.join(',');
  }
  if (intent.startsWith('mail.')) {
    const to = names.filter((p) => !NOT_TO_ROLES.includes(p.role) && p.kind !== 'self');
    const cc = names.filter((p) => p.role === 'cc');
    const bcc = names.filter((p) => p.role === 'bcc');
    const from = names.find((p) => SENDER_ROLES.includes(p.role));
    if (intent === 'mail.query') {
      const sender = from ?? names.find((p) => p.kind !== 'self' && p.role !== 'for' && p.role !== 'about');
      if (sender) {
        e.from = sender.text;
        s.trace.from = sender.source;
      }
    } else {
      if (to.length > 0) {
        e.to = to.map((p) => p.text);
        s.trace.to = 'person→to';
      }
      if (from && intent === 'mail.reply') {
        e.from = from.text;
        s.trace.from = from.source;
      }
    }
    if (cc.length > 0) {
      e.cc = cc.map((p) => p.text);
      s.trace.cc = 'person→cc';
    }
    if (bcc.length > 0) {
      e.bcc = bcc.map((p) => p.text);
      s.trace.bcc = 'person→bcc';
    }
    const m = s.mail;
    if (m.unread && intent === 'mail.query') {
      e.unread = true;
      s.trace.unread = 'mail.unread';
    }
    if (m.folder && intent === 'mail.query') {
      e.folder = m.folder;
      s.trace.folder = 'mail.folder';
    }
    if (m.body && intent !== 'mail.query') {
      e.body = m.body + (s.truncated ? '…' : '');
      s.trace.body = 'mail.body';
    }
    if (m.search && intent === 'mail.query') {
      e.search = m.search;
      s.trace.search = 'mail.search';
    }
  }

  if (subject && (s.subject || !intent.startsWith('mail.'))) {
    e.subject = subject.text;
    s.trace.subject = subject.source;
  }
  if (s.location && intent.startsWith('calendar')) {
    e.location = s.location.text;
    s.trace.location = s.location.source;
  }
  if (s.online) {
    e.online = s.online.online;
    if (s.online.service !== undefined) e.onlineService = s.online.service;
    s.trace.online = 'location.online';
  }
  if (s.reminderMinutes !== undefined) {
    e.reminderMinutes = s.reminderMinutes;
    s.trace.reminderMinutes = 'location.reminder';
  }

  if ((e.change?.shiftMinutes !== undefined || e.change?.reminderMinutes !== undefined) && s.durations.length > 0) {
    // "back an hour" is how far it moves, "a 30 minute reminder" how early it reminds: not how long it lasts.
    delete e.durationMinutes;
    delete s.trace.durationMinutes;
  }
  // "decline and propose thursday at 2": the time proposed, which names no meeting to answer.
  const proposal = intent === 'calendar.respond' ? proposedTime(s) : undefined;
  if (intent === 'calendar.cancel' || intent === 'calendar.respond') {
    // "I won't make it to the sync, I'm sick": the meeting and the message follow the idiom, whose
    // "it" and "to" are no meeting talked about and no new time.
    const idiom = MAKE_IT_TO.exec(s.text);
    const after = idiom ? idiom.index + idiom[0].length : 0;
    const split = idiom ? shifted(splitChange(s.text.slice(after)), after) : splitChange(s.text);
    if (proposal) split.target = proposalTarget(s, split.target, proposal);
    // "end the standup series after december": the series' new end, said after the meeting, is no day of it.
    const said = intent === 'calendar.cancel' ? seriesEndOf(s, split.target) : undefined;
    const ending = said && WHOLE_SERIES.test(s.text.slice(split.target.start, said.at)) ? said : undefined;
    resolveTarget(s, ending ? { start: split.target.start, end: ending.at } : split.target);
    if (ending && !e.targetDay && e.target?.kind !== 'all') {
      e.seriesEnd = ending.lastDay;
      s.trace.seriesEnd = ending.source;
    }
    // "cancel the standup series", "stop the weekly sync": all of it, not one occurrence.
    if (WHOLE_SERIES.test(s.text.slice(split.target.start, split.target.end)) && !e.targetDay && e.target?.kind !== 'all') {
      e.wholeSeries = true;
      s.trace.wholeSeries = 'change.series';
      // "cancel the series": the series of the meeting talked about.
      if (e.target?.kind === 'subject' && /^(?:(?:the|whole|entire)\s+)*series$/i.test(e.target.text)) e.target = { kind: 'anaphora' };
    }
    // "decline Friday's sync, I'm out": what follows the name is the message for the others, up to a time proposed.
    const commentEnd = split.comment && proposal && split.comment.end > proposal.at ? proposal.at : split.comment?.end;
    const comment = split.comment && commentEnd !== undefined ? s.text.slice(split.comment.start, commentEnd).trim().replace(/[.!,]+$/, '') : '';
    if (/[a-z0-9]/i.test(comment)) {
      e.comment = comment;
      s.trace.comment = 'change.comment';
    }
    // "propose friday at 2 instead", "propose a new time for it: …": the meeting last talked about.
    if (proposal && !e.target && !e.targetDay) {
      e.target = { kind: 'anaphora' };
      s.trace.target = 'change.anaphora';
    }
  }
  if (intent === 'calendar.query') resolveQuestionTarget(s);
  if (intent === 'calendar.respond') {
    // "rsvp yes" accepts, "rsvp no" declines.
    const r = /\b(accept|decline|turn down|reject|tentative|maybe|can'?t|cannot|won'?t|will not|unable|(?:remove|take|drop) me (?:off|from)|(?:rsvp|say|answer|reply|respond) (?:with )?(?:a )?(?:yes|no)\b)/.exec(s.wording);
    if (r) {
      e.response = r[1] === 'accept' || r[1].endsWith('yes') ? 'accept' : r[1] === 'tentative' || r[1] === 'maybe' ? 'tentative' : 'decline';
      s.trace.response = 'respond.verb';
    }
    const c = /\b(?:saying|with (?:the )?(?:message|note|comment)|and say|and tell (?:them|him|her))\s+(.+)$/i.exec(s.text);
    if (c) {
      e.comment = c[1].trim();
      s.trace.comment = 'respond.comment';
    }
    if (proposal) {
      const w = proposal.when;
      if (w) {
        const { from, to } = weekdayAhead(s, w, s.text.slice(proposal.whenStart, proposal.whenEnd));
        e.change = newTime(from, to, w, z);
        s.trace.change = `respond.propose+${w.source}`;
      }
      // No time said ("suggest a new time for the planning"): the dialog asks which.
      e.proposeNewTime = true;
      // Outlook proposes with a decline or a tentative answer; "propose friday instead" alone is tentative.
      if (e.response !== 'decline') e.response = 'tentative';
    }
  }
  finish(s);
}

/**
 * "and propose thursday at 2", "but suggest 3pm instead", "propose a new time: friday morning",
 * "how about friday": where the proposal starts (an "and" or comma before it included).
 */
const PROPOSE = /(?:\s*,?\s*\b(?:and|but)\s+|\s*,\s*)?\b(?:(?:counter[- ]?)?propos(?:e|ing)|suggest(?:ing)?|offer(?:ing)?|how\s+about|what\s+about)\s+(?:(?:a\s+)?(?:new|different|another|other)\s+time\s*(?:of|for\s+it|:|,|-)?\s*)?(?:(?:moving\s+it|to\s+move\s+it|we\s+(?:do|meet|move)\s+it|we\s+meet)\s+)?(?:to\s+|on\s+|for\s+|at\s+)?/gi;

interface Proposal {
  /** Where the proposal phrase starts and ends, and the time after it (the text's end when none is said), in the user's text. */
  at: number;
  end: number;
  when?: WhenMatch;
  whenStart: number;
  whenEnd: number;
}

/**
 * The time a respond request proposes: right after the phrase ("propose thursday at 2"), or after
 * the meeting when the phrase asks for a new time ("propose a new time for the planning: thursday at 10").
 */
function proposedTime(s: RecognitionState): Proposal | undefined {
  PROPOSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROPOSE.exec(s.text)) !== null) {
    const end = m.index + m[0].length;
    const newTime = /\btime\b/i.test(m[0]);
    // User offsets; the times' are the rewritten text's.
    const when = s.whens.find((w) => (newTime ? s.normalized.startMap[w.start] >= end - 1 : Math.abs(s.normalized.startMap[w.start] - end) <= 1));
    if (when) return { at: m.index, end, when, whenStart: s.normalized.startMap[when.start], whenEnd: s.normalized.endMap[when.end] };
    // "suggest a new time for the planning": a proposal still to be given its time.
    if (newTime) return { at: m.index, end, whenStart: s.text.length, whenEnd: s.text.length };
  }
  return undefined;
}

/**
 * Where the meeting answered is named around a proposal: before it ("decline the offsite and
 * propose friday"), else after the time ("suggest friday at 2 for the planning"), else between
 * the phrase and the time ("propose a new time for the planning: thursday").
 */
function proposalTarget(s: RecognitionState, target: { start: number; end: number }, p: Proposal): { start: number; end: number } {
  const said = (start: number, end: number): boolean => end > start && /[a-z0-9]/i.test(s.text.slice(start, end));
  if (said(target.start, Math.min(target.end, p.at))) return { start: target.start, end: Math.min(target.end, p.at) };
  if (said(p.whenEnd, target.end)) return { start: p.whenEnd, end: target.end };
  // Up to the punctuation before the time ("…for the planning: thursday").
  let end = p.whenStart;
  while (end > p.end && /[\s:,;-]/.test(s.text[end - 1])) end--;
  return { start: p.end, end: Math.max(p.end, end) };
}

/** Adds a span unless one of its type already overlaps it (the first finder to claim a stretch keeps it). */
function addSpan(s: RecognitionState, type: SpanType, start: number, end: number, source: string): void {
  if (end <= start) return;
  for (const x of s.spans) if (x.type === type && x.start < end && start < x.end) return;
  s.spans.push({ type, start, end, text: s.text.slice(start, end), source });
}

/** The preposition ahead of a time, read where the time's span starts in the user's text. */
const WHEN_LEAD = /(?:on|at|for)\s+/iy;

function whenSpan(s: RecognitionState, w: WhenMatch): void {
  const r = toOriginalRange(s.normalized, w.start, w.end);
  // The preposition belongs to the sentence, not the time ("on Friday" -> "Friday"). Read
  // in the whole text, the blanks may run past the span's end; then, as when they reach
  // it, nothing of the span would be left, and nothing is cut. WHEN_LEAD is tried only
  // where its "o", "a" or "f" stands (either case, which `| 0x20` reads alike).
  const first = s.text.charCodeAt(r.start) | 0x20;
  WHEN_LEAD.lastIndex = r.start;
  const lead = first === 0x6f || first === 0x61 || first === 0x66 ? WHEN_LEAD.exec(s.text) : null;
  addSpan(s, 'when', r.start + (lead && r.start + lead[0].length < r.end ? lead[0].length : 0), r.end, w.source);
}

/** What a meeting is about ends where a time said after it starts ("re budget fri 3p": "budget"). */
function beforeTime(s: RecognitionState, m: SubjectMatch): SubjectMatch {
  let end = m.end;
  for (const w of s.whens) {
    const at = s.normalized.startMap[w.start];
    if (at > m.start && at < end) end = at;
  }
  if (end === m.end) return m;
  const text = s.text.slice(m.start, end).replace(/[\s,]+(?:on|at|for|by)?[\s,]*$/i, '');
  return text === '' ? m : { ...m, text, end: m.start + text.length };
}

/**
 * A name found that is part of something else here, for the person spans and the people alike: a
 * title's or a place's capitalised word, a meeting's title after "called" ("an event called
 * hackathon"), the word a mail search is for, the start of a meeting's name.
 */
function readAsOther(s: RecognitionState, p: PersonMatch, subject: SubjectMatch | undefined, intent: Intent): boolean {
  return titleOrPlace(p, subject, s.location) || inTitle(p, s.subject, intent) || searchedWord(s, p, intent) || (intent.startsWith('calendar') && intoTitle(p, subject));
}

/** "a reminder on the team lunch": words read as a group ("the team") that run on into the meeting's name. */
function intoTitle(p: { start: number; end: number }, subject: { start: number; end: number } | undefined): boolean {
  return subject !== undefined && p.start < subject.start && p.end > subject.start && p.end < subject.end;
}

/** A name in a meeting's title said after "called", "titled", "named" ("an all day event called hackathon"); a contact's is a person's. */
function inTitle(p: { start: number; end: number }, subject: SubjectMatch | undefined, intent: Intent): boolean {
  return intent.startsWith('calendar') && subject?.source === 'subject.titled' && within(p, subject);
}

/** A capitalised word inside the subject (or event noun) or the place: part of a title or a place, not a person. */
function titleOrPlace(p: { start: number; end: number; source: string }, subject: { start: number; end: number } | undefined, place: { start: number; end: number } | undefined): boolean {
  return p.source === 'person.capitalised' && (within(p, subject) || within(p, place));
}

/**
 * A name read only for the word it follows, which is what is to be done: inside what the time is
 * kept for ("for deep work"), or the first word of a reminder's task ("... to submit my timesheet").
 * Someone's ("for john's birthday") is a person's still.
 */
function taskWord(p: { text: string; start: number; end: number; source: string }, subject: SubjectMatch | undefined): boolean {
  if (p.source !== 'person.afterIntro' || p.end - p.start !== p.text.length || subject === undefined) return false;
  return (subject.source === 'subject.keptFor' && within(p, subject)) || (subject.source === 'subject.remindTo' && p.start === subject.start);
}

/** "search my mail for invoice": the word searched for, not a sender. */
function searchedWord(s: RecognitionState, p: PersonMatch, intent: Intent): boolean {
  return intent === 'mail.query' && p.role !== 'from' && s.mail?.search?.toLowerCase() === p.text.toLowerCase();
}

function within(p: { start: number; end: number }, r: { start: number; end: number } | undefined): boolean {
  return r !== undefined && p.start >= r.start && p.end <= r.end;
}

/** "show me", "tell me", "give me": the user asking, not someone to meet. */
const ASKER = /\b(?:show|tell|give|let|get|send)\s+$/i;

/** Roles that make a person anything but a recipient of the mail. */
const NOT_TO_ROLES: readonly string[] = ['from', 'cc', 'bcc', 'about', 'of', 'by', 'did', 'has', 'have', 'does'];
/** Roles that make a person the sender ("from Megan", "what did Adele say"). */
const SENDER_ROLES: readonly string[] = ['from', 'by', 'did', 'has', 'have', 'does'];

/** "15 minutes before": the span of a reminder's lead time. */
const REMINDER_LEAD = /\b(?:\d+|an?|one|half an?)\s*(?:minutes?|mins?|hours?|hrs?|days?)\s+(?:before|ahead|prior|early|in advance)\b/i;

/**
 * Whether the text says "before"/"by" or "after"/"since" just ahead of the time, or ahead of a
 * meeting named by it ("what's after my 2pm", "anything before my 10am").
 */
function boundedBy(s: RecognitionState, w: WhenMatch): 'before' | 'after' | undefined {
  const at = s.normalized.startMap[w.start];
  const ahead = s.lower.slice(Math.max(0, at - 11), at);
  const inside = s.normalized.text.slice(w.start, w.end).toLowerCase();
  // Inside the time, "the day after tomorrow", "the week before christmas" name a day, no bound.
  const m = /\b(before|by|until|till|after|since)\s*(?:\s(?:my|the)\s+)?$/.exec(ahead) ?? /(?<!\b(?:day|week|month|year)s?\s+)\b(before|by|until|till|after|since)\b/.exec(inside);
  if (!m) return undefined;
  return m[1] === 'after' || m[1] === 'since' ? 'after' : 'before';
}

/** What is still to come of a period: "what's left", "anything remaining", "meetings still to come". */
const LEFT = /\b(?:left|remaining|still to come|still ahead|to go)\b/;

/** Whether the message asks for what is left of a period it is in now ("what do I have left today"). */
function leftOf(s: RecognitionState, w: WhenMatch): boolean {
  const now = s.ctx.now.getTime();
  return w.to !== undefined && w.from.getTime() < now && now < w.to.getTime() && LEFT.test(s.lower);
}

/** "this week", "this month", "this year": a period the message is in, read from its start. */
const THIS_PERIOD = /^this\s+(week|wk|month|year)$/;

/** The start of the period "this week" (or month, year) names, for mail, which has all come by now. */
function mailPeriod(s: RecognitionState, w: WhenMatch): Date | undefined {
  if (w.source !== 'when.weekRange') return undefined;
  const m = THIS_PERIOD.exec(s.normalized.text.slice(w.start, w.end).toLowerCase());
  if (m === null) return undefined;
  const z = s.ctx.timeZone;
  if (m[1] === 'month') return startOfMonth(s.ctx.now, z);
  if (m[1] === 'year') return startOfYear(s.ctx.now, z);
  return startOfWeek(s.ctx.now, z);
}

/** What may stand between two days said as a choice or a pair ("Thursday or Friday", "the 3rd and the 4th"). */
const BETWEEN_DAYS = /^\s*(?:,\s*)?(?:or|and|,)\s*(?:on\s+)?$/i;

/** Two days said one after the other, the second the day after the first: both, as one stretch. */
function nextDaysSaid(s: RecognitionState): { from: Date; to: Date } | undefined {
  const [a, b] = s.whens;
  if (b === undefined || s.whens.length > 2) return undefined;
  const oneDay = (w: WhenMatch): boolean => w.hasDate && !w.hasTime && w.to !== undefined && w.to.getTime() - w.from.getTime() <= 25 * 3600000;
  const to = b.to;
  if (to === undefined || !oneDay(a) || !oneDay(b) || a.to?.getTime() !== b.from.getTime()) return undefined;
  return BETWEEN_DAYS.test(s.normalized.text.slice(a.end, b.start)) ? { from: a.from, to } : undefined;
}

/** The word just ahead of a day that makes it a bound. */
const DAY_BOUND = /\b(before|by|until|till)\s+$/;

/**
 * The word just ahead of a day that makes it a bound: "before" (up to it) or "by"/"until"/"till"
 * (through it). Before a period's end ("before the end of the month") is through its last day.
 */
function dayBound(s: RecognitionState, w: WhenMatch): 'before' | 'through' | undefined {
  const at = s.normalized.startMap[w.start];
  const m = DAY_BOUND.exec(s.lower.slice(Math.max(0, at - 8), at));
  return m === null ? undefined : m[1] === 'before' && w.source !== 'when.endOfPeriod' ? 'before' : 'through';
}

function finish(s: RecognitionState): void {
  if (s.spans.length > 1) s.spans.sort(byPosition);
}

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * A week or a month said with a series ("every morning next week"), which chrono may read
 * together with its time; "starting next week" says only when it begins.
 */
const SERIES_PERIOD =
  /(?<!\b(?:starting|beginning|from|as of|effective|after)\s+)\b(?:(?:this|next|the coming|the following) (?:week|month)|the rest of (?:the|this) (?:week|month|year)|(?:the )?(?:next|coming|following) \d+ (?:days|weeks|months))\b/;

/** The period a series is said to run in, as the time rules read those words alone. */
function seriesPeriod(s: RecognitionState): { from: Date; to: Date } | undefined {
  const said = SERIES_PERIOD.exec(s.normalized.text.toLowerCase());
  const period = said ? findWhens(applyReplacements(said[0], []), s.ctx)[0] : undefined;
  return period?.to && !period.hasTime ? { from: period.from, to: period.to } : undefined;
}

/** What joins two days said one after the other: "and", "&", a comma or a space ("thursday, friday" is read with its comma). */
const DAYS_JOINER = String.raw`^\s*,?\s*(?:(?:and|&)\s*)?`;
const DAYS_JOINED = new RegExp(`${DAYS_JOINER}$`);

/**
 * "i'm off thursday and friday": whole days said one by one, each the next working day after the
 * one before ("friday and monday" takes the weekend between), are one stretch of days; the last
 * of them, or `first` when the next day said is not the next.
 */
function lastDayInARow(s: RecognitionState, first: WhenMatch): WhenMatch {
  const z = s.ctx.timeZone;
  const working = workingDays(s.ctx);
  /** The day `to` starts, or the first working day from it. */
  const nextWorkingDay = (to: Date): number => {
    let day = to;
    for (let i = 0; i < 7 && !working.includes(weekdayNameOf(toLocal(day, z))); i++) day = addLocalDays(day, 1, z);
    return day.getTime();
  };
  let last = first;
  for (const w of s.whens) {
    if (last.to === undefined) break;
    if (w.start < last.end || w.hasTime || !w.hasDate) continue;
    // A weekday read as this week's, before the day said first ("friday and monday" said on a Monday), is the next week's.
    const day = w.from < last.to && w.to !== undefined ? { ...w, from: addLocalDays(w.from, 7, z), to: addLocalDays(w.to, 7, z) } : w;
    const next = day.from.getTime() === last.to.getTime() || day.from.getTime() === nextWorkingDay(last.to);
    if (!next || !DAYS_JOINED.test(s.normalized.text.slice(last.end, w.start))) break;
    last = day;
  }
  // "the 24th and 25th": a day of the month said alone after the last, when it is the next day.
  while (last.to !== undefined) {
    const to = last.to;
    const end = last.end;
    const next = NEXT_DAY_OF_MONTH.exec(s.normalized.text.slice(end));
    if (!next || Number(next[1]) !== toLocal(to, z).day || s.whens.some((w) => w.start >= end && w.start < end + next[0].length)) break;
    last = { ...last, start: end, end: end + next[0].length, from: to, to: addLocalDays(to, 1, z) };
  }
  return last;
}

/** A day of the month said alone after another ("… and 25th", ", the 26th", "dec 24 and 25"), not a clock time or an amount. */
const NEXT_DAY_OF_MONTH = new RegExp(String.raw`${DAYS_JOINER}(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[:.]\d|am\b|pm\b|[ap]\.m\b|o'?clock|minutes?\b|mins?\b|hours?\b|hrs?\b|days?\b|weeks?\b|people\b|%))`, 'i');

/**
 * The first occurrence: the first day from today (or from the start of the period the series
 * runs in) that fits the pattern, at the clock time said ("every Tuesday at 10"), or the start
 * of that day when none was.
 */
function firstOccurrence(s: RecognitionState, whens: WhenMatch[], period?: { from: Date; to: Date }): { start: Date; end?: Date; timed: boolean } {
  const z = s.ctx.timeZone;
  const p = s.recurrence?.pattern;
  // A clock time said beside a part of the day ("tuesday evenings at 6") is the time, in that part (6pm).
  const part = whens.find((w) => w.hasTime && w.source === 'when.partOfDay');
  const timed = whens.find((w) => w.hasTime && w !== part) ?? part;
  // Within a period, the day its time was read with ("next week at 9": a week from now) is not the first.
  // A yearly series takes its day from the date said with it ("every year on march 3").
  const yearly = p?.type === 'absoluteYearly';
  const dated = period ? undefined : whens.find((w) => w.hasDate && (yearly || !(s.recurrence && w.start >= s.recurrence.start && w.end <= s.recurrence.end + 12)));
  const said = timed ? toLocal(timed.from, timed.zone ?? z) : undefined;
  const afternoon = part !== undefined && timed !== part && toLocal(part.from, z).hour >= 12;
  const later = said !== undefined && afternoon && said.hour < 12;
  const clock = later ? { ...said, hour: said.hour + 12 } : said;
  // "8-9 every evening": the range's end too.
  const saidEnd = timed?.to ? toLocal(timed.to, timed.zone ?? z) : undefined;
  const clockEnd = saidEnd && later && saidEnd.hour < 12 ? { ...saidEnd, hour: saidEnd.hour + 12 } : saidEnd;
  const at = (day: Date): { start: Date; end?: Date; timed: boolean } => {
    const l = toLocal(day, z);
    if (!clock) return { start: fromLocal({ ...l, hour: 0, minute: 0, second: 0 }, z), timed: false };
    const start = fromLocal({ ...l, hour: clock.hour, minute: clock.minute, second: 0 }, z);
    const end = clockEnd ? fromLocal({ ...l, hour: clockEnd.hour, minute: clockEnd.minute, second: 0 }, z) : undefined;
    return { start, end, timed: true };
  };
  const fits = (day: Date): boolean => {
    if (!p) return true;
    const l = toLocal(day, z);
    const wd = weekdayNameOf(l);
    const days = p.daysOfWeek ?? [];
    switch (p.type) {
      case 'weekly':
        return days.length === 0 || days.some((d) => d === wd);
      case 'absoluteMonthly':
        return !p.dayOfMonth || l.day === p.dayOfMonth;
      case 'relativeMonthly': {
        if (!days.some((d) => d === wd)) return false;
        const nth = Math.floor((l.day - 1) / 7);
        const idx = ['first', 'second', 'third', 'fourth'].indexOf(p.index ?? 'first');
        if (p.index === 'last') return toLocal(addLocalDays(day, 7, z), z).month !== l.month;
        return nth === idx;
      }
      default:
        return true;
    }
  };
  let day = startOfLocalDay(dated ? dated.from : period && period.from > s.ctx.now ? period.from : s.ctx.now, z);
  for (let i = 0; i < 400; i++) {
    if (fits(day)) {
      const occ = at(day);
      if (dated || occ.start.getTime() > s.ctx.now.getTime() || !clock) return occ;
    }
    day = addLocalDays(day, 1, z);
  }
  return at(startOfLocalDay(s.ctx.now, z));
}

/** "Friday's sync", "tomorrow's standup": the day of the meeting, said as a possessive. */
const DAY_POSSESSIVE = /\b(today|tomorrow|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:next|this) week)['’]s\s+/i;
/** The words before a meeting's name: a verb of the request, then a determiner. */
const NAME_LEAD =
  /^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:(?:remove|take|drop)\s+me\s+(?:off|from)\s+|(?:tentatively\s+)?(?:move|reschedule|resched|push|postpone|shift|change|bring|pull|delay|rename|retitle|update|cancel|delete|remove|drop|scrap|call\s+off|accept|decline|reject|turn\s+down|respond\s+to|answer|(?:say|rsvp)\s+(?:yes|no|maybe)\s+to|maybe\s+to|put|make|shorten|extend|lengthen|cut|skip)\s+)?(?:just\s+|only\s+)?/i;
const DETERMINER = /^(?:the|my|our|this|that)\s+/i;
/** Where a name said without an event noun stops: a time, a person, a place, a message. */
const NAME_STOP = /\s+(?:on|at|for|from|with|by|in|to|about|tomorrow|today|tonight|next|this|every|saying|and)\b|[,;.!?]/i;
/** Meeting nouns that are part of a name ("the planning sync"), after the event noun found first. */
const NAME_NOUNS = /^\s+(sync|call|review|standup|stand-up|check-in|catch-up|lunch|session|workshop|interview|demo|huddle)\b/i;
/** Words that name no particular meeting. */
const GENERIC = /^(?:(?:all|any|every|the|my|our|of|these|those|last|same)\s+)*(?:meetings?|mtgs?|events?|appointments?|appts?|reminders?|invitations?|invites?|calls?|ones?|everything|anything|it|that|this)$/i;

/**
 * The name a meeting is called by in `text` (the part of the message naming it):
 * the event noun phrase with the nouns that follow it ("planning sync"), else the words
 * after a determiner ("my focus time", "the launch readiness"); and the day said as a
 * possessive ("Friday's"), which is not part of the name.
 */
function meetingName(text: string): { name?: string; day?: string } {
  const possessive = DAY_POSSESSIVE.exec(text);
  const rest = (possessive ? text.slice(0, possessive.index) + text.slice(possessive.index + possessive[0].length) : text).replace(NAME_LEAD, '');
  const day = possessive?.[1];
  const noun = findEventNoun(rest);
  if (noun) {
    const more = NAME_NOUNS.exec(rest.slice(noun.end));
    const name = more ? `${noun.text} ${more[1]}` : noun.text;
    return GENERIC.test(name) ? { day } : { name, day };
  }
  const lead = DETERMINER.exec(rest);
  if (!lead && !possessive) return { day };
  const after = rest.slice(lead ? lead[0].length : 0);
  const stop = NAME_STOP.exec(after);
  const name = (stop ? after.slice(0, stop.index) : after).trim();
  return name === '' || GENERIC.test(name) ? { day } : { name, day };
}

/** Which event: "my 3pm", "the budget review", "it", "my next meeting"; and the day it is on when said apart. */
function resolveTarget(s: RecognitionState, range: { start: number; end: number }): void {
  const e = s.entities;
  const z = s.ctx.timeZone;
  const whole = range.start === 0 && range.end >= s.text.length;
  // Read as meant: "cancel the budget metting" names the budget meeting.
  const targetText = rewrittenPart(s.spelledRight, range.start, range.end);
  const split = splitChange(targetText);
  // The target part is read on its own: across the whole message "my 3pm to 4" is a range.
  // "tomorrow's 10am" is read as "tomorrow 10am".
  const possessive = DAY_POSSESSIVE.exec(targetText);
  const readable = possessive ? `${targetText.slice(0, possessive.index)}${possessive[1]} ${targetText.slice(possessive.index + possessive[0].length)}` : targetText;
  const whens = whole && !possessive ? s.whens : findWhens(normalizeSpelledNumbers(readable), s.ctx);
  const timed = whens[0];
  const titled = s.subject && s.subject.start >= range.start && s.subject.end <= range.end && !GENERIC.test(s.subject.text) ? s.subject.text : undefined;
  const named = meetingName(targetText);
  if (split.next) {
    e.target = { kind: 'next' };
    s.trace.target = 'change.next';
  } else if (ALL_MEETINGS.test(targetText) && !withSomeone(s, range)) {
    allTarget(s, timed);
    return;
  } else if (timed && timed.hasTime) {
    e.target = { kind: 'time', start: iso(timed.from, z) };
    s.trace.target = 'change.time';
  } else if (bareHourTarget(s, targetText, timed)) {
    s.trace.target = 'change.bareHour';
  } else if (personTarget(s, range)) {
    s.trace.target = 'change.person';
  } else if (titled ?? named.name) {
    e.target = subjectTarget(s, (titled ?? named.name)!, range);
    s.trace.target = titled ? s.subject!.source : 'change.name';
  } else if (split.anaphora) {
    e.target = { kind: 'anaphora' };
    s.trace.target = 'change.anaphora';
  }
  // A day alone ("decline the meetings on Friday") narrows the search; it names no meeting of its own.
  if (e.target === undefined && timed) {
    const day = dayRange(timed.from, z);
    e.targetDay = { start: iso(day.start, z), end: iso(timed.to ?? day.end ?? day.start, z) };
    s.trace.targetDay = 'change.day';
    return;
  }
  if (e.target?.kind !== 'subject' && e.target?.kind !== 'person') return;
  // "Friday's sync", "cancel the review on Monday": the search for the name is narrowed to that day.
  const dayWhen = named.day ? findWhens(normalizeSpelledNumbers(named.day), s.ctx)[0] : whens.find((w) => !w.hasTime);
  if (dayWhen) {
    const day = dayRange(dayWhen.from, z);
    const end = !dayWhen.hasTime && dayWhen.to ? dayWhen.to : (day.end ?? day.start);
    e.targetDay = { start: iso(day.start, z), end: iso(end, z) };
    s.trace.targetDay = named.day ? 'change.dayPossessive' : dayWhen.source;
  }
}

/**
 * "coffee with Diego", "let's grab drinks with the team": a get-together named by what is had.
 * Only for a new event: these are no event words elsewhere (a coffee machine is no meeting).
 */
const GET_TOGETHER = /^\s*(?:(?:let'?s\s+)?(?:grab|get|have|pencil\s+in|schedule|book|set\s+up)\s+(?:an?\s+|some\s+)?)?(coffee|drinks|drink|tea|beers?)\s+(?:with\b|w\/|w\b)/di;

function getTogether(text: string): SubjectMatch | undefined {
  const m = GET_TOGETHER.exec(text);
  const at = m?.indices?.[1];
  if (!m || !at) return undefined;
  return { text: m[1], start: at[0], end: at[1], source: 'subject.getTogether' };
}

/** Time off said as such: "out of office", "OOO", "on vacation", "PTO", "I'll be off", "a day off", "taking friday off"; not someone else's ("Patti is out of office"). */
const TIME_OFF =
  /\b(?:out\s+of\s+(?:the\s+)?office|ooo|oof|on\s+(?:vacation|holiday|leave|pto)|pto|out\s+sick|sick\s+day|days?\s+off|time\s+off|(?:i'?m|i\s+am|i'?ll\s+be|i\s+will\s+be)\s+(?:off|out|away)|(?:add|book|schedule|take|block)\s+(?:an?\s+|my\s+)?(?:vacation|holiday|leave)|(?:take|taking)\s+(?:(?:next|this|the)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|afternoon|morning|week|rest\s+of\s+the\s+(?:day|week))\s+off)\b(?<!\b(?:is|are|was|were|s)\s+(?:out\s+of\s+(?:the\s+)?office|ooo|oof|on\s+(?:vacation|holiday|leave|pto)))/i;

/** Where the words naming a meeting start: "the standup", "my 3pm", "adele's review". */
const MEETING_START = String.raw`(?=(?:the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)\s)`;
/** How early a reminder is, in the text with its numbers in digits: "10 minutes", "an hour", "2 days", "a week". */
const LEAD = String.raw`(?<n>\d+|an?|half\s+an?)\s*(?<u>minutes?|mins?|hours?|hrs?|hr|days?|weeks?)`;
const AHEAD = String.raw`(?:before(?:hand)?|ahead(?:\s+of\s+time)?|prior|early|in\s+advance)`;
/** "set a reminder", "add reminder", "I want a reminder". */
const ASK_REMINDER = String.raw`(?:set|add|put|create|want|need)\s+(?:(?:a|an|the|my)\s+)?reminder`;
const CHANGE_VERB = String.raw`(?:change|set|make|move|update|switch|put)`;

/**
 * A reminder for a meeting named with it, each way it is said, read in the text with its numbers
 * in digits: the lead in groups `n` and `u`, and the meeting in group `m`, or in the rest of the
 * message after the match when there is no such group. (The intent rule update.reminder reads the
 * same shapes in the words.)
 */
const MEETING_REMINDERS: readonly RegExp[] = [
  // "remind me 10 minutes before the standup", "set a reminder an hour before my 3pm".
  new RegExp(String.raw`\b(?:remind\s+me|${ASK_REMINDER}|(?:alert|notify|ping)\s+me)\s+(?:\S+\s+){0,2}?${LEAD}\s+(?:before|ahead\s+of|prior\s+to)\s+${MEETING_START}`, 'i'),
  // "add a 30 minute reminder to the quarterly planning".
  new RegExp(String.raw`\b(?:set|add|put|create)\s+(?:a|an)\s+(?<n>\d+)[\s-]*(?<u>minutes?|mins?|min|hours?|hrs?|hour)[\s-]+reminder\s+(?:to|on|for)\s+${MEETING_START}`, 'i'),
  // "set a reminder for the quarterly planning 1 day before", "remind me about the design review an hour before".
  new RegExp(String.raw`\b(?:remind\s+me\s+(?:about|of)|${ASK_REMINDER}\s+(?:for|on|to|about|of))\s+(?<m>${MEETING_START}.+?)\s+(?:for\s+|at\s+)?${LEAD}\s+${AHEAD}\s*[.!?]*$`, 'di'),
  // "change the reminder on the design review to 1 hour", "make the reminder for my 3pm 2 hours before".
  new RegExp(String.raw`\b${CHANGE_VERB}\s+(?:the|my)\s+reminders?\s+(?:for|on|of|to)\s+(?<m>${MEETING_START}.+?)\s+(?:to\s+)?${LEAD}(?:\s+${AHEAD})?\s*[.!?]*$`, 'di'),
  // "set the standup reminder to 5 minutes".
  new RegExp(String.raw`\b${CHANGE_VERB}\s+(?<m>(?:the|my|our)\s+(?:[a-z0-9:'-]+\s+){0,3}?[a-z0-9:'-]+)\s+reminders?\s+to\s+${LEAD}(?:\s+${AHEAD})?\s*[.!?]*$`, 'di'),
];

/**
 * A meeting's reminder asked for without saying how early, the meeting's name all that follows
 * (read as the intent rule update.reminder reads it): "remind me about the design review".
 */
const REMINDER_ON = new RegExp(
  String.raw`\bremind\s+me\s+(?:about|of)\s+(?<m>${MEETING_START}\S+\s+(?!(?:\S+\s+){0,3}${BESIDE_A_NAME}\b)(?:\S+\s+){0,3}?\S+?)\s*[.!?]*$`,
  'di',
);

/** A meeting's reminder turned off: "turn off the reminder for the standup", "no reminders for my 1:1s", "don't remind me about the sync". */
const REMINDER_OFF = new RegExp(
  String.raw`\b(?:(?:turn|switch|shut)\s+off|disable|remove|delete|mute|silence|stop)\s+(?:the\s+|my\s+|all\s+)?reminders?\s+(?:for|on|of|about)\s+|\bno\s+(?:more\s+)?reminders?\s+(?:for|on|about)\s+|\b(?:don'?t|do\s+not|stop)\s+remind(?:ing)?\s+me\s+(?:about|of|before)\s+${MEETING_START}`,
  'i',
);

/** The reminder's lead in minutes and the part of the message naming the meeting (at most two weeks ahead, as Outlook allows). */
function reminderOf(s: RecognitionState): { minutes: number; target: { start: number; end: number } } | undefined {
  const n = s.normalized;
  for (const re of MEETING_REMINDERS) {
    const m = re.exec(n.text);
    if (!m?.groups) continue;
    const minutes = leadMinutes(m.groups.n, m.groups.u);
    const said = m.indices?.groups?.m;
    const target = said ? toOriginalRange(n, said[0], said[1]) : { start: toOriginalRange(n, m.index + m[0].length, n.text.length).start, end: s.text.length };
    return minutes > 0 && minutes <= 20160 ? { minutes, target } : undefined;
  }
  return undefined;
}

/**
 * How a series' new end is said after the meeting, up to the time: its last day is the end of
 * the time ("after december", "through next week", "at the end of the month"), the day itself
 * ("on december 18", "by friday") or the day before it ("from january", "starting next week").
 * "Until" is left alone: "cancel the standup until january" is a pause as often as an end.
 */
const SERIES_END = /\b(?:(after|through|thru|at\s+the\s+end\s+of)|(on|by)|(from|starting(?:\s+(?:on|from|in))?|beginning|as\s+of))\s+$/i;
/**
 * The same words at the start of the time, where it was read with them ("on friday", "after
 * this week"; "at the end of the month" is the month's last day).
 */
const SERIES_END_IN_TIME = /^(?:(after|through|thru)|(on|by|(?:at\s+)?the\s+end\s+of)|(from))\s+/i;

/**
 * The last day a series is to run, when the target part of a cancellation ends with one said
 * as SERIES_END reads it: `at` is where that phrase starts (the meeting is named before it).
 */
function seriesEndOf(s: RecognitionState, target: { start: number; end: number }): { at: number; lastDay: string; source: string } | undefined {
  const z = s.ctx.timeZone;
  for (const w of s.whens) {
    const start = s.normalized.startMap[w.start];
    const end = s.normalized.endMap[w.end];
    // The time ends the target part ("…series after december", a full stop or so after it).
    if (start <= target.start || !/^[\s.!]*$/.test(s.text.slice(end, target.end))) continue;
    const preceding = s.text.slice(target.start, start);
    const inside = SERIES_END_IN_TIME.exec(s.text.slice(start, end));
    const before = inside ? null : SERIES_END.exec(preceding);
    const m = inside ?? before;
    if (!m) continue;
    // chrono reads "after this week" whole as a week from now: the time after the word is read again.
    const time = inside && inside[1] !== undefined ? findWhens(normalizeSpelledNumbers(s.text.slice(start + inside[0].length, end)), s.ctx)[0] : w;
    if (time === undefined) continue;
    const day = dayRange(time.from, z);
    // A time's last day: the day before its end (a month, a week), or its own day (a point in time).
    const last = m[1] !== undefined ? new Date((time.to ?? day.end ?? day.start).getTime() - 1) : m[2] !== undefined ? day.start : new Date(day.start.getTime() - 1);
    // "at the end of the month": the "at" before the time goes with it.
    const at = before ? target.start + before.index : start - (inside && inside[2] !== undefined ? (/\bat\s+$/i.exec(preceding)?.[0].length ?? 0) : 0);
    return { at, lastDay: iso(last, z).slice(0, 10), source: `change.seriesEnd.${m[1] ? 'after' : m[2] ? 'on' : 'from'}` };
  }
  return undefined;
}

/** Words for the whole of a repeating meeting; a stop or end of one said as often ("stop the weekly sync"). */
const WHOLE_SERIES = /\b(?:series|recurring|repeating|all\s+(?:future\s+|upcoming\s+)?(?:occurrences|instances)|every\s+occurrence|for\s+good|from\s+now\s+on)\b|^\s*(?:please\s+)?(?:stop|end|discontinue)\s+(?:the|my|our)\s+(?:daily|weekly|biweekly|bi-weekly|fortnightly|monthly|regular)\b/i;

/**
 * Every meeting of a period: "all my meetings tomorrow", "my meetings for the rest of the day",
 * "every meeting on Friday", "everything this afternoon", "clear my calendar tomorrow", "clear Friday",
 * "wipe my calendar for Monday"; "all pending invitations".
 */
const ALL_MEETINGS =
  /\b(?:(?:all(?:\s+of)?\s+)?(?:my|the|our|these|those|today'?s|tonight'?s|tomorrow'?s|\w+day'?s)\s+(?:other\s+|remaining\s+|pending\s+|open\s+|outstanding\s+)?(?:meetings|events|appointments|calls|invites|invitations)|all\s+(?:other\s+|remaining\s+|pending\s+|open\s+|outstanding\s+)?(?:meetings|events|appointments|calls|invites|invitations)|every\s+(?:single\s+)?(?:meeting|event|appointment|call|invite|invitation)|everything)\b|\b(?:clear|wipe|empty|free\s+up)\s+(?:out\s+|off\s+)?(?:(?:my|the)\s+(?:whole\s+|entire\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:calendar|schedule|diary|day|morning|afternoon|evening|week)|today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/**
 * "cancel all my meetings tomorrow", "I'm sick today, cancel all my meetings": the period is the
 * time said with the request, else the one said anywhere in the message (here, in the reason).
 * A day is the whole day, a part of it ("this afternoon") that part, a clock time alone ("after 3")
 * runs to the end of its day. No time said: no period, and the dialog asks for one.
 */
function allTarget(s: RecognitionState, timed: WhenMatch | undefined): void {
  const e = s.entities;
  const z = s.ctx.timeZone;
  e.target = { kind: 'all' };
  s.trace.target = 'change.all';
  const when = timed ?? s.main;
  if (!when) return;
  e.targetDay = { start: iso(when.from, z), end: iso(when.to ?? addLocalDays(startOfLocalDay(when.from, z), 1, z), z) };
  s.trace.targetDay = `${when.source}+all`;
}

/** A meeting by its name, with the people said with it in that part of the message ("the 1:1 with Adele": hers, not another's). */
function subjectTarget(s: RecognitionState, name: string, range: { start: number; end: number }): EventReference {
  const withWhom = s.people.filter((p) => p.role === 'with' && p.kind === 'name' && p.start >= range.start && p.end <= range.end).map((p) => p.text);
  return withWhom.length > 0 ? { kind: 'subject', text: name, with: withWhom } : { kind: 'subject', text: name };
}

/** "Lynne's invite", "the invitation from Adele", "the meeting with Alex": a generic meeting word with whose it is. */
const BY_PERSON = /\b(?:([\p{L}][\p{L}.-]*)['’]s\s+(?:invites?|invitations?|meetings?|events?|calls?|requests?)|(?:invites?|invitations?|meetings?|mtgs?|events?|calls?|requests?|everything|anything)\s+(?:from|by|with)\s+([\p{L}][\p{L}.-]*(?:\s+[\p{L}][\p{L}.-]*)?))\b/iu;

/** A meeting named by whose it is, when that is a name the people finder read in the target part. */
function personTarget(s: RecognitionState, range: { start: number; end: number }): boolean {
  const person = targetPerson(s, range);
  if (!person) return false;
  s.entities.target = { kind: 'person', name: person };
  return true;
}

/** The target part names people ("everything from Adele", "all my appointments with Dr Smith"): their meetings, not all of them. */
function withSomeone(s: RecognitionState, range: { start: number; end: number }): boolean {
  return targetPerson(s, range) !== undefined || s.people.some((p) => p.role === 'with' && p.kind === 'name' && p.start >= range.start && p.end <= range.end);
}

/** The person whose meeting the target part names ("Lynne's invite", "everything from Adele"), when the people finder read them. */
function targetPerson(s: RecognitionState, range: { start: number; end: number }): string | undefined {
  const m = BY_PERSON.exec(rewrittenPart(s.spelledRight, range.start, range.end));
  const said = m?.[1] ?? m?.[2];
  if (!said) return undefined;
  return s.people.find((p) => p.kind === 'name' && said.toLowerCase().startsWith(p.text.toLowerCase()))?.text;
}

/** "push my 11 to 11:30", "move my 3 on Monday": the meeting at that hour of a working day, on the day said or today. */
function bareHourTarget(s: RecognitionState, targetText: string, day: WhenMatch | undefined): boolean {
  const m = BARE_HOUR_TARGET.exec(targetText);
  if (!m) return false;
  const h = clockHour(Number(m[1]), '');
  const minute = Number(m[2] ?? 0);
  if (h > 23) return false;
  const z = s.ctx.timeZone;
  const on = toLocal(day?.from ?? s.ctx.now, z);
  s.entities.target = { kind: 'time', start: iso(fromLocal({ ...on, hour: h, minute, second: 0 }, z), z) };
  return true;
}

/** "next 3 meetings", "upcoming five events" (the number in digits, as the rewritten text has it). */
const NEXT_COUNT = /\b(?:next|upcoming|coming)\s+(\d{1,2})\s+(?:meetings|mtgs|appointments|appts|events|calls)\b/i;
/** NEXT's words, found in the lower-cased message's shared scan (the intent rules' scan of it). */
const NEXT_GATE = new RegexGate([NEXT], false, MESSAGE_GATES);

/** "who's in the 2pm?", "who is coming to the design review?", "who organized the planning?": the words naming the meeting. */
const WHO_IS_IN = /^\s*who(?:\s+else)?(?:(?:'s|\s+is|\s+are|'re)\s+(?:in|at|coming\s+to|going\s+to|attending|invited\s+to|joining|organi[sz]ing|running)|\s+(?:organi[sz]ed|set\s+up|scheduled|booked|called|sent|invited\s+me\s+to))\s+(.+?)\s*[?.!]*\s*$/i;

/** "join the design review", "the teams link for my 2pm", "the dial-in for my 2pm", "the link to the standup", "is the planning online?": the words naming the meeting (group 1 to 4). */
const JOIN_OR_LINK =
  /^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:join|dial\s+into)\s+(.+?)\s*[?.!]*\s*$|\b(?:(?:teams|join|meeting|call)\s+(?:link|url)|dial[- ]?in(?:\s+(?:number|details|info))?|(?:conference|bridge|call-?in)\s+(?:number|line|details))\s+(?:for|of)\s+(.+?)\s*[?.!]*\s*$|\bthe\s+(?:link|url)\s+(?:for|to)\s+(.+?)\s*[?.!]*\s*$|^\s*is\s+(.+?)\s+(?:online|on\s+teams|a\s+teams\s+(?:meeting|call)|virtual)\s*[?.!]*\s*$/i;

/**
 * "next meeting", "when is the budget review?", "when is my focus time?", "who's in the 2pm?",
 * "join the design review": a question about one meeting.
 */
function resolveQuestionTarget(s: RecognitionState): void {
  // "what's my first meeting tomorrow", "when is my last call on friday": that end of the day said.
  const end = s.main && !s.main.hasTime ? FIRST_OR_LAST.exec(s.text) : null;
  if (end && s.main) {
    const z = s.ctx.timeZone;
    const day = dayRange(s.main.from, z);
    s.entities.target = { kind: /^(?:first|earliest)$/i.test(end[1]) ? 'first' : 'last' };
    s.entities.targetDay = { start: iso(s.main.from, z), end: iso(s.main.to ?? day.end ?? day.start, z) };
    s.trace.target = 'change.firstOrLast';
    return;
  }
  // "what are my next 3 meetings": that many of the coming ones, listed.
  const count = NEXT_COUNT.exec(s.normalized.text);
  if (count && Number(count[1]) >= 2 && Number(count[1]) <= MAX_NEXT_COUNT) {
    s.entities.nextCount = Number(count[1]);
    s.trace.nextCount = 'change.nextCount';
    return;
  }
  if (NEXT_GATE.mayMatch(s.lower)[0] === 1 && NEXT.test(s.lower)) {
    // "join my next meeting": the next one there is a link to join (a focus block has none).
    s.entities.target = JOIN_OR_LINK.test(s.text) ? { kind: 'next', joinable: true } : { kind: 'next' };
    s.trace.target = 'change.next';
    return;
  }
  // Names read with the misspellings put right ("who's in the budget metting").
  const meant = s.spelledRight.text;
  const who = WHO_IS_IN.exec(meant);
  const join = who ? null : JOIN_OR_LINK.exec(meant);
  if (who || join) {
    // "who's in the 2pm?", "join my 2pm": the meeting at that time, or by its name.
    const at = s.whens.find((w) => w.hasTime);
    const said = who ? who[1] : (join?.[1] ?? join?.[2] ?? join?.[3] ?? join?.[4] ?? '');
    const name = at ? undefined : meetingName(said).name;
    if (at) s.entities.target = { kind: 'time', start: iso(at.from, s.ctx.timeZone) };
    else if (name) s.entities.target = subjectTarget(s, name, { start: 0, end: s.text.length });
    if (at || name) s.trace.target = who ? 'change.whoIsIn' : 'change.join';
    return;
  }
  // "What's the address for the quarterly planning", "which room is the design review in", "who
  // accepted the quarterly planning": that meeting.
  if (questionTarget(s, MEETING_PLACE, 'change.meetingPlace') || questionTarget(s, RESPONSES_TO, 'change.responses') || questionTarget(s, ATTENDING_TO, 'change.attending')) return;
  const asked = /^\s*(?:when|what\s+time|where|how\s+long)(?:'s|\s+is|\s+was|\s+does)\s+(.+?)(?:\s+(?:start|begin|end))?\s*[?.!]*\s*$/i.exec(meant);
  // "where is my 10am", "how long is my 3pm": the meeting at that time, said as all that is asked
  // about ("when is my 3pm?" asks about the day).
  const clock = asked && /^\s*(?:where|how\s+long)\b/i.test(s.text) ? s.whens.find((w) => w.hasTime) : undefined;
  if (asked && clock && s.whens.length === 1 && CLOCK_MEETING.test(asked[1].trim())) {
    s.entities.target = { kind: 'time', start: iso(clock.from, s.ctx.timeZone) };
    s.trace.target = 'change.whereIs';
    return;
  }
  if (!asked || s.whens.length > 0) return;
  const name = meetingName(asked[1]).name;
  if (name) {
    s.entities.target = subjectTarget(s, name, { start: 0, end: s.text.length });
    s.trace.target = 'change.whenIs';
  }
}

/**
 * The meeting a question names in its pattern's first group, read as a change's target is
 * ("tomorrow's standup": that day's); whether one was found.
 */
function questionTarget(s: RecognitionState, re: RegExp, source: string): boolean {
  const m = re.exec(s.text);
  if (!m) return false;
  const start = m.index + m[0].lastIndexOf(m[1]);
  resolveTarget(s, { start, end: start + m[1].length });
  if (!s.entities.target) return false;
  s.trace.target = source;
  return true;
}

/** "my 10am", "the 3pm call tomorrow", "my 9:30 on friday": a meeting named by its start alone. */
const CLOCK_MEETING = /^(?:my|the|our)\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon)(?:\s+(?:meeting|call|appointment))?(?:\s+(?:today|tomorrow|on\s+[a-z]+))?$/i;

/** "can't make it to", "won't make it to": before the meeting a decline names. */
const MAKE_IT_TO = /\bmake\s+it\s+to\s+/i;

/** Others' answers asked about: the meeting is what follows the verb ("accepted the quarterly planning", "responded to the offsite"). */
const RESPONSES_TO = /^\s*(?:who|whom|did|has|have|had|which|how\s+many|is|are)\b.{0,40}?\b(?:accepted|declined|responded|rsvp'?d|accept|decline|respond)\s+(?:to\s+)?((?:the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)\s+.+?)\s*[?.!]*$/i;

/** Whether someone is coming, asked about: the meeting follows ("is lynne coming to the offsite", "will adele be at the standup"). */
const ATTENDING_TO = new RegExp(String.raw`^\s*(?:is|are|will)\s+.{1,40}?\b${COMING_TO}\s+((?:the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)\s+.+?)\s*[?.!]*$`, 'i');

/** Where a meeting is asked about: the part after the place word names it. */
const MEETING_PLACE =
  /^\s*(?:(?:what'?s|what is|where'?s|where is|tell me|give me|send me|show me)\s+(?:the\s+)?(?:address|location|venue|directions)\s+(?:for|of|to)|which\s+room\s+is)\s+((?:the|my|our|this|that|today'?s|tomorrow'?s|[a-z]+'s)\s+.+?)(?:\s+in)?\s*[?.!]*$/i;

/** The first or last meeting of a day said: "my first meeting tomorrow", "the last call on friday". */
const FIRST_OR_LAST = /\b(?:my|the)\s+(first|earliest|last|final|latest)\s+(?:meeting|appointment|call|event)s?\b/i;

/** "my 11", "the 3": a meeting named by a bare hour, which no time finder reads as a time ("my 1 on 1" is a one-on-one). */
const BARE_HOUR_TARGET = /\b(?:my|the|our)\s+(\d{1,2})(?::([0-5]\d))?(?!\s+on\s+1\b)(?=\s*(?:[?.!,]|$|\s(?:on|to|tomorrow|today|meeting|call|appointment)\b))/i;

/** "to 4", "to 9:30", "to 3-5", "to 3-4pm": clock times alone, which land on the meeting's day ("9:30 starting …" too: an ordinal's "st" is a word's end). */
const CLOCK = /^\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*[-–]\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?(?!\s*(?:(?:st|nd|rd|th)\b|\/|-|\d))\b/i;

/** The places a meeting moves to ("to room 4.12", "to the boardroom", "to the Rainier room"), said instead of a time. */
const PLACE = /^\s*(?:the\s+)?(?:(?:big|small|main|large)\s+|[A-Za-z][\w'-]*\s+(?=(?:(?:conference|meeting)\s+)?room\b))?(?:(?:conference|meeting)\s+room|room|building|bldg|floor|suite|boardroom|board\s+room|office|cafe|café|cafeteria|canteen|lobby|hq|headquarters)\b/i;

/** A change of name, place or Teams link moves nothing: the times read from the message are not new ones. */
function dropNewTimes(e: Entities): void {
  delete e.recurrence;
  delete e.start;
  delete e.end;
}

/**
 * "move my 3pm to 4": the event at 3pm, moved to 4pm the same day. Returns where a new name
 * or place is said, if one is.
 */
function resolveChange(s: RecognitionState): { start: number; end: number } | undefined {
  const e = s.entities;
  const z = s.ctx.timeZone;
  // "turn off the reminder for the standup": the meeting named after it.
  const off = REMINDER_OFF.exec(s.text);
  if (off) {
    resolveTarget(s, { start: off.index + off[0].length, end: s.text.length });
    e.change = { reminderOff: true };
    s.trace.change = 'change.reminderOff';
    dropNewTimes(e);
    return;
  }
  // "remind me 10 minutes before the standup": the meeting's own reminder, not a new event.
  const reminder = reminderOf(s);
  if (reminder) {
    resolveTarget(s, reminder.target);
    e.change = { reminderMinutes: reminder.minutes };
    s.trace.change = 'change.reminder';
    dropNewTimes(e);
    return;
  }
  const on = REMINDER_ON.exec(s.text);
  const named = on?.indices?.groups?.m;
  if (named) {
    resolveTarget(s, { start: named[0], end: named[1] });
    e.change = { reminderOn: true };
    s.trace.change = 'change.reminderOn';
    dropNewTimes(e);
    return;
  }
  const split = splitChange(s.text);
  resolveTarget(s, split.target);
  // "let's do friday instead", "can we do tomorrow at 3 instead": another time for the meeting last talked about.
  if (e.target === undefined && e.targetDay === undefined && INSTEAD.test(s.text)) {
    e.target = { kind: 'anaphora' };
    s.trace.target = 'change.instead';
  }
  if (split.online) {
    e.change = { online: true };
    s.trace.change = 'change.online';
    dropNewTimes(e);
    return;
  }
  // "make the weekly sync biweekly": the way to repeat is said after the meeting's name (whose "weekly" is no new way).
  const repeat = split.repeat ? findRecurrence(normalizeSpelledNumbers(s.text.slice(split.target.end)).text) : undefined;
  if (repeat) {
    e.change = { recurrence: repeat.pattern };
    s.trace.change = 'change.repeat';
    return;
  }
  if (split.attendees) {
    e.change = split.attendees.action === 'add' ? { addAttendees: split.attendees.names } : { removeAttendees: split.attendees.names };
    s.trace.change = 'change.attendees';
    return;
  }
  if (split.shiftMinutes !== undefined) {
    e.change = { shiftMinutes: split.shiftMinutes };
    s.trace.change = 'change.shift';
    return;
  }
  if (split.lengthMinutes !== undefined || split.extendMinutes !== undefined) {
    e.change = split.lengthMinutes !== undefined ? { lengthMinutes: split.lengthMinutes } : { extendMinutes: split.extendMinutes };
    s.trace.change = 'change.length';
    return;
  }
  const endClock = split.endsAt ? CLOCK.exec(s.text.slice(split.endsAt.start, split.endsAt.end)) : null;
  if (endClock) {
    // "until 2:30 tomorrow": the day is the meeting's.
    const saidDay = split.endsAtDay ? findWhens(normalizeSpelledNumbers(s.text.slice(split.endsAtDay.start, split.endsAtDay.end)), s.ctx)[0] : undefined;
    if (saidDay) {
      if (e.target?.kind === 'time') e.target = { kind: 'time', start: iso(onDateOf(new Date(e.target.start), saidDay.from, z), z) };
      else {
        const range = dayRange(saidDay.from, z);
        e.targetDay = { start: iso(range.start, z), end: iso(range.end ?? range.start, z) };
      }
    }
    // "extend my 2pm until 3:30": that clock time on the meeting's day (a day said for it, else today).
    const day = toLocal(e.target?.kind === 'time' ? new Date(e.target.start) : e.targetDay ? new Date(e.targetDay.start) : s.ctx.now, z);
    const h = clockHour(Number(endClock[1]), (endClock[3] ?? '').toLowerCase());
    const minute = Number(endClock[2] ?? 0);
    if (h <= 23 && minute <= 59) {
      e.change = { endsAt: iso(fromLocal({ ...day, hour: h, minute, second: 0 }, z), z) };
      s.trace.change = 'change.endsAt';
      dropNewTimes(e);
      return;
    }
  }
  if (!split.change) {
    // "reschedule my 3pm", "reschedule tomorrow's standup": the time names the meeting; the new one is still to be
    // asked. An answer to that question ("to 4pm", "tomorrow at 2pm") is the new time whatever else it reads as.
    const namesTarget =
      s.ctx.answering === undefined &&
      s.main !== undefined &&
      ((e.target?.kind === 'time' && e.target.start === iso(s.main.from, z)) || (e.targetDay !== undefined && DAY_POSSESSIVE.test(s.text.slice(split.target.start, split.target.end))));
    if (s.main && !namesTarget) {
      e.change = { start: iso(s.main.from, z), ...(s.main.to ? { end: iso(s.main.to, z) } : {}), ...(s.main.hasTime && !s.main.hasDate ? { timeOnly: true } : {}) };
      s.trace.change = s.main.source;
    }
    return;
  }
  const changeText = s.text.slice(split.change.start, split.change.end);
  // "move the offsite to the week after", "to the day after": a week or a day on from where it is.
  const onFrom = /^\s*(?:the\s+)?(day|week)\s+after\s*[.!?]*$/i.exec(changeText);
  if (onFrom) {
    e.change = { shiftMinutes: onFrom[1].toLowerCase() === 'day' ? 1440 : 7 * 1440 };
    s.trace.change = 'change.dayOrWeekAfter';
    dropNewTimes(e);
    return;
  }
  // "rename the standup to daily sync", "change the location of my 3pm to room 12"
  const what = /\b(rename|retitle|title|name|subject|location|room|place|venue)\b/i.exec(s.text.slice(0, split.change.start));
  // "move the offsite to building 4": a place, where a time was expected.
  const place = !what && PLACE.test(changeText) && !CLOCK.test(changeText);
  if (what || place) {
    const value = changeText.trim().replace(/[.!?]+$/, '');
    const field = what && !/location|room|place|venue/i.test(what[1]) ? 'subject' : 'location';
    e.change = { [field]: value };
    s.trace.change = `change.${field}`;
    dropNewTimes(e);
    // "rename the sync to Sprint review": the new name holds no one to invite.
    return { start: split.change.start, end: split.change.end };
  }
  const targetStart = e.target?.kind === 'time' ? new Date(e.target.start) : undefined;
  const base = targetStart ?? (e.targetDay ? new Date(e.targetDay.start) : s.ctx.now);
  const normalizedChange = (() => {
    const sub = s.normalized.text;
    const startN = s.normalized.startMap.findIndex((o) => o >= split.change!.start);
    return startN >= 0 ? sub.slice(startN) : '';
  })();
  const m = CLOCK.exec(changeText) ?? CLOCK.exec(normalizedChange);
  if (m && !/\b(mon|tue|wed|thu|fri|sat|sun|tomorrow|today|next)/i.test(normalizedChange.slice(m[0].length, m[0].length + 12))) {
    // A meridiem said once ("3-4pm") holds for both ends.
    const endMer = (m[6] ?? '').toLowerCase();
    const h = clockHour(Number(m[1]), (m[3] ?? endMer).toLowerCase());
    const min = Number(m[2] ?? 0);
    const h2 = m[4] !== undefined ? clockHour(Number(m[4]), endMer || (m[3] ?? '').toLowerCase()) : undefined;
    const min2 = Number(m[5] ?? 0);
    if (h <= 23 && min <= 59 && (h2 === undefined || (h2 <= 23 && min2 <= 59 && h2 * 60 + min2 > h * 60 + min))) {
      const l = toLocal(base, z);
      const at = fromLocal({ ...l, hour: h, minute: min, second: 0 }, z);
      const until = h2 !== undefined ? fromLocal({ ...l, hour: h2, minute: min2, second: 0 }, z) : undefined;
      e.change = { start: iso(at, z), ...(until ? { end: iso(until, z) } : {}), timeOnly: true };
      s.trace.change = 'change.clockTime';
      return;
    }
  }
  const n = applyReplacements(normalizedChange, []);
  const when = mainWhen(findWhens(n, s.ctx), s.ctx);
  if (when) {
    let { from, to } = weekdayAhead(s, when, changeText);
    if (!when.hasTime && targetStart) {
      // "to Thursday": same time of day, new day.
      from = onDateOf(targetStart, from, z);
      to = undefined;
      // "move my 9am to tomorrow" said at 10am: "my 9am" read ahead is tomorrow's, which would move onto
      // itself; the meeting meant is today's (unless a day was said for it: "tomorrow's 9am").
      const today = addLocalDays(targetStart, -1, z);
      if (
        from.getTime() === targetStart.getTime() &&
        e.target?.kind === 'time' &&
        startOfLocalDay(today, z).getTime() === startOfLocalDay(s.ctx.now, z).getTime() &&
        !findWhens(normalizeSpelledNumbers(s.text.slice(split.target.start, split.target.end)), s.ctx).some((w) => w.hasDate)
      ) {
        e.target = { kind: 'time', start: iso(today, z) };
        s.trace.target = 'change.timeToday';
      }
    }
    const timeOnly = when.hasTime && !when.hasDate;
    if (timeOnly) {
      // "to 3-5": the clock times on the meeting's day.
      from = onDateOf(from, base, z);
      if (to) to = onDateOf(to, base, z);
    }
    e.change = newTime(from, to, when, z);
    s.trace.change = when.source;
  }
}

/** A meeting's new time (a move's, or one proposed): from its start, to its end if said, a clock time alone, a stretch to find a slot in. */
function newTime(from: Date, to: Date | undefined, when: WhenMatch, z: string): NonNullable<Entities['change']> {
  return {
    start: iso(from, z),
    ...(to ? { end: iso(to, z) } : {}),
    ...(when.hasTime && !when.hasDate ? { timeOnly: true } : {}),
    ...(to && WINDOWS.has(when.source) ? { window: true as const } : {}),
  };
}

/** A new day said by its weekday ("move it to Thursday", "propose thursday") on that weekday means next week's. */
function weekdayAhead(s: RecognitionState, when: WhenMatch, said: string): { from: Date; to?: Date } {
  const z = s.ctx.timeZone;
  if (!when.hasTime && /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(said) && startOfLocalDay(when.from, z).getTime() === startOfLocalDay(s.ctx.now, z).getTime()) {
    return { from: addLocalDays(when.from, 7, z), to: when.to && addLocalDays(when.to, 7, z) };
  }
  return { from: when.from, to: when.to };
}

/** "instead": another time or place than the one there is. */
const INSTEAD = /\binstead\b/i;

/** Times that are a stretch to put a meeting in rather than its new start and end: parts of a day, what is left of one. */
const WINDOWS: ReadonlySet<string> = new Set(['when.chrono+partOfDay', 'when.partOfDay', 'when.restOf']);
