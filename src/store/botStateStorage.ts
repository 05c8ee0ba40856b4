import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Database, Queryable } from './database';

interface BotStateRow {
  key: string;
  document: string;
  etag: string;
}

/**
 * Bot Framework state (conversation, user and dialog state) in the database, so any instance
 * behind the load balancer can continue a dialog. eTags behave as in botbuilder's MemoryStorage:
 * a write whose eTag is missing or '*' overwrites, a write whose eTag matches the stored one
 * replaces it, a write with any other eTag to an existing item throws, and every successful write
 * gives the item a new eTag. Unlike MemoryStorage, a batch is all-or-nothing: one conflicting key
 * leaves every key of that write untouched.
 */
export class DatabaseStorage implements Storage {
  constructor(private readonly db: Database) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const result = await this.db.query<BotStateRow>('SELECT key, document, etag FROM bot_state WHERE key = ANY($1::text[])', [keys]);
    for (const row of result.rows) {
      const item = JSON.parse(row.document) as StoreItem;
      item.eTag = row.etag;
      items[row.key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const key of keys) {
        await writeOne(tx, key, changes[key] as StoreItem);
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys || keys.length === 0) return;
    await this.db.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
  }
}

async function writeOne(tx: Queryable, key: string, item: StoreItem): Promise<void> {
  const { eTag: expected, ...content } = item;
  const document = JSON.stringify(content);
  const next = randomUUID();
  if (!expected || expected === '*') {
    await tx.query(
      `INSERT INTO bot_state (key, document, etag) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET document = EXCLUDED.document, etag = EXCLUDED.etag, updated_at = now()`,
      [key, document, next],
    );
    return;
  }
  // The conditional UPDATE is what makes concurrent writers safe on PostgreSQL: the loser waits
  // for the winner's row lock, re-checks the eTag, and finds it changed.
  const updated = await tx.query('UPDATE bot_state SET document = $2, etag = $3, updated_at = now() WHERE key = $1 AND etag = $4', [
    key,
    document,
    next,
    expected,
  ]);
  if (updated.rowCount === 1) return;
  // MemoryStorage accepts an eTag for an item that does not exist (yet); so do we, unless someone
  // else creates it first.
  const inserted = await tx.query('INSERT INTO bot_state (key, document, etag) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING', [
    key,
    document,
    next,
  ]);
  if (inserted.rowCount === 1) return;
  throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
}
