import { getEvent } from '../src/graph/calendar';
import type { Proposal } from '../src/store/proposals';
import type { AssistantServices } from './assistantServices';
import { CALENDAR_CHANGE, type CalendarChange, type CalendarChangeOutcome } from './calendarChange';
import { officeHoursDraft, seriesWhen } from './officeHours';
import { planSeriesEnding } from './seriesEnding';
import type { TurnUser } from './turnUser';

type ChangeProposal = Proposal<CalendarChange, CalendarChangeOutcome>;

/** The proposal to end a series, saying what ending will do; undefined when the series is gone. */
export async function endSeriesProposal(services: AssistantServices, user: TurnUser, seriesId: string): Promise<ChangeProposal | undefined> {
  const { profile, locale } = user;
  const master = await getEvent(user.mailbox, seriesId, profile.mailboxTimeZone);
  if (!master?.recurrence) return undefined;
  const plan = await planSeriesEnding(user.mailbox, seriesId, services.clock.now(), profile.timeZone);
  if (plan.mode === 'gone') return undefined;
  const ending =
    plan.mode === 'delete'
      ? 'None has been held yet, so the whole series will be deleted.'
      : `After the last one held, on ${new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric' }).format(new Date(`${plan.lastDate}T12:00:00Z`))}. The ones held stay on your calendar.`;
  const change: CalendarChange = { operation: 'endSeries', seriesId, subject: master.subject ?? 'Office hours', when: seriesWhen(master, locale), ending };
  const proposal = await services.proposals.create(user.mailbox.user.tenantId, user.mailbox.user.aadObjectId, CALENDAR_CHANGE, change);
  return { ...proposal, result: null };
}

/** The proposal to hold a series on another day and hours from now on; undefined when the series is gone. */
export async function replaceSeriesProposal(
  services: AssistantServices,
  user: TurnUser,
  seriesId: string,
  day: string,
  startTime: string,
  endTime: string,
): Promise<ChangeProposal | undefined> {
  const { profile, locale } = user;
  const master = await getEvent(user.mailbox, seriesId, profile.mailboxTimeZone);
  if (!master?.recurrence) return undefined;
  const draft = { ...officeHoursDraft(day, startTime, endTime, profile, locale, services.clock.now()), subject: master.subject ?? 'Office hours', online: master.isOnlineMeeting === true };
  const change: CalendarChange = { operation: 'replaceSeries', seriesId, subject: draft.subject, when: seriesWhen(master, locale), draft };
  const proposal = await services.proposals.create(user.mailbox.user.tenantId, user.mailbox.user.aadObjectId, CALENDAR_CHANGE, change);
  return { ...proposal, result: null };
}
