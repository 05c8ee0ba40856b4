import { parse } from './expectParse';

const NOW = '2026-11-19T14:00:00Z';
const NY = 'America/New_York';

describe('subject from the event noun', () => {
  it.each([
    // A day before the noun says when, not which; a verb before it is no part of the name.
    ["postpone tomorrow's standup by an hour", 'standup'],
    ["cancel tomorrow's meeting", 'meeting'],
    ["where is tuesday's morning meeting", 'morning meeting'],
    // A zone said with the time before the noun is the time's ("3pm PST meeting").
    ['3pm PST meeting with isaiah tomorrow', 'meeting'],
    ['10am EST call with adele', 'call'],
    // "another" says which one, not what it is; "how many" asks a number.
    ['give megan another call tomorrow', 'call'],
    ['how many meetings do I have this week', 'meetings'],
    // A weekday without "'s" may be the name's own ("Friday sync").
    ['decline the Friday sync', 'Friday sync'],
    ['schedule a quick sync with Adele tomorrow', 'quick sync'],
    ['put a dentist appointment on dec 4 at 8:15am', 'dentist appointment'],
    // Misspelt, the noun is still found, and named as it is spelled.
    ['book a dentist apointment friday at 3', 'dentist appointment'],
    // "all hands" as "all-hands".
    ["when's the next all hands", 'all hands'],
    ['schedule the budget metting for friday', 'budget meeting'],
    // What time is kept for.
    ['block 2 hours on friday for focus time', 'focus time'],
    ['hold 30 min on monday for prep', 'prep'],
    ['block off 3-5 on thursday for the quarterly report', 'quarterly report'],
    ['hold the meeting for 45 minutes', 'meeting'],
    // A generic noun first does not hide the one that names the event.
    ['create an event on christmas eve at 6pm family dinner', 'family dinner'],
    ['add event baseball practice five pm tonight', 'baseball practice'],
    // Spelled clock times and "as" are not part of the name.
    ['set a reminder for twelve thirty meeting with the boss', 'meeting'],
    ['put a seven pm meeting time down for march fourteenth', 'meeting'],
    ['set a reminder on fifteenth march as meeting', 'meeting'],
    ['block lunch every day 12-1', 'lunch'],
    ['block out lunch', 'lunch'],
    ['put a 15m check-in with Lee on friday at 9', 'check-in'],
    ['invite Megan and Adele to a brainstorm thursday 4pm', 'brainstorm'],
    ['put 2 hours on my calendar tomorrow for deep work', 'deep work'],
    // A topic ends at punctuation, a full stop where a word ends, and "since".
    ['set up a call with Megan to go over the Q4 forecast? Thanks!', 'Q4 forecast'],
    ['meet Adele about the v2.0 launch.', 'v2.0 launch'],
    ['any emails about the contract since Monday', 'contract'],
    // What a reminder is for; never its time.
    ['put a reminder for tax filing on april 15', 'tax filing'],
    ['set a reminder for 4pm to call the bank', 'call the bank'],
    ['add a reminder to april fourth to go to the dentist', 'go to the dentist'],
    ['set a reminder for tomorrow', undefined],
    // A name in single quotes; an apostrophe inside a word is no quote.
    ["put 'dentist' on my calendar for next tuesday at 2", 'dentist'],
    ['schedule ‘Budget review’ with Adele friday at 3', 'Budget review'],
    // What a reminder is to do, up to a time or a clause; "with" and "from" go on.
    ['remind me to call mom at 5', 'call mom'],
    ['remind me to send the report on friday morning', 'send the report'],
    ['remind me to pick up john from the airport tonight at eight', 'pick up john from the airport'],
    ['remind me to tomorrow', undefined],
    // An "on" that does not say when is part of the task.
    ['remind me to work on the deck at 3', 'work on the deck'],
    ['remind me to follow up on the invoice tomorrow', 'follow up on the invoice'],
    ['remind me to pay the electricity bill on this weekend at nine am', 'pay the electricity bill'],
    ['remind me to call mom on the 3rd', 'call mom'],
    // A time said between "remind me" and "to".
    ['remind me in 10 min to call isaiah', 'call isaiah'],
    ['remind me tomorrow at 9 to email megan', 'email megan'],
    // A series said between "remind me" and "to".
    ['remind me every monday to submit my timesheet', 'submit my timesheet'],
    ['remind me every year on march 3 to renew the domain', 'renew the domain'],
    // "after lunch" is a time of day, no lunch.
    ['can we meet before lunch on friday', undefined],
    ['any mtgs after lunch?', undefined],
    // What a meeting is to go over.
    ['book 2h with Lee next Friday afternoon to go over the contract', 'contract'],
    // What time is made for, up to its time, its people or its length.
    ['put time on my calendar to review the contract', 'review the contract'],
    ['schedule time to review the budget with megan', 'review the budget'],
    ['find time with adele to review the contract', 'review the contract'],
    ['find some time tomorrow to plan the offsite for an hour', 'plan the offsite'],
    ['put an hour on my calendar to work on the deck', 'work on the deck'],
    ['block some time on friday to prep the slides', 'prep the slides'],
    ['book time with megan', undefined],
    ['put time on my calendar to the end of the week', undefined],
  ] as Array<[string, string | undefined]>)('%s -> %s', (text, subject) => {
    expect({ text, subject: parse(text, NOW, NY).entities.subject }).toEqual({ text, subject });
  });

  it('a get-together named by what is had ("coffee with Diego early next week"): that is the subject of a new event, and no event word elsewhere', () => {
    for (const [text, subject] of [
      ['coffee with Diego early next week', 'coffee'],
      ["let's grab drinks with the team friday at 5", 'drinks'],
      ['have a coffee with Megan tomorrow at 10', 'coffee'],
      ['pencil in coffee with isaiah friday', 'coffee'],
      ['schedule coffee with megan tomorrow at 10', 'coffee'],
      // Chat's "w" and "w/" for "with": the span is the word still.
      ['coffee w megan tue 10-10:30', 'coffee'],
      ['grab coffee w/ megan @ 3', 'coffee'],
    ]) {
      const r = parse(text, NOW, NY);
      expect({ text, intent: r.intent, subject: r.entities.subject }).toEqual({ text, intent: 'calendar.create', subject });
      const span = r.spans.find((x) => x.type === 'subject');
      expect(span && text.slice(span.start, span.end)).toBe(subject);
    }
    expect(parse('make coffee at 7am', NOW, NY).entities.subject).toBeUndefined();
  });

  it.each([
    ['dentist tomorrow at 3', 'dentist'],
    ['haircut friday 4pm', 'haircut'],
    ['doctor thu 9am', 'doctor'],
    ['yoga tues 6pm', 'yoga'],
    ['piano lesson saturday 10am', 'piano lesson'],
    ['my physio monday at 8', 'physio'],
  ])('an appointment or activity of one\'s own named first, as in a diary ("%s"): a new event called so', (text, subject) => {
    const r = parse(text, NOW, NY);
    const span = r.spans.find((x) => x.type === 'subject');
    expect({ intent: r.intent, subject: r.entities.subject, span: span && text.slice(span.start, span.end) }).toEqual({ intent: 'calendar.create', subject, span: subject });
  });

  it.each([
    // One's own appointment told as a fact (was a question about it).
    ['my dentist appt is at 3 tomorrow', 'dentist appt'],
    ["my doctor's appointment will be on thursday at 2", "doctor's appointment"],
    // A flight put in the calendar is called so (had no subject).
    ['put my flight on friday at 6am', 'flight'],
  ])('%s: a new event called so', (text, subject) => {
    const r = parse(text, NOW, NY);
    expect({ intent: r.intent, subject: r.entities.subject }).toEqual({ intent: 'calendar.create', subject });
  });

  it.each([
    ['add my flight to boston on friday at 6am to my calendar', 'flight'],
    ['business trip to london monday to wednesday', 'business trip'],
    ['trip to seattle next week', 'trip'],
  ])('%s: a journey called so, and where it goes is no one to invite', (text, subject) => {
    const r = parse(text, NOW, NY);
    expect({ intent: r.intent, subject: r.entities.subject, people: r.entities.people }).toEqual({ intent: 'calendar.create', subject, people: undefined });
  });

  it('asked when, it stays a question', () => {
    expect(parse('when is my dentist appt tomorrow', NOW, NY).intent).toBe('calendar.query');
  });

  it('those words are no subject elsewhere in a message ("call the dentist tomorrow" is a call)', () => {
    expect(parse('call the dentist tomorrow', NOW, NY).entities.subject).toBe('call');
    expect(parse('remind me to book the vet', NOW, NY).entities.subject).toBe('book the vet');
  });

  it('takes no subject from how long or from being on hold', () => {
    const r = parse("tell them i have been waiting on hold for thirty minutes", NOW, NY);
    expect(r.spans.filter((s) => s.type === 'subject')).toEqual([]);
  });

  it('takes no topic from a day asked "about": "what about thursday?", "how about Friday at 11"', () => {
    for (const text of ['what about thursday?', 'how about Friday at 11']) expect([text, parse(text, NOW, NY).entities.subject]).toEqual([text, undefined]);
    expect(parse('email megan about the budget tomorrow', NOW, NY).entities.subject).toBe('budget');
  });
});

describe('what a meeting is about', () => {
  it('ends where a time said after it starts ("mtg w adele re budget fri 3p")', () => {
    const r = parse('mtg w adele re budget fri 3p', NOW, NY);
    expect([r.entities.subject, r.entities.people, r.entities.start]).toEqual(['budget', ['adele'], '2026-11-20T15:00:00-05:00']);
    expect(parse('tell me who sent the email about the boss yesterday', NOW, NY).entities.subject).toBe('boss');
    // A title is kept whole, a time in it included.
    expect(parse('schedule a meeting called Monday kickoff for next week', NOW, NY).entities.subject).toBe('Monday kickoff');
  });
});

describe('a subject misspelt', () => {
  it("is named as it is spelled, and its span is what the user typed", () => {
    const text = 'book a dentist apointment friday at 3';
    const r = parse(text, NOW, NY);
    const span = r.spans.find((x) => x.type === 'subject');
    expect({ subject: r.entities.subject, span: span && text.slice(span.start, span.end) }).toEqual({ subject: 'dentist appointment', span: 'dentist apointment' });
  });
});

describe("a reminder's task", () => {
  it('begins with a verb, which is no one to remind or invite', () => {
    const r = parse('remind me every monday to submit my timesheet', NOW, NY);
    expect({ people: r.entities.people, persons: r.spans.filter((x) => x.type === 'person').length }).toEqual({ people: ['me'], persons: 0 });
  });
});

