import { expandCard } from '../cards/cardTemplates';
import { VERBS } from '../cards/verbs';
import { stringField, type CardActionHandler } from './cardActionRequest';
import { CREATE_EVENT, DEFAULT_REMINDER_MINUTES, type CreatedEvent, type EventDraft } from './eventDraft';
import { proposalCard } from './eventCardActions';
import { FIND_TIME, type TimeSearch, type TimeSearchPick } from './timeSearch';

/**
 * A suggested time was picked: it becomes a new-event proposal (the usual card with
 * Schedule, Edit and Cancel). The search is claimed and completed with that proposal, so
 * a second press of the same button shows the same proposal instead of a second one.
 */
const pick: CardActionHandler = async (request) => {
  const { user, services } = request;
  const owner = [user.mailbox.user.tenantId, user.mailbox.user.aadObjectId] as const;
  const gone = (): Record<string, unknown> => expandCard('notice', { title: 'This card is no longer active', text: 'Ask me again for times and I will look afresh.' });
  const search = await services.proposals.get<TimeSearch, TimeSearchPick>(stringField(request.data, 'searchId'), ...owner);
  if (!search || search.kind !== FIND_TIME) return gone();
  const start = stringField(request.data, 'start');
  if (search.state === 'proposed' && search.payload.starts.includes(start) && (await services.proposals.claim(search.id))) {
    const s = search.payload;
    const draft: EventDraft = {
      subject: s.subject,
      start,
      end: new Date(Date.parse(start) + s.durationMinutes * 60000).toISOString(),
      isAllDay: false,
      timeZone: s.timeZone,
      mailboxTimeZone: s.mailboxTimeZone,
      locale: s.locale,
      attendees: s.attendees,
      location: null,
      online: true,
      recurrence: null,
      reminderMinutes: DEFAULT_REMINDER_MINUTES,
      body: null,
    };
    const proposal = await services.proposals.create(...owner, CREATE_EVENT, draft, user.conversationId);
    await services.proposals.complete<TimeSearchPick>(search.id, { proposalId: proposal.id });
    return proposalCard(request, { ...proposal, result: null });
  }
  // Already picked (a double click, or the card open in two places): show what it became.
  for (let i = 0; i < 20; i++) {
    const latest = await services.proposals.get<TimeSearch, TimeSearchPick>(search.id, ...owner);
    if (latest?.state === 'done' && latest.result) {
      const made = await services.proposals.get<EventDraft, CreatedEvent>(latest.result.proposalId, ...owner);
      return made ? proposalCard(request, made) : gone();
    }
    if (latest?.state !== 'executing') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return gone();
};

/** The suggestions card's verbs. */
export const FIND_TIME_CARD_ACTIONS = {
  [VERBS.findTimePick]: pick,
} satisfies Record<string, CardActionHandler>;
