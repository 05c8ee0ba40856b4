import type * as Graph from '@microsoft/microsoft-graph-types';
import type { Fact, MeetingChangeCardData } from '../cards/cardTemplates';
import { listEventsBetween } from '../src/graph/calendar';
import type { MeetingResponse } from '../src/graph/meetingChanges';
import type { Entities } from '../src/nlu/types';
import { addLocalDays, startOfLocalDay } from '../src/time/zonedTime';
import { listText } from './listText';
import { cancelChange, carryOut, eventInterval, isInSeries, isOrganizer, respondChange, type MeetingChange } from './meetingChange';
import { timeRangeText } from './timeText';
import type { TurnUser } from './turnUser';

/** Proposal kind for the meetings of a period cancelled or answered at once ("cancel all my meetings tomorrow"). */
export const CHANGE_MEETINGS = 'meeting.batch';

/** More than this in one card is more than anyone checks before confirming. */
export const MAX_BATCH = 20;

/** Every meeting of a period, each changed as it would be on its own; stored with the proposal. */
export interface MeetingBatch {
  /** cancel: each is cancelled, declined or deleted as cancelChange decides; respond: every invitation gets `response`. */
  operation: 'cancel' | 'respond';
  response?: MeetingResponse;
  /** The period, as the card says it. */
  period: string;
  items: MeetingChange[];
  /** Ids (eventId) of the items carried out: a Confirm that fails part-way keeps them, and a retry does the rest. */
  done: string[];
  /** The user's own meetings in the period said, which have no invitation to answer (respond only). */
  ownCount: number;
  comment: string;
}

/** How far ahead "accept all pending invitations", with no day said, looks. */
const ANSWER_DAYS = 14;

/** What the user said, as a batch to propose; or the answer when there is nothing to propose. */
export type BatchPlan = { kind: 'batch'; batch: MeetingBatch } | { kind: 'answer'; text: string };

const RESPONSE_VERBS: Record<MeetingResponse, { ask: string; done: string; noun: string }> = {
  accept: { ask: 'Accept', done: 'Accepted', noun: 'accept' },
  tentativelyAccept: { ask: 'Tentatively accept', done: 'Tentatively accepted', noun: 'tentatively accept' },
  decline: { ask: 'Decline', done: 'Declined', noun: 'decline' },
};

/** The answer an invitation already has, in the words of a response. */
const ANSWERED: Record<MeetingResponse, string> = { accept: 'accepted', tentativelyAccept: 'tentativelyAccepted', decline: 'declined' };

/** "Thu, Nov 26" for a whole day, "Mon, Nov 30 – Sun, Dec 6" for whole days (an all-day range without its "all day"), else the time range. */
export function periodText(start: Date, end: Date, timeZone: string, locale: string): string {
  const wholeDays = startOfLocalDay(start, timeZone).getTime() === start.getTime() && startOfLocalDay(end, timeZone).getTime() === end.getTime();
  if (!wholeDays) return timeRangeText(start, end, timeZone, locale);
  return timeRangeText(start, end, timeZone, locale, true).replace(/, all day$/, '');
}

/**
 * The meetings of the period said that a cancellation or an answer applies to: those not yet
 * begun (a meeting under way is left to the user), not all-day (holidays, time off), and for
 * an answer only invitations not already so answered. An occurrence of a series is changed
 * alone: "cancel all my meetings tomorrow" is tomorrow's.
 */
export async function planBatch(
  user: TurnUser,
  entities: Entities,
  operation: MeetingBatch['operation'],
  response: MeetingResponse,
  now: Date,
): Promise<BatchPlan> {
  const { timeZone, mailboxTimeZone } = user.profile;
  const verb = operation === 'cancel' ? 'cancel' : RESPONSE_VERBS[response].noun;
  // "Accept all pending invitations": those of the coming two weeks. A cancellation needs its day said.
  const said =
    entities.targetDay ?? (operation === 'respond' ? { start: now.toISOString(), end: addLocalDays(startOfLocalDay(now, timeZone), ANSWER_DAYS + 1, timeZone).toISOString() } : undefined);
  if (!said) return { kind: 'answer', text: `Which day? Say it with the request, for example "${verb} all my meetings tomorrow".` };
  const end = new Date(said.end);
  const start = new Date(Math.max(Date.parse(said.start), now.getTime()));
  const period = entities.targetDay ? periodText(new Date(said.start), end, timeZone, user.locale) : `the next ${ANSWER_DAYS} days`;
  if (start.getTime() >= end.getTime()) return { kind: 'answer', text: `${period} is already over.` };
  const begins = (e: Graph.Event): number => eventInterval(e, timeZone)?.start.getTime() ?? 0;
  const events = (await listEventsBetween(user.mailbox, start, end, mailboxTimeZone)).filter(
    (e) => !e.isAllDay && !e.isCancelled && begins(e) >= start.getTime() && begins(e) < end.getTime(),
  );
  // With no day said, a repeating invitation is answered once, as a whole; on a day said, that day's occurrence.
  const wholeSeries = operation === 'respond' && !entities.targetDay;
  const meetings = wholeSeries ? onePerSeries(events) : events;
  const mine = meetings.filter((e) => isOrganizer(e, user));
  // An invitation already declined is out of the user's way either way.
  const invitations = meetings.filter((e) => !isOrganizer(e, user) && e.responseStatus?.response !== 'declined');
  const chosen = operation === 'cancel' ? meetings.filter((e) => mine.includes(e) || invitations.includes(e)) : invitations.filter((e) => e.responseStatus?.response !== ANSWERED[response]);
  if (chosen.length === 0) {
    const what = operation === 'cancel' ? 'meetings to cancel' : `invitations to ${verb}`;
    return { kind: 'answer', text: `You have no ${what} ${entities.targetDay ? 'for' : 'in'} ${period}.` };
  }
  if (chosen.length > MAX_BATCH) {
    return { kind: 'answer', text: `That's ${chosen.length} meetings; I change at most ${MAX_BATCH} at once. Say a shorter time, like one day.` };
  }
  const comment = (entities.comment ?? '').trim().slice(0, 500);
  const items = await Promise.all(
    chosen.map((e) => {
      const scope = !isInSeries(e) ? 'single' : wholeSeries ? 'series' : 'occurrence';
      return operation === 'cancel' ? cancelChange(user, e, scope, comment, now) : respondChange(user, e, scope, response, comment);
    }),
  );
  return { kind: 'batch', batch: { operation, response: operation === 'respond' ? response : undefined, period, items, done: [], ownCount: operation === 'respond' && !wholeSeries ? mine.length : 0, comment } };
}

/** The first of each series' occurrences, and every single event. */
function onePerSeries(events: Graph.Event[]): Graph.Event[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (!e.seriesMasterId) return true;
    if (seen.has(e.seriesMasterId)) return false;
    seen.add(e.seriesMasterId);
    return true;
  });
}

/**
 * Carries out what is not done yet, one meeting after another, recording each as it goes.
 * Throws at the first failure, with `batch.done` holding what was carried out before it.
 */
export async function carryOutBatch(user: TurnUser, batch: MeetingBatch, comment: string): Promise<void> {
  for (const item of batch.items) {
    if (batch.done.includes(item.eventId)) continue;
    await carryOut(user, item, comment);
    batch.done.push(item.eventId);
  }
}

/** How one item of a cancellation is carried out, asked and done. */
function cancelWords(item: MeetingChange): { ask: string; done: string } {
  if (item.cancelMode === 'decline') return { ask: 'Decline', done: 'Declined' };
  if (item.cancelMode === 'delete') return { ask: 'Delete', done: 'Deleted' };
  return { ask: 'Cancel', done: 'Cancelled' };
}

/** "Daily standup, Mon, Nov 23, 9:00 – 9:15 AM", with how it repeats when the whole series is meant. */
function itemText(item: MeetingChange): string {
  const when = timeRangeText(new Date(item.start), new Date(item.end), item.timeZone, item.locale).replace(/ \([^)]*\)$/, '');
  return item.scope === 'series' && item.repeats ? `${item.subject}, ${item.repeats.toLowerCase()} from ${when}` : `${item.subject}, ${when}`;
}

/** What the others are told, in one or two sentences. */
function whoIsTold(batch: MeetingBatch, future: boolean): string {
  const will = future ? 'will get' : 'got';
  if (batch.operation === 'respond') {
    const organizers = [...new Set(batch.items.map((i) => i.organizer).filter((o) => o !== ''))];
    return organizers.length > 0 ? `${listText(organizers.length > 4 ? [...organizers.slice(0, 3), `${organizers.length - 3} more`] : organizers)} ${will} your answer.` : '';
  }
  const cancelled = batch.items.some((i) => i.cancelMode === 'cancel');
  const declined = batch.items.filter((i) => i.cancelMode === 'decline');
  return [
    cancelled ? `The people invited to your own meetings ${will} a cancellation.` : '',
    declined.length > 0
      ? declined.length === 1
        ? `The meeting organised by someone else ${future ? 'will be declined: only you drop out' : 'was declined: only you dropped out'}.`
        : `The ${declined.length} meetings organised by others ${future ? 'will be declined: only you drop out' : 'were declined: only you dropped out'}.`
      : '',
  ]
    .filter((t) => t !== '')
    .join(' ');
}

/** The card's data (the meeting-change card, one line per meeting): open with Confirm, done, or dropped. */
export function batchCardData(proposalId: string, state: 'open' | 'done' | 'discarded', batch: MeetingBatch, notice: string): MeetingChangeCardData {
  const open = state === 'open';
  const count = batch.items.length;
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const respond = batch.operation === 'respond' ? RESPONSE_VERBS[batch.response ?? 'accept'] : undefined;
  const facts: Fact[] = [{ label: 'When', value: batch.period }];
  for (const item of batch.items) {
    const words = respond ?? cancelWords(item);
    const done = state === 'done' || batch.done.includes(item.eventId);
    facts.push({ label: done ? words.done : state === 'discarded' ? 'Kept' : words.ask, value: itemText(item) });
  }
  const heading =
    state === 'discarded'
      ? batch.done.length > 0
        ? `Stopped after ${batch.done.length} of ${count}`
        : 'Nothing changed'
      : respond
        ? state === 'done'
          ? `${respond.done} ${plural(count, 'invitation', 'invitations')}`
          : `${respond.ask} ${plural(count, 'invitation', 'invitations')}?`
        : state === 'done'
          ? `Cleared ${plural(count, 'meeting', 'meetings')}`
          : `Clear ${plural(count, 'meeting', 'meetings')}?`;
  const own = batch.ownCount > 0 ? ` ${plural(batch.ownCount, 'meeting is', 'meetings are')} your own, with no invitation to answer; I left ${batch.ownCount === 1 ? 'it' : 'them'} out.` : '';
  return {
    proposalId: open ? proposalId : '',
    heading,
    notice,
    facts,
    conflicts: [],
    explanation: state === 'discarded' ? '' : `${whoIsTold(batch, open)}${open ? own : ''}`.trim(),
    commentLabel: open ? (respond ? 'Message to the organizers (optional)' : 'Message to the others (optional)') : '',
    comment: batch.comment,
    confirmLabel: respond ? `${respond.ask} ${count === 1 ? 'it' : `all ${count}`}` : count === 1 ? 'Clear it' : `Clear all ${count}`,
    discardLabel: count === 1 ? 'Keep it as it is' : 'Keep them as they are',
  };
}
