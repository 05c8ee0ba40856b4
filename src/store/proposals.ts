import { randomUUID } from 'node:crypto';
import type { Queryable } from './database';

/**
 * An operation shown on a card for the user to confirm (schedule this meeting, move that
 * one...). Its state makes Confirm safe to click twice, retry or replay after a restart:
 *
 *   proposed ──claim──▶ executing ──complete──▶ done
 *      │  ▲                 │
 *      │  └────release──────┘   (the operation failed; the user may try again)
 *      └──discard──▶ discarded
 *
 * Only one caller wins `claim`; a claim older than EXECUTION_LEASE_MS is considered
 * abandoned (the instance died mid-way) and may be taken again, which is safe because the
 * operation itself is idempotent (Graph transactionId = proposal id).
 */
export type ProposalState = 'proposed' | 'executing' | 'done' | 'discarded';

export interface Proposal<P = unknown, R = unknown> {
  id: string;
  tenantId: string;
  aadObjectId: string;
  kind: string;
  /** The conversation it was proposed in, when the proposal is one "it" can refer to there. */
  conversationId: string | null;
  state: ProposalState;
  payload: P;
  result: R | null;
  updatedAt: Date;
}

interface ProposalRow {
  id: string;
  tenant_id: string;
  aad_object_id: string;
  kind: string;
  conversation_id: string | null;
  state: ProposalState;
  payload: unknown;
  result: unknown;
  updated_at: Date;
}

export const EXECUTION_LEASE_MS = 60_000;

function fromRow<P, R>(row: ProposalRow): Proposal<P, R> {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    aadObjectId: row.aad_object_id,
    kind: row.kind,
    conversationId: row.conversation_id,
    state: row.state,
    payload: row.payload as P,
    result: row.result as R | null,
    updatedAt: row.updated_at,
  };
}

const COLUMNS = 'id, tenant_id, aad_object_id, kind, conversation_id, state, payload, result, updated_at';

export class Proposals {
  constructor(private readonly db: Queryable) {}

  /** `conversationId`: the conversation it is proposed in, for a proposal that `latestOpen` looks for later. */
  async create<P>(tenantId: string, aadObjectId: string, kind: string, payload: P, conversationId?: string): Promise<Proposal<P, never>> {
    const result = await this.db.query<ProposalRow>(
      `INSERT INTO proposals (id, tenant_id, aad_object_id, kind, state, payload, conversation_id)
       VALUES ($1, $2, $3, $4, 'proposed', $5::jsonb, $6) RETURNING ${COLUMNS}`,
      [randomUUID(), tenantId, aadObjectId, kind, JSON.stringify(payload), conversationId || null],
    );
    return fromRow<P, never>(result.rows[0]);
  }

  /** The proposal, only if it belongs to this user: a card forwarded to someone else does nothing. */
  async get<P, R>(id: string, tenantId: string, aadObjectId: string): Promise<Proposal<P, R> | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
    const result = await this.db.query<ProposalRow>(
      `SELECT ${COLUMNS} FROM proposals WHERE id = $1 AND tenant_id = $2 AND aad_object_id = $3`,
      [id, tenantId, aadObjectId],
    );
    return result.rows[0] ? fromRow<P, R>(result.rows[0]) : undefined;
  }

  /**
   * The user's most recent proposal of a kind still open (not carried out, not dropped) in this
   * conversation, changed within the last `maxAgeMs` (by the database's clock, the one updated_at
   * uses). One proposed in another chat, or with no conversation, is not it.
   */
  async latestOpen<P, R>(tenantId: string, aadObjectId: string, conversationId: string, kind: string, maxAgeMs: number): Promise<Proposal<P, R> | undefined> {
    const result = await this.db.query<ProposalRow>(
      `SELECT ${COLUMNS} FROM proposals WHERE tenant_id = $1 AND aad_object_id = $2 AND conversation_id = $3 AND kind = $4 AND state = 'proposed'
         AND updated_at >= now() - ($5::int * interval '1 millisecond')
       ORDER BY updated_at DESC LIMIT 1`,
      [tenantId, aadObjectId, conversationId, kind, maxAgeMs],
    );
    return result.rows[0] ? fromRow<P, R>(result.rows[0]) : undefined;
  }

  /** Replaces what is proposed; false when it is no longer open for changes. */
  async revise<P>(id: string, payload: P): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE proposals SET payload = $2::jsonb, updated_at = now() WHERE id = $1 AND state = 'proposed'`,
      [id, JSON.stringify(payload)],
    );
    return result.rowCount === 1;
  }

  /** Takes the proposal for execution; true for exactly one caller. */
  async claim(id: string): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE proposals SET state = 'executing', updated_at = now()
       WHERE id = $1 AND (state = 'proposed' OR (state = 'executing' AND updated_at < now() - ($2::int * interval '1 millisecond')))`,
      [id, EXECUTION_LEASE_MS],
    );
    return result.rowCount === 1;
  }

  async complete<R>(id: string, outcome: R): Promise<void> {
    await this.db.query(`UPDATE proposals SET state = 'done', result = $2::jsonb, updated_at = now() WHERE id = $1 AND state = 'executing'`, [
      id,
      JSON.stringify(outcome),
    ]);
  }

  /** Back to proposed after a failed attempt, so Confirm can be tried again. */
  async release(id: string): Promise<void> {
    await this.db.query(`UPDATE proposals SET state = 'proposed', updated_at = now() WHERE id = $1 AND state = 'executing'`, [id]);
  }

  /** True when it was still open; a proposal already carried out stays done. */
  async discard(id: string): Promise<boolean> {
    const result = await this.db.query(`UPDATE proposals SET state = 'discarded', updated_at = now() WHERE id = $1 AND state = 'proposed'`, [id]);
    return result.rowCount === 1;
  }
}
