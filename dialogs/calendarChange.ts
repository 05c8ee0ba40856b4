import type { CalendarChangeCardData, Fact } from '../cards/cardTemplates';
import { copyEventToCalendar, createCalendar, createEvent, deleteEvent, getEvent } from '../src/graph/calendar';
import type { MailboxGraph } from '../src/graph/graphClientFactory';
import type { MailboxProfile } from '../src/graph/mailboxProfile';
import { toNewEvent, type EventDraft } from './eventDraft';
import { endSeries } from './seriesEnding';
import { plainSpaces, recurrenceText, timeRangeText } from './timeText';

/** Proposal kind for changes to calendars and series, confirmed on the calendarChange card. */
export const CALENDAR_CHANGE = 'calendar.change';

/** What will be done; kept with the proposal so Confirm does exactly what the card showed. */
export type CalendarChange =
  | { operation: 'createCalendar'; name: string }
  | { operation: 'endSeries'; seriesId: string; subject: string; when: string; ending: string }
  | { operation: 'replaceSeries'; seriesId: string; subject: string; when: string; draft: EventDraft }
  | { operation: 'moveToCalendar'; eventId: string; subject: string; when: string; calendarId: string; calendarName: string; attendees: number };

/** What a carried-out change left, shown again on a repeated Confirm. */
export interface CalendarChangeOutcome {
  title: string;
  text: string;
}

export function changeCardData(proposalId: string, change: CalendarChange, notice = ''): CalendarChangeCardData {
  const facts: Fact[] = [];
  switch (change.operation) {
    case 'createCalendar':
      facts.push({ label: 'Name', value: change.name });
      return { proposalId, heading: 'Create this calendar?', notice, confirmLabel: 'Create', facts };
    case 'endSeries':
      facts.push({ label: 'Series', value: `${change.subject}, ${change.when}` }, { label: 'Ending', value: change.ending });
      return { proposalId, heading: `End your ${change.subject.toLowerCase()}?`, notice, confirmLabel: 'End them', facts };
    case 'replaceSeries': {
      const d = change.draft;
      facts.push(
        { label: 'Now', value: change.when },
        { label: 'From now on', value: `${d.recurrence ? recurrenceText(d.recurrence) : 'Once'}, ${plainSpaces(new Intl.DateTimeFormat(d.locale, { timeZone: d.timeZone, hour: 'numeric', minute: '2-digit' }).formatRange(new Date(d.start), new Date(d.end)))}` },
        { label: 'First one', value: timeRangeText(new Date(d.start), new Date(d.end), d.timeZone, d.locale) },
      );
      return {
        proposalId,
        heading: `Change your ${change.subject.toLowerCase()}?`,
        notice: notice || 'The ones already held stay on your calendar as they were.',
        confirmLabel: 'Change them',
        facts,
      };
    }
    case 'moveToCalendar':
      facts.push({ label: 'Event', value: change.subject }, { label: 'When', value: change.when }, { label: 'To', value: change.calendarName });
      return {
        proposalId,
        heading: `Move it to ${change.calendarName}?`,
        notice:
          notice ||
          (change.attendees > 0
            ? 'Outlook cannot move a meeting between calendars, so I will create it again there and delete this one: the people invited get a new invitation and a cancellation, and a Teams meeting gets a new link.'
            : 'Outlook cannot move an event between calendars, so I will create it again there and delete this one.'),
        confirmLabel: 'Move',
        facts,
      };
  }
}

/**
 * Carries a change out. Each is safe to repeat after a crash: creates carry the proposal
 * id as Graph's transactionId, a copy is made before its original is deleted (so nothing
 * is ever lost in between), and a delete of something already gone counts as done.
 */
export async function carryOutChange(mailbox: MailboxGraph, profile: MailboxProfile, change: CalendarChange, transactionId: string, now: Date): Promise<CalendarChangeOutcome> {
  switch (change.operation) {
    case 'createCalendar': {
      const created = await createCalendar(mailbox, change.name);
      return { title: `Created the ${created.name ?? change.name} calendar`, text: 'Say "put it in ' + (created.name ?? change.name) + '" after setting up a meeting to keep it there.' };
    }
    case 'endSeries': {
      const ended = await endSeries(mailbox, change.seriesId, now, profile.timeZone);
      if (ended.mode === 'gone') return { title: `Your ${change.subject.toLowerCase()} had already ended`, text: 'There was nothing left to change.' };
      return {
        title: `Ended your ${change.subject.toLowerCase()}`,
        text: ended.mode === 'delete' ? 'None had been held yet, so the series is gone from your calendar.' : `The last one was on ${ended.lastDate}; it stays on your calendar.`,
      };
    }
    case 'replaceSeries': {
      // The new series first, so a failure half-way never leaves the user without office hours.
      await createEvent(mailbox, toNewEvent(change.draft), transactionId);
      await endSeries(mailbox, change.seriesId, now, profile.timeZone);
      const d = change.draft;
      return { title: `Changed your ${change.subject.toLowerCase()}`, text: `${d.recurrence ? recurrenceText(d.recurrence) : ''}, starting ${timeRangeText(new Date(d.start), new Date(d.end), d.timeZone, d.locale)}.` };
    }
    case 'moveToCalendar': {
      const original = await getEvent(mailbox, change.eventId, profile.mailboxTimeZone);
      if (!original) return { title: `${change.subject} is no longer where it was`, text: `Nothing was moved. If an earlier try got as far as copying it, it is in ${change.calendarName} now.` };
      await copyEventToCalendar(mailbox, original, change.calendarId, transactionId);
      await deleteEvent(mailbox, change.eventId);
      return { title: `Moved ${change.subject} to ${change.calendarName}`, text: '' };
    }
  }
}
