import { expectParse } from './expectParse';
import { recognize, type EventChange, type EventReference } from '../../src/nlu';

const NOW = '2026-11-19T14:00:00Z'; // Thursday 09:00 in New York
const NY = 'America/New_York';

describe('changes to an event', () => {
  it('move my 3pm to 4: the event at 3pm moves to 4pm the same day', () => {
    expectParse('move my 3pm to 4', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, change: { start: '2026-11-19T16:00:00-05:00', timeOnly: true } },
    });
  });

  it('chat shorthand: "resched" is reschedule, "mtg" and "appt" are a meeting and an appointment as such', () => {
    expectParse('resched my 3pm to 4', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, change: { start: '2026-11-19T16:00:00-05:00', timeOnly: true } },
    });
    expectParse('can we resched the design review to friday', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'design review' } } });
    // A bare "reschedule" (after a card showed the meeting) asks for the new time.
    expectParse('resched', NOW, NY, { intent: 'calendar.update' });
    expectParse('decline the mtg from isaiah', NOW, NY, { intent: 'calendar.respond', entities: { target: { kind: 'person', name: 'isaiah' }, response: 'decline' } });
    expectParse('cancel my mtg with adele', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'person', name: 'adele' } } });
    expectParse('whats my next mtg', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'next' } } });
    expect(recognize('cancel my appt tomorrow', { now: new Date(NOW), timeZone: NY }).entities.target).toBeUndefined();
  });

  it('a meeting to move said without its new time: "reschedule the standup", "move my 3pm" (the new time is asked for)', () => {
    expectParse('reschedule the standup', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'standup' } } });
    expectParse('can you reschedule the quarterly planning', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'quarterly planning' } } });
    for (const text of ['reschedule my 3pm', 'move my 3pm', 'push my 3pm']) {
      const r = recognize(text, { now: new Date(NOW), timeZone: NY });
      expect([text, r.intent, r.entities.target, r.entities.change]).toEqual([text, 'calendar.update', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, undefined]);
    }
    // The day of "tomorrow's" is the meeting's, not a day to move it to.
    const r = recognize("reschedule tomorrow's standup", { now: new Date(NOW), timeZone: NY });
    expect([r.intent, r.entities.target, r.entities.targetDay?.start, r.entities.change]).toEqual(['calendar.update', { kind: 'subject', text: 'standup' }, '2026-11-20T00:00:00-05:00', undefined]);
  });

  it('"bump", "delay", "slide" and "pull" move a meeting as "move" does; "forward" after a meeting is no mail', () => {
    const cases: Array<[string, EventReference, EventChange]> = [
      ['delay the standup to 10:30', { kind: 'subject', text: 'standup' }, { start: '2026-11-19T10:30:00-05:00', timeOnly: true }],
      ['bump my 1:1 with megan to 3pm', { kind: 'subject', text: '1:1', with: ['megan'] }, { start: '2026-11-19T15:00:00-05:00', timeOnly: true }],
      ['bump my 4pm to tomorrow', { kind: 'time', start: '2026-11-19T16:00:00-05:00' }, { start: '2026-11-20T16:00:00-05:00' }],
      ['slide my 3pm to 4', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, { start: '2026-11-19T16:00:00-05:00', timeOnly: true }],
      ['pull my 2pm forward to 1:30', { kind: 'time', start: '2026-11-19T14:00:00-05:00' }, { start: '2026-11-19T13:30:00-05:00', timeOnly: true }],
    ];
    for (const [text, target, change] of cases) {
      const r = recognize(text, { now: new Date(NOW), timeZone: NY });
      expect([text, r.intent, r.entities.target, r.entities.change]).toEqual([text, 'calendar.update', target, change]);
    }
    // "bump the sync to friday": friday is where it goes, not the day to find it on.
    expect(recognize('bump the sync to friday', { now: new Date(NOW), timeZone: NY }).entities.targetDay).toBeUndefined();
  });

  it('move my 8am to tomorrow, said at 9am: today\'s 8am, not tomorrow\'s moved onto itself', () => {
    expectParse('move my 8am to tomorrow', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T08:00:00-05:00' }, change: { start: '2026-11-20T08:00:00-05:00' } },
    });
    // A day said for the meeting stands.
    expect(recognize("move tomorrow's 8am to tomorrow", { now: new Date(NOW), timeZone: NY }).entities.target).toEqual({ kind: 'time', start: '2026-11-20T08:00:00-05:00' });
  });

  it('move my 3pm to first thing tomorrow: the start of the working day, the user\'s own when known', () => {
    expectParse('move my 3pm to first thing tomorrow', NOW, NY, { intent: 'calendar.update', entities: { change: { start: '2026-11-20T09:00:00-05:00' } } });
    const r = recognize('move my 3pm to first thing tomorrow', {
      now: new Date(NOW),
      timeZone: NY,
      workingHours: { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '08:30', endTime: '16:30' },
    });
    expect(r.entities.change?.start).toBe('2026-11-20T08:30:00-05:00');
  });

  it('push the budget review 30 minutes later', () => {
    expectParse('push the budget review 30 minutes later', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'budget review' }, change: { shiftMinutes: 30 } },
    });
  });

  it('push the standup 15 min: pushed is later', () => {
    expectParse('push the standup 15 min', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'standup' }, change: { shiftMinutes: 15 } } });
    expectParse('bump the review an hour', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'review' }, change: { shiftMinutes: 60 } } });
  });

  it('another day "instead" with no meeting named is for the meeting last talked about; a meeting named first is that one', () => {
    expectParse('can we do tomorrow at 3 instead', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'anaphora' }, change: { start: '2026-11-20T15:00:00-05:00' } } });
    expectParse("let's do friday instead", NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'anaphora' } } });
    expectParse('so I need to push the budget review, can we do friday instead', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'budget review' }, change: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
  });

  it('a sigh first ("ugh, cancel the standup") is neither the meeting nor, by its comma, a message; a reason first stays one before "extend"', () => {
    const ugh = expectParse('ugh, cancel the standup', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: 'standup' } } });
    expect(ugh.entities.comment).toBeUndefined();
    expectParse("I'm running late, extend my 2pm until 3:30", NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T14:00:00-05:00' }, change: { endsAt: '2026-11-19T15:30:00-05:00' } },
    });
    expectParse('hi, end the standup at 9:45 tomorrow', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'standup' }, change: { endsAt: '2026-11-20T09:45:00-05:00' } } });
  });

  it('can the 1:1 start at 3:15 instead: a new start with "instead" (was a question)', () => {
    expectParse('can the 1:1 start at 3:15 instead', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: '1:1' }, change: { start: '2026-11-19T15:15:00-05:00', timeOnly: true } },
    });
  });

  it('can we do the design review at 2 instead: a new time with "instead"', () => {
    expectParse('can we do the design review at 2 instead', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'design review' }, change: { start: '2026-11-19T14:00:00-05:00', timeOnly: true } },
    });
    // A day said without a preposition, after a meeting named as one.
    expectParse("let's do the sync tomorrow instead", NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'sync' }, change: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expectParse('hold the review next week instead', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'review' } } });
    // Without "instead", "do" and "for" change nothing: the day says which to-dos.
    expectParse("delete my to do's for this week", NOW, NY, { entities: { targetDay: { start: '2026-11-19T00:00:00-05:00', end: '2026-11-23T00:00:00-05:00' } } });
  });

  it('push my 10am back an hour', () => {
    expectParse('push my 10am back an hour', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T10:00:00-05:00' }, change: { shiftMinutes: 60 } },
    });
  });

  it('bring the standup forward 15 minutes', () => {
    expectParse('bring the standup forward by 15 minutes', NOW, NY, { entities: { change: { shiftMinutes: -15 } } });
  });

  it('move it to Thursday, said on a Thursday, means next week', () => {
    expectParse('move it to Thursday', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'anaphora' }, change: { start: '2026-11-26T00:00:00-05:00', end: '2026-11-27T00:00:00-05:00' } },
    });
  });

  it('a meeting named by a bare hour: "push my 11 to 11:30", "move my 3 on monday to 4"', () => {
    expectParse('push my 11 to 11:30', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T11:00:00-05:00' }, change: { start: '2026-11-19T11:30:00-05:00', timeOnly: true } },
    });
    expectParse('move my 3 on monday to 4', NOW, NY, {
      entities: { target: { kind: 'time', start: '2026-11-23T15:00:00-05:00' }, change: { start: '2026-11-23T16:00:00-05:00', timeOnly: true } },
    });
    expectParse('cancel my 2', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'time', start: '2026-11-19T14:00:00-05:00' } } });
  });

  it("reschedule tomorrow's 9am to thursday, said on a Thursday: next week's, at 9", () => {
    expectParse("reschedule tomorrow's 9am to thursday", NOW, NY, {
      entities: { target: { kind: 'time', start: '2026-11-20T09:00:00-05:00' }, change: { start: '2026-11-26T09:00:00-05:00' } },
    });
  });

  it("shorten tomorrow's standup to 10 min: the standup, tomorrow", () => {
    expectParse("shorten tomorrow's standup to 10 min", NOW, NY, {
      entities: { target: { kind: 'subject', text: 'standup' }, targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' }, change: { lengthMinutes: 10 } },
    });
  });

  it('reschedule my next meeting to friday at 10am', () => {
    expectParse('reschedule my next meeting to friday at 10am', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'next' }, change: { start: '2026-11-20T10:00:00-05:00' } },
    });
  });

  it('move the design review to next tuesday at 3', () => {
    expectParse('move the design review to next tuesday at 3', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'design review' }, change: { start: '2026-11-24T15:00:00-05:00' } },
    });
  });

  it('move my 2pm tomorrow to 4:30', () => {
    expectParse('move my 2pm tomorrow to 4:30', NOW, NY, {
      entities: { target: { kind: 'time', start: '2026-11-20T14:00:00-05:00' }, change: { start: '2026-11-20T16:30:00-05:00', timeOnly: true } },
    });
  });

  it('move my 3pm on Monday to 4: the day said before "to" is the meeting\'s, and 4 lands on it', () => {
    expectParse('move my 3pm on Monday to 4', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-23T15:00:00-05:00' }, change: { start: '2026-11-23T16:00:00-05:00', timeOnly: true } },
    });
  });

  it('move the standup on Monday to 3-4pm: Monday names the occurrence, the new hours land on it', () => {
    expectParse('move the standup on Monday to 3-4pm', NOW, NY, {
      intent: 'calendar.update',
      entities: {
        target: { kind: 'subject', text: 'standup' },
        targetDay: { start: '2026-11-23T00:00:00-05:00', end: '2026-11-24T00:00:00-05:00' },
        change: { start: '2026-11-23T15:00:00-05:00', end: '2026-11-23T16:00:00-05:00', timeOnly: true },
      },
    });
  });

  it('move the standup to 3pm on Monday: after "to", Monday is the new day', () => {
    const r = expectParse('move the standup to 3pm on Monday', NOW, NY, {
      entities: { target: { kind: 'subject', text: 'standup' }, change: { start: '2026-11-23T15:00:00-05:00' } },
    });
    expect(r.entities.targetDay).toBeUndefined();
  });

  it('move the standup to 9:30 tomorrow: the name is the target, the new time has its own day', () => {
    const r = expectParse('move the standup to 9:30 tomorrow', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'standup' }, change: { start: '2026-11-20T09:30:00-05:00' } },
    });
    expect(r.entities.targetDay).toBeUndefined();
  });

  it("move tomorrow's standup to 9:30: the day is the standup's, and the clock time lands on it", () => {
    expectParse("move tomorrow's standup to 9:30", NOW, NY, {
      intent: 'calendar.update',
      entities: {
        target: { kind: 'subject', text: 'standup' },
        targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' },
        change: { start: '2026-11-20T09:30:00-05:00', timeOnly: true },
      },
    });
  });

  it("move Monday's standup to 3-4pm: the range lands on the standup's day", () => {
    expectParse("move Monday's standup to 3-4pm", NOW, NY, {
      entities: {
        target: { kind: 'subject', text: 'standup' },
        targetDay: { start: '2026-11-23T00:00:00-05:00', end: '2026-11-24T00:00:00-05:00' },
        change: { start: '2026-11-23T15:00:00-05:00', end: '2026-11-23T16:00:00-05:00', timeOnly: true },
      },
    });
  });

  it.each<[string, EventReference]>([
    ['move it', { kind: 'anaphora' }],
    ['reschedule that meeting', { kind: 'anaphora' }],
    ['move the last one to 5pm', { kind: 'anaphora' }],
    ['push the planning sync to Friday', { kind: 'subject', text: 'planning sync' }],
  ])('%s: which meeting', (text, target) => {
    expectParse(text, NOW, NY, { intent: 'calendar.update', entities: { target } });
  });
});

describe('cancelling and responding', () => {
  it.each<[string, EventReference]>([
    ['cancel the standup', { kind: 'subject', text: 'standup' }],
    ['cancel my 2pm tomorrow', { kind: 'time', start: '2026-11-20T14:00:00-05:00' }],
    ['delete it', { kind: 'anaphora' }],
    ['cancel my next meeting', { kind: 'next' }],
  ])('%s', (text, target) => {
    expectParse(text, NOW, NY, { intent: 'calendar.cancel', entities: { target } });
  });

  it('accept the invite from Megan', () => {
    expectParse('accept the invite from Megan', NOW, NY, { intent: 'calendar.respond', entities: { response: 'accept' } });
  });

  it("decline the budget review saying I'm on leave", () => {
    expectParse("decline the budget review saying I'm on leave", NOW, NY, {
      intent: 'calendar.respond',
      entities: { response: 'decline', comment: "I'm on leave", target: { kind: 'subject', text: 'budget review' } },
    });
  });

  it('an answer said first stays one when a message for the organiser follows', () => {
    expectParse('decline the design review and tell them I have a conflict', NOW, NY, {
      intent: 'calendar.respond',
      entities: { response: 'decline', comment: 'I have a conflict', target: { kind: 'subject', text: 'design review' } },
    });
    expectParse('Decline the 4pm meeting and tell Lynne I have a conflict', NOW, NY, { intent: 'calendar.respond', entities: { comment: 'I have a conflict' } });
    // Asking to be told is no message for the others.
    expect(recognize('decline the design review and tell me if it moves', { now: new Date(NOW), timeZone: NY }).entities.comment).toBeUndefined();
  });

  it('a bare answer is about the meeting last talked about, with its message: "decline, I\'m out sick"', () => {
    for (const text of ["decline, i'm out sick", "decline and tell them i'm out sick"]) {
      expectParse(text, NOW, NY, { intent: 'calendar.respond', entities: { response: 'decline', target: { kind: 'anaphora' }, comment: "i'm out sick" } });
    }
    expectParse('accept', NOW, NY, { intent: 'calendar.respond', entities: { response: 'accept', target: { kind: 'anaphora' } } });
  });

  it('"to the week after", "to the day after": a week or a day on from where the meeting is', () => {
    expectParse('move the offsite to the week after', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'offsite' }, change: { shiftMinutes: 7 * 1440 } } });
    expectParse('push the standup to the day after', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'standup' }, change: { shiftMinutes: 1440 } } });
    // A day or week named by them is that one.
    expectParse('move it to the day after tomorrow', NOW, NY, { intent: 'calendar.update', entities: { change: { start: '2026-11-21T00:00:00-05:00', end: '2026-11-22T00:00:00-05:00' } } });
  });

  it('a meeting\'s reminder turned off ("turn off the reminder for the standup", "remove the reminder on my 3pm"), not the meeting', () => {
    const cases: Array<[string, EventReference]> = [
      ['turn off the reminder for the standup', { kind: 'subject', text: 'standup' }],
      ["don't remind me about the quarterly planning", { kind: 'subject', text: 'quarterly planning' }],
      ['no reminders for my 1:1 with megan', { kind: 'subject', text: '1:1', with: ['megan'] }],
      ['remove the reminder on my 3pm', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }],
    ];
    for (const [text, target] of cases) expectParse(text, NOW, NY, { intent: 'calendar.update', entities: { target, change: { reminderOff: true } } });
  });

  it('a one-on-one however written ("my 1 on 1 with megan", "my 1-on-1") is that meeting, not a meeting at 1', () => {
    expectParse('can you move my 1 on 1 with megan to thursday afternoon', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: '1 on 1', with: ['megan'] } } });
    expectParse('cancel my 1-on-1 with adele', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: '1-on-1', with: ['adele'] } } });
    expectParse('schedule a 1 on 1 with isaiah friday at 2', NOW, NY, { intent: 'calendar.create', start: '2026-11-20T14:00:00-05:00', entities: { subject: '1 on 1', people: ['isaiah'] } });
    // A bare hour is still one.
    expectParse('move my 3 on monday to 4', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'time', start: '2026-11-23T15:00:00-05:00' } } });
  });

  it('a name said after "called" is the meeting\'s title, not a guest ("an all day event called hackathon")', () => {
    const r = expectParse('create an all day event on dec 3 called hackathon', NOW, NY, { intent: 'calendar.create', entities: { subject: 'hackathon', allDay: true } });
    expect([r.entities.people, r.spans.filter((x) => x.type === 'person')]).toEqual([undefined, []]);
    // A contact's name is a person's.
    expect(recognize('add a contact called john smith', { now: new Date(NOW), timeZone: NY }).intent).toBe('contact.add');
    expect(recognize('open the contact named john', { now: new Date(NOW), timeZone: NY }).entities.people).toEqual(['john']);
  });

  it('an answer that proposes another time: the time is the proposal, not the meeting\'s day ("decline and propose thursday instead")', () => {
    const fri2 = { start: '2026-11-20T14:00:00-05:00' };
    const cases: Array<[string, Record<string, unknown>]> = [
      ['decline and propose thursday instead', { response: 'decline', target: { kind: 'anaphora' }, change: { start: '2026-11-26T00:00:00-05:00', end: '2026-11-27T00:00:00-05:00' } }],
      ['decline the quarterly planning and propose friday at 2', { response: 'decline', target: { kind: 'subject', text: 'quarterly planning' }, change: fri2 }],
      ['tentatively accept the offsite but suggest 3pm instead', { response: 'tentative', target: { kind: 'subject', text: 'offsite' }, change: { start: '2026-11-19T15:00:00-05:00', timeOnly: true } }],
      // Said alone, or with the meeting after it: a tentative answer, as Outlook proposes.
      ['propose friday at 2 instead', { response: 'tentative', target: { kind: 'anaphora' }, change: fri2 }],
      ['suggest friday at 2 for the quarterly planning', { response: 'tentative', target: { kind: 'subject', text: 'quarterly planning' }, change: fri2 }],
      ['propose a new time for the quarterly planning: friday at 2', { response: 'tentative', target: { kind: 'subject', text: 'quarterly planning' }, change: fri2 }],
      // Accepting proposes nothing in Outlook: with a proposal it is a tentative answer.
      ['accept the vendor negotiation and propose friday at 2', { response: 'tentative', target: { kind: 'subject', text: 'vendor negotiation' }, change: fri2 }],
    ];
    for (const [text, entities] of cases) {
      const r = expectParse(text, NOW, NY, { intent: 'calendar.respond', entities: { ...entities, proposeNewTime: true } });
      expect([text, r.entities.targetDay, r.entities.comment]).toEqual([text, undefined, undefined]);
    }
    // The message before the proposal stays the message.
    expectParse("decline the offsite, I'm travelling, and propose monday instead", NOW, NY, { intent: 'calendar.respond', entities: { comment: "I'm travelling", proposeNewTime: true, change: { start: '2026-11-23T00:00:00-05:00', end: '2026-11-24T00:00:00-05:00' } } });
    // A day that names the meeting is still its day.
    const r = expectParse('decline the friday sync and propose monday at 10', NOW, NY, { intent: 'calendar.respond', entities: { targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' }, change: { start: '2026-11-23T10:00:00-05:00' } } });
    expect(r.entities.proposeNewTime).toBe(true);
    expect(recognize('decline the 3pm', { now: new Date(NOW), timeZone: NY }).entities.proposeNewTime).toBeUndefined();
    // A new time asked for without one: the dialog asks which.
    for (const [text, response, target] of [
      ['suggest a new time for the quarterly planning', 'tentative', { kind: 'subject', text: 'quarterly planning' }],
      ['decline and propose a new time', 'decline', { kind: 'anaphora' }],
    ] as const) {
      const asked = expectParse(text, NOW, NY, { intent: 'calendar.respond', entities: { response, target, proposeNewTime: true } });
      expect(asked.entities.change).toBeUndefined();
    }
  });

  it('a greeting before the request is neither the name nor, by its comma, a message', () => {
    expectParse('hey, I need to push my 1:1 with Adele from Thursday to Friday, same time', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: '1:1', with: ['Adele'] }, targetDay: { start: '2026-11-19T00:00:00-05:00', end: '2026-11-20T00:00:00-05:00' }, change: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expectParse('ok so cancel the standup, I am sick', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: 'standup' }, comment: 'I am sick' } });
    expectParse('hi, add Megan to the design review', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'design review' }, change: { addAttendees: ['Megan'] } } });
  });

  it('reschedule the quarterly planning for next tuesday: a meeting rescheduled "for" a day moves', () => {
    expectParse('reschedule the quarterly planning for next tuesday same time', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'quarterly planning' }, change: { start: '2026-11-24T00:00:00-05:00', end: '2026-11-25T00:00:00-05:00' } },
    });
    // Who to ask to reschedule is still a question.
    expect(recognize('when is my next appointment and who do i contact to reschedule', { now: new Date(NOW), timeZone: NY }).intent).toBe('calendar.query');
  });

  it("decline Friday's sync, I'm out: the day narrows the name, what follows the comma is the message", () => {
    expectParse("decline Friday's sync, I'm out", NOW, NY, {
      intent: 'calendar.respond',
      entities: {
        response: 'decline',
        target: { kind: 'subject', text: 'sync' },
        targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' },
        comment: "I'm out",
      },
    });
  });

  it.each<[string, string]>([
    ['cancel the review on Monday - I have a clash', 'I have a clash'],
    ['cancel the customer call because the client postponed', 'the client postponed'],
    ["cancel tomorrow's standup and let everyone know I'm sick", "I'm sick"],
    ["cancel my 3pm and tell them I'm sick", "I'm sick"],
    ["cancel the 1:1 with Megan on friday and let her know I'm out", "I'm out"],
  ])('%s: the message is not part of the name', (text, comment) => {
    expectParse(text, NOW, NY, { intent: 'calendar.cancel', entities: { comment } });
  });

  it.each<[string, EventReference, string]>([
    ['something came up, cancel the 1:1 with Adele', { kind: 'subject', text: '1:1', with: ['Adele'] }, 'something came up'],
    ["sorry, can't make it, decline the design review", { kind: 'subject', text: 'design review' }, "sorry, can't make it"],
    ['I have a conflict. Decline the 3pm', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, 'I have a conflict'],
    // "it" is the meeting the reason names.
    ["i can't make the 3pm, decline it", { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, "i can't make the 3pm"],
  ])('%s: a reason said first is the message, and the meeting is named after it', (text, target, comment) => {
    expectParse(text, NOW, NY, { entities: { target, comment } });
  });

  it("I'm running late, push my 11am by 15 minutes: the meeting is named after the reason", () => {
    expectParse("I'm running late, push my 11am by 15 minutes", NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T11:00:00-05:00' }, change: { shiftMinutes: 15 } },
    });
    expectParse('running behind - move the standup to 10', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'standup' }, change: { start: '2026-11-19T10:00:00-05:00', timeOnly: true } },
    });
  });

  it('how a meeting repeats, said after its name: "make the weekly sync biweekly" is no new series', () => {
    expectParse('make the weekly sync biweekly', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'weekly sync' }, change: { recurrence: { type: 'weekly', interval: 2, daysOfWeek: [], firstDayOfWeek: 'sunday' } } },
    });
    const r = expectParse('set the standup to repeat every weekday', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'standup' } } });
    expect(r.entities.change?.recurrence?.daysOfWeek).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
    expect(r.entities.recurrence).toBeUndefined();
    expectParse('make it daily', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'anaphora' }, change: { recurrence: { type: 'daily', interval: 1 } } } });
    expect(recognize('set up a weekly meeting with Lee', { now: new Date(NOW), timeZone: NY }).intent).toBe('calendar.create');
  });

  it('"change the standup to 9:30 every day" is a new time for the meeting, not a new way to repeat it', () => {
    const r = expectParse('change the standup to 9:30 every day', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'standup' }, change: { start: '2026-11-19T09:30:00-05:00', timeOnly: true } } });
    expect(r.entities.change?.recurrence).toBeUndefined();
    // A clock time that names the meeting ("the 1:1 at 3") leaves the repetition said.
    expect(recognize('set the 1:1 at 3 to repeat weekly', { now: new Date(NOW), timeZone: NY }).entities.change?.recurrence).toMatchObject({ type: 'weekly', interval: 1 });
  });

  it('"make the standup every tuesday and thursday", "change the weekly sync to biweekly": a new way to repeat, and "biweekly" no person', () => {
    expectParse('make the standup every tuesday and thursday', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'standup' }, change: { recurrence: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday', 'thursday'], firstDayOfWeek: 'sunday' } } },
    });
    expect(recognize('change the weekly sync to biweekly', { now: new Date(NOW), timeZone: NY }).entities.people).toBeUndefined();
    // A new meeting made to repeat stays a new meeting.
    expect(recognize('make a meeting every tuesday at 4', { now: new Date(NOW), timeZone: NY }).intent).toBe('calendar.create');
  });

  it('a stretch to move into ("to friday afternoon", "to later today") is a window, not the new start and end; "to 2-3pm" is', () => {
    expectParse('move my 3pm to friday afternoon', NOW, NY, {
      intent: 'calendar.update',
      entities: { change: { start: '2026-11-20T12:00:00-05:00', end: '2026-11-20T17:00:00-05:00', window: true } },
    });
    expect(recognize('move the standup to later today', { now: new Date(NOW), timeZone: NY }).entities.change?.window).toBe(true);
    expect(recognize('move my 3pm to 2-3pm tomorrow', { now: new Date(NOW), timeZone: NY }).entities.change?.window).toBeUndefined();
  });

  it('the same time next week: a week later', () => {
    expectParse('move the standup to the same time next week', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'standup' }, change: { shiftMinutes: 7 * 24 * 60 } },
    });
  });

  it("cancel just tomorrow's standup, skip this week's 1:1: the name without the words around it", () => {
    expectParse("cancel just tomorrow's standup", NOW, NY, {
      intent: 'calendar.cancel',
      entities: { target: { kind: 'subject', text: 'standup' }, targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expectParse("skip this week's 1:1 with Megan", NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: '1:1', with: ['Megan'] }, subject: '1:1' } });
  });

  it('On Friday, move the standup to 10: a day said first is no reason', () => {
    const r = expectParse('On Friday, move the standup to 10', NOW, NY, {
      intent: 'calendar.update',
      entities: { targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expect(r.entities.comment).toBeUndefined();
  });

  it('cancel the review on Monday: the day the review is on', () => {
    expectParse('cancel the review on Monday', NOW, NY, {
      intent: 'calendar.cancel',
      entities: { target: { kind: 'subject', text: 'review' }, targetDay: { start: '2026-11-23T00:00:00-05:00', end: '2026-11-24T00:00:00-05:00' } },
    });
  });

  it.each<[string, 'accept' | 'decline' | 'tentative']>([
    ['rsvp yes to the holiday party', 'accept'],
    ['rsvp no to the offsite', 'decline'],
    ['rsvp maybe to the retro', 'tentative'],
  ])('%s: %s', (text, response) => {
    expectParse(text, NOW, NY, { intent: 'calendar.respond', entities: { response } });
  });

  it('tentatively accept the 3pm', () => {
    expectParse('tentatively accept the 3pm', NOW, NY, {
      intent: 'calendar.respond',
      entities: { response: 'tentative', target: { kind: 'time', start: '2026-11-19T15:00:00-05:00' } },
    });
  });
});

describe('other changes', () => {
  it('rename the standup to daily sync', () => {
    const r = expectParse('rename the standup to daily sync', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'standup' }, change: { subject: 'daily sync' } },
    });
    expect(r.entities.recurrence).toBeUndefined();
  });

  it('change the location of my 3pm to room 12', () => {
    expectParse('change the location of my 3pm to room 12', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, change: { location: 'room 12' } },
    });
  });

  it('rename the friday sync to Sprint review: the new name is nobody to invite', () => {
    const r = expectParse('rename the friday sync to Sprint review', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'friday sync' }, change: { subject: 'Sprint review' } },
    });
    expect(r.entities.people).toBeUndefined();
  });

  it('a new place said with its own words, or as a room where a time would be', () => {
    const cases: Array<[string, EventReference, string]> = [
      ['change the location of the offsite to Building 4', { kind: 'subject', text: 'offsite' }, 'Building 4'],
      ['set the location for the standup to the boardroom', { kind: 'subject', text: 'standup' }, 'the boardroom'],
      ['move the design review to room 4.12', { kind: 'subject', text: 'design review' }, 'room 4.12'],
    ];
    for (const [text, target, location] of cases) {
      expectParse(text, NOW, NY, { intent: 'calendar.update', entities: { target, change: { location } } });
    }
    // A time is still a time: "to 10" moves it.
    expectParse('move the standup to 10', NOW, NY, { entities: { change: { start: '2026-11-19T10:00:00-05:00', timeOnly: true } } });
  });

  it('a Teams link for a meeting there is: "make my 4pm online", "add a teams link to the budget review"', () => {
    const cases: Array<[string, EventReference]> = [
      ['make my 4pm online', { kind: 'time', start: '2026-11-19T16:00:00-05:00' }],
      ['make the team sync a teams meeting', { kind: 'subject', text: 'team sync' }],
      ['add a teams link to the budget review', { kind: 'subject', text: 'budget review' }],
      ['turn it into a teams meeting', { kind: 'anaphora' }],
      ['put the standup on teams', { kind: 'subject', text: 'standup' }],
      ['make it online please', { kind: 'anaphora' }],
      ['add teams to my 4pm', { kind: 'time', start: '2026-11-19T16:00:00-05:00' }],
      // Asking for the link of a meeting: the link goes on the meeting, not into a mail.
      ['send a teams link for the sync', { kind: 'subject', text: 'sync' }],
      ['can you create a teams link for my 3pm', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }],
    ];
    for (const [text, target] of cases) {
      const r = expectParse(text, NOW, NY, { intent: 'calendar.update', entities: { target, change: { online: true } } });
      expect(r.entities.start).toBeUndefined();
    }
    // A link sent to a person is a mail.
    expect(recognize('send a teams link to Megan', { now: new Date(NOW), timeZone: NY }).intent).toBe('mail.send');
  });

  it('another service\'s link asked for ("add a zoom link to the standup") is a Join link for that meeting, with the service said', () => {
    const cases: Array<[string, EventReference, string]> = [
      ['add a zoom link to the standup', { kind: 'subject', text: 'standup' }, 'Zoom'],
      ['make the standup a zoom call', { kind: 'subject', text: 'standup' }, 'Zoom'],
      ['put a google meet link on the review', { kind: 'subject', text: 'review' }, 'Google Meet'],
      ['attach a zoom link to my 3pm', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, 'Zoom'],
      ['send me a webex link for the design review', { kind: 'subject', text: 'design review' }, 'Webex'],
      // "put" and "attach" as "add" are for Teams links too.
      ['put a teams link on the review', { kind: 'subject', text: 'review' }, ''],
    ];
    for (const [text, target, service] of cases) {
      const r = expectParse(text, NOW, NY, { intent: 'calendar.update', entities: { target, change: { online: true } } });
      expect([text, r.entities.onlineService ?? '', r.entities.people]).toEqual([text, service, undefined]);
    }
    // A new one: held on Teams all the same, and "zoom" is no part of its name.
    const created = expectParse('set up a zoom meeting with megan tomorrow at 3', NOW, NY, { intent: 'calendar.create', start: '2026-11-20T15:00:00-05:00', entities: { online: true, onlineService: 'Zoom', people: ['megan'] } });
    expect(created.entities.subject).not.toMatch(/zoom/i);
  });

  it('a day of the month said bare, as in chat ("push it to 21st", "move the standup to 3rd"): the coming such day', () => {
    expectParse('push it to 21st', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'anaphora' }, change: { start: '2026-11-21T00:00:00-05:00', end: '2026-11-22T00:00:00-05:00' } } });
    expectParse('move the standup to 3rd', NOW, NY, { intent: 'calendar.update', entities: { change: { start: '2026-12-03T00:00:00-05:00', end: '2026-12-04T00:00:00-05:00' } } });
    expectParse('lunch with megan on 5th', NOW, NY, { intent: 'calendar.create', start: '2026-12-05T00:00:00-05:00' });
    // An ordinal of something else is no day.
    for (const text of ['book the room on 2nd floor', 'move it to 3rd street', 'remind me to submit the 2nd draft']) {
      const r = recognize(text, { now: new Date(NOW), timeZone: NY });
      expect([text, r.spans.filter((s) => s.type === 'when').map((s) => s.text)]).toEqual([text, []]);
    }
  });

  it('a new Teams meeting is still a new meeting', () => {
    for (const text of ['make a teams meeting with Lee tomorrow at 3', 'set up a teams meeting with Megan', 'schedule an online meeting with Alex on friday']) {
      const r = recognize(text, { now: new Date(NOW), timeZone: NY });
      expect([text, r.intent, r.entities.online]).toEqual([text, 'calendar.create', true]);
      expect(r.entities.change).toBeUndefined();
    }
  });

  it("join my next meeting, the teams link for the standup, is the planning online?: that meeting's details, with its Join button", () => {
    expectParse('join my next meeting', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'next', joinable: true } } });
    expectParse('join my 2pm', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'time', start: '2026-11-19T14:00:00-05:00' } } });
    expectParse('what is the join link for the standup', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'standup' } } });
    expectParse('is the quarterly planning online?', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'quarterly planning' } } });
    // Joining something that is no meeting is no calendar question; asking for a link to be added is a change.
    expect(recognize('i want to join the gym', { now: new Date(NOW), timeZone: NY }).intent).toBe('none');
    expect(recognize('open my calendar', { now: new Date(NOW), timeZone: NY }).entities.target).toBeUndefined();
    expectParse('send a teams link for the sync', NOW, NY, { intent: 'calendar.update', entities: { change: { online: true } } });
    // "the link" for a meeting, with no word of Teams or joining (was a new meeting).
    expectParse('send me the link for my next meeting', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'next', joinable: true } } });
    expectParse("what's the link to the standup", NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'standup' } } });
    expect(recognize('share the link to the deck with adele', { now: new Date(NOW), timeZone: NY }).intent).not.toBe('calendar.query');
  });

  it("who's in the 2pm?, who is coming to the design review: that meeting's details", () => {
    expectParse("who's in the 2pm?", NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'time', start: '2026-11-19T14:00:00-05:00' } } });
    expectParse('who is coming to the design review', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'design review' } } });
    expectParse('who organized the quarterly planning', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'quarterly planning' } } });
    // Not a meeting: a contact question.
    expectParse("who's in my contacts", NOW, NY, { intent: 'contact.query' });
  });

  it('an invitation by whose it is: "accept Lynne\'s invite", "decline the invite from Adele for tomorrow"', () => {
    expectParse("accept Lynne's invite", NOW, NY, { intent: 'calendar.respond', entities: { response: 'accept', target: { kind: 'person', name: 'Lynne' } } });
    expectParse('accept all invites from Megan', NOW, NY, { intent: 'calendar.respond', entities: { target: { kind: 'person', name: 'Megan' } } });
    expectParse('decline the invite from Adele for tomorrow', NOW, NY, {
      intent: 'calendar.respond',
      entities: { target: { kind: 'person', name: 'Adele' }, targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
  });

  it('everything from someone this week: the person, and the week to look in ("this week" is no "this")', () => {
    expectParse('accept everything from Megan this week', NOW, NY, {
      intent: 'calendar.respond',
      entities: { target: { kind: 'person', name: 'Megan' }, targetDay: { start: '2026-11-19T00:00:00-05:00', end: '2026-11-23T00:00:00-05:00' } },
    });
  });

  it('where and how long: "where is the all hands", "how long is the design review"', () => {
    expectParse('where is the all hands', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'all hands' } } });
    expectParse('how long is the design review', NOW, NY, { intent: 'calendar.query', entities: { target: { kind: 'subject', text: 'design review' } } });
  });

  it("decline the offsite, I'm on PTO: the message, and no one called PTO", () => {
    const r = expectParse("decline the offsite, I'm on PTO", NOW, NY, { intent: 'calendar.respond', entities: { target: { kind: 'subject', text: 'offsite' }, comment: "I'm on PTO" } });
    expect(r.entities.people).toBeUndefined();
  });

  it('a day alone narrows the search and names no meeting: "decline the meeting on friday" ("the meetings" is every one: below)', () => {
    const r = expectParse('decline the meeting on friday', NOW, NY, {
      intent: 'calendar.respond',
      entities: { targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expect(r.entities.target).toBeUndefined();
  });

  it("I can't make the 4pm", () => {
    expectParse("I can't make the 4pm", NOW, NY, {
      intent: 'calendar.respond',
      entities: { response: 'decline', target: { kind: 'time', start: '2026-11-19T16:00:00-05:00' } },
    });
  });

  it('"I won\'t be at the design review", "I can\'t make it to tomorrow\'s standup, I\'m sick": a decline of that meeting, with the message', () => {
    expectParse("I won't be at the design review", NOW, NY, { intent: 'calendar.respond', entities: { response: 'decline', target: { kind: 'subject', text: 'design review' } } });
    expectParse("I can't make it to tomorrow's standup, I'm sick", NOW, NY, {
      intent: 'calendar.respond',
      entities: {
        response: 'decline',
        target: { kind: 'subject', text: 'standup' },
        targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' },
        comment: "I'm sick",
      },
    });
    // Alone, "it" is the meeting talked about.
    expectParse("I can't make it", NOW, NY, { intent: 'calendar.respond', entities: { response: 'decline', target: { kind: 'anaphora' } } });
  });

  it('last Tuesday is in the past', () => {
    expectParse('what did I have last Tuesday', NOW, NY, { intent: 'calendar.query', start: '2026-11-17T00:00:00-05:00', end: '2026-11-18T00:00:00-05:00' });
  });

  it('the rest of the week', () => {
    expectParse('show my schedule for the rest of the week', NOW, NY, { intent: 'calendar.query', start: '2026-11-19T09:00:00-05:00', end: '2026-11-23T00:00:00-05:00' });
  });
});


describe('a new length', () => {
  it.each<[string, EventReference, EventChange]>([
    ['make the budget review 30 minutes longer', { kind: 'subject', text: 'budget review' }, { extendMinutes: 30 }],
    ['extend the budget review by 30 minutes', { kind: 'subject', text: 'budget review' }, { extendMinutes: 30 }],
    ['shorten the standup by 10 minutes', { kind: 'subject', text: 'standup' }, { extendMinutes: -10 }],
    ['make it 15 minutes shorter', { kind: 'anaphora' }, { extendMinutes: -15 }],
    ['make the standup 15 minutes', { kind: 'subject', text: 'standup' }, { lengthMinutes: 15 }],
    ['shorten my 2pm to 15 minutes', { kind: 'time', start: '2026-11-19T14:00:00-05:00' }, { lengthMinutes: 15 }],
    ['make my 3pm an hour long', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, { lengthMinutes: 60 }],
    // A name that reads as a new series ("daily") is still the meeting changed.
    ['make the daily standup 15 minutes longer', { kind: 'subject', text: 'daily standup' }, { extendMinutes: 15 }],
    // A day's meeting ("tomorrow's standup") was a new meeting called "standup".
    ["make tomorrow's standup 30 minutes", { kind: 'subject', text: 'standup' }, { lengthMinutes: 30 }],
    ["make friday's sync an hour long", { kind: 'subject', text: 'sync' }, { lengthMinutes: 60 }],
    // Time added or taken off, the meeting named after it (this was a new meeting called "standup").
    ['add 15 mins to the standup', { kind: 'subject', text: 'standup' }, { extendMinutes: 15 }],
    ['take 10 minutes off my 2pm', { kind: 'time', start: '2026-11-19T14:00:00-05:00' }, { extendMinutes: -10 }],
    // More time given (was a question about the review), a new length "instead" (was a new meeting).
    ['give the design review another 30 minutes', { kind: 'subject', text: 'design review' }, { extendMinutes: 30 }],
    ['make the standup 30 minutes instead of 15', { kind: 'subject', text: 'standup' }, { lengthMinutes: 30 }],
  ])('%s', (text, target, change) => {
    expectParse(text, NOW, NY, { intent: 'calendar.update', entities: { target, change } });
  });

  it.each<[string, EventReference, string]>([
    ['extend my 2pm until 3:30', { kind: 'time', start: '2026-11-19T14:00:00-05:00' }, '2026-11-19T15:30:00-05:00'],
    ['end the design review at 2:30', { kind: 'subject', text: 'design review' }, '2026-11-19T14:30:00-05:00'],
    ['make the standup end at 9:30', { kind: 'subject', text: 'standup' }, '2026-11-19T09:30:00-05:00'],
    ['please end the sync by 4', { kind: 'subject', text: 'sync' }, '2026-11-19T16:00:00-05:00'],
    ['can we finish the 1:1 at 3:45', { kind: 'subject', text: '1:1' }, '2026-11-19T15:45:00-05:00'],
    ["end tomorrow's standup at 9:45", { kind: 'subject', text: 'standup' }, '2026-11-20T09:45:00-05:00'],
    // A day said after the new end is the meeting's.
    ['extend my 2pm until 3:30 on friday', { kind: 'time', start: '2026-11-20T14:00:00-05:00' }, '2026-11-20T15:30:00-05:00'],
    ['extend the design review until 2:30 tomorrow', { kind: 'subject', text: 'design review' }, '2026-11-20T14:30:00-05:00'],
  ])('a new end, the start kept: %s', (text, target, endsAt) => {
    expectParse(text, NOW, NY, { intent: 'calendar.update', entities: { target, change: { endsAt } } });
  });

  it('time added to a calendar is no meeting made longer: "add 30 minutes to my calendar for lunch"', () => {
    expectParse('add 30 minutes to my calendar for lunch', NOW, NY, { intent: 'calendar.create', entities: { durationMinutes: 30, subject: 'lunch' } });
  });

  it('"push the standup by 15", "bump the sync forward by 10": two digits alone are minutes', () => {
    expectParse('push the standup by 15', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'standup' }, change: { shiftMinutes: 15 } } });
    expectParse('bump the sync forward by 10', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'sync' }, change: { shiftMinutes: -10 } } });
    // One digit is no amount of minutes anyone pushes by: no shift is read.
    expect(recognize('push the standup by 2', { now: new Date(NOW), timeZone: NY }).entities.change?.shiftMinutes).toBeUndefined();
  });

  it('leaves a shift and a new meeting\'s length alone', () => {
    expectParse('move my 3pm by 30 minutes', NOW, NY, { intent: 'calendar.update', entities: { change: { shiftMinutes: 30 } } });
    expectParse('book a 30 minute meeting with Megan', NOW, NY, { intent: 'calendar.create', entities: { durationMinutes: 30 } });
  });
});

describe('an answer to "when should it move to?"', () => {
  const ctx = { now: new Date(NOW), timeZone: NY };
  it.each([
    ['30 minutes later', { shiftMinutes: 30 }],
    ['an hour earlier', { shiftMinutes: -60 }],
    ['to 4pm', { start: '2026-11-19T16:00:00-05:00', timeOnly: true }],
    ['make it 4pm', { start: '2026-11-19T16:00:00-05:00', timeOnly: true }],
    ['tomorrow at 2pm', { start: '2026-11-20T14:00:00-05:00' }],
  ])('"%s" is read as the change of the move it answers', (text, change) => {
    const answer = recognize(text, { ...ctx, answering: 'calendar.update' });
    expect(answer.intent).toBe('calendar.update');
    expect(answer.entities.change).toEqual(change);
    expect(answer.trace.intent).toBe('context.answering');
  });

  it('on its own, "30 minutes later" asks for nothing', () => {
    const alone = recognize('30 minutes later', ctx);
    expect(alone.intent).toBe('none');
    expect(alone.entities.change).toBeUndefined();
  });
});

describe('every meeting of a period', () => {
  const all: EventReference = { kind: 'all' };
  const friday = { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' };

  it('"cancel all my meetings tomorrow", "all of tomorrow\'s meetings", "everything tomorrow", "clear my calendar tomorrow": all of that day', () => {
    for (const text of ['cancel all my meetings tomorrow', "cancel all of tomorrow's meetings", 'cancel everything tomorrow', 'clear my calendar tomorrow', 'delete every event tomorrow']) {
      expectParse(text, NOW, NY, { intent: 'calendar.cancel', entities: { target: all, targetDay: friday } });
    }
  });

  it('"decline all meetings on friday", "accept all invites for next week": one answer for all of them', () => {
    expectParse('decline all meetings on friday', NOW, NY, {
      intent: 'calendar.respond',
      entities: { target: all, response: 'decline', targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expectParse('accept all invites for next week', NOW, NY, {
      intent: 'calendar.respond',
      entities: { target: all, response: 'accept', targetDay: { start: '2026-11-23T00:00:00-05:00', end: '2026-11-30T00:00:00-05:00' } },
    });
  });

  it('"free up my friday afternoon" empties that afternoon; "free up some time on friday" empties nothing', () => {
    expectParse('free up my friday afternoon', NOW, NY, {
      intent: 'calendar.cancel',
      entities: { target: all, targetDay: { start: '2026-11-20T12:00:00-05:00', end: '2026-11-20T17:00:00-05:00' } },
    });
    expect(recognize('free up some time on friday', { now: new Date(NOW), timeZone: NY }).intent).not.toBe('calendar.cancel');
  });

  it('"free up my calendar tomorrow" empties the day, whatever the calendar words ask; "is my calendar free tomorrow" asks', () => {
    expectParse('free up my calendar tomorrow', NOW, NY, {
      intent: 'calendar.cancel',
      entities: { target: all, targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expectParse('can you free up my schedule on friday', NOW, NY, {
      intent: 'calendar.cancel',
      entities: { target: all, targetDay: { start: '2026-11-20T00:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
    expect(recognize('is my calendar free tomorrow', { now: new Date(NOW), timeZone: NY }).intent).toBe('calendar.query');
  });

  it('"clear my afternoon" is the afternoon; "after 3pm tomorrow" runs to the end of that day', () => {
    expectParse('clear my afternoon', NOW, NY, { intent: 'calendar.cancel', entities: { target: all, targetDay: { start: '2026-11-19T12:00:00-05:00', end: '2026-11-19T17:00:00-05:00' } } });
    expectParse('cancel everything after 3pm tomorrow', NOW, NY, {
      intent: 'calendar.cancel',
      entities: { target: all, targetDay: { start: '2026-11-20T15:00:00-05:00', end: '2026-11-21T00:00:00-05:00' } },
    });
  });

  it('"I\'m sick today, cancel all my meetings": the day said in the reason, which is the message', () => {
    expectParse("I'm sick today, cancel all my meetings", NOW, NY, {
      intent: 'calendar.cancel',
      entities: { target: all, targetDay: { start: '2026-11-19T00:00:00-05:00', end: '2026-11-20T00:00:00-05:00' }, comment: "I'm sick today" },
    });
  });

  it('no time said: all, with no period (the dialog asks for one)', () => {
    const r = recognize('cancel all my meetings', { now: new Date(NOW), timeZone: NY });
    expect(r.entities.target).toEqual(all);
    expect(r.entities.targetDay).toBeUndefined();
  });

  it('with people said, their meetings, not all: "cancel all my meetings with Megan tomorrow", "delete all my appointments with dr smith this week"', () => {
    expectParse('cancel all my meetings with Megan tomorrow', NOW, NY, { entities: { target: { kind: 'person', name: 'Megan' } } });
    expect(recognize('delete all of my appointments with dr smith this week', { now: new Date(NOW), timeZone: NY }).entities.target).not.toEqual(all);
    expect(recognize('cancel everything with Adele', { now: new Date(NOW), timeZone: NY }).entities.target).toEqual({ kind: 'person', name: 'Adele' });
  });
});

describe('the whole of a repeating meeting', () => {
  it('"cancel the standup series", "the recurring sync", "stop the weekly sync", "end the standup series": the whole series of that meeting', () => {
    expectParse('cancel the standup series', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: 'standup' }, wholeSeries: true } });
    expectParse('cancel the recurring sync with Lee', NOW, NY, { intent: 'calendar.cancel', entities: { wholeSeries: true } });
    expectParse('stop the weekly sync', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: 'weekly sync' }, wholeSeries: true } });
    expectParse('end the standup series', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: 'standup' }, wholeSeries: true } });
    expectParse('decline the weekly sales sync series', NOW, NY, { intent: 'calendar.respond', entities: { response: 'decline', wholeSeries: true } });
  });

  it('"cancel the standup from now on": for good, not a meeting at this moment', () => {
    expectParse('cancel the standup from now on', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'subject', text: 'standup' }, wholeSeries: true } });
  });

  it('"cancel the series": the series of the meeting talked about', () => {
    expectParse('cancel the series', NOW, NY, { intent: 'calendar.cancel', entities: { target: { kind: 'anaphora' }, wholeSeries: true } });
  });

  it('one occurrence named by its day is no series', () => {
    const r = recognize("cancel tomorrow's standup", { now: new Date(NOW), timeZone: NY });
    expect(r.entities.wholeSeries).toBeUndefined();
  });

  it.each([
    // The end of the time said: a month, a week (chrono reads "after this week" whole).
    ['end the standup series after december', '2026-12-31', 'change.seriesEnd.after'],
    ['stop the weekly sync after this week', '2026-11-22', 'change.seriesEnd.after'],
    // The day itself, the month's last for "the end of the month".
    ['end the standup series at the end of the month', '2026-11-30', 'change.seriesEnd.on'],
    ['end the standup series on friday', '2026-11-20', 'change.seriesEnd.on'],
    ['end the standup series by dec 18', '2026-12-18', 'change.seriesEnd.on'],
    // The day before it starts.
    ['stop the recurring 1:1 with Megan from january', '2026-12-31', 'change.seriesEnd.from'],
    ['cancel the standup series starting next week', '2026-11-22', 'change.seriesEnd.from'],
  ])('"%s": the series ends with %s, a new end rather than a day of it', (text, seriesEnd, source) => {
    const r = recognize(text, { now: new Date(NOW), timeZone: NY });
    expect(r.intent).toBe('calendar.cancel');
    expect(r.entities).toMatchObject({ wholeSeries: true, seriesEnd });
    expect(r.entities.targetDay).toBeUndefined();
    expect(r.trace.seriesEnd).toBe(source);
  });

  it('without words for a series, a day after the meeting is its day ("remove the event from monday", "cancel the standup on friday")', () => {
    for (const text of ['remove the event from monday', 'cancel the standup on friday']) {
      const r = recognize(text, { now: new Date(NOW), timeZone: NY });
      expect(r.entities.seriesEnd).toBeUndefined();
      expect(r.entities.targetDay).toBeDefined();
    }
  });
});

describe("a meeting's own reminder", () => {
  it('"remind me 10 minutes before the standup", "set a reminder 15 minutes before my 3pm", "add a 30 minute reminder to the quarterly planning": a change, not a new event', () => {
    expectParse('remind me 10 minutes before the standup', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'standup' }, change: { reminderMinutes: 10 } } });
    expectParse('remind me ten minutes before the standup', NOW, NY, { intent: 'calendar.update', entities: { change: { reminderMinutes: 10 } } });
    expectParse('set a reminder 15 minutes before my 3pm', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, change: { reminderMinutes: 15 } },
    });
    expectParse('remind me an hour before the design review', NOW, NY, { intent: 'calendar.update', entities: { target: { kind: 'subject', text: 'design review' }, change: { reminderMinutes: 60 } } });
    const r = expectParse('add a 30 minute reminder to the quarterly planning', NOW, NY, {
      intent: 'calendar.update',
      entities: { target: { kind: 'subject', text: 'quarterly planning' }, change: { reminderMinutes: 30 } },
    });
    // How early it reminds, not how long it lasts.
    expect(r.entities.durationMinutes).toBeUndefined();
  });

  it.each([
    // The meeting first, then how early.
    ['set a reminder for the quarterly planning 1 day before', { kind: 'subject', text: 'quarterly planning' }, 1440],
    ['put a reminder on the team lunch for 30 minutes before', { kind: 'subject', text: 'team lunch' }, 30],
    ['remind me about the design review an hour before', { kind: 'subject', text: 'design review' }, 60],
    ['remind me of my 3pm ten minutes ahead', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, 10],
    // The reminder changed to a lead.
    ['change the reminder on the design review to 1 hour', { kind: 'subject', text: 'design review' }, 60],
    ['set the standup reminder to 5 minutes', { kind: 'subject', text: 'standup' }, 5],
    ['make the reminder for my 3pm 2 hours before', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, 120],
    // The lead first, worded otherwise.
    ['set reminder 2 days before the offsite', { kind: 'subject', text: 'offsite' }, 2880],
    ['i want a reminder 1 hour before the quarterly planning', { kind: 'subject', text: 'quarterly planning' }, 60],
    ['remind me a week before the offsite', { kind: 'subject', text: 'offsite' }, 10080],
    // A meeting named by its time.
    ['add a 30 minute reminder to my 3pm', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }, 30],
  ])('%s: that meeting\'s reminder', (text, target, minutes) => {
    const r = recognize(text, { now: new Date(NOW), timeZone: NY });
    expect({ intent: r.intent, target: r.entities.target, change: r.entities.change, duration: r.entities.durationMinutes, people: r.entities.people }).toEqual({
      intent: 'calendar.update',
      target,
      change: { reminderMinutes: minutes },
      duration: undefined,
      people: text.includes('remind me') ? ['me'] : undefined,
    });
  });

  it.each([
    ['remind me about the design review', { kind: 'subject', text: 'design review' }],
    ['remind me about my 3pm', { kind: 'time', start: '2026-11-19T15:00:00-05:00' }],
    ['remind me about the team lunch', { kind: 'subject', text: 'team lunch' }],
    ["remind me of adele's review", { kind: 'subject', text: "adele's review" }],
  ])('%s: how early not said, that meeting\'s reminder on (was a new event so called)', (text, target) => {
    const r = recognize(text, { now: new Date(NOW), timeZone: NY });
    expect({ intent: r.intent, target: r.entities.target, change: r.entities.change, start: r.entities.start }).toEqual({ intent: 'calendar.update', target, change: { reminderOn: true }, start: undefined });
  });

  it('a new meeting with its reminder, and a reminder to do something or of something at a time, stay new events', () => {
    expectParse('meeting with Adele tomorrow at 3, remind me 15 minutes before', NOW, NY, { intent: 'calendar.create', entities: { reminderMinutes: 15 } });
    expect(recognize('remind me to call mom at 5', { now: new Date(NOW), timeZone: NY }).intent).toBe('calendar.create');
    expect(recognize('remind me about the budget review tomorrow morning', { now: new Date(NOW), timeZone: NY }).intent).toBe('calendar.create');
    expect(recognize('remind me about my dentist appointment tomorrow', { now: new Date(NOW), timeZone: NY }).intent).toBe('calendar.create');
    expect(recognize('remind me about my biology test at fsu on friday', { now: new Date(NOW), timeZone: NY }).intent).toBe('calendar.create');
  });
});

describe('a move to the end of a week or a day', () => {
  it('"to the end of next week" is that Friday, not its own day; "to end of day" is its own day at the day\'s end, and "end" is no one', () => {
    const week = recognize('move the standup to the end of next week', { now: new Date(NOW), timeZone: NY });
    expect(week.entities.change).toEqual({ start: '2026-11-27T17:00:00-05:00' });
    const day = recognize('push the review to end of day', { now: new Date(NOW), timeZone: NY });
    expect({ change: day.entities.change, people: day.entities.people, persons: day.spans.filter((x) => x.type === 'person').length }).toEqual({
      change: { start: '2026-11-19T17:00:00-05:00', timeOnly: true },
      people: undefined,
      persons: 0,
    });
  });
});

describe('an answer said in a word', () => {
  it.each([
    ['maybe to the quarterly planning', 'tentative', { kind: 'subject', text: 'quarterly planning' }],
    ['rsvp maybe to the design review', 'tentative', { kind: 'subject', text: 'design review' }],
    ["say yes to adele's invite", 'accept', { kind: 'person', name: 'adele' }],
    ['say no to the offsite', 'decline', { kind: 'subject', text: 'offsite' }],
    // Leaving someone else's meeting is declining it.
    ['remove me from the vendor negotiation', 'decline', { kind: 'subject', text: 'vendor negotiation' }],
    ['take me off the 1:1 with megan', 'decline', { kind: 'subject', text: '1:1', with: ['megan'] }],
  ])('%s: %s', (text, response, target) => {
    const r = recognize(text, { now: new Date(NOW), timeZone: NY });
    expect({ intent: r.intent, response: r.entities.response, target: r.entities.target }).toEqual({ intent: 'calendar.respond', response, target });
  });

  it('"decline and propose thursday instead": "propose" is no one', () => {
    expect(recognize('decline and propose thursday instead', { now: new Date(NOW), timeZone: NY }).entities.people).toBeUndefined();
  });
});

describe('a Teams link asked for alone', () => {
  it('"add a teams link" is for the meeting last talked about', () => {
    for (const text of ['add a teams link', 'add a Teams link please']) {
      const r = recognize(text, { now: new Date(NOW), timeZone: NY });
      expect({ text, intent: r.intent, target: r.entities.target, change: r.entities.change }).toEqual({ text, intent: 'calendar.update', target: { kind: 'anaphora' }, change: { online: true } });
    }
  });
});


describe('a clock time followed by a word beginning like an ordinal', () => {
  it('"change the standup to 9:30 starting next week" moves it to 9:30 (the "st" of "starting" cut the minutes off)', () => {
    expect(recognize('change the standup to 9:30 starting next week', { now: new Date(NOW), timeZone: NY }).entities.change).toEqual({ start: '2026-11-19T09:30:00-05:00', timeOnly: true });
  });
});
