import type { ConversationReference } from 'botbuilder';
import type { Queryable } from './database';

export interface StoredConversationReference {
  tenantId: string;
  aadObjectId: string;
  reference: Partial<ConversationReference>;
  updatedAt: Date;
}

interface ConversationReferenceRow {
  tenant_id: string;
  aad_object_id: string;
  reference: Partial<ConversationReference>;
  updated_at: Date;
}

/**
 * The latest conversation reference of each user, keyed by (tenant id, Entra object id), so the
 * bot can message a user proactively (reminders, digests) from any instance.
 */
export class ConversationReferences {
  constructor(private readonly db: Queryable) {}

  async save(tenantId: string, aadObjectId: string, reference: Partial<ConversationReference>): Promise<void> {
    requireKey(tenantId, aadObjectId);
    await this.db.query(
      `INSERT INTO conversation_references (tenant_id, aad_object_id, reference)
       VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (tenant_id, aad_object_id)
       DO UPDATE SET reference = EXCLUDED.reference, updated_at = now()`,
      [tenantId, aadObjectId, JSON.stringify(reference)],
    );
  }

  async get(tenantId: string, aadObjectId: string): Promise<Partial<ConversationReference> | undefined> {
    const result = await this.db.query<Pick<ConversationReferenceRow, 'reference'>>(
      'SELECT reference FROM conversation_references WHERE tenant_id = $1 AND aad_object_id = $2',
      [tenantId, aadObjectId],
    );
    return result.rows[0]?.reference;
  }

  async list(): Promise<StoredConversationReference[]> {
    const result = await this.db.query<ConversationReferenceRow>(
      'SELECT tenant_id, aad_object_id, reference, updated_at FROM conversation_references ORDER BY tenant_id, aad_object_id',
    );
    return result.rows.map((row) => ({
      tenantId: row.tenant_id,
      aadObjectId: row.aad_object_id,
      reference: row.reference,
      updatedAt: row.updated_at,
    }));
  }
}

function requireKey(tenantId: string, aadObjectId: string): void {
  if (!tenantId || !aadObjectId) {
    throw new RangeError('a conversation reference needs both a tenant id and an aadObjectId');
  }
}
