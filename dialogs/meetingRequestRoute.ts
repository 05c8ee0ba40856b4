import type { Recognition } from '../src/nlu/types';
import { attendeeRequestOf } from './attendeeRequest';
import { significantWords } from './eventReference';
import type { MeetingChangeOptions } from './meetingChangeDialog';

const NEXT_MEETING_QUESTION = /^\s*(what'?s\s+|what\s+is\s+|when'?s\s+|when\s+is\s+|show\s+(me\s+)?)?(my\s+)?next\s+(meeting|event|appointment|call)\s*[?.!]*\s*$/i;
const WHEN_IS = /^\s*(when|what\s+time)\b/i;
/** "when is my focus time?": the recogniser finds no subject in some of these, so the name is read here. */
const WHEN_IS_NAMED = /^\s*(?:when|what\s+time)(?:'s|\s+is|\s+was)\s+(?:my\s+|the\s+|our\s+)?(.+?)\s*[?.!]*\s*$/i;
/** "move it", "reschedule that meeting": the recogniser reads these bare forms as nothing. */
const BARE_MOVE = /^\s*(move|reschedule)\s+(it|that(\s+(meeting|one))?|the\s+last\s+one)\s*[.!]*\s*$/i;

/**
 * Which requests are about one existing meeting: moving, cancelling or answering it, who is invited, and
 * the questions answered with its details ("when is the budget review?", "next meeting").
 */
export function meetingRequestOf(recognition: Recognition, text: string): MeetingChangeOptions | undefined {
  const { entities } = recognition;
  if (NEXT_MEETING_QUESTION.test(text)) return { request: 'details', entities: { target: { kind: 'next' } }, text };
  const attendees = attendeeRequestOf(recognition, text);
  if (attendees) return { request: 'attendees', entities: attendees.entities, text, attendees: attendees.edit };
  switch (recognition.intent) {
    case 'calendar.update':
      return { request: 'move', entities, text };
    case 'calendar.cancel':
      return { request: 'cancel', entities, text };
    case 'calendar.respond':
      return { request: 'respond', entities, text };
    case 'calendar.query':
      if (WHEN_IS.test(text) && (entities.subject || entities.target)) return { request: 'details', entities, text };
      return namedInQuestion(text, entities.start);
    case 'none':
      return BARE_MOVE.test(text) ? { request: 'move', entities: { target: { kind: 'anaphora' } }, text } : namedInQuestion(text, entities.start);
    default:
      return undefined;
  }
}

/** "when is my focus time?" with no time in it: a question about the meeting of that name. */
function namedInQuestion(text: string, start: string | undefined): MeetingChangeOptions | undefined {
  const name = WHEN_IS_NAMED.exec(text)?.[1];
  if (!name || start || significantWords(name).length === 0) return undefined;
  return { request: 'details', entities: { target: { kind: 'subject', text: name } }, text };
}
