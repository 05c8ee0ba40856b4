import { recognize } from '../../src/nlu';
import { phraseRoute, type PhraseRoute } from '../../dialogs/phraseRoute';

// Wednesday 18 November 2026, 09:30 in Los Angeles.
const CONTEXT = { now: new Date('2026-11-18T17:30:00Z'), timeZone: 'America/Los_Angeles', locale: 'en-US' };

function route(text: string): PhraseRoute | undefined {
  return phraseRoute(recognize(text, CONTEXT), text);
}

describe('requests routed by their wording, with the recogniser\'s reading of each', () => {
  test.each<[string, PhraseRoute]>([
    ['when can Megan, Adele and I meet next week for an hour?', { kind: 'findTime' }],
    ['find a time to meet with Megan', { kind: 'findTime' }],
    ['find 30 minutes with Megan and Adele next week', { kind: 'findTime' }],
    ['when are Patti and I both free tomorrow?', { kind: 'findTime' }],
    ['hold office hours every Tuesday 2–4pm', { kind: 'officeHours', action: 'create' }],
    ['set up office hours on Thursdays from 1 to 2pm', { kind: 'officeHours', action: 'create' }],
    ['show my office hours', { kind: 'officeHours', action: 'show' }],
    ['what are my office hours?', { kind: 'officeHours', action: 'show' }],
    ['end my office hours', { kind: 'officeHours', action: 'end' }],
    ['cancel my office hours', { kind: 'officeHours', action: 'end' }],
    ['no more office hours', { kind: 'officeHours', action: 'end' }],
    ['change my office hours to Wednesday 3-5', { kind: 'officeHours', action: 'change' }],
    ['move my office hours to Thursday 10-11am', { kind: 'officeHours', action: 'change' }],
    ['list my calendars', { kind: 'calendars', action: 'list', name: '' }],
    ['what calendars do I have?', { kind: 'calendars', action: 'list', name: '' }],
    ['create a calendar called Projects', { kind: 'calendars', action: 'create', name: 'Projects' }],
    ['make a new calendar named "Side projects"', { kind: 'calendars', action: 'create', name: 'Side projects' }],
    ['put it in Projects', { kind: 'calendars', action: 'put', name: 'Projects' }],
    ['move that meeting to my Projects calendar', { kind: 'calendars', action: 'put', name: 'Projects' }],
  ])('%s', (text, expected) => {
    expect(route(text)).toEqual(expected);
  });

  test.each([
    'meet with Megan tomorrow at 3pm about the budget',
    "what's on my calendar today?",
    'put it in the afternoon',
    'move it to Friday at 3',
    'move it on Friday',
    'add lunch to my calendar',
    'when is the design review?',
  ])('left to the recogniser: %s', (text) => {
    expect(route(text)).toBeUndefined();
  });
});
