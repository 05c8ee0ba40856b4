import type { Entities, EventReference, Recognition } from '../src/nlu/types';
import { isEmailAddress } from '../src/graph/directory';
import { significantWords } from './eventReference';

/** Who a message adds to or takes off a meeting, as written ("Adele", "lynner@example.com"). */
export interface AttendeeEdit {
  add: string[];
  remove: string[];
}

const ADD = /^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:add|invite|include)\s+(.+?)\s+(?:to|on|into|in)\s+(.+?)\s*(?:,?\s*please)?\s*[.!?]*\s*$/i;
const REMOVE =
  /^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:remove|drop|uninvite|disinvite|take)\s+(.+?)\s+(?:from|off(?:\s+of)?|out\s+of)\s+(.+?)\s*(?:,?\s*please)?\s*[.!?]*\s*$/i;
/** "it", "that meeting": the one last talked about. */
const ANAPHORA = /^(?:it|that|this|that\s+one|the\s+last\s+one|the\s+same\s+(?:meeting|one)|(?:that|this|the)\s+(?:meeting|event|invitation|invite|call))$/i;
const NEXT = /^(?:my\s+|the\s+)?next\s+(?:meeting|event|appointment|call|one)$/i;
/** Things people are added to that are not meetings. */
const NOT_A_MEETING = /\b(calendars?|schedule|agenda|contacts?|lists?|team|group|channel|chat|thread|e-?mails?|mail|distribution|cc|bcc|address\s+book)\b/i;
/** "my 3pm", "the 10:30 meeting", "my 10am on Friday", "tomorrow's 10am": the meeting at that time. */
const AT_CLOCK =
  /^(?:my|the|our|[\p{L}]+['’]s)\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?|noon|midday)(?:\s+(?:meeting|call|one|appointment))?(?:\s+(?:today|tomorrow|(?:on\s+|this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day))?$/iu;
/** A meeting is named with a determiner ("the design review", "Friday's sync"); "to lunch tomorrow" is a new one. */
const NAMED = /^(?:the|my|our|this|that|[\p{L}\p{N}]+['’]s)\s+\S/iu;
/** Words that start a thing, not a person ("add a note to it", "add lunch to my calendar"). */
const NOT_A_NAME = /^(?:a|an|the|my|our|your|some|this|that|these|those|it|notes?|agenda|lunch|time|minutes?|hours?|room|location|link|teams|zoom|reminder|description|details)$/i;
const NAME_WORD = /^[\p{L}][\p{L}'’.-]*$/u;

/** "Adele, Isaiah and lynner@example.com": each name or address, or undefined if a part is not one. */
function peopleIn(text: string): string[] | undefined {
  const parts = text
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  for (const part of parts) {
    if (isEmailAddress(part)) continue;
    const words = part.split(/\s+/);
    if (words.length > 3 || NOT_A_NAME.test(words[0]) || !words.every((w) => NAME_WORD.test(w))) return undefined;
  }
  return parts;
}

/** Which meeting "to it", "to the design review" or "to my 3pm" points at. */
function referenceIn(text: string, entities: Entities): EventReference | undefined {
  const said = text.trim();
  if (ANAPHORA.test(said)) return { kind: 'anaphora' };
  if (NEXT.test(said)) return { kind: 'next' };
  if (AT_CLOCK.test(said)) return entities.start && !entities.dateOnly ? { kind: 'time', start: entities.start } : undefined;
  if (!NAMED.test(said)) return undefined;
  const name = said.replace(/^(?:the|my|our)\s+/i, '');
  return significantWords(name).length > 0 ? { kind: 'subject', text: name } : undefined;
}

/**
 * "add Adele to it", "invite Isaiah to the design review", "remove Patti from the design
 * review", "add lynner@example.com to my 3pm": the recogniser has no intent for these (it
 * reads them as a new meeting, a cancellation or a new contact), so the wording decides.
 * Undefined when the message is not a change to who is invited.
 */
export function attendeeRequestOf(recognition: Recognition, text: string): { edit: AttendeeEdit; entities: Entities } | undefined {
  const adding = ADD.exec(text);
  const removing = adding ? null : REMOVE.exec(text);
  const match = adding ?? removing;
  if (!match) return undefined;
  const [, who, meeting] = match;
  if (NOT_A_MEETING.test(meeting)) return undefined;
  const people = peopleIn(who);
  const target = referenceIn(meeting, recognition.entities);
  if (!people || !target) return undefined;
  const { start, end, dateOnly } = recognition.entities;
  // A day said with a name ("tomorrow's planning") narrows the search to that day.
  const day: Entities = target.kind === 'subject' && start && end && dateOnly ? { start, end, dateOnly } : {};
  return { edit: adding ? { add: people, remove: [] } : { add: [], remove: people }, entities: { ...day, target } };
}
