import type { Queryable } from './database';

export interface UserSettings {
  /** How long before a meeting its reminder is sent. */
  reminderLeadMinutes: number;
  /** IANA zone chosen by the user; null means "use the mailbox's zone". */
  timeZone: string | null;
  remindersEnabled: boolean;
  dailyDigestEnabled: boolean;
  /** Local wall-clock time of the daily digest, "HH:MM" (24-hour). */
  dailyDigestTime: string;
}

export interface StoredUserSettings extends UserSettings {
  tenantId: string;
  aadObjectId: string;
}

/** Must match the column defaults of the user_settings migration. */
export const DEFAULT_USER_SETTINGS: Readonly<UserSettings> = Object.freeze({
  reminderLeadMinutes: 60,
  timeZone: null,
  remindersEnabled: true,
  dailyDigestEnabled: false,
  dailyDigestTime: '08:00',
});

export const MAX_REMINDER_LEAD_MINUTES = 7 * 24 * 60;

interface UserSettingsRow {
  tenant_id: string;
  aad_object_id: string;
  reminder_lead_minutes: number;
  time_zone: string | null;
  reminders_enabled: boolean;
  daily_digest_enabled: boolean;
  daily_digest_time: string;
}

const COLUMNS: { readonly [K in keyof UserSettings]: keyof UserSettingsRow } = {
  reminderLeadMinutes: 'reminder_lead_minutes',
  timeZone: 'time_zone',
  remindersEnabled: 'reminders_enabled',
  dailyDigestEnabled: 'daily_digest_enabled',
  dailyDigestTime: 'daily_digest_time',
};

const SELECT_LIST = 'tenant_id, aad_object_id, reminder_lead_minutes, time_zone, reminders_enabled, daily_digest_enabled, daily_digest_time';

/** Per-user preferences. A user who never changed anything has no row and gets the defaults. */
export class UserSettingsStore {
  constructor(private readonly db: Queryable) {}

  async get(tenantId: string, aadObjectId: string): Promise<UserSettings> {
    const result = await this.db.query<UserSettingsRow>(`SELECT ${SELECT_LIST} FROM user_settings WHERE tenant_id = $1 AND aad_object_id = $2`, [
      tenantId,
      aadObjectId,
    ]);
    const row = result.rows[0];
    return row ? fromRow(row) : { ...DEFAULT_USER_SETTINGS };
  }

  /**
   * Changes only the fields present in `changes` (`timeZone: null` clears the override) in a
   * single upsert, so two concurrent updates of different fields both survive.
   */
  async update(tenantId: string, aadObjectId: string, changes: Partial<UserSettings>): Promise<UserSettings> {
    if (!tenantId || !aadObjectId) throw new RangeError('user settings need both a tenant id and an aadObjectId');
    validate(changes);
    const fields = (Object.keys(COLUMNS) as (keyof UserSettings)[]).filter((field) => changes[field] !== undefined);
    if (fields.length === 0) return this.get(tenantId, aadObjectId);
    const columns = fields.map((field) => COLUMNS[field]);
    const values = fields.map((field) => changes[field]);
    const placeholders = fields.map((_, index) => `$${index + 3}`);
    const result = await this.db.query<UserSettingsRow>(
      `INSERT INTO user_settings (tenant_id, aad_object_id, ${columns.join(', ')})
       VALUES ($1, $2, ${placeholders.join(', ')})
       ON CONFLICT (tenant_id, aad_object_id)
       DO UPDATE SET ${columns.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}, updated_at = now()
       RETURNING ${SELECT_LIST}`,
      [tenantId, aadObjectId, ...values],
    );
    return fromRow(result.rows[0]);
  }

  /** Every user who has changed at least one setting, for the reminder and digest schedulers. */
  async list(): Promise<StoredUserSettings[]> {
    const result = await this.db.query<UserSettingsRow>(`SELECT ${SELECT_LIST} FROM user_settings ORDER BY tenant_id, aad_object_id`);
    return result.rows.map((row) => ({ tenantId: row.tenant_id, aadObjectId: row.aad_object_id, ...fromRow(row) }));
  }
}

function fromRow(row: UserSettingsRow): UserSettings {
  return {
    reminderLeadMinutes: row.reminder_lead_minutes,
    timeZone: row.time_zone,
    remindersEnabled: row.reminders_enabled,
    dailyDigestEnabled: row.daily_digest_enabled,
    dailyDigestTime: row.daily_digest_time,
  };
}

function validate(changes: Partial<UserSettings>): void {
  const { reminderLeadMinutes, timeZone, dailyDigestTime } = changes;
  if (reminderLeadMinutes !== undefined && (!Number.isInteger(reminderLeadMinutes) || reminderLeadMinutes < 0 || reminderLeadMinutes > MAX_REMINDER_LEAD_MINUTES)) {
    throw new RangeError(`reminderLeadMinutes must be a whole number from 0 to ${MAX_REMINDER_LEAD_MINUTES}`);
  }
  if (timeZone !== undefined && timeZone !== null && !isIanaZone(timeZone)) {
    throw new RangeError(`unknown time zone "${timeZone}"`);
  }
  if (dailyDigestTime !== undefined && !/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(dailyDigestTime)) {
    throw new RangeError('dailyDigestTime must be HH:MM in 24-hour time');
  }
}

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
