import type { TurnContext } from 'botbuilder';
import type { MailboxGraph } from '../src/graph/graphClientFactory';
import type { MailboxProfile } from '../src/graph/mailboxProfile';
import type { Intent, RecognizerContext, WorkingHours } from '../src/nlu/types';

/** Who is talking in this turn, with their mailbox and its time settings: what every dialog needs. */
export interface TurnUser {
  mailbox: MailboxGraph;
  profile: MailboxProfile;
  locale: string;
  /** The chat this turn belongs to; what "it" means is kept per conversation. */
  conversationId: string;
}

const TURN_USER = Symbol('turnUser');

export function setTurnUser(context: TurnContext, user: TurnUser): void {
  context.turnState.set(TURN_USER, user);
}

export function getTurnUser(context: TurnContext): TurnUser | undefined {
  return context.turnState.get(TURN_USER) as TurnUser | undefined;
}

/** Graph's workingHours in the shape the recogniser reads. */
function recogniserWorkingHours(profile: MailboxProfile): WorkingHours | undefined {
  const wh = profile.workingHours;
  if (!wh?.startTime || !wh.endTime) return undefined;
  return {
    daysOfWeek: (wh.daysOfWeek ?? []).map(String),
    startTime: wh.startTime.slice(0, 5),
    endTime: wh.endTime.slice(0, 5),
  };
}

/**
 * What the recogniser needs to know of the user to read their message at `now`; `answering`:
 * the request a question was asked for, when the message answers it.
 */
export function recognizerContext(user: TurnUser, now: Date, answering?: Intent): RecognizerContext {
  const context: RecognizerContext = { now, timeZone: user.profile.timeZone, locale: user.locale, workingHours: recogniserWorkingHours(user.profile) };
  if (answering !== undefined) context.answering = answering;
  return context;
}
