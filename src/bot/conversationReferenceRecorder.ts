import { TurnContext, type Middleware } from 'botbuilder';
import type { Logger } from '../log';
import type { ConversationReferences } from '../store/conversationReferences';

/**
 * Bot middleware that stores the sender's conversation reference on every incoming activity.
 * Only one-to-one chats are recorded: proactive reminders must land in the personal chat, not in
 * a group chat or channel where the user happened to mention the bot.
 */
export class ConversationReferenceRecorder implements Middleware {
  constructor(
    private readonly references: ConversationReferences,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const aadObjectId = activity.from?.aadObjectId;
    const tenantId = activity.conversation?.tenantId ?? tenantFromChannelData(activity.channelData);
    const conversationType = activity.conversation?.conversationType;
    const personal = conversationType === undefined || conversationType === 'personal';
    if (aadObjectId && tenantId && personal) {
      try {
        await this.references.save(tenantId, aadObjectId, TurnContext.getConversationReference(activity));
      } catch (error) {
        // Losing one refresh of the reference must not cost the user their answer.
        this.logger.error({ err: error, activityId: activity.id }, 'could not store the conversation reference');
      }
    }
    await next();
  }
}

function tenantFromChannelData(channelData: unknown): string | undefined {
  if (typeof channelData !== 'object' || channelData === null) return undefined;
  const tenant = (channelData as { tenant?: { id?: unknown } }).tenant;
  return typeof tenant?.id === 'string' ? tenant.id : undefined;
}
