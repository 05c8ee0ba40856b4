import { expandCard, type AgendaCardData } from '../cards/cardTemplates';
import { VERBS } from '../cards/verbs';
import { listEventsBetween } from '../src/graph/calendar';
import type { AssistantServices } from './assistantServices';
import type { AgendaRange } from './agendaView';
import { agendaCardData } from './agendaView';
import { stringField, type CardActionHandler } from './cardActionRequest';
import { graphTroubleMessage } from './graphTrouble';
import type { TurnUser } from './turnUser';

/** Longer than any agenda a question asks for ("this month"); a card claiming more was not made by us. */
const MAX_AGENDA_MS = 92 * 86400000;

/** The agenda's data for a stretch of the user's calendar, read from Graph now. */
export async function agendaData(services: AssistantServices, user: TurnUser, range: AgendaRange): Promise<AgendaCardData> {
  const events = await listEventsBetween(user.mailbox, range.start, range.end, user.profile.mailboxTimeZone);
  return agendaCardData(events, range, services.clock.now(), user.profile.timeZone, user.locale, user.profile.mail);
}

/** The agenda range a card action carries (`agendaStart`, `agendaEnd`), if it carries a sound one. */
export function agendaRangeIn(data: Record<string, unknown>): AgendaRange | undefined {
  const start = Date.parse(stringField(data, 'agendaStart'));
  const end = Date.parse(stringField(data, 'agendaEnd'));
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start || end - start > MAX_AGENDA_MS) return undefined;
  return { start: new Date(start), end: new Date(end) };
}

/** "Back to agenda" on a meeting's details: the same stretch of calendar, as it is now. */
const show: CardActionHandler = async (request) => {
  const range = agendaRangeIn(request.data);
  if (!range) return expandCard('notice', { title: 'This card is no longer active', text: 'Ask me again, for example "what\'s on today?".' });
  try {
    return expandCard('agenda', await agendaData(request.services, request.user, range));
  } catch (error) {
    request.services.logger.warn({ err: error }, 'agenda: calendar could not be read');
    return expandCard('notice', { title: "Couldn't show your agenda", text: graphTroubleMessage(error, 'read your calendar') });
  }
};

export const AGENDA_CARD_ACTIONS: Record<string, CardActionHandler> = {
  [VERBS.agendaShow]: show,
};
