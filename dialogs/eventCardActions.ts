import { GraphError } from '@microsoft/microsoft-graph-client';
import { expandCard } from '../cards/cardTemplates';
import { VERBS } from '../cards/verbs';
import { createEvent } from '../src/graph/calendar';
import { findPeople, isEmailAddress, type Person } from '../src/graph/directory';
import type { Proposal } from '../src/store/proposals';
import { fromLocal } from '../src/time/zonedTime';
import { stringField, type CardActionHandler, type CardActionRequest } from './cardActionRequest';
import { CREATE_EVENT, toNewEvent, type CreatedEvent, type EventDraft } from './eventDraft';
import { formCardData, proposalCardData, scheduledCardData } from './eventProposalView';
import { graphTroubleMessage } from './graphTrouble';
import { rememberEvent } from './meetingChangeActions';
import { checkSchedule, type ScheduleCheck } from './scheduleCheck';

type EventProposal = Proposal<EventDraft, CreatedEvent>;

const NO_CHECK: ScheduleCheck = { conflicts: [], suggestions: [] };

function notice(title: string, text = ''): Record<string, unknown> {
  return expandCard('notice', { title, text });
}

/**
 * What a failed Schedule says. Graph answering with an error status refused the create, so
 * nothing was made. Without such an answer (no reply in time, a dropped connection, a failure
 * after Graph's reply) the meeting may well exist, so the card must not say otherwise; pressing
 * Schedule again is safe either way, since the proposal id is Graph's transactionId.
 */
function createFailureNotice(error: unknown): string {
  if (error instanceof GraphError && error.statusCode >= 400) return `Nothing was scheduled: ${graphTroubleMessage(error, 'schedule it')}`;
  return "I couldn't tell whether it was scheduled: Microsoft 365 didn't confirm it. Press Schedule again; it won't make a second meeting.";
}

async function loadProposal(request: CardActionRequest): Promise<EventProposal | undefined> {
  const { user } = request;
  const proposal = await request.services.proposals.get<EventDraft, CreatedEvent>(
    stringField(request.data, 'proposalId'),
    user.mailbox.user.tenantId,
    user.mailbox.user.aadObjectId,
  );
  return proposal?.kind === CREATE_EVENT ? proposal : undefined;
}

const GONE = (): Record<string, unknown> => notice('This card is no longer active', 'Ask me again and I will make a new one.');

/** The card a proposal shows in its current state; `draft` is what to show when it is still open. */
async function currentCard(request: CardActionRequest, proposal: EventProposal, draft: EventDraft, message = ''): Promise<Record<string, unknown>> {
  if (proposal.state === 'done' && proposal.result) return expandCard('eventScheduled', scheduledCardData(proposal.result, proposal.payload));
  if (proposal.state === 'discarded') return notice('Cancelled', 'Nothing was scheduled.');
  let check = NO_CHECK;
  try {
    check = await checkSchedule(request.user.mailbox, request.user.profile, draft, request.services.clock.now());
  } catch (error) {
    // Free/busy is advice; without it the proposal still stands.
    request.services.logger.warn({ err: error }, 'schedule check failed');
  }
  return expandCard('eventProposal', proposalCardData(proposal.id, draft, check, message));
}

const confirm: CardActionHandler = async (request) => {
  const proposal = await loadProposal(request);
  if (!proposal) return GONE();
  const { proposals, logger } = request.services;
  if (!(await proposals.claim(proposal.id))) {
    // Someone (a double click, a retried invoke) is already on it: wait for that outcome.
    for (let i = 0; i < 40; i++) {
      const now = await loadProposal(request);
      if (!now || now.state !== 'executing') return now ? currentCard(request, now, now.payload) : GONE();
      await new Promise((r) => setTimeout(r, 250));
    }
    return notice('Still scheduling…', 'This is taking longer than usual. Check your calendar in a minute.');
  }
  try {
    // The proposal id is Graph's transactionId: a replay after a crash returns the same event.
    const event = await createEvent(request.user.mailbox, toNewEvent(proposal.payload), proposal.id);
    const created: CreatedEvent = {
      eventId: event.id ?? '',
      subject: event.subject ?? proposal.payload.subject,
      start: proposal.payload.start,
      end: proposal.payload.end,
      joinUrl: event.onlineMeeting?.joinUrl ?? '',
      webLink: event.webLink ?? '',
    };
    await proposals.complete(proposal.id, created);
    await rememberEvent(request.services, request.user, created.eventId);
    return expandCard('eventScheduled', scheduledCardData(created, proposal.payload));
  } catch (error) {
    logger.warn({ err: error }, 'create event failed');
    await proposals.release(proposal.id);
    return expandCard('eventProposal', proposalCardData(proposal.id, proposal.payload, NO_CHECK, createFailureNotice(error)));
  }
};

const edit: CardActionHandler = async (request) => {
  const proposal = await loadProposal(request);
  if (!proposal) return GONE();
  if (proposal.state !== 'proposed') return currentCard(request, proposal, proposal.payload);
  return expandCard('eventForm', formCardData(proposal.id, proposal.payload));
};

const review: CardActionHandler = async (request) => {
  const proposal = await loadProposal(request);
  return proposal ? currentCard(request, proposal, proposal.payload) : GONE();
};

async function resolveAttendees(request: CardActionRequest, written: string, previous: Person[]): Promise<{ people: Person[]; unknown: string[] }> {
  const people: Person[] = [];
  const unknown: string[] = [];
  for (const part of written.split(/[,;]+/).map((p) => p.trim()).filter(Boolean)) {
    const known = previous.find((p) => p.address === part.toLowerCase() || p.name.toLowerCase() === part.toLowerCase());
    if (known) {
      people.push(known);
      continue;
    }
    const found = await findPeople(request.user.mailbox, part);
    if (found.length === 1 || (found.length > 0 && isEmailAddress(part))) people.push(found[0]);
    else unknown.push(part);
  }
  return { people: people.filter((p, i) => people.findIndex((q) => q.address === p.address) === i), unknown };
}

const save: CardActionHandler = async (request) => {
  const proposal = await loadProposal(request);
  if (!proposal) return GONE();
  if (proposal.state !== 'proposed') return currentCard(request, proposal, proposal.payload);
  const draft = proposal.payload;
  const { data } = request;
  const subject = stringField(data, 'subject').trim() || draft.subject;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stringField(data, 'date'));
  const time = /^(\d{1,2}):(\d{2})/.exec(stringField(data, 'time'));
  const minutes = Number(stringField(data, 'duration')) || Math.round((Date.parse(draft.end) - Date.parse(draft.start)) / 60000);
  let start = new Date(draft.start);
  if (date && time) {
    start = fromLocal({ year: +date[1], month: +date[2], day: +date[3], hour: +time[1], minute: +time[2], second: 0 }, draft.timeZone);
  }
  const { people, unknown } = await resolveAttendees(request, stringField(data, 'attendees'), draft.attendees);
  const revised: EventDraft = {
    ...draft,
    subject: subject.slice(0, 255),
    start: start.toISOString(),
    end: new Date(start.getTime() + minutes * 60000).toISOString(),
    attendees: people,
    location: stringField(data, 'location').trim() || null,
    online: stringField(data, 'online') === 'true',
  };
  if (!(await request.services.proposals.revise(proposal.id, revised))) {
    const latest = await loadProposal(request);
    return latest ? currentCard(request, latest, latest.payload) : GONE();
  }
  const message = unknown.length ? `I couldn't find ${unknown.join(', ')} in your organisation, so I left them out. Use an email address to invite someone outside it.` : '';
  return currentCard(request, { ...proposal, payload: revised }, revised, message);
};

const pickSlot: CardActionHandler = async (request) => {
  const proposal = await loadProposal(request);
  if (!proposal) return GONE();
  const start = Date.parse(stringField(request.data, 'start'));
  if (proposal.state !== 'proposed' || Number.isNaN(start)) return currentCard(request, proposal, proposal.payload);
  const length = Date.parse(proposal.payload.end) - Date.parse(proposal.payload.start);
  const revised: EventDraft = { ...proposal.payload, start: new Date(start).toISOString(), end: new Date(start + length).toISOString() };
  if (!(await request.services.proposals.revise(proposal.id, revised))) return review(request);
  return currentCard(request, { ...proposal, payload: revised }, revised);
};

const discard: CardActionHandler = async (request) => {
  const proposal = await loadProposal(request);
  if (!proposal) return GONE();
  await request.services.proposals.discard(proposal.id);
  const latest = await loadProposal(request);
  return latest ? currentCard(request, latest, latest.payload) : GONE();
};

/** The new-event card's verbs and what each does. */
export const EVENT_CARD_ACTIONS = {
  [VERBS.eventConfirm]: confirm,
  [VERBS.eventEdit]: edit,
  [VERBS.eventSave]: save,
  [VERBS.eventReview]: review,
  [VERBS.eventPickSlot]: pickSlot,
  [VERBS.eventDiscard]: discard,
} satisfies Record<string, CardActionHandler>;

/** The card for a freshly made proposal, with the schedule check: what the create dialog sends. */
export function proposalCard(request: CardActionRequest, proposal: EventProposal): Promise<Record<string, unknown>> {
  return currentCard(request, proposal, proposal.payload);
}
