import type { PoolClient } from 'pg';
import type { Logger } from '../log';

export interface Migration {
  /** Strictly increasing; never renumber or edit a migration once it has shipped. */
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'conversation_references',
    sql: `
      CREATE TABLE conversation_references (
        tenant_id text NOT NULL,
        aad_object_id text NOT NULL,
        reference jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, aad_object_id)
      );
    `,
  },
  {
    id: 2,
    name: 'bot_state',
    sql: `
      CREATE TABLE bot_state (
        key text PRIMARY KEY,
        -- Kept as JSON text rather than jsonb so items come back exactly as written.
        document text NOT NULL,
        etag text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    id: 3,
    name: 'user_settings',
    sql: `
      CREATE TABLE user_settings (
        tenant_id text NOT NULL,
        aad_object_id text NOT NULL,
        reminder_lead_minutes integer NOT NULL DEFAULT 60 CHECK (reminder_lead_minutes BETWEEN 0 AND 10080),
        time_zone text NULL,
        reminders_enabled boolean NOT NULL DEFAULT true,
        daily_digest_enabled boolean NOT NULL DEFAULT false,
        daily_digest_time text NOT NULL DEFAULT '08:00' CHECK (daily_digest_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, aad_object_id)
      );
    `,
  },
  {
    id: 4,
    name: 'proposals',
    sql: `
      CREATE TABLE proposals (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        aad_object_id text NOT NULL,
        kind text NOT NULL,
        state text NOT NULL CHECK (state IN ('proposed', 'executing', 'done', 'discarded')),
        payload jsonb NOT NULL,
        result jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX proposals_owner ON proposals (tenant_id, aad_object_id, created_at);
    `,
  },
  {
    id: 5,
    name: 'last_events',
    sql: `
      -- The event a conversation last showed or acted on, so "move it" knows what "it" is.
      CREATE TABLE last_events (
        tenant_id text NOT NULL,
        aad_object_id text NOT NULL,
        conversation_id text NOT NULL,
        event_id text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, aad_object_id, conversation_id)
      );
    `,
  },
  {
    id: 6,
    name: 'proposals_conversation',
    sql: `
      -- The conversation a proposal was made in, so "put it in Projects" means the meeting proposed
      -- in that chat, not one proposed in another. Older proposals have none and match no conversation.
      ALTER TABLE proposals ADD COLUMN conversation_id text NULL;
      CREATE INDEX proposals_open_in_conversation ON proposals (tenant_id, aad_object_id, conversation_id, kind, updated_at);
    `,
  },
];

/** Arbitrary constant shared by every instance so that concurrent start-ups migrate one at a time. */
const MIGRATION_LOCK_KEY = 748_201_355;

/**
 * Applies pending migrations on a single client. Everything, the advisory lock included, runs on
 * that one client because with PGlite the pool has a single connection: asking the pool for a
 * second one while holding this one would wait forever.
 */
export async function applyMigrations(client: PoolClient, logger: Logger, list: readonly Migration[] = migrations): Promise<number[]> {
  assertOrdered(list);
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        id integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    const applied = await client.query<{ id: number }>('SELECT id FROM schema_migrations');
    const done = new Set(applied.rows.map((row) => row.id));
    const newlyApplied: number[] = [];
    for (const migration of list) {
      if (done.has(migration.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${migration.id} (${migration.name}) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      newlyApplied.push(migration.id);
      logger.info({ migration: migration.id, name: migration.name }, 'applied database migration');
    }
    return newlyApplied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  }
}

function assertOrdered(list: readonly Migration[]): void {
  for (let i = 1; i < list.length; i += 1) {
    if (list[i].id <= list[i - 1].id) {
      throw new Error(`migrations must have strictly increasing ids (found ${list[i - 1].id} then ${list[i].id})`);
    }
  }
}
