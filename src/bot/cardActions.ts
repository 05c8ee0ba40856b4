import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue } from 'botbuilder';
import type { CardActionHandler, CardActionRequest } from '../../dialogs/cardActionRequest';
import { EVENT_CARD_ACTIONS } from '../../dialogs/eventCardActions';
import { MEETING_CARD_ACTIONS } from '../../dialogs/meetingChangeActions';
import { FIND_TIME_CARD_ACTIONS } from '../../dialogs/findTimeActions';
import { CALENDAR_CHANGE_CARD_ACTIONS } from '../../dialogs/calendarChangeActions';
import { AGENDA_CARD_ACTIONS } from '../../dialogs/agendaActions';

/** Every Action.Execute verb and its handler, in one table. */
const HANDLERS: Record<string, CardActionHandler> = {
  ...EVENT_CARD_ACTIONS,
  ...MEETING_CARD_ACTIONS,
  ...FIND_TIME_CARD_ACTIONS,
  ...CALENDAR_CHANGE_CARD_ACTIONS,
  ...AGENDA_CARD_ACTIONS,
};

export const CARD_ACTION_VERBS: readonly string[] = Object.keys(HANDLERS);

const CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * Answers an adaptiveCard/action invoke with the card that replaces the clicked one
 * (Universal Actions), so no stale button stays on screen.
 */
export async function answerCardAction(
  value: AdaptiveCardInvokeValue,
  request: Omit<CardActionRequest, 'data'>,
): Promise<AdaptiveCardInvokeResponse> {
  const handler = HANDLERS[value.action?.verb ?? ''];
  if (!handler) {
    return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: `Unknown verb "${value.action?.verb}".` } };
  }
  const data = (value.action?.data ?? {}) as Record<string, unknown>;
  const card = await handler({ ...request, data });
  return { statusCode: 200, type: CARD, value: card };
}
