import { parse } from './expectParse';
import { recognize, type Intent } from '../../src/nlu';

const NOW = '2026-11-19T14:00:00Z';
const NY = 'America/New_York';

/** How people ask in Teams; none of these lines is in the development data. */
const CASES: Array<[string, Intent]> = [
  ['30 minutes with Megan tomorrow afternoon about the budget', 'calendar.create'],
  ['set up a meeting with Adele next tuesday at 2', 'calendar.create'],
  ['book a 1:1 with Lee on friday', 'calendar.create'],
  ['remind me to call the bank at 4pm', 'calendar.create'],
  ["what's on my calendar today?", 'calendar.query'],
  ["what's on Friday?", 'calendar.query'],
  ['do I have any meetings tomorrow morning', 'calendar.query'],
  ['when is my next meeting', 'calendar.query'],
  ['move my 3pm to 4', 'calendar.update'],
  ['reschedule the budget review to thursday', 'calendar.update'],
  ['push my 10am back an hour', 'calendar.update'],
  ['cancel the standup', 'calendar.cancel'],
  ['delete my 2pm meeting tomorrow', 'calendar.cancel'],
  ['clear my calendar on friday', 'calendar.cancel'],
  ['accept the invite from Megan', 'calendar.respond'],
  ['decline the budget review', 'calendar.respond'],
  ['find a time with Megan and Adele next week', 'calendar.findTime'],
  ['when are Megan and Lee free for an hour on thursday', 'calendar.findTime'],
  ['can you find 30 minutes for me and Adele this week', 'calendar.findTime'],
  ['is there a slot with Alex this afternoon', 'calendar.findTime'],
  // Room in one's own day: a search for free time, not the day's agenda.
  ['do I have time for a 1 hour meeting on friday', 'calendar.findTime'],
  // Whether a time suits someone, free slots asked for in chat's few words.
  ['does 3pm friday work for megan', 'calendar.findTime'],
  ['would thursday at 10 work for adele and patti', 'calendar.findTime'],
  ['is 2pm ok for lynne tomorrow', 'calendar.findTime'],
  ['any openings monday morning?', 'calendar.findTime'],
  ['find me an hour this week', 'calendar.findTime'],
  ['do I have time to meet Megan tomorrow', 'calendar.findTime'],
  ['what time is the all hands', 'calendar.query'],
  // A weekday's look, and a request signed off with thanks around a topic word ("forecast").
  ['what does wednesday look like for me', 'calendar.query'],
  ['Hi, could you please set up a 30 minute call with Megan Bowen sometime next Tuesday afternoon to go over the Q4 forecast? Thanks!', 'calendar.create'],
  ['thanks, that was helpful', 'none'],
  // Mail: a person's latest; a change to mail the assistant does not make is no meeting's.
  ["what's the latest from Adele", 'mail.query'],
  // Finding a time, as people ask for one.
  ['suggest a few times for a call with Nestor', 'calendar.findTime'],
  ['any time on Monday works for me and Lee?', 'calendar.findTime'],
  ['can Lynne do 2pm tomorrow?', 'calendar.findTime'],
  ['can you do me a favour', 'none'],
  // "Mail from" is mail to read, not to send.
  ['mail from megan since nov 1', 'mail.query'],
  ['mail from adele since last week', 'mail.query'],
  // A meeting moved by an amount, said with "make".
  ['make the design review an hour earlier', 'calendar.update'],
  ['make the standup 15 minutes later', 'calendar.update'],
  // Time held, the whole of a part of a day.
  ['hold the whole afternoon on the 3rd for interviews', 'calendar.create'],
  // Sharing a calendar is not a meeting with someone.
  ['share my calendar with megan', 'none'],
  ['give adele access to my calendar', 'none'],
  // A list left, not a meeting declined.
  ['remove me from the distribution list', 'none'],
  ['take me off the mailing list', 'none'],
  ['unsubscribe me from the newsletter', 'none'],
  ['play anything new from my podcast subscriptions', 'none'],
  ['delete the email from Adele', 'none'],
  ['delete the meeting about the email migration', 'calendar.cancel'],
  // Flagging, archiving or marking mail changes it: neither a question about the mail nor a meeting's.
  ['flag the email from Megan', 'none'],
  ['archive all emails from newsletters', 'none'],
  ['mark all emails as read', 'none'],
  ['show me the email from Adele', 'mail.query'],
  // Asking whether someone replied is a question about the mail, not a reply.
  ['did Adele reply to my email?', 'mail.query'],
  ['has Megan replied to my message yet', 'mail.query'],
  ["reply to Megan's email saying thanks", 'mail.reply'],
  // Free slots, and the first one there is, are found, not listed or booked blind.
  ['show my free slots this afternoon', 'calendar.findTime'],
  ['book the first available slot with Megan', 'calendar.findTime'],
  ['any open slots on friday?', 'calendar.findTime'],
  ['show my week in Pacific Time', 'calendar.query'],
  ['show me everything with Megan next week', 'calendar.query'],
  ["skip this week's 1:1 with Megan", 'calendar.cancel'],
  ['skip this song', 'none'],
  ['when did I last meet with Adele?', 'calendar.query'],
  ['when did Adele last email me', 'mail.query'],
  ['pull up my afternoon', 'calendar.query'],
  ['move the email review to friday', 'calendar.update'],
  ["what's the weather forecast for tomorrow", 'none'],
  ['who are you', 'help'],
  // How to ask, not the request (was a look at today's meetings).
  ['how do I schedule a meeting', 'help'],
  ['how can I cancel a meeting', 'help'],
  // Time with someone, asked for without a meeting word (was out of scope).
  ['book time with megan', 'calendar.create'],
  ["I'd like to book a slot with patti", 'calendar.create'],
  ["get time on megan's calendar", 'calendar.create'],
  ['book a slot for my car service', 'none'],
  ['email Megan about the budget', 'mail.send'],
  ["tell Isaiah I'm running late", 'mail.send'],
  ['send a message to Adele saying the report is ready', 'mail.send'],
  ["reply to Adele's email saying thanks", 'mail.reply'],
  ['forward the last email from Lee to Megan', 'mail.forward'],
  ['any unread mail from Adele?', 'mail.query'],
  ['did Megan email me about the offsite', 'mail.query'],
  ['show my latest emails', 'mail.query'],
  ["what's Adele's phone number", 'contact.query'],
  ['where does Lee work', 'contact.query'],
  ['add isaiah@contoso.com to my contacts', 'contact.add'],
  ['save this email address as a new contact', 'contact.add'],
  // A contact's detail given, not asked for.
  ["save megan's number 555-1234", 'contact.add'],
  ["megan's new number is 555 0199", 'contact.add'],
  ["update adele's email to adele@contoso.com", 'contact.add'],
  ['email megan@contoso.com about the budget', 'mail.send'],
  ["what's megan's number", 'contact.query'],
  // Asking whether something was done is a question, not a request to do it again.
  ['did you add the dentist appointment to my calendar', 'calendar.query'],
  ['can you confirm that my 3pm reminder is set', 'calendar.query'],
  // A bare time with a question around it asks what is on then.
  ["tell me what's happening this week", 'calendar.query'],
  ['anything going on tomorrow afternoon?', 'calendar.query'],
  ['list all my meetings for friday', 'calendar.query'],
  ['my weekly plan', 'calendar.query'],
  ['when is the design review?', 'calendar.query'],
  // "see if X is available" is the statement form of "is X available".
  ['see if megan is available on monday', 'calendar.findTime'],
  ['flag friday as my holiday', 'calendar.create'],
  // Time kept free is an entry too, with or without an event word.
  ['block 2 hours on friday for focus time', 'calendar.create'],
  ['block out tomorrow morning', 'calendar.create'],
  ['hold 30 min on monday for prep', 'calendar.create'],
  ['set aside an hour tomorrow to prep the deck', 'calendar.create'],
  ['i need to be reminded of the teachers meeting on thursday', 'calendar.create'],
  // One event with its time, written as a diary line, is an entry to make; a question about one,
  // one already there ("the party"), or several ("meetings tomorrow") are looked up.
  ['party on friday', 'calendar.create'],
  ['party on the second saturday of december', 'calendar.create'],
  ['team offsite march 3', 'calendar.create'],
  ['lunch tomorrow', 'calendar.create'],
  ['the party on friday', 'calendar.query'],
  ['is there a party on friday', 'calendar.query'],
  ['meetings tomorrow', 'calendar.query'],
  ['lunch tomorrow is cancelled', 'calendar.cancel'],
  // Two letters swapped in a hurry.
  ['cancle my 3pm', 'calendar.cancel'],
  ['decilne the design review', 'calendar.respond'],
  ['accpet the quarterly planning', 'calendar.respond'],
  ['hi', 'help'],
  ['hello there', 'help'],
  ['what can you do?', 'help'],
  ['help', 'help'],
  ['sign in', 'signin'],
  ['log me in', 'signin'],
  ['sign out', 'signout'],
  ['log out', 'signout'],
  ['change my working hours', 'settings'],
  ['set my time zone to Berlin', 'settings'],
];

describe('intents', () => {
  it.each(CASES)('%s -> %s', (text, intent) => {
    const r = parse(text, NOW, NY);
    expect({ text, intent: r.intent }).toEqual({ text, intent });
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.trace.intent).toBeTruthy();
  });
});

describe('refusals', () => {
  it('a change to mail is refused as one, so the answer can say what is not done', () => {
    expect(parse('delete the email from Adele', NOW, NY).refusal).toBe('mail.change');
    expect(parse('flag the email from Megan', NOW, NY).refusal).toBe('mail.change');
    expect(parse('play some jazz', NOW, NY).refusal).toBeUndefined();
    expect(parse('show me the email from Adele', NOW, NY).refusal).toBeUndefined();
  });

  it('what goes in a meeting or out to its people is refused as such, not read as a new meeting of that name', () => {
    for (const text of ['add an agenda to the design review', 'send a reminder to everyone in the design review', "attach the deck to tomorrow's sync", 'add notes to my 3pm']) {
      const r = parse(text, NOW, NY);
      expect({ text, intent: r.intent, refusal: r.refusal }).toEqual({ text, intent: 'none', refusal: 'meeting.content' });
    }
    // A note on the calendar is an entry; a person added to a meeting is an invitation.
    expect(parse('add a note to my calendar for friday', NOW, NY).intent).toBe('calendar.create');
    expect(parse('add Megan to the design review', NOW, NY).intent).toBe('calendar.update');
  });
});

describe('courtesies', () => {
  it.each([
    ['thanks!', 'thanks'],
    ['Thank you so much', 'thanks'],
    ['OK thanks', 'thanks'],
    ['thanks for the help', 'thanks'],
    ['ty', 'thanks'],
    ['thanks 🙏', 'thanks'],
    ['ok', 'ok'],
    ['Sounds good.', 'ok'],
    ['👍', 'ok'],
    ['bye', 'bye'],
    ['thanks and bye', 'bye'],
  ])('%s is %s, and nothing asked', (text, courtesy) => {
    const r = parse(text, NOW, NY);
    expect([r.intent, r.courtesy]).toEqual(['none', courtesy]);
  });

  it('a request that starts with one is the request; other refusals are no courtesy', () => {
    expect(parse('ok move it to 4', NOW, NY).courtesy).toBeUndefined();
    expect(parse('thanks, now cancel the standup', NOW, NY).intent).toBe('calendar.cancel');
    for (const text of ['no', 'play some jazz', 'good luck with the exam', 'later today']) expect([text, parse(text, NOW, NY).courtesy]).toEqual([text, undefined]);
  });
});

describe('trace', () => {
  it('names the part behind every entity', () => {
    const texts = [
      '30 minutes with Megan tomorrow afternoon about the budget in room 4 on Teams',
      'send an email to megan@contoso.com and cc adele@contoso.com about the offsite saying see you there',
      'move my 3pm to 4',
      'every other tuesday at 10 team sync until march',
      "decline the budget review saying I'm on leave",
      'any unread mail in my inbox from Adele about the contract this week',
    ];
    for (const text of texts) {
      const r = parse(text, NOW, NY);
      const traced = Object.keys(r.trace).filter((k) => k !== 'intent');
      expect({ text, fields: Object.keys(r.entities).sort() }).toEqual({ text, fields: traced.sort() });
      for (const s of r.spans) expect(s.source).toBeTruthy();
    }
  });
});

describe('time off', () => {
  const NOW = '2026-11-19T14:00:00Z';
  const NY = 'America/New_York';
  it.each([
    ['out of office dec 24 to jan 2', '2026-12-24T00:00:00-05:00', '2027-01-03T00:00:00-05:00'],
    ["I'm on vacation next week", '2026-11-23T00:00:00-05:00', '2026-11-30T00:00:00-05:00'],
    ['block friday as out of office', '2026-11-20T00:00:00-05:00', '2026-11-21T00:00:00-05:00'],
    ['mark me as OOO tomorrow', '2026-11-20T00:00:00-05:00', '2026-11-21T00:00:00-05:00'],
    ['add a vacation from dec 21 to dec 31', '2026-12-21T00:00:00-05:00', '2027-01-01T00:00:00-05:00'],
    ["I'll be out on monday", '2026-11-23T00:00:00-05:00', '2026-11-24T00:00:00-05:00'],
    ['taking friday off', '2026-11-20T00:00:00-05:00', '2026-11-21T00:00:00-05:00'],
    ["i'm taking next monday off", '2026-11-23T00:00:00-05:00', '2026-11-24T00:00:00-05:00'],
    // "monday to friday" is the coming week's days here, not a weekly series of days off.
    ["i'm out monday to friday", '2026-11-23T00:00:00-05:00', '2026-11-28T00:00:00-05:00'],
    ["I'm on vacation monday through friday", '2026-11-23T00:00:00-05:00', '2026-11-28T00:00:00-05:00'],
    // Days said one by one, each the next day: one stretch (Thursday is today).
    ["i'm off thursday and friday", '2026-11-19T00:00:00-05:00', '2026-11-21T00:00:00-05:00'],
    ["i'm out thursday, friday and saturday", '2026-11-19T00:00:00-05:00', '2026-11-22T00:00:00-05:00'],
    ['out of office monday and tuesday next week', '2026-11-23T00:00:00-05:00', '2026-11-25T00:00:00-05:00'],
    // The next working day: the weekend between is taken with them.
    ["i'm off friday and monday", '2026-11-20T00:00:00-05:00', '2026-11-24T00:00:00-05:00'],
    ['ooo thursday, friday and monday', '2026-11-19T00:00:00-05:00', '2026-11-24T00:00:00-05:00'],
    // Days of the month, the later ones said by their number alone.
    ["i'm off the 24th and 25th", '2026-11-24T00:00:00-05:00', '2026-11-26T00:00:00-05:00'],
    ['ooo dec 24 and 25', '2026-12-24T00:00:00-05:00', '2026-12-26T00:00:00-05:00'],
    ['out of office dec 30th, 31st and 1st', '2026-12-30T00:00:00-05:00', '2027-01-02T00:00:00-05:00'],
    // Not the next day: the first of them, as before (one event holds one stretch).
    ["i'm off monday and wednesday", '2026-11-23T00:00:00-05:00', '2026-11-24T00:00:00-05:00'],
    ["i'm off the 24th and 26th", '2026-11-24T00:00:00-05:00', '2026-11-25T00:00:00-05:00'],
    ["i'm off friday and tuesday", '2026-11-20T00:00:00-05:00', '2026-11-21T00:00:00-05:00'],
  ])('%s: a new all-day event that shows the user away', (text, start, end) => {
    const r = recognize(text, { now: new Date(NOW), timeZone: NY });
    expect(r.intent).toBe('calendar.create');
    expect(r.entities).toMatchObject({ timeOff: true, allDay: true, start, end });
  });

  it('the next working day is the user\'s own: with a Sunday-to-Thursday week, "thursday and sunday" is one stretch', () => {
    const workingHours = { daysOfWeek: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'], startTime: '08:00', endTime: '16:00' };
    const r = recognize("i'm off thursday and sunday", { now: new Date(NOW), timeZone: NY, workingHours });
    expect({ start: r.entities.start, end: r.entities.end }).toEqual({ start: '2026-11-19T00:00:00-05:00', end: '2026-11-23T00:00:00-05:00' });
    expect(recognize("i'm off thursday and sunday", { now: new Date(NOW), timeZone: NY }).entities.end).toBe('2026-11-20T00:00:00-05:00');
  });

  it('said on a Monday, "friday and monday" is this Friday and the Monday after it (not today)', () => {
    const r = recognize("i'm off friday and monday", { now: new Date('2026-11-23T14:00:00Z'), timeZone: 'America/Los_Angeles' });
    expect({ start: r.entities.start, end: r.entities.end }).toEqual({ start: '2026-11-27T00:00:00-08:00', end: '2026-12-01T00:00:00-08:00' });
  });

  it('days off said as "monday to friday" repeat nothing', () => {
    expect(recognize("i'm out monday to friday", { now: new Date(NOW), timeZone: NY }).entities.recurrence).toBeUndefined();
  });

  it('a question about days off is none of it', () => {
    expect(recognize('how many days off do I have left', { now: new Date(NOW), timeZone: NY }).entities.timeOff).toBeUndefined();
  });

  it('"take the afternoon off tomorrow" is that afternoon away; "take the meeting off my calendar" is no time off', () => {
    const afternoon = recognize('take the afternoon off tomorrow', { now: new Date(NOW), timeZone: NY });
    expect(afternoon.intent).toBe('calendar.create');
    expect(afternoon.entities).toMatchObject({ timeOff: true, start: '2026-11-20T12:00:00-05:00', end: '2026-11-20T17:00:00-05:00' });
    expect(afternoon.entities.allDay).toBeUndefined();
    expect(recognize('take the meeting off my calendar', { now: new Date(NOW), timeZone: NY }).entities.timeOff).toBeUndefined();
  });
});
