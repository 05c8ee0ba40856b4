import { ChoiceFactory, ChoicePrompt, findChoices, type DialogContext, type PromptOptions } from 'botbuilder-dialogs';
import type { Recognition, Span } from '../src/nlu/types';
import { namesItself, routeOf } from './requestRoute';

/** The parts of a message that say when: what a question asking "when?" takes as its answer. */
const TIME_SPANS: ReadonlySet<Span['type']> = new Set(['when', 'recurrence', 'duration']);

/**
 * Whether a message typed while a dialog waits for an answer sets that question aside as a new
 * request. The length of the message says nothing about it ("what's on Monday?" is a request,
 * "The whole series" an answer); what the question can take does:
 *
 * - a choice question takes a message naming one of its choices in their words ("Just this one",
 *   "whole series"), whatever else it says; a number alone is left to the prompt, as it may be a
 *   time in a request ("what's on tomorrow at 1");
 * - a request that names its own meeting, office hours or calendars is new (`namesItself`);
 * - a change, cancellation or answer that names no meeting ("cancel", "move it to 4pm") is about
 *   the one being talked about, so it goes to the question;
 * - a day or time is what a question asks for as often as it is a request (on its own, "Friday" is
 *   "what's on Friday?"), so a request is new only when it stays the same request with its days
 *   and times taken out: "what's on Monday?" still asks what's on, "how about Monday at 10" asks
 *   nothing, and "tomorrow at 3" is an answer.
 *
 * Anything else (a name, an address, "skip", "banana") goes to the question, which takes it or
 * asks again.
 */
export function setsQuestionAside(dc: DialogContext, text: string, recognition: Recognition, reread: (text: string) => Recognition): boolean {
  if (namesPendingChoice(dc, text)) return false;
  if (namesItself(recognition)) return true;
  const { intent, entities } = recognition;
  const acting = intent === 'calendar.update' || intent === 'calendar.cancel' || intent === 'calendar.respond';
  if (acting && (!entities.target || entities.target.kind === 'anaphora')) return false;
  if (!isRequest(recognition)) return false;
  const times = recognition.spans.filter((s) => TIME_SPANS.has(s.type));
  return times.length === 0 || reread(withoutSpans(text, times)).intent === intent;
}

/** Something the assistant acts on by itself: a capability's request, or a confident one it will say it can't do yet. */
function isRequest(recognition: Recognition): boolean {
  const { intent, confidence } = recognition;
  return routeOf(recognition) !== undefined || (confidence >= 0.9 && intent !== 'none' && intent !== 'help');
}

/** True when the innermost waiting dialog is a choice prompt and the message names one of its choices. */
function namesPendingChoice(dc: DialogContext, text: string): boolean {
  let inner = dc;
  while (inner.child) inner = inner.child;
  const waiting = inner.activeDialog;
  if (!waiting || !(inner.findDialog(waiting.id) instanceof ChoicePrompt)) return false;
  const options = waiting.state?.options as PromptOptions | undefined;
  return findChoices(text, ChoiceFactory.toChoices(options?.choices ?? [])).length > 0;
}

/** The text with the spans blanked out; offsets stay those of the recognised text. */
function withoutSpans(text: string, spans: Span[]): string {
  let rest = text;
  for (const s of spans) rest = rest.slice(0, s.start) + ' '.repeat(s.end - s.start) + rest.slice(s.end);
  return rest.replace(/\s+/g, ' ').trim();
}
