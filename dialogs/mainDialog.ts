import { MessageFactory } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
  type DialogTurnResult,
} from 'botbuilder-dialogs';
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/cardTemplates';
import { AgendaDialog, type AgendaOptions } from './agendaDialog';
import { CreateEventDialog, type CreateEventOptions } from './createEventDialog';
import { MeetingChangeDialog } from './meetingChangeDialog';
import { MEETING_CHANGE_DIALOG } from './dialogIds';
import { FindTimeDialog, type FindTimeOptions } from './findTimeDialog';
import { OfficeHoursDialog, type OfficeHoursOptions } from './officeHoursDialog';
import { CalendarsDialog, type CalendarsOptions } from './calendarsDialog';
import { routeOf } from './requestRoute';
import { setsQuestionAside } from './pendingQuestion';
import type { AssistantServices } from './assistantServices';
import { helpCard, notUnderstoodCard } from './capabilityCards';
import { AGENDA_DIALOG, CREATE_EVENT_DIALOG, MAIN_DIALOG, MAIN_WATERFALL } from './dialogIds';
import { CALENDARS_DIALOG, FIND_TIME_DIALOG, OFFICE_HOURS_DIALOG } from './dialogIds';
import type { Courtesy, Recognition } from '../src/nlu/types';
import { getTurnUser, recognizerContext } from './turnUser';

/** Reads each message and hands it to the capability dialog for its intent. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly services: AssistantServices) {
    super(MAIN_DIALOG);
    this.addDialog(new AgendaDialog(services));
    this.addDialog(new CreateEventDialog(services));
    this.addDialog(new MeetingChangeDialog(services));
    this.addDialog(new FindTimeDialog(services));
    this.addDialog(new OfficeHoursDialog(services));
    this.addDialog(new CalendarsDialog(services));
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.routeStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /**
   * Continues an open dialog, or starts this one for a new request. A new request while a
   * question is pending ("what's on Monday?" while the bot asks "just this one or the whole
   * series?") is taken as that, not as a failed answer: the open dialog is left, and the user
   * is told. What the pending question can take decides which it is (see setsQuestionAside).
   */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const recognition = this.recognise(context);
    if (dc.activeDialog && setsQuestionAside(dc, messageText(context), recognition, (text) => this.recogniseText(context, text))) {
      await dc.cancelAllDialogs();
      await context.sendActivity("I've set aside what we were doing to look at this instead.");
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /** Recognises the turn's message once; the route step and the check above share it. */
  private recognise(context: TurnContext): Recognition {
    const cached = context.turnState.get(RECOGNITION) as Recognition | undefined;
    if (cached) return cached;
    const recognition = this.recogniseText(context, messageText(context));
    this.services.logger.debug({ intent: recognition.intent, confidence: recognition.confidence, trace: recognition.trace }, 'recognised');
    context.turnState.set(RECOGNITION, recognition);
    return recognition;
  }

  private recogniseText(context: TurnContext, text: string): Recognition {
    const user = getTurnUser(context);
    if (!user) throw new Error('MainDialog needs the turn user');
    return this.services.recognize(text, recognizerContext(user, this.services.clock.now()));
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const recognition = this.recognise(step.context);
    const route = routeOf(recognition);
    switch (route?.kind) {
      case 'meeting':
        return step.beginDialog(MEETING_CHANGE_DIALOG, route.options);
      case 'findTime':
        return step.beginDialog(FIND_TIME_DIALOG, { entities: recognition.entities } satisfies FindTimeOptions);
      case 'officeHours':
        return step.beginDialog(OFFICE_HOURS_DIALOG, { action: route.action, entities: recognition.entities } satisfies OfficeHoursOptions);
      case 'calendars':
        return step.beginDialog(CALENDARS_DIALOG, {
          action: route.action,
          name: route.name,
          target: recognition.entities.target,
          targetDay: recognition.entities.targetDay,
        } satisfies CalendarsOptions);
      case 'createEvent':
        return step.beginDialog(CREATE_EVENT_DIALOG, { entities: recognition.entities } satisfies CreateEventOptions);
      case 'agenda':
        return step.beginDialog(AGENDA_DIALOG, { entities: recognition.entities } satisfies AgendaOptions);
      default:
        break;
    }
    switch (recognition.intent) {
      case 'help':
        await step.context.sendActivity(MessageFactory.attachment(cardAttachment('capabilities', helpCard())));
        return step.endDialog();
      case 'none':
        // "Thanks!", "ok", "bye": a word back, not the list of what the assistant does.
        if (recognition.courtesy) await step.context.sendActivity(COURTESY_REPLIES[recognition.courtesy]);
        else await step.context.sendActivity(MessageFactory.attachment(cardAttachment('capabilities', notUnderstoodCard(recognition.refusal))));
        return step.endDialog();
      default:
        await step.context.sendActivity(
          `I understood that as "${describeIntent(recognition.intent)}", which I can't do yet. I look after your calendar: say "help" to see what I can do.`,
        );
        return step.endDialog();
    }
  }
}

const RECOGNITION = Symbol('recognition');

/** What a courtesy gets back. */
const COURTESY_REPLIES: Readonly<Record<Courtesy, string>> = {
  thanks: "You're welcome!",
  ok: '👍',
  bye: "Bye for now. I'm here whenever you need your calendar.",
};

/** The message as recognised: span offsets in the recognition are offsets into this text. */
function messageText(context: TurnContext): string {
  return (context.activity.text ?? '').trim();
}

function describeIntent(intent: string): string {
  const names: Record<string, string> = {
    'calendar.create': 'schedule a meeting',
    'calendar.update': 'move a meeting',
    'calendar.cancel': 'cancel a meeting',
    'calendar.respond': 'answer an invitation',
    'calendar.findTime': 'find a time to meet',
    'mail.send': 'send an email',
    'mail.reply': 'reply to an email',
    'mail.forward': 'forward an email',
    'mail.query': 'look at your mail',
    'contact.query': 'look up a contact',
    'contact.add': 'add a contact',
    settings: 'change your settings',
    signin: 'sign in',
    signout: 'sign out',
  };
  return names[intent] ?? intent;
}
