import { ChoiceFactory, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { findPeople, type Person } from '../src/graph/directory';
import type { Logger } from '../src/log';
import { graphTroubleMessage } from './graphTrouble';
import type { TurnUser } from './turnUser';

const SELF = /^(me|myself|i|us)$/i;
const SKIP = /^\s*(skip|no one|nobody|leave (them|him|her) out|none)\s*\.?\s*$/i;

/**
 * The people a request names, looked up one by one in the directory; shared by every dialog
 * that takes names ("meet with Megan", "when can Megan and Adele meet") so they resolve,
 * ask and accept answers the same way. Lives in the dialog's own state.
 */
export interface PeopleState {
  /** Names still to look up, in the order they were said. */
  pending: string[];
  attendees: Person[];
  /** The name being asked about, with the directory's matches for it. */
  asking?: { name: string; matches: Person[] };
}

/** The names to look up: the user's own ("me", "I") are left out. */
export function namesToResolve(people: string[] | undefined): string[] {
  return (people ?? []).filter((p) => !SELF.test(p.trim()));
}

/** Prompt dialog ids the caller registered: a choice prompt and a text prompt. */
export interface PeoplePrompts {
  choice: string;
  text: string;
}

/**
 * Looks up the pending names; one match is taken, several or none become a question.
 * Returns the prompt's turn result when asking, the end of the dialog when the directory
 * could not be read (the user is told), or undefined when everyone is resolved.
 */
export async function askNextPerson(
  step: WaterfallStepContext,
  state: PeopleState,
  user: TurnUser,
  prompts: PeoplePrompts,
  logger: Logger,
  purpose: string,
): Promise<DialogTurnResult | undefined> {
  while (state.pending.length > 0) {
    const name = state.pending.shift()!;
    let matches: Person[];
    try {
      matches = (await findPeople(user.mailbox, name)).filter((p) => p.address !== user.profile.mail);
    } catch (error) {
      logger.warn({ err: error }, 'people lookup failed');
      await step.context.sendActivity(graphTroubleMessage(error, purpose));
      return step.endDialog();
    }
    if (matches.length === 1) {
      if (!state.attendees.some((a) => a.address === matches[0].address)) state.attendees.push(matches[0]);
      continue;
    }
    state.asking = { name, matches };
    if (matches.length > 1) {
      return step.prompt(prompts.choice, {
        prompt: `I found more than one "${name}". Which one do you mean?`,
        choices: ChoiceFactory.toChoices([...matches.map((m) => `${m.name} (${m.address})`), 'None of them']),
        style: 3,
      });
    }
    return step.prompt(prompts.text, `I couldn't find anyone called "${name}" in your organisation. What's their email address? (Or say "skip".)`);
  }
  return undefined;
}

/**
 * Takes the answer to the question `askNextPerson` asked (a choice, an address or "skip").
 * True when names are still pending, so the caller loops back to ask again.
 */
export async function takePersonAnswer(step: WaterfallStepContext, state: PeopleState, user: TurnUser): Promise<boolean> {
  const asking = state.asking;
  if (!asking) return false;
  state.asking = undefined;
  if (asking.matches.length > 0) {
    const choice = step.result as FoundChoice | undefined;
    const picked = choice && choice.index < asking.matches.length ? asking.matches[choice.index] : undefined;
    if (picked && !state.attendees.some((a) => a.address === picked.address)) state.attendees.push(picked);
  } else {
    const answer = String(step.result ?? '').trim();
    if (!SKIP.test(answer)) {
      const found = await findPeople(user.mailbox, answer).catch(() => []);
      const person = /@/.test(answer) ? found[0] : found.length === 1 ? found[0] : undefined;
      if (person) state.attendees.push(person);
      else {
        await step.context.sendActivity(`"${answer}" isn't an email address I can use. Let's try again.`);
        state.pending.unshift(asking.name);
      }
    }
  }
  return state.pending.length > 0;
}

/** What "help" says while a name is being asked about; undefined when none is. */
export function peopleHelpText(state: PeopleState | undefined, doing: string): string | undefined {
  if (!state?.asking) return undefined;
  return state.asking.matches.length > 0
    ? `I'm ${doing} and found more than one person called "${state.asking.name}". Pick one, or say "cancel" to stop.`
    : `I'm ${doing} and couldn't find "${state.asking.name}". Type their email address, "skip" to leave them out, or "cancel" to stop.`;
}
