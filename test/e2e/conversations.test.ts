import type * as Graph from '@microsoft/microsoft-graph-types';
import { ADELE, ALEX_ID, MEGAN, NOW, PATTI, PST, eventsOn, fault, graphSend, mailBody, mailsTo, only, postMeeting, starts } from '../support/calendarKit';
import { executeActions, inputTypes, markdownTexts, usePlaygroundStack, type ShownCard } from '../support/playgroundStack';
import { clearFaults } from '../support/testStack';

// Every conversation of the scheduling issue, typed into the Agents Playground and checked
// afterwards in the calendars the stand-in keeps (the organizer's and the attendees' copies).
// Wednesday 18 November 2026, 09:30 in Los Angeles (Alex's mailbox zone); the demo seed puts
// the design review (Alex, with Megan and Patti) at 1pm today and Megan's 1:1 with Alex at 3pm.

const ISAIAH = '00000000-0000-0000-0000-0000000000023';
const LYNNE = '00000000-0000-0000-0000-0000000000025';
const REVIEW = 'Project Falcon design review';

const { stack, chat } = usePlaygroundStack(NOW);

/** Alex's events between two instants, as Outlook shows them (Pacific times), cancelled ones left out. */
async function alexView(from: string, until: string): Promise<Graph.Event[]> {
  const view = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX_ID}/calendarView?startDateTime=${from}&endDateTime=${until}&$top=300`, PST);
  return view.value.filter((e) => !e.isCancelled);
}

/** "1:00 PM" for "2026-11-18T13:00:00.0000000": how cards write a start. */
function clockLabel(dateTime: string): string {
  const [h, m] = dateTime.slice(11, 16).split(':').map(Number);
  return `${((h + 11) % 12) + 1}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The agenda card shows exactly the events Graph has for Alex in the range, each with its start. */
async function expectAgendaOf(card: ShownCard, from: string, until: string): Promise<Graph.Event[]> {
  const events = await alexView(from, until);
  expect(events.length).toBeGreaterThan(0);
  expect(card.texts).toContain(`${events.length === 1 ? '1 event' : `${events.length} events`} · times in Pacific Time`);
  for (const event of events) {
    expect(card.texts).toContain(event.subject);
    // A day's first row carries the day too ("Wed, Nov 18 9:00 AM") when the agenda spans days.
    const label = clockLabel(event.start?.dateTime ?? '');
    if (!event.isAllDay) expect(card.texts.filter((t) => t === label || t.endsWith(` ${label}`)).length).toBeGreaterThan(0);
  }
  return events;
}

function live(events: Graph.Event[]): Graph.Event[] {
  return events.filter((e) => !e.isCancelled);
}

function responseOf(event: Graph.Event, address: string): string | undefined {
  return event.attendees?.find((a) => a.emailAddress?.address === address)?.status?.response ?? undefined;
}

/** The meeting `subject` starts at `start` (local) in each of these calendars, once. */
async function expectStartsIn(subject: string, start: string, userIds: string[]): Promise<void> {
  for (const userId of userIds) expect(starts(live(await eventsOn(stack, userId, subject)))).toEqual([start]);
}

/** Attendees keep a cancelled copy of a cancelled meeting, its subject prefixed as Outlook does ("Canceled: ..."). */
async function expectCancelledFor(subject: string, userIds: string[]): Promise<void> {
  for (const userId of userIds) expect(only(await eventsOn(stack, userId, new RegExp(subject))).isCancelled).toBe(true);
}

/**
 * Presses a button while Graph answers `where` with a lasting 503: the card must say to try
 * again and `unchanged` must still hold; then, Graph back, the same button is pressed again.
 */
async function pressThroughOutage(card: ShownCard, title: string, where: { path: string; method: string }, unchanged: () => Promise<void>): Promise<ShownCard> {
  await fault(stack, { ...where, status: 503, retryAfterSeconds: 0, count: 10 });
  const failed = await chat.press(card, title);
  expect(failed.texts.join(' ')).toMatch(/Microsoft 365 is busy right now.*try again/);
  await unchanged();
  await clearFaults(stack);
  return chat.press(failed, title);
}

describe('creating a meeting', () => {
  test('"meet with Megan tomorrow at 3pm for 30 minutes about the budget": the card says it all; Schedule turns it into the meeting with Join, in both calendars, with an invitation', async () => {
    const proposal = await chat.ask('meet with Megan tomorrow at 3pm for 30 minutes about the budget');
    expect(proposal.texts).toEqual(
      expect.arrayContaining(['Schedule this meeting?', 'Budget', 'Thu, Nov 19, 3:00 – 3:30 PM (Pacific Time)', 'Megan Bowen (meganb@example.com)', 'Microsoft Teams meeting', '15 minutes before', 'Schedule', 'Edit', 'Cancel']),
    );
    const scheduled = await chat.press(proposal, 'Schedule');
    expect(scheduled.texts[0]).toBe('Scheduled: Budget');
    // The card is the meeting now: Join, and no button that could schedule it again.
    expect(JSON.stringify(scheduled.card)).toMatch(/"title":"Join","url":"https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(JSON.stringify(scheduled.card)).not.toContain('Action.Execute');
    const created = only(await eventsOn(stack, ALEX_ID, 'Budget'));
    expect(created).toMatchObject({ isOnlineMeeting: true, reminderMinutesBeforeStart: 15, end: { dateTime: '2026-11-19T15:30:00.0000000' } });
    await expectStartsIn('Budget', '2026-11-19T15:00', [ALEX_ID, MEGAN]);
    expect(await mailsTo(stack, 'meganb@example.com', 'Budget')).toHaveLength(1);
  }, 60000);

  test('an attendee busy at the time said: the card names her and offers times free for both; the one picked lands in both calendars', async () => {
    // Megan books an agency call 11–12 today in her own Outlook; Alex is free then.
    await postMeeting(stack, MEGAN, 'Agency call', '2026-11-18T11:00', '2026-11-18T12:00', []);
    const proposal = await chat.ask('meet with Megan today at 11am about pricing');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Conflicts', 'Free for everyone instead:']));
    expect(proposal.texts.filter((t) => /Megan Bowen/.test(t) && /busy/.test(t))).toHaveLength(1);
    const slot = executeActions(proposal.card).find((a) => a.verb === 'event.pickSlot')!;
    const picked = await chat.press(proposal, slot.title);
    expect(picked.texts).not.toContain('Conflicts');
    await chat.press(picked, 'Schedule');
    const [alexs] = await eventsOn(stack, ALEX_ID, 'Pricing');
    expect(Date.parse(`${alexs.start?.dateTime?.slice(0, 19)}-08:00`)).toBe(Date.parse(String(slot.data.start)));
    await expectStartsIn('Pricing', starts([alexs])[0], [ALEX_ID, MEGAN]);
  }, 60000);

  test('"all day Friday": an all-day event, a date and not a span of hours, for both', async () => {
    const proposal = await chat.ask('meet with Megan all day Friday about the offsite');
    await chat.press(proposal, 'Schedule');
    for (const userId of [ALEX_ID, MEGAN]) {
      expect(only(await eventsOn(stack, userId, 'Offsite'))).toMatchObject({ isAllDay: true, start: { dateTime: '2026-11-20T00:00:00.0000000' }, end: { dateTime: '2026-11-21T00:00:00.0000000' } });
    }
  }, 60000);

  test('Edit opens the proposal as a form; new time, length, subject, place and Teams off, saved and scheduled, are the event in both calendars', async () => {
    const proposal = await chat.ask('meet with Megan friday at 10am about roadmap');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Roadmap', 'Fri, Nov 20, 10:00 – 10:30 AM (Pacific Time)', 'Microsoft Teams meeting']));

    const form = await chat.press(proposal, 'Edit');
    expect(inputTypes(form.card)).toEqual({
      subject: 'Input.Text',
      date: 'Input.Date',
      time: 'Input.Time',
      duration: 'Input.ChoiceSet',
      attendees: 'Input.Text',
      location: 'Input.Text',
      online: 'Input.Toggle',
    });
    const edited = await chat.press(form, 'Save', { subject: 'Roadmap deep dive', time: '11:30', duration: '60', location: 'Room 12', online: 'false' });
    expect(edited.texts).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Roadmap deep dive', 'Fri, Nov 20, 11:30 AM – 12:30 PM (Pacific Time)', 'Room 12']));
    expect(edited.texts).not.toContain('Microsoft Teams meeting');
    expect(await eventsOn(stack, ALEX_ID, /Roadmap/)).toEqual([]);

    expect((await chat.press(edited, 'Schedule')).texts[0]).toBe('Scheduled: Roadmap deep dive');
    const created = only(await eventsOn(stack, ALEX_ID, /Roadmap/));
    expect(created).toMatchObject({
      subject: 'Roadmap deep dive',
      isOnlineMeeting: false,
      location: { displayName: 'Room 12' },
      start: { dateTime: '2026-11-20T11:30:00.0000000' },
      end: { dateTime: '2026-11-20T12:30:00.0000000' },
    });
    expect(created.attendees?.map((a) => a.emailAddress?.address)).toEqual(['meganb@example.com']);
    await expectStartsIn('Roadmap deep dive', '2026-11-20T11:30', [MEGAN]);
  }, 60000);

  test('markdown typed as the subject is shown as typed: on the proposal and the scheduled card it is never in a TextBlock, which Teams formats', async () => {
    const subject = '**Launch** [plan](https://evil.example)';
    const form = await chat.press(await chat.ask('meet with Megan friday at 10am about roadmap'), 'Edit');
    const proposal = await chat.press(form, 'Save', { subject });
    const scheduled = await chat.press(proposal, 'Schedule');
    for (const card of [proposal, scheduled]) {
      expect(card.texts.filter((t) => t.includes(subject))).not.toEqual([]);
      expect(markdownTexts(card.card).filter((t) => t.includes(subject))).toEqual([]);
    }
    expect(only(await eventsOn(stack, MEGAN, subject)).subject).toBe(subject);
  }, 60000);

  test('Cancel on the proposal: nothing is created, and its Schedule no longer works', async () => {
    const proposal = await chat.ask('meet with Patti friday at 2pm about vendor review');
    const dropped = await chat.press(proposal, 'Cancel');
    expect(dropped.texts).toEqual(['Cancelled', 'Nothing was scheduled.']);
    // The Schedule button of the card as first shown, pressed late.
    expect((await chat.press(proposal, 'Schedule')).texts[0]).toBe('Cancelled');
    for (const userId of [ALEX_ID, PATTI]) expect(await eventsOn(stack, userId, 'Vendor review')).toEqual([]);
  }, 60000);

  test('a name two people share: the bot asks which ("help" says what it needs), and the one picked is invited', async () => {
    // Megan Brown joins the organisation, next to Megan Bowen.
    const bowen = stack.sim.state.users.get(MEGAN)!;
    stack.sim.state.users.set('00000000-0000-0000-0000-0000000000031', { ...bowen, id: '00000000-0000-0000-0000-0000000000031', displayName: 'Megan Brown', surname: 'Brown', mail: 'meganbr@example.com', userPrincipalName: 'meganbr@example.com' });
    const question = await chat.question('meet with Megan tomorrow at 11am about the brand refresh');
    expect(question).toMatch(/I found more than one "Megan"\. Which one do you mean\?/);
    expect(question).toContain('Megan Bowen (meganb@example.com)');
    expect(question).toContain('Megan Brown (meganbr@example.com)');
    const [help] = await chat.say('help', 2);
    expect(help.text).toBe('I\'m setting up a meeting and found more than one person called "Megan". Pick one, or say "cancel" to stop.');

    const proposal = await chat.ask('Megan Bowen (meganb@example.com)');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Brand refresh', 'Megan Bowen (meganb@example.com)']));
    expect(proposal.texts.join(' ')).not.toContain('Megan Brown');
    await chat.press(proposal, 'Schedule');
    expect(only(await eventsOn(stack, ALEX_ID, 'Brand refresh')).attendees?.map((a) => a.emailAddress?.address)).toEqual(['meganb@example.com']);
    await expectStartsIn('Brand refresh', '2026-11-19T11:00', [MEGAN]);
  }, 60000);

  test('a name nobody has: the bot asks for an address, and that address is invited', async () => {
    const question = await chat.question('meet with Zelda tomorrow at 2pm about the contract');
    expect(question).toMatch(/I couldn't find anyone called "Zelda" in your organisation\. What's their email address\?/);
    const proposal = await chat.ask('zelda@contoso.com');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Contract', 'zelda@contoso.com']));
    await chat.press(proposal, 'Schedule');
    const created = only(await eventsOn(stack, ALEX_ID, 'Contract'));
    expect(created.attendees?.map((a) => a.emailAddress?.address)).toEqual(['zelda@contoso.com']);
    expect(starts([created])).toEqual(['2026-11-19T14:00']);
  }, 60000);

  test('"every Tuesday at 10am": a weekly series, with Graph\'s patternedRecurrence, in both calendars', async () => {
    const proposal = await chat.ask('meet with Megan every Tuesday at 10am about the roadmap');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Schedule this series?', 'Roadmap', 'Every Tuesday', 'Tue, Nov 24, 10:00 – 10:30 AM (Pacific Time)']));
    await chat.press(proposal, 'Schedule');

    const series = (await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX_ID}/events?$top=300`, PST)).value.filter((e) => e.subject === 'Roadmap');
    expect(only(series)).toMatchObject({
      type: 'seriesMaster',
      start: { dateTime: '2026-11-24T10:00:00.0000000', timeZone: 'Pacific Standard Time' },
      recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] }, range: { type: 'noEnd', startDate: '2026-11-24' } },
    });
    for (const userId of [ALEX_ID, MEGAN]) expect(starts(live(await eventsOn(stack, userId, 'Roadmap')))).toEqual(['2026-11-24T10:00']);
  }, 60000);

  test('only a day said: the first half hour free for both within working hours is proposed (8am, Alex\'s start; Megan starts at 6am Pacific)', async () => {
    const proposal = await chat.ask('meet with Megan tomorrow about the budget');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Budget', 'Thu, Nov 19, 8:00 – 8:30 AM (Pacific Time)']));
    expect(proposal.texts).not.toContain('Conflicts');
    await chat.press(proposal, 'Schedule');
    await expectStartsIn('Budget', '2026-11-19T08:00', [ALEX_ID, MEGAN]);
  }, 60000);

  test('the missing time is asked for, "help" explains that question, and the answer gets the 30-minute default', async () => {
    expect(await chat.question('schedule a meeting with adele about hiring')).toMatch(/When should it be\?/);
    const [help, again] = await chat.say('help', 2);
    expect(help.text).toBe('I\'m setting up a meeting and need to know when. Say a day and time, like "tomorrow at 3pm" or "Friday morning", or "cancel" to stop.');
    expect(again.text).toMatch(/When should it be\?/);
    const proposal = await chat.ask('tomorrow at 11am');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Hiring', 'Thu, Nov 19, 11:00 – 11:30 AM (Pacific Time)']));
    await chat.press(proposal, 'Schedule');
    await expectStartsIn('Hiring', '2026-11-19T11:00', [ALEX_ID, ADELE]);
  }, 60000);

  test('finding a time with someone unknown: "help" explains that question, and "never mind" stops the search', async () => {
    expect(await chat.question('when can Zelda and I meet next week for an hour?')).toMatch(/I couldn't find anyone called "Zelda"/);
    const [help, again] = await chat.say('help', 2);
    expect(help.text).toBe('I\'m looking for a time to meet and couldn\'t find "Zelda". Type their email address, "skip" to leave them out, or "cancel" to stop.');
    expect(again.text).toMatch(/I couldn't find anyone called "Zelda"/);
    expect(await chat.question('never mind')).toBe("OK, I've stopped looking for a time.");
  }, 60000);

  test.each(['cancel', 'never mind', 'start over'])('"%s" in the middle of a question leaves the dialog, and nothing is created', async (word) => {
    expect(await chat.question('schedule a meeting with adele about hiring')).toMatch(/When should it be\?/);
    expect(await chat.question(word)).toBe("OK, I've dropped that meeting. Nothing was scheduled.");
    // The next message is a request of its own, not the answer to the dropped question.
    expect((await chat.ask('help')).texts[0]).toBe("Here's what I can do");
    for (const userId of [ALEX_ID, ADELE]) expect(await eventsOn(stack, userId, 'Hiring')).toEqual([]);
  }, 60000);

  test('across the spring DST change: a meeting made for 3pm on 16 March shows at 3pm in Outlook\'s calendarView and on the agenda', async () => {
    const proposal = await chat.ask('meet with Megan on March 16 at 3pm about the spring plan');
    expect(proposal.texts).toContain('Tue, Mar 16, 3:00 – 3:30 PM (Pacific Time)');
    await chat.press(proposal, 'Schedule');

    const day = ['2027-03-16T07:00:00Z', '2027-03-17T07:00:00Z'] as const;
    const [inPacific] = (await alexView(...day)).filter((e) => e.subject === 'Spring plan');
    expect(inPacific.start).toEqual({ dateTime: '2027-03-16T15:00:00.0000000', timeZone: 'Pacific Standard Time' });
    // Daylight time since 14 March: 3pm in Los Angeles is 22:00 UTC (it would be 23:00 in November), 6pm in Megan's New York.
    const inUtc = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX_ID}/calendarView?startDateTime=${day[0]}&endDateTime=${day[1]}`);
    expect(inUtc.value.find((e) => e.subject === 'Spring plan')?.start?.dateTime).toBe('2027-03-16T22:00:00.0000000');
    const megans = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${MEGAN}/calendarView?startDateTime=${day[0]}&endDateTime=${day[1]}`, {
      Prefer: 'outlook.timezone="Eastern Standard Time"',
    });
    expect(megans.value.find((e) => e.subject === 'Spring plan')?.start?.dateTime).toBe('2027-03-16T18:00:00.0000000');

    const agenda = await chat.ask("what's on March 16?");
    await expectAgendaOf(agenda, ...day);
    expect(agenda.texts).toContain('3:00 PM');
  }, 60000);
});

describe('seeing the calendar', () => {
  test.each([
    ["what's on Friday?", 'Friday, November 20', '2026-11-20T08:00:00Z', '2026-11-21T08:00:00Z'],
    // Said on a Wednesday, Monday is the coming one, never the one just past.
    ["what's on Monday?", 'Monday, November 23', '2026-11-23T08:00:00Z', '2026-11-24T08:00:00Z'],
    ['this week', 'Wed, Nov 18 – Sun, Nov 22', '2026-11-18T08:00:00Z', '2026-11-23T08:00:00Z'],
  ])('"%s" shows the events Graph has for that stretch (%s), with their times in Pacific', async (text, heading, from, until) => {
    const agenda = await chat.ask(text);
    expect(agenda.texts[0]).toContain(heading);
    await expectAgendaOf(agenda, from, until);
  }, 60000);

  test('agenda rows carry Join for Teams meetings, Details, and Move for the user\'s own meetings', async () => {
    const agenda = await chat.ask("what's on my calendar today?");
    const review = only((await alexView('2026-11-18T08:00:00Z', '2026-11-19T08:00:00Z')).filter((e) => e.subject === REVIEW));
    expect(JSON.stringify(agenda.card)).toContain(`"url":"${review.onlineMeeting?.joinUrl}"`);
    const forReview = executeActions(agenda.card).filter((a) => a.data.eventId === review.id).map((a) => a.title);
    expect(forReview).toEqual(expect.arrayContaining(['Details', 'Move']));
  }, 60000);

  test('"my afternoon": today from noon, and nothing from the morning', async () => {
    const agenda = await chat.ask('my afternoon');
    const afternoon = await expectAgendaOf(agenda, '2026-11-18T20:00:00Z', '2026-11-19T01:00:00Z');
    expect(afternoon.map((e) => e.subject)).toEqual(expect.arrayContaining([REVIEW, '1:1 Alex / Megan']));
    expect(agenda.texts).not.toContain('Focus time');
    expect(agenda.texts[0]).toBe('Today, Wednesday, November 18, 12:00 – 5:00 PM');
  }, 60000);

  test('"anything after 1 today?": today from 1pm (a bare hour is the afternoon) to midnight, said so in the title', async () => {
    const agenda = await chat.ask('anything after 1 today?');
    await expectAgendaOf(agenda, '2026-11-18T21:00:00Z', '2026-11-19T08:00:00Z');
    expect(agenda.texts[0]).toBe('Today, Wednesday, November 18, from 1:00 PM');
  }, 60000);

  test('"next meeting": the first one after now, with its details', async () => {
    const next = (await alexView(NOW, '2026-11-19T08:00:00Z')).find((e) => e.start!.dateTime! > '2026-11-18T09:30')!;
    const details = await chat.ask('next meeting');
    expect(details.texts).toEqual(expect.arrayContaining([next.subject, 'Wed, Nov 18, 10:30 – 11:30 AM (Pacific Time)']));
  }, 60000);
});

describe('moving a meeting', () => {
  test('"move my 3pm to 4": the user\'s own 3pm moves to 4pm in the organizer\'s calendar and the attendee\'s copy', async () => {
    // Megan moves her 1:1 with Alex to the morning, leaving Alex's own meeting with Patti as his 3pm.
    const oneOnOne = only(await eventsOn(stack, MEGAN, '1:1 Alex / Megan'));
    await graphSend(stack, 'PATCH', `/users/${MEGAN}/events/${oneOnOne.id}`, {
      start: { dateTime: '2026-11-18T11:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2026-11-18T11:30:00', timeZone: 'Pacific Standard Time' },
    });
    await postMeeting(stack, ALEX_ID, 'Hiring sync', '2026-11-18T15:00', '2026-11-18T15:30', ['pattif@example.com']);
    const proposal = await chat.ask('move my 3pm to 4');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Move this meeting?', 'Hiring sync', 'Wed, Nov 18, 3:00 – 3:30 PM (Pacific Time)', 'Wed, Nov 18, 4:00 – 4:30 PM (Pacific Time)']));
    expect((await chat.press(proposal, 'Move')).texts).toContain('Moved');
    await expectStartsIn('Hiring sync', '2026-11-18T16:00', [ALEX_ID, PATTI]);
  }, 60000);

  test('"make it 30 minutes later" after asking about the design review moves that meeting, for everyone', async () => {
    expect((await chat.ask('when is the design review?')).texts).toContain(REVIEW);
    const proposal = await chat.ask('make it 30 minutes later');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Move this meeting?', 'Wed, Nov 18, 1:00 – 2:00 PM (Pacific Time)', 'Wed, Nov 18, 1:30 – 2:30 PM (Pacific Time)']));
    await chat.press(proposal, 'Move');
    await expectStartsIn(REVIEW, '2026-11-18T13:30', [ALEX_ID, MEGAN, PATTI]);
  }, 60000);

  test('"move it" after talking about a meeting asks for the new time, then moves that meeting', async () => {
    expect((await chat.ask('when is the customer call?')).texts).toEqual(expect.arrayContaining(['Customer call: Contoso', 'Fri, Nov 20, 2:00 – 3:00 PM (Pacific Time)']));
    expect(await chat.question('move it')).toMatch(/When should "Customer call: Contoso" move to\?/);
    const proposal = await chat.ask('Monday at 10am');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Customer call: Contoso', 'Mon, Nov 23, 10:00 – 11:00 AM (Pacific Time)']));
    await chat.press(proposal, 'Move');
    await expectStartsIn('Customer call: Contoso', '2026-11-23T10:00', [ALEX_ID, ISAIAH]);
  }, 60000);

  test.each(['it', 'that meeting', 'the last one'])('"move %s to 4pm" after asking about the design review moves that meeting', async (words) => {
    expect((await chat.ask('when is the design review?')).texts).toContain(REVIEW);
    const proposal = await chat.ask(`move ${words} to 4pm`);
    expect(proposal.texts).toEqual(expect.arrayContaining(['Move this meeting?', REVIEW, 'Wed, Nov 18, 4:00 – 5:00 PM (Pacific Time)']));
    await chat.press(proposal, 'Move');
    await expectStartsIn(REVIEW, '2026-11-18T16:00', [ALEX_ID, MEGAN, PATTI]);
  }, 60000);

  test('Graph failing during Move: a 429 is waited out; a lasting 503 leaves every calendar as it was, with a "try again" card whose Move then works', async () => {
    await fault(stack, { path: '/events', method: 'PATCH', status: 429, retryAfterSeconds: 1, count: 1 });
    await chat.press(await chat.ask('move the design review to 4pm'), 'Move');
    await expectStartsIn(REVIEW, '2026-11-18T16:00', [ALEX_ID, MEGAN, PATTI]);

    const proposal = await chat.ask('move the design review to 5pm');
    const retried = await pressThroughOutage(proposal, 'Move', { path: '/events', method: 'PATCH' }, () => expectStartsIn(REVIEW, '2026-11-18T16:00', [ALEX_ID, MEGAN, PATTI]));
    expect(retried.texts).toContain('Moved');
    await expectStartsIn(REVIEW, '2026-11-18T17:00', [ALEX_ID, MEGAN, PATTI]);
  }, 60000);

  test('"push the budget review to Thursday": the same time of day, on Thursday, in both calendars', async () => {
    await postMeeting(stack, ALEX_ID, 'Budget review', '2026-11-20T10:00', '2026-11-20T11:00', ['meganb@example.com']);
    const proposal = await chat.ask('push the budget review to Thursday');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Fri, Nov 20, 10:00 – 11:00 AM (Pacific Time)', 'Thu, Nov 19, 10:00 – 11:00 AM (Pacific Time)']));
    await chat.press(proposal, 'Move');
    await expectStartsIn('Budget review', '2026-11-19T10:00', [ALEX_ID, MEGAN]);
  }, 60000);

  test('the whole series: "move the standup to 10am", "The whole series": every occurrence moves, in Alex\'s calendar and Megan\'s', async () => {
    expect(await chat.question('move the standup to 10am')).toMatch(/"Daily standup" repeats\. Just this one \(Thu, Nov 19\) or the whole series\?/);
    const proposal = await chat.ask('The whole series');
    expect(proposal.texts.some((t) => t.startsWith('The whole series'))).toBe(true);
    await chat.press(proposal, 'Move');
    for (const userId of [ALEX_ID, MEGAN]) {
      const standups = starts(live(await eventsOn(stack, userId, 'Daily standup')));
      expect(standups.length).toBeGreaterThanOrEqual(9);
      expect(standups.filter((s) => !s.endsWith('T10:00'))).toEqual([]);
    }
  }, 60000);

  test('"never mind" on the series question leaves the meeting as it is', async () => {
    expect(await chat.question('move the standup to 10am')).toMatch(/Just this one \(Thu, Nov 19\) or the whole series\?/);
    expect(await chat.question('never mind')).toBe('OK, I left the meeting as it is.');
    for (const userId of [ALEX_ID, MEGAN]) expect(starts(live(await eventsOn(stack, userId, 'Daily standup'))).filter((s) => !s.endsWith('T09:00'))).toEqual([]);
  }, 60000);

  test('Move on a details card opens a form; the new day and time picked there move the meeting', async () => {
    const details = await chat.ask('when is the design review?');
    const form = await chat.press(details, 'Move');
    expect(inputTypes(form.card)).toMatchObject({ date: 'Input.Date', time: 'Input.Time' });
    const proposal = await chat.press(form, 'Review', { date: '2026-11-19', time: '11:30' });
    expect(proposal.texts).toEqual(expect.arrayContaining(['Move this meeting?', 'Thu, Nov 19, 11:30 AM – 12:30 PM (Pacific Time)']));
    await chat.press(proposal, 'Move');
    await expectStartsIn(REVIEW, '2026-11-19T11:30', [ALEX_ID, MEGAN, PATTI]);
  }, 60000);

  test('"push the budget review to Thursday" while the bot asks when the design review should move: the budget review moves, the design review stays', async () => {
    await postMeeting(stack, ALEX_ID, 'Budget review', '2026-11-20T10:00', '2026-11-20T11:00', ['meganb@example.com']);
    await chat.ask('when is the design review?');
    expect(await chat.question('move it')).toMatch(/When should "Project Falcon design review" move to\?/);
    const proposal = await chat.ask('push the budget review to Thursday', 2);
    expect(proposal.texts).toEqual(expect.arrayContaining(['Budget review', 'Thu, Nov 19, 10:00 – 11:00 AM (Pacific Time)']));
    await chat.press(proposal, 'Move');
    expect(starts(await eventsOn(stack, MEGAN, 'Budget review'))).toEqual(['2026-11-19T10:00']);
    for (const userId of [ALEX_ID, MEGAN, PATTI]) expect(starts(await eventsOn(stack, userId, REVIEW))).toEqual(['2026-11-18T13:00']);
  }, 60000);

  test('"help" on "Just this one or the whole series?" explains that question', async () => {
    expect(await chat.question('move the standup to 10am')).toMatch(/Just this one \(Thu, Nov 19\) or the whole series\?/);
    const [help, again] = await chat.say('help', 2);
    expect(help.text).toBe('This meeting repeats. Pick "Just this one" to change only this occurrence, or "The whole series", or say "cancel" to leave it.');
    expect(again.text).toMatch(/Just this one \(Thu, Nov 19\) or the whole series\?/);
  }, 60000);

  test('"help" on "When should it move to?" explains that question', async () => {
    await chat.ask('when is the design review?');
    expect(await chat.question('move it')).toMatch(/When should "Project Falcon design review" move to\?/);
    const [help] = await chat.say('help', 2);
    expect(help.text).toBe('I need the new time for this meeting. Say something like "tomorrow at 2pm" or "30 minutes later", or "cancel" to leave it as it is.');
  }, 60000);
});

describe('cancelling and answering', () => {
  test('an attendee cancelling: "cancel my 3pm" is a decline, which the organizer sees in her meeting', async () => {
    const proposal = await chat.ask('cancel my 3pm');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Decline this meeting?', '1:1 Alex / Megan']));
    expect((await chat.press(proposal, 'Decline')).texts).toContain('Declined');
    expect(live(await eventsOn(stack, ALEX_ID, '1:1 Alex / Megan'))).toEqual([]);
    const organizers = only(await eventsOn(stack, MEGAN, '1:1 Alex / Megan'));
    expect(organizers.isCancelled).toBeFalsy();
    expect(responseOf(organizers, 'alexw@example.com')).toBe('declined');
  }, 60000);

  test('Decline on an agenda row for someone else\'s meeting: confirmed, then declined in the organizer\'s meeting', async () => {
    const agenda = await chat.ask("what's on my calendar today?");
    const [mine] = await eventsOn(stack, ALEX_ID, '1:1 Alex / Megan');
    const proposal = await chat.press(agenda, 'Decline', {}, mine.id);
    expect(proposal.texts).toEqual(expect.arrayContaining(['Decline this meeting?', '1:1 Alex / Megan']));
    await chat.press(proposal, 'Decline');
    expect(responseOf(only(await eventsOn(stack, MEGAN, '1:1 Alex / Megan')), 'alexw@example.com')).toBe('declined');
  }, 60000);

  test('"Cancel this one" on a standup\'s details: that occurrence alone is cancelled, in Alex\'s calendar and Megan\'s copy', async () => {
    const details = await chat.ask('when is the standup?');
    expect(details.texts).toEqual(expect.arrayContaining(['Daily standup', 'Thu, Nov 19, 9:00 – 9:15 AM (Pacific Time)', 'Cancel this one', 'Cancel the series']));
    const proposal = await chat.press(details, 'Cancel this one');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Cancel this meeting?', 'Just this occurrence']));
    await chat.press(proposal, 'Cancel meeting');
    for (const userId of [ALEX_ID, MEGAN]) {
      const standing = starts(live(await eventsOn(stack, userId, /Daily standup/)));
      expect(standing).toEqual(expect.arrayContaining(['2026-11-18T09:00', '2026-11-20T09:00', '2026-11-23T09:00']));
      expect(standing).not.toContain('2026-11-19T09:00');
    }
  }, 60000);

  test('"cancel it" after a details card cancels that meeting: the attendees\' copies are cancelled', async () => {
    expect((await chat.ask('when is the design review?')).texts).toContain(REVIEW);
    const proposal = await chat.ask('cancel it');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Cancel this meeting?', REVIEW]));
    // Confirmed first: nothing is cancelled by asking.
    await expectStartsIn(REVIEW, '2026-11-18T13:00', [ALEX_ID, MEGAN, PATTI]);
    expect((await chat.press(proposal, 'Cancel meeting')).texts).toContain('Cancelled');
    expect(live(await eventsOn(stack, ALEX_ID, REVIEW))).toEqual([]);
    await expectCancelledFor(REVIEW, [MEGAN, PATTI]);
  }, 60000);

  test('Graph failing during a cancellation: the "try again" card leaves every copy standing, and its button then cancels', async () => {
    const proposal = await chat.ask('cancel the design review');
    const retried = await pressThroughOutage(proposal, 'Cancel meeting', { path: '/cancel$', method: 'POST' }, () => expectStartsIn(REVIEW, '2026-11-18T13:00', [ALEX_ID, MEGAN, PATTI]));
    expect(retried.texts).toContain('Cancelled');
    await expectCancelledFor(REVIEW, [MEGAN, PATTI]);
  }, 60000);

  test('"decline Friday\'s sync, I\'m out": the comment said in the chat reaches the organizer with the decline', async () => {
    await postMeeting(stack, MEGAN, 'Friday sync', '2026-11-20T14:00', '2026-11-20T14:30', ['alexw@example.com']);
    const proposal = await chat.ask("decline Friday's sync, I'm out");
    expect(proposal.texts).toEqual(expect.arrayContaining(['Decline this invitation?', 'Friday sync', 'Fri, Nov 20, 2:00 – 2:30 PM (Pacific Time)']));
    expect((await chat.press(proposal, 'Decline')).texts).toEqual(expect.arrayContaining(['Declined', "I'm out"]));
    expect(responseOf(only(await eventsOn(stack, MEGAN, 'Friday sync')), 'alexw@example.com')).toBe('declined');
    expect(await mailBody(stack, MEGAN, only(await mailsTo(stack, 'meganb@example.com', 'Declined: Friday sync')))).toContain("I'm out");
  }, 60000);

  test('"tentatively accept the quarterly planning": tentative in Alex\'s copy and in Adele\'s meeting', async () => {
    const proposal = await chat.ask('tentatively accept the quarterly planning');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Quarterly planning', 'Thu, Nov 19, 10:00 – 11:00 AM (Pacific Time)']));
    await chat.press(proposal, executeActions(proposal.card).find((a) => a.verb === 'meeting.confirm')!.title);
    expect(only(await eventsOn(stack, ALEX_ID, 'Quarterly planning')).responseStatus?.response).toBe('tentativelyAccepted');
    expect(responseOf(only(await eventsOn(stack, ADELE, 'Quarterly planning')), 'alexw@example.com')).toBe('tentativelyAccepted');
  }, 60000);

  test('"accept it" after asking about the quarterly planning: accepted in Alex\'s copy and in Adele\'s meeting', async () => {
    expect((await chat.ask('when is the quarterly planning?')).texts).toContain('Quarterly planning');
    await chat.press(await chat.ask('accept it'), 'Accept');
    expect(only(await eventsOn(stack, ALEX_ID, 'Quarterly planning')).responseStatus?.response).toBe('accepted');
    expect(responseOf(only(await eventsOn(stack, ADELE, 'Quarterly planning')), 'alexw@example.com')).toBe('accepted');
  }, 60000);

  test('"add lynner@example.com to my 1pm": the address is invited to the design review and Lynne gets her copy', async () => {
    const proposal = await chat.ask('add lynner@example.com to my 1pm');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update the invitation?', REVIEW, 'Lynne Robbins']));
    await chat.press(proposal, 'Update');
    expect(only(await eventsOn(stack, ALEX_ID, REVIEW)).attendees?.map((a) => a.emailAddress?.address).sort()).toEqual(['lynner@example.com', 'meganb@example.com', 'pattif@example.com']);
    await expectStartsIn(REVIEW, '2026-11-18T13:00', [LYNNE]);
  }, 60000);

  test('"remove Patti from the design review": off the organizer\'s list, and her copy is gone', async () => {
    const proposal = await chat.ask('remove Patti from the design review');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Update the invitation?', REVIEW, 'Remove', 'Patti Fernandez']));
    await chat.press(proposal, 'Update');
    expect(only(await eventsOn(stack, ALEX_ID, REVIEW)).attendees?.map((a) => a.emailAddress?.address)).toEqual(['meganb@example.com']);
    expect(live(await eventsOn(stack, PATTI, REVIEW))).toEqual([]);
    expect(live(await eventsOn(stack, MEGAN, REVIEW))).toHaveLength(1);
  }, 60000);
});

describe('office hours and calendars', () => {
  /** Holds office hours every Tuesday 2-4pm through the chat and returns the series as Graph has it. */
  async function holdOfficeHours(): Promise<Graph.Event> {
    await chat.press(await chat.ask('hold office hours every Tuesday 2-4pm'), 'Schedule');
    return only(await officeHoursSeries());
  }

  async function officeHoursSeries(): Promise<Graph.Event[]> {
    return (await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX_ID}/events?$top=300`, PST)).value.filter((e) => e.subject === 'Office hours');
  }

  test('"set up office hours" with no day or hours asks for them ("help" explains), and the answer makes the weekly series', async () => {
    expect(await chat.question('set up office hours')).toMatch(/^When should your office hours be\?/);
    const [help] = await chat.say('help', 2);
    expect(help.text).toMatch(/^I'm setting up your office hours and need their day and hours/);
    expect(await chat.question('sometime soon')).toMatch(/^Sorry, I couldn't find a day and hours in that\. When should your office hours be\?/);
    const proposal = await chat.ask('every Thursday from 10 to 11am');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Office hours']));
    await chat.press(proposal, 'Schedule');
    const series = only(await officeHoursSeries());
    expect(series.recurrence?.pattern).toMatchObject({ type: 'weekly', daysOfWeek: ['thursday'] });
    expect([series.start?.dateTime, series.end?.dateTime]).toEqual(['2026-11-19T10:00:00.0000000', '2026-11-19T11:00:00.0000000']);
  }, 60000);

  test('"show my office hours", then End on that card: the series, never held yet, is gone', async () => {
    await holdOfficeHours();
    const shown = await chat.ask('show my office hours');
    expect(shown.texts).toEqual(expect.arrayContaining(['Your office hours', 'Every Tuesday, 2:00 – 4:00 PM', 'End']));
    const end = await chat.press(shown, 'End');
    expect(end.texts).toEqual(expect.arrayContaining(['End your office hours?', 'End them']));
    expect((await chat.press(end, 'End them')).texts[0]).toBe('Ended your office hours');
    expect(await officeHoursSeries()).toEqual([]);
  }, 60000);

  test('"change my office hours to Thursday 1-3pm": the series runs on Thursdays from then on', async () => {
    const held = await holdOfficeHours();
    const change = await chat.ask('change my office hours to Thursday 1-3pm');
    expect(change.texts).toEqual(expect.arrayContaining(['Change your office hours?', 'Every Tuesday, 2:00 – 4:00 PM', 'Every Thursday, 1:00 – 3:00 PM']));
    expect((await chat.press(change, 'Change them')).texts[0]).toBe('Changed your office hours');
    const moved = only(await officeHoursSeries());
    expect(moved.id).not.toBe(held.id);
    expect(moved).toMatchObject({ isOnlineMeeting: true, start: { dateTime: '2026-11-19T13:00:00.0000000' }, end: { dateTime: '2026-11-19T15:00:00.0000000' } });
    expect(moved.recurrence?.pattern?.daysOfWeek).toEqual(['thursday']);
  }, 60000);

  test('"put it in Projects" after asking about the team lunch: the lunch is in Projects, no longer in the main calendar, and each attendee still has one live copy', async () => {
    const projects = await graphSend<Graph.Calendar>(stack, 'POST', `/users/${ALEX_ID}/calendars`, { name: 'Projects' });
    expect((await chat.ask('when is the team lunch?')).texts).toContain('Team lunch');
    const proposal = await chat.ask('put it in Projects');
    expect(proposal.texts).toEqual(expect.arrayContaining(['Move it to Projects?', 'Team lunch']));
    await chat.press(proposal, 'Move');
    const inProjects = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX_ID}/calendars/${projects.id}/events?$top=100`, PST);
    expect(inProjects.value.map((e) => [e.subject, e.start?.dateTime])).toEqual([['Team lunch', '2026-11-20T12:00:00.0000000']]);
    const inMain = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX_ID}/calendar/events?$top=300`);
    expect(inMain.value.map((e) => e.subject)).not.toContain('Team lunch');
    // The attendees' copies live in their default calendars (which /calendarView reads).
    await expectStartsIn('Team lunch', '2026-11-20T12:00', [MEGAN, PATTI, ISAIAH]);
  }, 60000);

  test('"list my calendars", then "put it in Projects" after a proposal: the meeting is created in Projects, and Megan is invited', async () => {
    const projects = await graphSend<Graph.Calendar>(stack, 'POST', `/users/${ALEX_ID}/calendars`, { name: 'Projects' });
    expect((await chat.ask('list my calendars')).texts).toEqual(['Your 2 calendars', 'Calendar', 'Default', 'Alex Wilber', 'Projects', ' ', 'Alex Wilber']);

    await chat.ask('meet with Megan tomorrow at 2pm about roadmap');
    const filed = await chat.ask('put it in Projects');
    expect(filed.texts).toEqual(expect.arrayContaining(['Schedule this meeting?', 'Roadmap', 'Projects']));
    expect((await chat.press(filed, 'Schedule')).texts[0]).toBe('Scheduled: Roadmap');
    const inProjects = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX_ID}/calendars/${projects.id}/events?$top=100`);
    expect(inProjects.value.map((e) => e.subject)).toEqual(['Roadmap']);
    const inMain = await stack.graphGet<{ value: Graph.Event[] }>(`/users/${ALEX_ID}/calendar/events?$top=300`);
    expect(inMain.value.map((e) => e.subject)).not.toContain('Roadmap');
    await expectStartsIn('Roadmap', '2026-11-19T14:00', [MEGAN]);
  }, 60000);
});
