import { guardInput, hasLetterOrDigit } from './inputGuard';
import { PIPELINE } from './pipeline';
import { newState, RecognitionState } from './recognition';
import { courtesyOf } from './courtesy';
import { Recognition, RecognizerContext } from './types';
import { isValidZone } from '../time/zonedTime';

/**
 * One message plus the user's context in, intent and resolved entities out.
 * Synchronous and pure; whatever goes wrong inside a part is contained, so it never
 * throws: a failing part leaves its entities out and is named in the trace.
 */
export function recognize(text: string, context: RecognizerContext): Recognition {
  const guarded = guardInput(text);
  const ctx: RecognizerContext = {
    ...context,
    now: context.now instanceof Date && !Number.isNaN(context.now.getTime()) ? context.now : new Date(),
    timeZone: typeof context.timeZone === 'string' && isValidZone(context.timeZone) ? context.timeZone : 'UTC',
  };
  const state: RecognitionState = newState(guarded.text, guarded.truncated, ctx);
  // Made only when a part fails, which is almost never.
  let failed: string[] | undefined;
  for (const step of PIPELINE) {
    try {
      step.run(state);
    } catch {
      (failed ??= []).push(step.name);
    }
  }
  // Nothing to read (empty, blanks, symbols): nothing was asked.
  const blank = !hasLetterOrDigit(guarded.text);
  const intent = blank ? { intent: 'none' as const, confidence: 1, fired: ['input.blank'] } : (state.intent ?? { intent: 'none' as const, confidence: 0.5, fired: [] });
  // Spans were cut from the guarded text; where the guard blanked nothing that is the user's text already.
  if (guarded.original !== guarded.text) for (const s of state.spans) s.text = guarded.original.slice(s.start, s.end);
  // The state's own trace becomes the result's (nothing reads the state afterwards); the
  // intent goes last, as in a copy with it added.
  const trace = state.trace;
  const fired = (failed === undefined ? intent.fired : [...intent.fired, ...failed.map((f) => `failed:${f}`)]).join(',');
  trace.intent = fired || 'intent.noRule';
  const recognition: Recognition = {
    intent: intent.intent,
    confidence: intent.confidence,
    entities: blank ? {} : state.entities,
    spans: state.spans,
    truncated: guarded.truncated,
    trace,
  };
  // "Delete the email from Adele": refused, as a change to mail the assistant does not make.
  if (intent.intent === 'none' && intent.fired.includes('none.mailChange')) recognition.refusal = 'mail.change';
  // "Add an agenda to the design review": refused, as what goes in a meeting the assistant does not write.
  if (intent.intent === 'none' && intent.fired.includes('none.meetingContent')) recognition.refusal = 'meeting.content';
  // "Thanks!", "ok", "👍", "bye": nothing asked, but a courtesy to return rather than a "didn't catch that".
  if (intent.intent === 'none') {
    const courtesy = courtesyOf(guarded.text);
    if (courtesy !== undefined) recognition.courtesy = courtesy;
  }
  return recognition;
}
