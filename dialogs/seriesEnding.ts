import type * as Graph from '@microsoft/microsoft-graph-types';
import { deleteEvent, getEvent, listInstances, updateEvent } from '../src/graph/calendar';
import type { MailboxGraph } from '../src/graph/graphClientFactory';
import { toIanaZone } from '../src/time/windowsZones';
import { localDateText, toLocal } from '../src/time/zonedTime';

/** How a series ends: cut after its last held occurrence, or deleted when none was held. */
export interface SeriesEnding {
  mode: 'endDate' | 'delete' | 'gone';
  /** YYYY-MM-DD of the last occurrence that was held (mode endDate). */
  lastDate?: string;
}

/**
 * What ending the series means now. Occurrences already held stay on the calendar as a
 * record (deleting a series deletes its past occurrences too), so the recurrence is cut
 * to end on the day of the last one; a series none of whose occurrences has started yet
 * has no record to keep and is deleted, which also cancels it cleanly for anyone invited.
 */
export async function planSeriesEnding(mailbox: MailboxGraph, seriesId: string, now: Date, fallbackZone: string): Promise<SeriesEnding & { master?: Graph.Event }> {
  const master = await getEvent(mailbox, seriesId, 'UTC');
  const range = master?.recurrence?.range;
  if (!master || !range?.startDate) return { mode: 'gone' };
  // From before the first day's midnight in any zone.
  const from = new Date(Date.parse(`${range.startDate}T00:00:00Z`) - 14 * 3600000);
  if (from.getTime() >= now.getTime()) return { mode: 'delete', master };
  const instant = (e: Graph.Event): Date => new Date(`${(e.start?.dateTime ?? '').slice(0, 19)}Z`);
  const past = (await listInstances(mailbox, seriesId, from, now, 'UTC')).filter((i) => instant(i).getTime() < now.getTime());
  if (past.length === 0) return { mode: 'delete', master };
  // The end date is a day in the recurrence's own zone.
  const zone = (range.recurrenceTimeZone && toIanaZone(range.recurrenceTimeZone)) || fallbackZone;
  const l = toLocal(instant(past[past.length - 1]), zone);
  return { mode: 'endDate', lastDate: localDateText(l), master };
}

/** Ends the series as planned now; safe to repeat (a series already ended or gone stays so). */
export async function endSeries(mailbox: MailboxGraph, seriesId: string, now: Date, fallbackZone: string): Promise<SeriesEnding> {
  const plan = await planSeriesEnding(mailbox, seriesId, now, fallbackZone);
  if (plan.mode === 'delete') await deleteEvent(mailbox, seriesId);
  if (plan.mode === 'endDate' && plan.master && plan.lastDate) await cutSeries(mailbox, plan.master, plan.lastDate);
  return { mode: plan.mode, lastDate: plan.lastDate };
}

/**
 * Cuts the series so that `lastDate` (YYYY-MM-DD) is its last day; nothing when it already
 * ends by then, so a repeated cut changes nothing. Exchange updates the attendees' copies.
 */
export async function cutSeries(mailbox: MailboxGraph, master: Graph.Event, lastDate: string): Promise<void> {
  const range = master.recurrence?.range;
  if (!master.id || !master.recurrence?.pattern || !range) return;
  if (range.type === 'endDate' && range.endDate && range.endDate <= lastDate) return;
  await updateEvent(mailbox, master.id, {
    recurrence: { pattern: master.recurrence.pattern, range: { ...range, type: 'endDate', endDate: lastDate, numberOfOccurrences: undefined } },
  });
}
