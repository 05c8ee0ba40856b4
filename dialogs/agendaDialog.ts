import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { MessageFactory } from 'botbuilder';
import { cardAttachment } from '../cards/cardTemplates';
import type { Entities } from '../src/nlu/types';
import { addLocalDays, startOfLocalDay } from '../src/time/zonedTime';
import type { AssistantServices } from './assistantServices';
import { agendaData } from './agendaActions';
import { SUBJECT_WINDOW_DAYS } from './eventReference';
import type { AgendaScope } from './agendaView';
import { AGENDA_DIALOG } from './dialogIds';
import { graphTroubleMessage } from './graphTrouble';
import { getTurnUser } from './turnUser';

export interface AgendaOptions {
  entities: Entities;
}

/**
 * What an agenda question covers: what was said when it was a range ("this afternoon",
 * "next week"), the whole local day for a day or a point in time ("Friday", "at 3pm
 * tomorrow", with what is on at 3pm answered first), and today when no time was said; and the meetings of the people named
 * ("what meetings do I have with Diego this month"), the asker and groups aside.
 */
export function agendaScope(entities: Entities, now: Date, timeZone: string): AgendaScope {
  const people = (entities.people ?? []).filter((p) => !NOT_A_NAME.test(p));
  // "My next 3 meetings": that many from now, looked for as far ahead as a meeting named is.
  if (entities.nextCount) return { start: now, end: addLocalDays(now, SUBJECT_WINDOW_DAYS, timeZone), people, limit: entities.nextCount };
  if (entities.start && entities.end) {
    const start = new Date(entities.start);
    const end = new Date(entities.end);
    if (end.getTime() > start.getTime()) return { start, end, people };
  }
  const day = startOfLocalDay(entities.start ? new Date(entities.start) : now, timeZone);
  // "Am I free at 10 on Monday?", "what's at 3pm?": the day, with what is on at that time said first.
  const at = entities.start && !entities.end && !entities.dateOnly ? new Date(entities.start) : undefined;
  return { start: day, end: addLocalDays(day, 1, timeZone), people, ...(at ? { at } : {}) };
}

/** "me", "us", "the team", "my manager": no one whose name an invitation shows. */
const NOT_A_NAME = /^(?:me|myself|i|us|we|(?:the|my|our)\s.*)$/i;

/** "What's on Friday?": one card with that stretch of the calendar, in the user's time zone. */
export class AgendaDialog extends Dialog<AgendaOptions> {
  constructor(private readonly services: AssistantServices) {
    super(AGENDA_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: AgendaOptions): Promise<DialogTurnResult> {
    const user = getTurnUser(dc.context);
    if (!user) throw new Error('AgendaDialog needs the turn user');
    const scope = agendaScope(options?.entities ?? {}, this.services.clock.now(), user.profile.timeZone);
    try {
      await dc.context.sendActivity(MessageFactory.attachment(cardAttachment('agenda', await agendaData(this.services, user, scope))));
    } catch (error) {
      this.services.logger.warn({ err: error }, 'agenda: calendar could not be read');
      await dc.context.sendActivity(graphTroubleMessage(error, 'read your calendar'));
    }
    return dc.endDialog();
  }
}
