import type { EventFormCardData, EventProposalCardData, EventScheduledCardData, Fact } from '../cards/cardTemplates';
import { toLocal } from '../src/time/zonedTime';
import { durationMinutes, onlyTeamsLinks, type CreatedEvent, type EventDraft } from './eventDraft';
import type { ScheduleCheck } from './scheduleCheck';
import { plainSpaces, recurrenceText, reminderText, shortStartText, timeRangeText, zoneDisplayName } from './timeText';

function draftFacts(draft: EventDraft): Fact[] {
  const facts: Fact[] = [
    { label: 'Subject', value: draft.subject },
    { label: 'When', value: timeRangeText(new Date(draft.start), new Date(draft.end), draft.timeZone, draft.locale, draft.isAllDay) },
  ];
  if (draft.recurrence) facts.push({ label: 'Repeats', value: recurrenceText(draft.recurrence) });
  facts.push({ label: 'With', value: draft.attendees.length ? draft.attendees.map((a) => (a.name === a.address ? a.address : `${a.name} (${a.address})`)).join(', ') : 'Just you' });
  const teams = draft.onlineServiceAsked ? `Microsoft Teams meeting (${onlyTeamsLinks(draft.onlineServiceAsked)})` : 'Microsoft Teams meeting';
  const where = [draft.location, draft.online ? teams : null].filter(Boolean).join(' and ');
  facts.push({ label: 'Where', value: where || 'No location' });
  facts.push({ label: 'Reminder', value: reminderText(draft.reminderMinutes) });
  if (draft.showAs === 'oof') facts.push({ label: 'Show as', value: 'Out of office' });
  if (draft.calendarName) facts.push({ label: 'Calendar', value: draft.calendarName });
  return facts;
}

export function proposalCardData(proposalId: string, draft: EventDraft, check: ScheduleCheck, notice = ''): EventProposalCardData {
  const time = new Intl.DateTimeFormat(draft.locale, { timeZone: draft.timeZone, hour: 'numeric', minute: '2-digit' });
  return {
    proposalId,
    heading: draft.showAs === 'oof' ? 'Add this time off?' : draft.recurrence ? 'Schedule this series?' : 'Schedule this meeting?',
    notice,
    confirmLabel: 'Schedule',
    facts: draftFacts(draft),
    conflicts: check.conflicts.map((c) => ({
      text: `${c.who ? `${c.who} is` : "You're"} ${c.status === 'oof' ? 'out of office' : c.status === 'tentative' ? 'tentatively busy' : 'busy'} ${plainSpaces(time.formatRange(c.busy.start, c.busy.end))}`,
    })),
    suggestionsLabel: draft.attendees.length ? 'Free for everyone instead:' : "You're free instead:",
    suggestions: check.suggestions.map((s) => ({ label: shortStartText(s.start, draft.timeZone, draft.locale), start: s.start.toISOString() })),
  };
}

export function formCardData(proposalId: string, draft: EventDraft): EventFormCardData {
  const l = toLocal(new Date(draft.start), draft.timeZone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    proposalId,
    subject: draft.subject,
    date: `${l.year}-${pad(l.month)}-${pad(l.day)}`,
    time: `${pad(l.hour)}:${pad(l.minute)}`,
    zoneName: zoneDisplayName(draft.timeZone, draft.locale),
    duration: String(durationMinutes(draft)),
    attendees: draft.attendees.map((a) => a.address).join(', '),
    location: draft.location ?? '',
    online: draft.online ? 'true' : 'false',
  };
}

export function scheduledCardData(created: CreatedEvent, draft: EventDraft): EventScheduledCardData {
  const facts: Fact[] = [{ label: 'When', value: timeRangeText(new Date(created.start), new Date(created.end), draft.timeZone, draft.locale, draft.isAllDay) }];
  if (draft.recurrence) facts.push({ label: 'Repeats', value: recurrenceText(draft.recurrence) });
  if (draft.attendees.length) facts.push({ label: 'Invited', value: draft.attendees.map((a) => a.name).join(', ') });
  if (draft.location) facts.push({ label: 'Where', value: draft.location });
  return { heading: `Scheduled: ${created.subject}`, facts, joinUrl: created.joinUrl, webLink: created.webLink };
}
