import { expandCard } from '../cards/cardTemplates';
import { VERBS } from '../cards/verbs';
import type { Proposal } from '../src/store/proposals';
import { stringField, type CardActionHandler, type CardActionRequest } from './cardActionRequest';
import { CALENDAR_CHANGE, carryOutChange, changeCardData, type CalendarChange, type CalendarChangeOutcome } from './calendarChange';
import { graphTroubleMessage } from './graphTrouble';
import { endSeriesProposal, replaceSeriesProposal } from './officeHoursProposals';

type ChangeProposal = Proposal<CalendarChange, CalendarChangeOutcome>;

function notice(title: string, text = ''): Record<string, unknown> {
  return expandCard('notice', { title, text });
}

const GONE = (): Record<string, unknown> => notice('This card is no longer active', 'Ask me again and I will make a new one.');

async function loadChange(request: CardActionRequest): Promise<ChangeProposal | undefined> {
  const { user } = request;
  const proposal = await request.services.proposals.get<CalendarChange, CalendarChangeOutcome>(
    stringField(request.data, 'proposalId'),
    user.mailbox.user.tenantId,
    user.mailbox.user.aadObjectId,
  );
  return proposal?.kind === CALENDAR_CHANGE ? proposal : undefined;
}

/** The card a change shows in its current state. */
export function changeCard(proposal: ChangeProposal, message = ''): Record<string, unknown> {
  if (proposal.state === 'done' && proposal.result) return notice(proposal.result.title, proposal.result.text);
  if (proposal.state === 'discarded') return notice('Cancelled', 'Nothing was changed.');
  return expandCard('calendarChange', changeCardData(proposal.id, proposal.payload, message));
}

/** What the user is told when Graph refused a change for a reason of its own. */
function refusal(error: unknown, change: CalendarChange): string | undefined {
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 409 && change.operation === 'createCalendar') return `You already have a calendar called "${change.name}". Pick another name, or use that one.`;
  return undefined;
}

const confirm: CardActionHandler = async (request) => {
  const proposal = await loadChange(request);
  if (!proposal) return GONE();
  const { proposals, logger, clock } = request.services;
  if (!(await proposals.claim(proposal.id))) {
    // A double click or a retried invoke is already on it: wait for that outcome.
    for (let i = 0; i < 40; i++) {
      const now = await loadChange(request);
      if (!now || now.state !== 'executing') return now ? changeCard(now) : GONE();
      await new Promise((r) => setTimeout(r, 250));
    }
    return notice('Still working on it…', 'This is taking longer than usual. Check your calendar in a minute.');
  }
  try {
    const outcome = await carryOutChange(request.user.mailbox, request.user.profile, proposal.payload, proposal.id, clock.now());
    await proposals.complete(proposal.id, outcome);
    return notice(outcome.title, outcome.text);
  } catch (error) {
    const refused = refusal(error, proposal.payload);
    if (refused) {
      // Trying again cannot help: the proposal is dropped and the card says why.
      await proposals.release(proposal.id);
      await proposals.discard(proposal.id);
      return notice('Nothing was changed', refused);
    }
    logger.warn({ err: error }, 'calendar change failed');
    await proposals.release(proposal.id);
    return changeCard({ ...proposal, state: 'proposed' }, `Nothing was changed: ${graphTroubleMessage(error, 'make the change')}`);
  }
};

const discard: CardActionHandler = async (request) => {
  const proposal = await loadChange(request);
  if (!proposal) return GONE();
  await request.services.proposals.discard(proposal.id);
  const latest = await loadChange(request);
  return latest ? changeCard(latest) : GONE();
};

/** "End" on the office hours card: the proposal to end that series. */
const endOfficeHours: CardActionHandler = async (request) => {
  const proposal = await endSeriesProposal(request.services, request.user, stringField(request.data, 'seriesId'));
  return proposal ? changeCard(proposal) : notice('Those office hours are gone', 'Say "show my office hours" to see the ones you hold.');
};

/** "Review change" on the office hours card's form: the proposal to move that series. */
const changeOfficeHours: CardActionHandler = async (request) => {
  const key = stringField(request.data, 'key');
  const day = stringField(request.data, `day${key}`);
  const start = stringField(request.data, `start${key}`);
  const end = stringField(request.data, `end${key}`);
  if (!/^(mon|tues|wednes|thurs|fri|satur|sun)day$/.test(day) || !/^\d{2}:\d{2}$/.test(start) || !/^\d{2}:\d{2}$/.test(end) || end <= start) {
    return notice('That change needs a day and a start before the end', 'Open "Change" again and pick them.');
  }
  const proposal = await replaceSeriesProposal(request.services, request.user, stringField(request.data, 'seriesId'), day, start.slice(0, 5), end.slice(0, 5));
  return proposal ? changeCard(proposal) : notice('Those office hours are gone', 'Say "show my office hours" to see the ones you hold.');
};

/** The calendar-change and office hours cards' verbs. */
export const CALENDAR_CHANGE_CARD_ACTIONS = {
  [VERBS.calendarChangeConfirm]: confirm,
  [VERBS.calendarChangeDiscard]: discard,
  [VERBS.officeHoursEnd]: endOfficeHours,
  [VERBS.officeHoursChange]: changeOfficeHours,
} satisfies Record<string, CardActionHandler>;
