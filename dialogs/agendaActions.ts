import type * as Graph from '@microsoft/microsoft-graph-types';
import { expandCard, type AgendaCardData } from '../cards/cardTemplates';
import { VERBS } from '../cards/verbs';
import { listEventsBetween } from '../src/graph/calendar';
import { MAX_NEXT_COUNT } from '../src/nlu/types';
import type { AssistantServices } from './assistantServices';
import type { AgendaScope } from './agendaView';
import { agendaCardData, withScopePeople } from './agendaView';
import { stringField, type CardActionHandler } from './cardActionRequest';
import { graphTroubleMessage } from './graphTrouble';
import { eventInterval } from './meetingChange';
import type { TurnUser } from './turnUser';

/** Longer than any agenda a question asks for ("this month"); a card claiming more was not made by us. */
const MAX_AGENDA_MS = 92 * 86400000;

/** The agenda's data for a stretch of the user's calendar, read from Graph now. */
export async function agendaData(services: AssistantServices, user: TurnUser, scope: AgendaScope): Promise<AgendaCardData> {
  const events = await listEventsBetween(user.mailbox, scope.start, scope.end, user.profile.mailboxTimeZone);
  const theirs = scope.people.length === 0 ? events : events.filter((e) => withScopePeople(e, scope.people));
  // "My next 3 meetings": the first that many still to start, not cancelled, not all-day.
  const zone = user.profile.timeZone;
  const upcoming = (e: Graph.Event): boolean => !e.isCancelled && !e.isAllDay && (eventInterval(e, zone)?.start.getTime() ?? NaN) >= scope.start.getTime();
  const shown = scope.limit ? theirs.filter(upcoming).slice(0, scope.limit) : theirs;
  return agendaCardData(shown, scope, services.clock.now(), zone, user.locale, user.profile.mail);
}

/** Longer than any list of names said in one message; a card carrying more was not made by us. */
const MAX_AGENDA_PEOPLE = 10;

/**
 * The agenda a card action carries (`agendaStart`, `agendaEnd`, and `agendaWith`: the names it
 * was narrowed to, comma-separated), if it carries a sound one.
 */
export function agendaScopeIn(data: Record<string, unknown>): AgendaScope | undefined {
  const start = Date.parse(stringField(data, 'agendaStart'));
  const end = Date.parse(stringField(data, 'agendaEnd'));
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start || end - start > MAX_AGENDA_MS) return undefined;
  const people = stringField(data, 'agendaWith').split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (people.length > MAX_AGENDA_PEOPLE) return undefined;
  const limit = Number(stringField(data, 'agendaLimit') || '0');
  // More than a count is read for ("my next 3 meetings"): a card not made by us.
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_NEXT_COUNT) return undefined;
  return { start: new Date(start), end: new Date(end), people, ...(limit > 0 ? { limit } : {}) };
}

/** "Back to agenda" on a meeting's details: the same stretch of calendar, as it is now. */
const show: CardActionHandler = async (request) => {
  const scope = agendaScopeIn(request.data);
  if (!scope) return expandCard('notice', { title: 'This card is no longer active', text: 'Ask me again, for example "what\'s on today?".' });
  try {
    return expandCard('agenda', await agendaData(request.services, request.user, scope));
  } catch (error) {
    request.services.logger.warn({ err: error }, 'agenda: calendar could not be read');
    return expandCard('notice', { title: "Couldn't show your agenda", text: graphTroubleMessage(error, 'read your calendar') });
  }
};

export const AGENDA_CARD_ACTIONS: Record<string, CardActionHandler> = {
  [VERBS.agendaShow]: show,
};
