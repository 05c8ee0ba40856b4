import {
  ConversationState,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  MessageFactory,
  TeamsActivityHandler,
  UserState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { cardAttachment } from '../../cards/cardTemplates';
import type { AssistantServices } from '../../dialogs/assistantServices';
import { welcomeCard } from '../../dialogs/capabilityCards';
import type { MainDialog } from '../../dialogs/mainDialog';
import { setTurnUser, type TurnUser } from '../../dialogs/turnUser';
import type { MailboxProfile } from '../graph/mailboxProfile';
import { answerCardAction } from './cardActions';
import { mailboxUserOf } from './mailboxUser';

/** The assistant's Teams bot: greets new users and hands every message to the main dialog. */
export class AssistantBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly mainDialog: MainDialog,
    private readonly services: AssistantServices,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient.id) continue;
        await context.sendActivity(MessageFactory.attachment(cardAttachment('capabilities', welcomeCard(await this.givenNameOf(context)))));
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      if (await this.prepareTurnUser(context)) {
        await this.mainDialog.run(context, this.dialogState);
      }
      await next();
    });
  }

  /** Action.Execute on a card: the handler's card replaces the clicked one. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const user = await this.turnUser(context);
    if (!user) {
      return { statusCode: 401, type: 'application/vnd.microsoft.error', value: { code: 'Unauthorized', message: 'No Entra ID identity on this activity.' } };
    }
    return answerCardAction(value, { user, services: this.services });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    // State is saved once per turn, after every handler ran, so a failed turn saves nothing half-done.
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /** The user's first name from their directory profile, or undefined when it cannot be had. */
  private async givenNameOf(context: TurnContext): Promise<string | undefined> {
    const user = mailboxUserOf(context.activity);
    if (user) {
      try {
        const profile = await this.services.profiles.get(this.services.graph.forUser(user));
        if (profile.givenName) return profile.givenName;
      } catch (error) {
        this.services.logger.warn({ err: error }, 'welcome: profile unavailable');
      }
    }
    return context.activity.from?.name?.split(' ')[0] || undefined;
  }

  private async prepareTurnUser(context: TurnContext): Promise<boolean> {
    const user = await this.turnUser(context);
    if (!user) {
      await context.sendActivity("I can only help people signed in to Microsoft Teams with a work account, and I couldn't tell who you are.");
      return false;
    }
    setTurnUser(context, user);
    return true;
  }

  /** The sender's mailbox and profile; undefined when the activity carries no Entra ID identity. */
  private async turnUser(context: TurnContext): Promise<TurnUser | undefined> {
    const user = mailboxUserOf(context.activity);
    if (!user) return undefined;
    const mailbox = this.services.graph.forUser(user);
    let profile: MailboxProfile;
    try {
      profile = await this.services.profiles.get(mailbox);
    } catch (error) {
      // Without the mailbox zone, read times as UTC; the capability itself will report the Graph trouble.
      this.services.logger.warn({ err: error }, 'mailbox profile unavailable; using UTC for this turn');
      profile = { timeZone: 'Etc/UTC', mailboxTimeZone: 'UTC', workingHours: undefined, displayName: context.activity.from?.name ?? '', givenName: undefined, mail: undefined };
    }
    return { mailbox, profile, locale: context.activity.locale || 'en-US', conversationId: context.activity.conversation?.id ?? '' };
  }
}
