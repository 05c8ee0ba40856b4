import { guardInput, hasLetterOrDigit } from './inputGuard';
import { PIPELINE } from './pipeline';
import { newState, RecognitionState } from './recognition';
import { Courtesy, Recognition, RecognizerContext } from './types';
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

/** How every courtesy below starts: most refused messages fail here at their first letters. */
const COURTESY_START = /^\s*(?:th|ty|ok|kk?\b|cool|great|perf|awe|nice|got|sound|all|no\b|np|sure|alr|fine|good|bye|see|cya|later|ttyl|night|much|appr|cheers|\p{Extended_Pictographic})/iu;
const THANKS = /^(?:thanks?|thank\s*(?:you|u)|thx|thnx|ty|tysm|cheers|much appreciated|appreciate it)(?:\s+(?:so much|a lot|very much|again|a bunch|heaps))?(?:\s+for\s+[\w\s]{1,25})?$/;
const OK = /^(?:ok(?:ay)?|k|kk|cool|great|perfect|awesome|nice|got it|sounds good|all good|no worries|np|sure|alright|fine|good|👍|👌|🙏|✅)$/u;
const BYE = /^(?:bye|bye bye|goodbye|good bye|see (?:you|ya)|cya|later|ttyl|good night|night)$/;

/** The courtesy a whole message is, read without its punctuation, "bot" or a name of it, and emoji after words. */
function courtesyOf(text: string): Courtesy | undefined {
  if (text.length > 40 || !COURTESY_START.test(text)) return undefined;
  const t = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[!.,?~]+/g, ' ')
    .replace(/\s+(?:bot|assistant)\s*$/, ' ')
    .replace(/(\p{L})\s*(?:\p{Extended_Pictographic}|\uFE0F)+\s*$/u, '$1')
    .trim();
  if (t === '') return undefined;
  // "ok thanks", "great, thank you": the thanks is what is answered.
  const words = t.replace(/^(?:ok(?:ay)?|great|perfect|awesome|cool|nice|got it)\s+(?=th|ty|cheers)/, '');
  if (THANKS.test(words)) return 'thanks';
  if (OK.test(t)) return 'ok';
  if (BYE.test(t) || /^(?:thanks?|thank you)\s+(?:and\s+)?(?:bye|goodbye)$/.test(t)) return 'bye';
  return undefined;
}
