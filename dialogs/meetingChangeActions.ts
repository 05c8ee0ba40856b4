import type * as Graph from '@microsoft/microsoft-graph-types';
import { expandCard } from '../cards/cardTemplates';
import { VERBS } from '../cards/verbs';
import { getMeeting } from '../src/graph/meetingChanges';
import type { Proposal } from '../src/store/proposals';
import { fromLocal } from '../src/time/zonedTime';
import type { AssistantServices } from './assistantServices';
import { stringField, type CardActionHandler, type CardActionRequest } from './cardActionRequest';
import { conversationKey } from './eventReference';
import { graphTroubleMessage } from './graphTrouble';
import {
  baseChange,
  cancelChange,
  carryOut,
  changeCardData,
  CHANGE_MEETING,
  isInSeries,
  isOrganizer,
  moveChange,
  type MeetingChange,
  type MeetingChangeDone,
  type MeetingScope,
} from './meetingChange';
import { batchCardData, carryOutBatch, CHANGE_MEETINGS, type MeetingBatch } from './meetingBatch';
import { meetingDetailsCardData, meetingMoveFormCardData } from './meetingDetailsView';
import { agendaScopeIn } from './agendaActions';
import { checkSchedule, type ScheduleCheck } from './scheduleCheck';
import type { TurnUser } from './turnUser';

type ChangeProposal = Proposal<MeetingChange, MeetingChangeDone>;
type BatchProposal = Proposal<MeetingBatch, MeetingChangeDone>;
/** The two kinds the meeting-change card confirms: one meeting, or every meeting of a period. */
type StoredProposal = ChangeProposal | BatchProposal;

function isBatch(proposal: StoredProposal): proposal is BatchProposal {
  return proposal.kind === CHANGE_MEETINGS;
}

const NO_CHECK: ScheduleCheck = { conflicts: [], suggestions: [] };

function notice(title: string, text = ''): Record<string, unknown> {
  return expandCard('notice', { title, text });
}

const GONE = (): Record<string, unknown> => notice('This card is no longer active', 'Ask me again and I will make a new one.');

/** Remembers the event as the one "it" means in this conversation; losing that is not worth failing a turn for. */
export async function rememberEvent(services: AssistantServices, user: TurnUser, eventId: string): Promise<void> {
  if (!eventId || !user.conversationId) return;
  try {
    await services.lastEvents.remember(conversationKey(user), eventId);
  } catch (error) {
    services.logger.warn({ err: error }, 'could not remember the event talked about');
  }
}

/** Who is busy at the new time, leaving out the meeting itself where it is now. */
async function moveCheck(services: AssistantServices, user: TurnUser, change: MeetingChange): Promise<ScheduleCheck> {
  if (change.operation !== 'move' || !change.newStart || !change.newEnd) return NO_CHECK;
  try {
    const check = await checkSchedule(
      user.mailbox,
      user.profile,
      {
        subject: change.subject,
        start: change.newStart,
        end: change.newEnd,
        isAllDay: change.isAllDay,
        timeZone: change.timeZone,
        mailboxTimeZone: change.mailboxTimeZone,
        locale: change.locale,
        attendees: change.attendees,
        location: null,
        online: false,
        recurrence: null,
        reminderMinutes: 0,
        body: null,
      },
      services.clock.now(),
    );
    const itself = (c: ScheduleCheck['conflicts'][number]): boolean =>
      c.busy.start.getTime() === Date.parse(change.start) && c.busy.end.getTime() === Date.parse(change.end);
    return { conflicts: check.conflicts.filter((c) => !itself(c)), suggestions: [] };
  } catch (error) {
    // Free/busy is advice; without it the proposal still stands.
    services.logger.warn({ err: error }, 'schedule check failed');
    return NO_CHECK;
  }
}

async function renderProposal(services: AssistantServices, user: TurnUser, proposal: StoredProposal, message = ''): Promise<Record<string, unknown>> {
  if (isBatch(proposal)) {
    const batch = proposal.payload;
    const state = proposal.state === 'done' ? 'done' : proposal.state === 'discarded' ? 'discarded' : 'open';
    return expandCard('meetingChange', batchCardData(proposal.id, state, state === 'done' ? { ...batch, comment: proposal.result?.comment ?? '' } : batch, message));
  }
  if (proposal.state === 'done') return expandCard('meetingChange', changeCardData(proposal.id, 'done', proposal.payload, NO_CHECK, '', proposal.result?.comment ?? ''));
  if (proposal.state === 'discarded') return expandCard('meetingChange', changeCardData(proposal.id, 'discarded', proposal.payload, NO_CHECK, ''));
  return expandCard('meetingChange', changeCardData(proposal.id, 'open', proposal.payload, await moveCheck(services, user, proposal.payload), message));
}

/** Stores the change as a proposal and answers with its card; nothing changes until Confirm. */
export async function proposeChange(services: AssistantServices, user: TurnUser, change: MeetingChange): Promise<Record<string, unknown>> {
  const proposal = await services.proposals.create(user.mailbox.user.tenantId, user.mailbox.user.aadObjectId, CHANGE_MEETING, change);
  await rememberEvent(services, user, change.shownEventId);
  return renderProposal(services, user, { ...proposal, result: null });
}

async function loadProposal(request: CardActionRequest): Promise<StoredProposal | undefined> {
  const { user } = request;
  const proposal = await request.services.proposals.get<MeetingChange | MeetingBatch, MeetingChangeDone>(
    stringField(request.data, 'proposalId'),
    user.mailbox.user.tenantId,
    user.mailbox.user.aadObjectId,
  );
  return proposal?.kind === CHANGE_MEETING || proposal?.kind === CHANGE_MEETINGS ? (proposal as StoredProposal) : undefined;
}

/** Stores every meeting of a period as one proposal and answers with its card; nothing changes until Confirm. */
export async function proposeBatch(services: AssistantServices, user: TurnUser, batch: MeetingBatch): Promise<Record<string, unknown>> {
  const proposal = await services.proposals.create(user.mailbox.user.tenantId, user.mailbox.user.aadObjectId, CHANGE_MEETINGS, batch);
  return renderProposal(services, user, { ...proposal, result: null });
}

const confirm: CardActionHandler = async (request) => {
  const proposal = await loadProposal(request);
  if (!proposal) return GONE();
  const { services, user } = request;
  if (!(await services.proposals.claim(proposal.id))) {
    // A double click or a retried invoke is already on it: wait for that outcome.
    for (let i = 0; i < 40; i++) {
      const now = await loadProposal(request);
      if (!now || now.state !== 'executing') return now ? renderProposal(services, user, now) : GONE();
      await new Promise((r) => setTimeout(r, 250));
    }
    return notice('Still working on it…', 'This is taking longer than usual. Check your calendar in a minute.');
  }
  const written = stringField(request.data, 'comment').trim().slice(0, 500);
  const comment = written || proposal.payload.comment;
  if (isBatch(proposal)) return confirmBatch(request, proposal, comment);
  try {
    await carryOut(user, proposal.payload, comment);
    await services.proposals.complete(proposal.id, { comment } satisfies MeetingChangeDone);
    await rememberEvent(services, user, proposal.payload.shownEventId);
    return renderProposal(services, user, { ...proposal, state: 'done', result: { comment } });
  } catch (error) {
    services.logger.warn({ err: error, operation: proposal.payload.operation }, 'meeting change failed');
    await services.proposals.release(proposal.id);
    const what = {
      move: 'move it',
      cancel: proposal.payload.cancelMode === 'decline' ? 'decline it' : 'cancel it',
      respond: 'send your answer',
      attendees: 'update the invitation',
      edit: 'update it',
    }[proposal.payload.operation];
    return renderProposal(services, user, { ...proposal, state: 'proposed', payload: { ...proposal.payload, comment } }, `Nothing was changed: ${graphTroubleMessage(error, what)}`);
  }
};

/**
 * Every meeting of the batch, one after another. A failure stops there: what was done stays
 * done (and recorded in the proposal), and Confirm again does the rest.
 */
async function confirmBatch(request: CardActionRequest, proposal: BatchProposal, comment: string): Promise<Record<string, unknown>> {
  const { services, user } = request;
  const batch: MeetingBatch = { ...proposal.payload, done: [...proposal.payload.done], comment };
  try {
    await carryOutBatch(user, batch, comment);
    await services.proposals.complete(proposal.id, { comment } satisfies MeetingChangeDone);
    return renderProposal(services, user, { ...proposal, payload: batch, state: 'done', result: { comment } });
  } catch (error) {
    services.logger.warn({ err: error, operation: batch.operation, done: batch.done.length, of: batch.items.length }, 'meeting batch failed part-way');
    await services.proposals.release(proposal.id);
    await services.proposals.revise(proposal.id, batch);
    const left = batch.items.length - batch.done.length;
    const what = batch.operation === 'cancel' ? 'change the next meeting' : 'send the next answer';
    const progress = batch.done.length > 0 ? `${batch.done.length} done, ${left} left. ` : 'Nothing was changed. ';
    return renderProposal(services, user, { ...proposal, state: 'proposed', payload: batch }, `${progress}${graphTroubleMessage(error, what)} Confirm again to do the rest.`);
  }
}

const discard: CardActionHandler = async (request) => {
  const proposal = await loadProposal(request);
  if (!proposal) return GONE();
  await request.services.proposals.discard(proposal.id);
  const latest = await loadProposal(request);
  return latest ? renderProposal(request.services, request.user, latest) : GONE();
};

/** The event an action names, or the card saying why it can't be shown. */
async function eventOf(request: CardActionRequest): Promise<{ event: Graph.Event } | { card: Record<string, unknown> }> {
  const eventId = stringField(request.data, 'eventId');
  if (!eventId) return { card: GONE() };
  try {
    return { event: await getMeeting(request.user.mailbox, eventId, request.user.profile.mailboxTimeZone) };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return { card: notice('That meeting is no longer in your calendar') };
    request.services.logger.warn({ err: error }, 'meeting could not be read');
    return { card: notice("Couldn't open that meeting", graphTroubleMessage(error, 'read it')) };
  }
}

/** Only the organizer moves a meeting; an attendee's change would only touch their own copy. */
function notOrganizer(e: Graph.Event): Record<string, unknown> {
  const organizer = e.organizer?.emailAddress?.name ?? 'someone else';
  return notice('Only the organizer can move this meeting', `It is organised by ${organizer}. You can decline it if you can't make it.`);
}

const details: CardActionHandler = async (request) => {
  const loaded = await eventOf(request);
  if ('card' in loaded) return loaded.card;
  const e = loaded.event;
  await rememberEvent(request.services, request.user, e.id ?? '');
  return expandCard('meetingDetails', meetingDetailsCardData(e, request.user, agendaScopeIn(request.data)));
};

const moveForm: CardActionHandler = async (request) => {
  const loaded = await eventOf(request);
  if ('card' in loaded) return loaded.card;
  const e = loaded.event;
  if (!isOrganizer(e, request.user)) return notOrganizer(e);
  return expandCard('meetingMoveForm', meetingMoveFormCardData(e, request.user, agendaScopeIn(request.data)));
};

const proposeMove: CardActionHandler = async (request) => {
  const loaded = await eventOf(request);
  if ('card' in loaded) return loaded.card;
  const e = loaded.event;
  if (!isOrganizer(e, request.user)) return notOrganizer(e);
  const { user, services } = request;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stringField(request.data, 'date'));
  const time = /^(\d{1,2}):(\d{2})/.exec(stringField(request.data, 'time'));
  if (!date || !time) return expandCard('meetingMoveForm', meetingMoveFormCardData(e, user, agendaScopeIn(request.data)));
  const current = baseChange(e, user, 'move', 'single', undefined);
  const start = fromLocal({ year: +date[1], month: +date[2], day: +date[3], hour: +time[1], minute: +time[2], second: 0 }, user.profile.timeZone);
  const end = new Date(start.getTime() + Date.parse(current.end) - Date.parse(current.start));
  const scope: MeetingScope = !isInSeries(e) ? 'single' : stringField(request.data, 'scope') === 'series' ? 'series' : 'occurrence';
  try {
    return await proposeChange(services, user, await moveChange(user, e, scope, start, end));
  } catch (error) {
    services.logger.warn({ err: error }, 'move proposal failed');
    return notice("Couldn't prepare the move", graphTroubleMessage(error, 'read the series'));
  }
};

const proposeCancel: CardActionHandler = async (request) => {
  const loaded = await eventOf(request);
  if ('card' in loaded) return loaded.card;
  const e = loaded.event;
  const scope: MeetingScope = !isInSeries(e) ? 'single' : stringField(request.data, 'scope') === 'series' ? 'series' : 'occurrence';
  try {
    return await proposeChange(request.services, request.user, await cancelChange(request.user, e, scope, '', request.services.clock.now()));
  } catch (error) {
    request.services.logger.warn({ err: error }, 'cancel proposal failed');
    return notice("Couldn't prepare the cancellation", graphTroubleMessage(error, 'read the series'));
  }
};

/** The verbs of the details, move and change cards, and what each does. */
export const MEETING_CARD_ACTIONS = {
  [VERBS.meetingConfirm]: confirm,
  [VERBS.meetingDiscard]: discard,
  [VERBS.meetingDetails]: details,
  [VERBS.meetingMoveForm]: moveForm,
  [VERBS.meetingProposeMove]: proposeMove,
  [VERBS.meetingProposeCancel]: proposeCancel,
} satisfies Record<string, CardActionHandler>;
