import { CardFactory, MessageFactory } from 'botbuilder';
import { WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { expandCard } from '../cards/cardTemplates';
import { getEvent, listCalendars, type CalendarSummary } from '../src/graph/calendar';
import type { AssistantServices } from './assistantServices';
import { CALENDAR_CHANGE, type CalendarChange } from './calendarChange';
import { changeCard } from './calendarChangeActions';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { CALENDARS_DIALOG } from './dialogIds';
import { CREATE_EVENT, type EventDraft } from './eventDraft';
import { proposalCard } from './eventCardActions';
import { conversationKey, lookUpEvent } from './eventReference';
import { listText } from './listText';
import { graphTroubleMessage } from './graphTrouble';
import type { EventReference } from '../src/nlu/types';
import type { CalendarsAction } from './requestRoute';
import { timeRangeText } from './timeText';
import { getTurnUser, type TurnUser } from './turnUser';

const WATERFALL = `${CALENDARS_DIALOG}.waterfall`;
/** A new-meeting proposal of this conversation still open this long ago is what "it" means in "put it in Projects". */
const OPEN_PROPOSAL_MS = 60 * 60 * 1000;
const MAX_NAME = 255;

export interface CalendarsOptions {
  action: CalendarsAction;
  /** The calendar named, for create and put. */
  name: string;
  /** For put: the meeting named ("put the design review in my Projects calendar") and the day said with it; "it" when absent. */
  target?: EventReference;
  targetDay?: { start: string; end: string };
}

/**
 * "list my calendars", "create a calendar called Projects", and "put it in Projects" for
 * the meeting just proposed (before it is created) or the event last talked about, or
 * "put the design review in my Projects calendar" for a meeting named.
 */
export class CalendarsDialog extends CancelAndHelpDialog {
  constructor(private readonly services: AssistantServices) {
    super(CALENDARS_DIALOG);
    this.addDialog(new WaterfallDialog(WATERFALL, [this.actStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  protected override helpText(_innerDc: DialogContext): string {
    return 'Say "list my calendars", "create a calendar called Projects" or, after setting up a meeting, "put it in Projects".';
  }

  protected override cancelledText(): string {
    return "OK, I've left your calendars as they are.";
  }

  private user(step: WaterfallStepContext): TurnUser {
    const user = getTurnUser(step.context);
    if (!user) throw new Error('CalendarsDialog needs the turn user');
    return user;
  }

  private async actStep(step: WaterfallStepContext<CalendarsOptions>): Promise<DialogTurnResult> {
    const user = this.user(step);
    try {
      const calendars = await listCalendars(user.mailbox);
      const { action } = step.options;
      const name = step.options.name.replace(/\s+calendar$/i, '').trim();
      const answer =
        action === 'list' ? this.list(calendars, user) : action === 'create' ? await this.create(calendars, name, user) : await this.put(calendars, name, user, step.options);
      await step.context.sendActivity(typeof answer === 'string' ? answer : MessageFactory.attachment(CardFactory.adaptiveCard(answer)));
    } catch (error) {
      this.services.logger.warn({ err: error }, 'calendars request failed');
      await step.context.sendActivity(graphTroubleMessage(error, 'look at your calendars'));
    }
    return step.endDialog();
  }

  private list(calendars: CalendarSummary[], user: TurnUser): Record<string, unknown> {
    return expandCard('calendarList', {
      heading: calendars.length === 1 ? 'You have one calendar' : `Your ${calendars.length} calendars`,
      calendars: calendars.map((c) => ({
        name: c.name,
        marker: c.isDefault ? 'Default' : ' ',
        owner: c.ownerAddress && c.ownerAddress !== user.profile.mail ? `Shared by ${c.ownerName || c.ownerAddress}` : c.ownerName || 'You',
      })),
    });
  }

  private async create(calendars: CalendarSummary[], name: string, user: TurnUser): Promise<Record<string, unknown> | string> {
    if (!name) return 'What should the new calendar be called? Say "create a calendar called Projects".';
    if (name.length > MAX_NAME) return `That name is too long for a calendar: keep it under ${MAX_NAME} characters.`;
    const same = calendars.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (same) return `You already have a calendar called "${same.name}".`;
    const change: CalendarChange = { operation: 'createCalendar', name };
    const proposal = await this.services.proposals.create(user.mailbox.user.tenantId, user.mailbox.user.aadObjectId, CALENDAR_CHANGE, change);
    return changeCard({ ...proposal, result: null });
  }

  private async put(calendars: CalendarSummary[], name: string, user: TurnUser, said: CalendarsOptions): Promise<Record<string, unknown> | string> {
    const target = calendars.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!target) {
      return `You have no calendar called "${name}". Your calendars are ${calendars.map((c) => c.name).join(', ')}. To make one, say "create a calendar called ${name}".`;
    }
    const owner = [user.mailbox.user.tenantId, user.mailbox.user.aadObjectId] as const;
    const services = { user, data: {}, services: this.services };
    let eventId: string | undefined;
    if (said.target && said.target.kind !== 'anaphora') {
      // "put the design review in my Projects calendar": that meeting, found as a change finds it.
      const within = said.targetDay ? { start: new Date(said.targetDay.start), end: new Date(said.targetDay.end) } : undefined;
      const found = await lookUpEvent(this.services, user, said.target, within);
      if (found.kind === 'none') return found.searched;
      if (found.kind === 'ambiguous') return `More than one meeting fits: ${listText(found.candidates.map((c) => c.label))}. Say which, with its day or time.`;
      eventId = found.eventId;
    } else {
      // A meeting proposed but not yet created is what the user is looking at: file it before it exists.
      const open = await this.services.proposals.latestOpen<EventDraft, never>(...owner, user.conversationId, CREATE_EVENT, OPEN_PROPOSAL_MS);
      if (open) {
        const revised: EventDraft = { ...open.payload, calendarId: target.isDefault ? undefined : target.id, calendarName: target.isDefault ? undefined : target.name };
        if (await this.services.proposals.revise(open.id, revised)) return proposalCard(services, { ...open, payload: revised, result: null });
      }
      eventId = await this.services.lastEvents.recall(conversationKey(user));
    }
    if (!eventId) return `Which meeting should go in ${target.name}? Set one up, or ask about one first, then say "put it in ${target.name}".`;
    const event = await getEvent(user.mailbox, eventId, 'UTC');
    if (!event) return "The meeting we last talked about is no longer in your calendar.";
    if (event.type === 'occurrence' || event.type === 'exception') return `That is one meeting of a series: I can only move a whole series to ${target.name}.`;
    if (event.isOrganizer === false) return `That meeting was set up by ${event.organizer?.emailAddress?.name ?? 'someone else'}, so its place is in your main calendar with their invitation.`;
    const start = new Date(`${(event.start?.dateTime ?? '').slice(0, 19)}Z`);
    const end = new Date(`${(event.end?.dateTime ?? '').slice(0, 19)}Z`);
    const change: CalendarChange = {
      operation: 'moveToCalendar',
      eventId,
      subject: event.subject ?? '(no subject)',
      when: timeRangeText(start, end, user.profile.timeZone, user.locale, event.isAllDay === true),
      calendarId: target.id,
      calendarName: target.name,
      attendees: event.attendees?.length ?? 0,
    };
    const proposal = await this.services.proposals.create(...owner, CALENDAR_CHANGE, change);
    return changeCard({ ...proposal, result: null });
  }
}
