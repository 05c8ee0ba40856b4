import type { Queryable } from './database';

/** Whose conversation: one user in one chat. */
export interface ConversationKey {
  tenantId: string;
  aadObjectId: string;
  conversationId: string;
}

/**
 * The event last shown or acted on in a conversation: what "it", "that meeting" and
 * "the last one" mean there. Kept in the database so it survives restarts and is the
 * same on every instance.
 */
export class LastEvents {
  constructor(private readonly db: Queryable) {}

  async remember(key: ConversationKey, eventId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO last_events (tenant_id, aad_object_id, conversation_id, event_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, aad_object_id, conversation_id) DO UPDATE SET event_id = EXCLUDED.event_id, updated_at = now()`,
      [key.tenantId, key.aadObjectId, key.conversationId, eventId],
    );
  }

  async recall(key: ConversationKey): Promise<string | undefined> {
    const result = await this.db.query<{ event_id: string }>(
      'SELECT event_id FROM last_events WHERE tenant_id = $1 AND aad_object_id = $2 AND conversation_id = $3',
      [key.tenantId, key.aadObjectId, key.conversationId],
    );
    return result.rows[0]?.event_id;
  }
}
