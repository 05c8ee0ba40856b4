import type { Recognition } from '../src/nlu/types';

export type OfficeHoursAction = 'create' | 'show' | 'end' | 'change';
export type CalendarsAction = 'list' | 'create' | 'put';

/** A request the recogniser has no intent for (or reads as another), told by its wording. */
export type PhraseRoute =
  | { kind: 'findTime' }
  | { kind: 'officeHours'; action: OfficeHoursAction }
  | { kind: 'calendars'; action: CalendarsAction; name: string };

const OFFICE_HOURS = /\boffice[\s-]hours?\b/i;
const SHOW = /\b(show|list|see|view|what|when|which|do i have)\b/i;
const END = /\b(end|stop|cancel|delete|remove|drop|discontinue|finish|no more|no longer)\b/i;
const CHANGE = /\b(change|move|switch|reschedule|shift|update|make)\b/i;
const LIST_CALENDARS = /^\s*(?:please\s+)?(?:(?:list|show|see|view)(?:\s+me)?\s+(?:all\s+)?(?:of\s+)?(?:my|the)\s+calendars|(?:what|which)\s+calendars\s+(?:do\s+i\s+have|have\s+i\s+got)|(?:my\s+)?calendars)\s*[?.!]*\s*$/i;
const CREATE_CALENDAR = /^\s*(?:please\s+)?(?:create|make|add|set\s+up|start)\s+(?:me\s+)?(?:a\s+|an\s+|another\s+)?(?:new\s+)?calendar\s+(?:called|named|for)\s+["“']?(.+?)["”']?\s*[.!]*\s*$|^\s*new\s+calendar\s+["“']?(.+?)["”']?\s*[.!]*\s*$/i;
const PUT_IN = /^\s*(?:please\s+)?(?:put|move|file|place)\s+(?:it|that|this|that meeting|this meeting|the meeting|the event)\s+(?:(?:in|into)\s+(?:my\s+|the\s+)?["“']?(.+?)["”']?(?:\s+calendar)?|(?:to|on|onto)\s+(?:my\s+|the\s+)?["“']?(.+?)["”']?\s+calendar)\s*[.!]*\s*$/i;
/** "put it in the afternoon", "move it to Friday at 3": a time, not a calendar. */
const TIME_WORDS = /\b(morning|afternoon|evening|tonight|today|tomorrow|week|month|(mon|tues|wednes|thurs|fri|satur|sun)day|noon|midnight|am|pm|\d)\b/i;
const WHEN_CAN_MEET = /\bwhen\s+(?:can|could|are|is|would|will)\b.*\b(?:meet|free|available|get together)\b|\bfind\s+(?:a\s+|an\s+|some\s+)?(?:time|slot|(?:\d+|half an)\s*(?:min(?:ute)?s?|hours?)|hour)s?\b/i;

/**
 * Routes by wording where the recogniser has no intent (office hours, calendars) or
 * takes a find-time question for a new meeting ("when can Megan, Adele and I meet next
 * week?" reads as calendar.create). Checked before the intent; undefined leaves the
 * recogniser's answer in charge.
 */
export function phraseRoute(recognition: Recognition, text: string): PhraseRoute | undefined {
  if (OFFICE_HOURS.test(text)) {
    if (END.test(text)) return { kind: 'officeHours', action: 'end' };
    if (CHANGE.test(text) && !/\bevery\b/i.test(text)) return { kind: 'officeHours', action: 'change' };
    if (SHOW.test(text) || !recognition.entities.start) return { kind: 'officeHours', action: 'show' };
    return { kind: 'officeHours', action: 'create' };
  }
  if (LIST_CALENDARS.test(text)) return { kind: 'calendars', action: 'list', name: '' };
  const create = CREATE_CALENDAR.exec(text);
  if (create) return { kind: 'calendars', action: 'create', name: (create[1] ?? create[2]).trim() };
  const put = PUT_IN.exec(text);
  const name = put ? (put[1] ?? put[2]).trim() : '';
  if (put && !TIME_WORDS.test(name)) return { kind: 'calendars', action: 'put', name };
  if (recognition.intent === 'calendar.findTime' || WHEN_CAN_MEET.test(text)) return { kind: 'findTime' };
  return undefined;
}
