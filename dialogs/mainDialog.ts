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
import type { AssistantServices } from './assistantServices';
import { helpCard, notUnderstoodCard } from './capabilityCards';
import { AGENDA_DIALOG, MAIN_DIALOG, MAIN_WATERFALL } from './dialogIds';
import { getTurnUser, recogniserWorkingHours } from './turnUser';

/** Reads each message and hands it to the capability dialog for its intent. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly services: AssistantServices) {
    super(MAIN_DIALOG);
    this.addDialog(new AgendaDialog(services));
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.routeStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /** Continues an open dialog, or starts this one for a new request. */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const text = (step.context.activity.text ?? '').trim();
    const user = getTurnUser(step.context);
    if (!user) throw new Error('MainDialog needs the turn user');
    const recognition = this.services.recognize(text, {
      now: this.services.clock.now(),
      timeZone: user.profile.timeZone,
      locale: user.locale,
      workingHours: recogniserWorkingHours(user.profile),
    });
    this.services.logger.debug({ intent: recognition.intent, confidence: recognition.confidence, trace: recognition.trace }, 'recognised');
    switch (recognition.intent) {
      case 'calendar.query':
        return step.beginDialog(AGENDA_DIALOG, { entities: recognition.entities } satisfies AgendaOptions);
      case 'help':
        await step.context.sendActivity(MessageFactory.attachment(cardAttachment('capabilities', helpCard())));
        return step.endDialog();
      case 'none':
        await step.context.sendActivity(MessageFactory.attachment(cardAttachment('capabilities', notUnderstoodCard())));
        return step.endDialog();
      default:
        await step.context.sendActivity(
          `I understood that as "${describeIntent(recognition.intent)}", which I can't do yet. For now I can show your calendar: try "what's on my calendar today?".`,
        );
        return step.endDialog();
    }
  }
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
