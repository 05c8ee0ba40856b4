import type { CapabilitiesCardData } from '../cards/cardTemplates';
import type { Refusal } from '../src/nlu/types';

/**
 * What the assistant offers, in one list, so the welcome, help and "didn't catch that"
 * answers never disagree. Only capabilities that work are listed.
 */
const CAPABILITIES: CapabilitiesCardData['capabilities'] = [
  { name: 'Your day', example: "what's on my calendar today?" },
  { name: 'Another day', example: "what's on Friday?" },
  { name: 'A stretch of time', example: 'my agenda for next week' },
  { name: 'A new meeting', example: 'meet with Megan tomorrow at 3pm about the budget' },
  { name: 'A meeting', example: 'when is the design review?' },
  { name: 'Move a meeting', example: 'move my 3pm to 4' },
  { name: 'Cancel a meeting', example: 'cancel the design review' },
  { name: 'Answer an invitation', example: 'accept the quarterly planning' },
  { name: "Who's invited", example: 'add Adele to the design review' },
  { name: 'Its name, place, Teams link', example: 'add a Teams link to the team lunch' },
  { name: 'A time for several people', example: 'when can Megan, Adele and I meet next week for an hour?' },
  { name: 'Office hours', example: 'hold office hours every Tuesday 2–4pm' },
  { name: 'Your calendars', example: 'create a calendar called Projects' },
  { name: 'Help', example: 'help' },
];

const SUGGESTIONS: CapabilitiesCardData['suggestions'] = [
  { title: "What's on today?", utterance: "what's on my calendar today?" },
  { title: 'This week', utterance: "what's on this week?" },
  { title: 'Help', utterance: 'help' },
];

export function welcomeCard(givenName: string | undefined): CapabilitiesCardData {
  return {
    title: givenName ? `Hi ${givenName}, I'm your calendar and mail assistant` : "Hi, I'm your calendar and mail assistant",
    intro: 'Tell me in your own words what you need: I look at your Outlook calendar and set up meetings. I always show you what I am about to do before I do it. Times are in your mailbox time zone.',
    capabilities: CAPABILITIES,
    suggestions: SUGGESTIONS,
  };
}

export function helpCard(): CapabilitiesCardData {
  return {
    title: "Here's what I can do",
    intro: 'Type a request in your own words. For example:',
    capabilities: CAPABILITIES,
    suggestions: SUGGESTIONS,
  };
}

/** What each known refusal says. */
const REFUSALS: Record<Refusal, { title: string; intro: string }> = {
  'mail.change': {
    title: "I can't change your mail",
    intro: "Deleting, moving, flagging or marking messages isn't something I do. I look after your calendar. Try one of these:",
  },
  'meeting.content': {
    title: "I can't add to a meeting's contents",
    intro: "Agendas, notes and files, or a note to everyone in a meeting, aren't something I do yet: open the meeting in Outlook or Teams for those. I can move it, rename it, change its place or who's invited. Try one of these:",
  },
};

/** The answer to a message the assistant cannot act on; a known refusal says what it cannot do. */
export function notUnderstoodCard(refusal?: Refusal): CapabilitiesCardData {
  const refused = refusal ? REFUSALS[refusal] : undefined;
  return {
    title: refused?.title ?? "Sorry, I didn't catch that",
    intro: refused?.intro ?? 'I look after your calendar and mail. Try one of these:',
    capabilities: CAPABILITIES,
    suggestions: SUGGESTIONS,
  };
}
