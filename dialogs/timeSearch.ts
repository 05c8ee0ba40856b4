import type { Person } from '../src/graph/directory';

/** Proposal kind for a finished meeting-time search whose suggestions are on a card. */
export const FIND_TIME = 'time.find';

/**
 * What a suggestions card offers, kept in the database so a picked button is checked
 * against what was really suggested, and the new meeting gets the people and subject
 * the user asked for rather than whatever a card's data says.
 */
export interface TimeSearch {
  attendees: Person[];
  subject: string;
  durationMinutes: number;
  timeZone: string;
  mailboxTimeZone: string;
  locale: string;
  /** ISO instants of the suggested starts. */
  starts: string[];
}

/** What picking a suggestion left behind: the new-event proposal it became. */
export interface TimeSearchPick {
  proposalId: string;
}
