import type * as Graph from '@microsoft/microsoft-graph-types';

/**
 * Resolution table: utterance, reference instant, zone -> expected start / end (and
 * recurrence). `end: null` means a point in time. Reference instants are chosen around
 * DST changes (New York, Berlin, Sydney), month and year ends, so the zone's offset on
 * the *target* date is what is checked. Ambiguous inputs state the reading we chose:
 * a bare hour from 1 to 7 is afternoon (unless said with "morning"); a weekday named on that same weekday is today;
 * a wall time skipped by spring-forward moves forward by the gap; a repeated autumn
 * wall time is its first occurrence.
 */
export interface ResolutionCase {
  text: string;
  now: string;
  zone: string;
  start: string;
  end?: string | null;
  recurrence?: Graph.PatternedRecurrence;
}

const NY = 'America/New_York';
const BER = 'Europe/Berlin';
const SYD = 'Australia/Sydney';
const LON = 'Europe/London';
const TYO = 'Asia/Tokyo';
const UTC = 'UTC';

/** Fri 6 Mar 2026 10:00 EST; clocks go forward Sun 8 Mar 02:00. */
const NY_SPRING = '2026-03-06T15:00:00Z';
/** Fri 30 Oct 2026 10:00 EDT; clocks go back Sun 1 Nov 02:00. */
const NY_AUTUMN = '2026-10-30T14:00:00Z';
/** Fri 27 Mar 2026 10:00 CET; clocks go forward Sun 29 Mar 02:00. */
const BER_SPRING = '2026-03-27T09:00:00Z';
/** Fri 23 Oct 2026 10:00 CEST; clocks go back Sun 25 Oct 03:00. */
const BER_AUTUMN = '2026-10-23T08:00:00Z';
/** Fri 3 Apr 2026 10:00 AEDT; clocks go back Sun 5 Apr 03:00. */
const SYD_AUTUMN = '2026-04-02T23:00:00Z';
/** Fri 2 Oct 2026 09:00 AEST; clocks go forward Sun 4 Oct 02:00. */
const SYD_SPRING = '2026-10-01T23:00:00Z';
/** Thu 31 Dec 2026 15:00 UTC. */
const YEAR_END = '2026-12-31T15:00:00Z';
/** Sat 31 Jan 2026 12:00 GMT. */
const MONTH_END = '2026-01-31T12:00:00Z';
/** Fri 26 Feb 2027 21:00 JST. */
const TYO_LATE = '2027-02-26T12:00:00Z';

const c = (text: string, now: string, zone: string, start: string, end?: string | null): ResolutionCase => ({ text, now, zone, start, end });

export const RESOLUTION_CASES: ResolutionCase[] = [
  // New York, the week clocks go forward
  c('today', NY_SPRING, NY, '2026-03-06T00:00:00-05:00', '2026-03-07T00:00:00-05:00'),
  c('tomorrow', NY_SPRING, NY, '2026-03-07T00:00:00-05:00', '2026-03-08T00:00:00-05:00'),
  c('sunday', NY_SPRING, NY, '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00'),
  c('monday', NY_SPRING, NY, '2026-03-09T00:00:00-04:00', '2026-03-10T00:00:00-04:00'),
  c('monday at 9am', NY_SPRING, NY, '2026-03-09T09:00:00-04:00', null),
  c('sunday at 2:30am', NY_SPRING, NY, '2026-03-08T03:30:00-04:00', null),
  c('sunday at 1:30am', NY_SPRING, NY, '2026-03-08T01:30:00-05:00', null),
  c('sunday at 3am', NY_SPRING, NY, '2026-03-08T03:00:00-04:00', null),
  c('sunday at noon', NY_SPRING, NY, '2026-03-08T12:00:00-04:00', null),
  // A one-digit hour after "after" or "before" bounds the day (a question: the rest of it on that side).
  c('anything after 4 on sunday', NY_SPRING, NY, '2026-03-08T16:00:00-04:00', '2026-03-09T00:00:00-04:00'),
  c('am I free before 9 on monday?', NY_SPRING, NY, '2026-03-09T00:00:00-04:00', '2026-03-09T09:00:00-04:00'),
  // A range with noon at one end: the other end after noon, or before it.
  c('put lunch on hold tomorrow noon-1', NY_SPRING, NY, '2026-03-07T12:00:00-05:00', '2026-03-07T13:00:00-05:00'),
  c('block 11-noon on sunday', NY_SPRING, NY, '2026-03-08T11:00:00-04:00', '2026-03-08T12:00:00-04:00'),
  // Thanksgiving is November's fourth Thursday (the coming one), and a holiday's neighbour is said by it.
  c("what's on the day before thanksgiving", NY_AUTUMN, NY, '2026-11-25T00:00:00-05:00', '2026-11-26T00:00:00-05:00'),
  c('am I free on thanksgiving', YEAR_END, NY, '2027-11-25T00:00:00-05:00', '2027-11-26T00:00:00-05:00'),
  // "Since" a day: from its start up to now; a date read ahead is last year's.
  c('any new emails from patti since yesterday', NY_SPRING, NY, '2026-03-05T00:00:00-05:00', '2026-03-06T10:00:00-05:00'),
  c('mail from megan since nov 1', NY_AUTUMN, NY, '2025-11-01T00:00:00-04:00', '2026-10-30T10:00:00-04:00'),
  // British "Friday week": a week after the coming such day (across a month's end, and Berlin's spring change).
  c('lunch on friday week', MONTH_END, LON, '2026-02-13T00:00:00+00:00', '2026-02-14T00:00:00+00:00'),
  c('call on tuesday week at 3', BER_SPRING, BER, '2026-04-07T15:00:00+02:00', null),
  // ... with an hour range after it (said on a Friday: a week today, past New York's spring change).
  c('lunch with isaiah friday week noon-1', NY_SPRING, NY, '2026-03-13T12:00:00-04:00', '2026-03-13T13:00:00-04:00'),
  c('friday week 12-1', MONTH_END, LON, '2026-02-13T12:00:00+00:00', '2026-02-13T13:00:00+00:00'),
  c('lunch on friday week from 12 to 1', NY_SPRING, NY, '2026-03-13T12:00:00-04:00', '2026-03-13T13:00:00-04:00'),
  // ... or before it (across Berlin's spring change).
  c('lunch 12-1 tuesday week', BER_SPRING, BER, '2026-04-07T12:00:00+02:00', '2026-04-07T13:00:00+02:00'),
  // An hour range after a weekday that ends on a smaller number ("12-1") ends that day (New York's autumn-change Sunday).
  c('lunch sunday 12-1', NY_AUTUMN, NY, '2026-11-01T12:00:00-05:00', '2026-11-01T13:00:00-05:00'),
  // ... and one whose end has its minutes and a meridiem ("8:30-9:30am" ended at 9:00).
  c('dentist thu 8:30-9:30am', NY_AUTUMN, NY, '2026-11-05T08:30:00-05:00', '2026-11-05T09:30:00-05:00'),
  // ... and beside a day of the month (the year's and a month's end).
  c('block 9-11 on the 14th for interviews', YEAR_END, NY, '2027-01-14T09:00:00-05:00', '2027-01-14T11:00:00-05:00'),
  c('hold 1-3 on the 3rd', MONTH_END, LON, '2026-02-03T13:00:00+00:00', '2026-02-03T15:00:00+00:00'),
  // Today's weekday with a clock time still ahead is today (said on Friday morning, before Sydney's autumn change); one passed is a week on.
  c('lunch friday at 12', SYD_AUTUMN, SYD, '2026-04-03T12:00:00+11:00', null),
  c('lunch friday 12-1', SYD_AUTUMN, SYD, '2026-04-03T12:00:00+11:00', '2026-04-03T13:00:00+11:00'),
  c('standup friday at 9:30am', SYD_AUTUMN, SYD, '2026-04-10T09:30:00+10:00', null),
  // "Next Wednesday" said on a Wednesday morning is a week on, even at an hour still ahead today (Wed 4 Mar 10:00, across New York's spring change).
  c('call next wednesday at 1', '2026-03-04T15:00:00Z', NY, '2026-03-11T13:00:00-04:00', null),
  c('call wednesday at 1', '2026-03-04T15:00:00Z', NY, '2026-03-04T13:00:00-05:00', null),
  // ... and before a day said as "the day after tomorrow" (here the spring change's Sunday) or "the 15th".
  c("what's on after 2 the day after tomorrow", NY_SPRING, NY, '2026-03-08T14:00:00-04:00', '2026-03-09T00:00:00-04:00'),
  c('anything before 9 the 15th', NY_SPRING, NY, '2026-03-15T00:00:00-04:00', '2026-03-15T09:00:00-04:00'),
  // A bare hour after an event word, completed by the day said after it.
  c('lunch for 1 on sunday', NY_SPRING, NY, '2026-03-08T13:00:00-04:00', null),
  c('delete my meeting for one pm on march nineteenth', NY_SPRING, NY, '2026-03-19T13:00:00-04:00', null),
  // An hour range before the day it is on.
  c('3-5 on sunday', NY_SPRING, NY, '2026-03-08T15:00:00-04:00', '2026-03-08T17:00:00-04:00'),
  c('saturday at 11pm', NY_SPRING, NY, '2026-03-07T23:00:00-05:00', null),
  c('tomorrow at 9', NY_SPRING, NY, '2026-03-07T09:00:00-05:00', null),
  c('at 3', NY_SPRING, NY, '2026-03-06T15:00:00-05:00', null),
  c('at 3pm', NY_SPRING, NY, '2026-03-06T15:00:00-05:00', null),
  c('at 15:00', NY_SPRING, NY, '2026-03-06T15:00:00-05:00', null),
  c('at 8', NY_SPRING, NY, '2026-03-07T08:00:00-05:00', null),
  c('at 11', NY_SPRING, NY, '2026-03-06T11:00:00-05:00', null),
  c('at 9am', NY_SPRING, NY, '2026-03-07T09:00:00-05:00', null),
  c('noon', NY_SPRING, NY, '2026-03-06T12:00:00-05:00', null),
  c('midnight', NY_SPRING, NY, '2026-03-07T00:00:00-05:00', null),
  c('tonight', NY_SPRING, NY, '2026-03-06T18:00:00-05:00', '2026-03-07T00:00:00-05:00'),
  c('this afternoon', NY_SPRING, NY, '2026-03-06T12:00:00-05:00', '2026-03-06T17:00:00-05:00'),
  c('tomorrow morning', NY_SPRING, NY, '2026-03-07T08:00:00-05:00', '2026-03-07T12:00:00-05:00'),
  c('monday afternoon', NY_SPRING, NY, '2026-03-09T12:00:00-04:00', '2026-03-09T17:00:00-04:00'),
  c('sunday morning', NY_SPRING, NY, '2026-03-08T08:00:00-04:00', '2026-03-08T12:00:00-04:00'),
  c('next week', NY_SPRING, NY, '2026-03-09T00:00:00-04:00', '2026-03-16T00:00:00-04:00'),
  c('this week', NY_SPRING, NY, '2026-03-06T00:00:00-05:00', '2026-03-09T00:00:00-04:00'),
  c('this weekend', NY_SPRING, NY, '2026-03-07T00:00:00-05:00', '2026-03-09T00:00:00-04:00'),
  c('next month', NY_SPRING, NY, '2026-04-01T00:00:00-04:00', '2026-05-01T00:00:00-04:00'),
  c('this month', NY_SPRING, NY, '2026-03-06T00:00:00-05:00', '2026-04-01T00:00:00-04:00'),
  c('from 9 to 10:30 on monday', NY_SPRING, NY, '2026-03-09T09:00:00-04:00', '2026-03-09T10:30:00-04:00'),
  c('monday 2-4pm', NY_SPRING, NY, '2026-03-09T14:00:00-04:00', '2026-03-09T16:00:00-04:00'),
  c('between 2 and 4 on monday', NY_SPRING, NY, '2026-03-09T14:00:00-04:00', '2026-03-09T16:00:00-04:00'),
  c('5pm london time', NY_SPRING, NY, '2026-03-06T12:00:00-05:00', null),
  c('monday 3pm london time', NY_SPRING, NY, '2026-03-09T11:00:00-04:00', null),
  c('9am pacific', NY_SPRING, NY, '2026-03-06T12:00:00-05:00', null),
  c('end of day', NY_SPRING, NY, '2026-03-06T17:00:00-05:00', null),
  c('in 2 hours', NY_SPRING, NY, '2026-03-06T12:00:00-05:00', null),
  c('in 30 minutes', NY_SPRING, NY, '2026-03-06T10:30:00-05:00', null),
  c('the 30th', NY_SPRING, NY, '2026-03-30T00:00:00-04:00', '2026-03-31T00:00:00-04:00'),
  c('next friday', NY_SPRING, NY, '2026-03-13T00:00:00-04:00', '2026-03-14T00:00:00-04:00'),
  c('friday', NY_SPRING, NY, '2026-03-06T00:00:00-05:00', '2026-03-07T00:00:00-05:00'),
  c('march 20th', NY_SPRING, NY, '2026-03-20T00:00:00-04:00', '2026-03-21T00:00:00-04:00'),
  c('march 1st', NY_SPRING, NY, '2027-03-01T00:00:00-05:00', '2027-03-02T00:00:00-05:00'),
  c('twenty third march', NY_SPRING, NY, '2026-03-23T00:00:00-04:00', '2026-03-24T00:00:00-04:00'),
  c('ten am tomorrow', NY_SPRING, NY, '2026-03-07T10:00:00-05:00', null),
  c('half past four on monday', NY_SPRING, NY, '2026-03-09T16:30:00-04:00', null),
  c('quarter to nine tomorrow', NY_SPRING, NY, '2026-03-07T08:45:00-05:00', null),
  c('monday at four hundred pm', NY_SPRING, NY, '2026-03-09T16:00:00-04:00', null),
  c('at 0900 on monday', NY_SPRING, NY, '2026-03-09T09:00:00-04:00', null),
  c('at 1500 hours tomorrow', NY_SPRING, NY, '2026-03-07T15:00:00-05:00', null),
  c('seven thirty pm tonight', NY_SPRING, NY, '2026-03-06T19:30:00-05:00', null),
  c('at 1pm', NY_SPRING, NY, '2026-03-06T13:00:00-05:00', null),
  c('at 13:00', NY_SPRING, NY, '2026-03-06T13:00:00-05:00', null),
  c('at 1:00 pm', NY_SPRING, NY, '2026-03-06T13:00:00-05:00', null),
  c('at 1 p.m.', NY_SPRING, NY, '2026-03-06T13:00:00-05:00', null),
  c('at 12pm', NY_SPRING, NY, '2026-03-06T12:00:00-05:00', null),
  c('at 12am', NY_SPRING, NY, '2026-03-07T00:00:00-05:00', null),
  c('at 12:30am', NY_SPRING, NY, '2026-03-07T00:30:00-05:00', null),
  c('at 00:30', NY_SPRING, NY, '2026-03-07T00:30:00-05:00', null),
  c('at 23:45', NY_SPRING, NY, '2026-03-06T23:45:00-05:00', null),
  c('at 7pm', NY_SPRING, NY, '2026-03-06T19:00:00-05:00', null),
  c('at 19:00', NY_SPRING, NY, '2026-03-06T19:00:00-05:00', null),
  c('at 7am', NY_SPRING, NY, '2026-03-07T07:00:00-05:00', null),
  c('at 10:45 am', NY_SPRING, NY, '2026-03-06T10:45:00-05:00', null),
  c('at 6:15', NY_SPRING, NY, '2026-03-06T18:15:00-05:00', null),
  c('five pm', NY_SPRING, NY, '2026-03-06T17:00:00-05:00', null),
  c('nine thirty am tomorrow', NY_SPRING, NY, '2026-03-07T09:30:00-05:00', null),
  c('from 2pm to 3pm tomorrow', NY_SPRING, NY, '2026-03-07T14:00:00-05:00', '2026-03-07T15:00:00-05:00'),
  c('tomorrow from 9 to 5', NY_SPRING, NY, '2026-03-07T09:00:00-05:00', '2026-03-07T17:00:00-05:00'),
  c('2-3pm', NY_SPRING, NY, '2026-03-06T14:00:00-05:00', '2026-03-06T15:00:00-05:00'),
  c('10am-12pm monday', NY_SPRING, NY, '2026-03-09T10:00:00-04:00', '2026-03-09T12:00:00-04:00'),
  c('tomorrow at noon', NY_SPRING, NY, '2026-03-07T12:00:00-05:00', null),
  c('sunday at 10pm', NY_SPRING, NY, '2026-03-08T22:00:00-04:00', null),
  c('tomorrow evening', NY_SPRING, NY, '2026-03-07T17:00:00-05:00', '2026-03-07T21:00:00-05:00'),
  c('monday morning', NY_SPRING, NY, '2026-03-09T08:00:00-04:00', '2026-03-09T12:00:00-04:00'),
  c('my afternoon', NY_SPRING, NY, '2026-03-06T12:00:00-05:00', '2026-03-06T17:00:00-05:00'),
  c('next tuesday', NY_SPRING, NY, '2026-03-10T00:00:00-04:00', '2026-03-11T00:00:00-04:00'),
  c('tuesday at 4', NY_SPRING, NY, '2026-03-10T16:00:00-04:00', null),
  c('wednesday 11:30', NY_SPRING, NY, '2026-03-11T11:30:00-04:00', null),
  c('3/20', NY_SPRING, NY, '2026-03-20T00:00:00-04:00', '2026-03-21T00:00:00-04:00'),
  c('march 9 at 8:30am', NY_SPRING, NY, '2026-03-09T08:30:00-04:00', null),
  c('april 1st', NY_SPRING, NY, '2026-04-01T00:00:00-04:00', '2026-04-02T00:00:00-04:00'),
  c('2026-03-10', NY_SPRING, NY, '2026-03-10T00:00:00-04:00', '2026-03-11T00:00:00-04:00'),
  c('2026-03-10 at 14:30', NY_SPRING, NY, '2026-03-10T14:30:00-04:00', null),
  c('a week from today', NY_SPRING, NY, '2026-03-13T00:00:00-04:00', '2026-03-14T00:00:00-04:00'),
  c('friday the 13th', NY_SPRING, NY, '2026-03-13T00:00:00-04:00', '2026-03-14T00:00:00-04:00'),
  c('lunch at 1 on friday', NY_SPRING, NY, '2026-03-06T13:00:00-05:00', null),
  c('a month from today', MONTH_END, LON, '2026-02-28T00:00:00+00:00', '2026-03-01T00:00:00+00:00'),

  // New York, the week clocks go back
  c('sunday', NY_AUTUMN, NY, '2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00'),
  c('sunday at 1:30am', NY_AUTUMN, NY, '2026-11-01T01:30:00-04:00', null),
  c('sunday at 3am', NY_AUTUMN, NY, '2026-11-01T03:00:00-05:00', null),
  c('sunday at noon', NY_AUTUMN, NY, '2026-11-01T12:00:00-05:00', null),
  c('monday at 9', NY_AUTUMN, NY, '2026-11-02T09:00:00-05:00', null),
  c('next week', NY_AUTUMN, NY, '2026-11-02T00:00:00-05:00', '2026-11-09T00:00:00-05:00'),
  c('this weekend', NY_AUTUMN, NY, '2026-10-31T00:00:00-04:00', '2026-11-02T00:00:00-05:00'),
  // "on this weekend", "my weekend": both days, as "this weekend" (chrono alone reads the Saturday).
  c("what's on this weekend", NY_AUTUMN, NY, '2026-10-31T00:00:00-04:00', '2026-11-02T00:00:00-05:00'),
  // A bare hour said with "morning" is the morning's (a bare 1–7 is otherwise the afternoon's).
  c('tomorrow morning at 7', NY_AUTUMN, NY, '2026-10-31T07:00:00-04:00', null),
  c('tomorrow morning from 6 to 7', NY_AUTUMN, NY, '2026-10-31T06:00:00-04:00', '2026-10-31T07:00:00-04:00'),
  c('what does my weekend look like', NY_AUTUMN, NY, '2026-10-31T00:00:00-04:00', '2026-11-02T00:00:00-05:00'),
  c('tomorrow evening', NY_AUTUMN, NY, '2026-10-31T17:00:00-04:00', '2026-10-31T21:00:00-04:00'),
  c('sunday evening', NY_AUTUMN, NY, '2026-11-01T17:00:00-05:00', '2026-11-01T21:00:00-05:00'),
  c('next month', NY_AUTUMN, NY, '2026-11-01T00:00:00-04:00', '2026-12-01T00:00:00-05:00'),
  c('tomorrow at 6pm', NY_AUTUMN, NY, '2026-10-31T18:00:00-04:00', null),
  c('monday 10-11am', NY_AUTUMN, NY, '2026-11-02T10:00:00-05:00', '2026-11-02T11:00:00-05:00'),
  c('the 2nd', NY_AUTUMN, NY, '2026-11-02T00:00:00-05:00', '2026-11-03T00:00:00-05:00'),
  c('in 48 hours', NY_AUTUMN, NY, '2026-11-01T09:00:00-05:00', null),
  c('end of day', NY_AUTUMN, NY, '2026-10-30T17:00:00-04:00', null),
  c('this week', NY_AUTUMN, NY, '2026-10-30T00:00:00-04:00', '2026-11-02T00:00:00-05:00'),
  c('november 3rd at 2pm', NY_AUTUMN, NY, '2026-11-03T14:00:00-05:00', null),
  c('saturday at 9pm', NY_AUTUMN, NY, '2026-10-31T21:00:00-04:00', null),
  c('sunday at 8:00', NY_AUTUMN, NY, '2026-11-01T08:00:00-05:00', null),
  c('tuesday from 1 to 2', NY_AUTUMN, NY, '2026-11-03T13:00:00-05:00', '2026-11-03T14:00:00-05:00'),
  c('4pm berlin time', NY_AUTUMN, NY, '2026-10-30T11:00:00-04:00', null),
  c('monday 3pm berlin time', NY_AUTUMN, NY, '2026-11-02T09:00:00-05:00', null),
  c('3pm london time on monday', NY_AUTUMN, NY, '2026-11-02T10:00:00-05:00', null),
  // "Their time": the city the message names ("the london office").
  c('call with the london office at 3pm their time on monday', NY_AUTUMN, NY, '2026-11-02T10:00:00-05:00', null),

  // Berlin, spring forward
  c('sunday', BER_SPRING, BER, '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00'),
  c('sunday at 2:30am', BER_SPRING, BER, '2026-03-29T03:30:00+02:00', null),
  c('set a reminder for 3 tomorrow', BER_SPRING, BER, '2026-03-28T15:00:00+01:00', null),
  c('monday at 10', BER_SPRING, BER, '2026-03-30T10:00:00+02:00', null),
  c('tomorrow at 14:00', BER_SPRING, BER, '2026-03-28T14:00:00+01:00', null),
  c('next week', BER_SPRING, BER, '2026-03-30T00:00:00+02:00', '2026-04-06T00:00:00+02:00'),
  c('sunday 9am', BER_SPRING, BER, '2026-03-29T09:00:00+02:00', null),
  c('tonight at 20:30', BER_SPRING, BER, '2026-03-27T20:30:00+01:00', null),
  c('3pm new york time', BER_SPRING, BER, '2026-03-27T20:00:00+01:00', null),
  c('monday 3pm new york time', BER_SPRING, BER, '2026-03-30T21:00:00+02:00', null),
  c('this weekend', BER_SPRING, BER, '2026-03-28T00:00:00+01:00', '2026-03-30T00:00:00+02:00'),
  c('next month', BER_SPRING, BER, '2026-04-01T00:00:00+02:00', '2026-05-01T00:00:00+02:00'),
  c('sunday afternoon', BER_SPRING, BER, '2026-03-29T12:00:00+02:00', '2026-03-29T17:00:00+02:00'),
  c('saturday at 23:30', BER_SPRING, BER, '2026-03-28T23:30:00+01:00', null),
  c('monday from 9:00 to 17:00', BER_SPRING, BER, '2026-03-30T09:00:00+02:00', '2026-03-30T17:00:00+02:00'),
  c('the 31st', BER_SPRING, BER, '2026-03-31T00:00:00+02:00', '2026-04-01T00:00:00+02:00'),
  c('3pm utc', BER_SPRING, BER, '2026-03-27T16:00:00+01:00', null),
  c('monday 3pm utc', BER_SPRING, BER, '2026-03-30T17:00:00+02:00', null),

  // Berlin, fall back
  c('sunday', BER_AUTUMN, BER, '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00'),
  c('sunday at 2:30am', BER_AUTUMN, BER, '2026-10-25T02:30:00+02:00', null),
  c('10-11 on sunday', BER_AUTUMN, BER, '2026-10-25T10:00:00+01:00', '2026-10-25T11:00:00+01:00'),
  c('monday at 9am', BER_AUTUMN, BER, '2026-10-26T09:00:00+01:00', null),
  c('next week', BER_AUTUMN, BER, '2026-10-26T00:00:00+01:00', '2026-11-02T00:00:00+01:00'),
  c('saturday at 23:00', BER_AUTUMN, BER, '2026-10-24T23:00:00+02:00', null),
  c('sunday at 4am', BER_AUTUMN, BER, '2026-10-25T04:00:00+01:00', null),
  c('this weekend', BER_AUTUMN, BER, '2026-10-24T00:00:00+02:00', '2026-10-26T00:00:00+01:00'),
  c('anything on my weekend?', BER_AUTUMN, BER, '2026-10-24T00:00:00+02:00', '2026-10-26T00:00:00+01:00'),
  // A clock time after a stretch of days is on its first: "at noon" as "at 12".
  c('lunch on the weekend at noon', BER_AUTUMN, BER, '2026-10-24T12:00:00+02:00', null),
  c('tomorrow morning', BER_AUTUMN, BER, '2026-10-24T08:00:00+02:00', '2026-10-24T12:00:00+02:00'),
  c('monday morning', BER_AUTUMN, BER, '2026-10-26T08:00:00+01:00', '2026-10-26T12:00:00+01:00'),
  c('next month', BER_AUTUMN, BER, '2026-11-01T00:00:00+01:00', '2026-12-01T00:00:00+01:00'),
  c('monday 10am new york time', BER_AUTUMN, BER, '2026-10-26T15:00:00+01:00', null),

  // Sydney, clocks go back in April
  c('sunday', SYD_AUTUMN, SYD, '2026-04-05T00:00:00+11:00', '2026-04-06T00:00:00+10:00'),
  c('sunday at 2:30am', SYD_AUTUMN, SYD, '2026-04-05T02:30:00+11:00', null),
  c('monday at 9', SYD_AUTUMN, SYD, '2026-04-06T09:00:00+10:00', null),
  c('tomorrow at 5pm', SYD_AUTUMN, SYD, '2026-04-04T17:00:00+11:00', null),
  c('next week', SYD_AUTUMN, SYD, '2026-04-06T00:00:00+10:00', '2026-04-13T00:00:00+10:00'),
  c('sunday afternoon', SYD_AUTUMN, SYD, '2026-04-05T12:00:00+10:00', '2026-04-05T17:00:00+10:00'),
  c('today', SYD_AUTUMN, SYD, '2026-04-03T00:00:00+11:00', '2026-04-04T00:00:00+11:00'),
  c('this weekend', SYD_AUTUMN, SYD, '2026-04-04T00:00:00+11:00', '2026-04-06T00:00:00+10:00'),
  c('sunday at 4am', SYD_AUTUMN, SYD, '2026-04-05T04:00:00+10:00', null),
  c('monday 9am london time', SYD_AUTUMN, SYD, '2026-04-06T18:00:00+10:00', null),

  // Sydney, clocks go forward in October
  c('sunday', SYD_SPRING, SYD, '2026-10-04T00:00:00+10:00', '2026-10-05T00:00:00+11:00'),
  c('sunday at 2:30am', SYD_SPRING, SYD, '2026-10-04T03:30:00+11:00', null),
  c('monday 9am', SYD_SPRING, SYD, '2026-10-05T09:00:00+11:00', null),
  c('anything after 2 on sunday', SYD_SPRING, SYD, '2026-10-04T14:00:00+11:00', '2026-10-05T00:00:00+11:00'),
  c('this weekend', SYD_SPRING, SYD, '2026-10-03T00:00:00+10:00', '2026-10-05T00:00:00+11:00'),
  c('tomorrow', SYD_SPRING, SYD, '2026-10-03T00:00:00+10:00', '2026-10-04T00:00:00+10:00'),
  c('next week', SYD_SPRING, SYD, '2026-10-05T00:00:00+11:00', '2026-10-12T00:00:00+11:00'),
  c('sunday at 1:30am', SYD_SPRING, SYD, '2026-10-04T01:30:00+10:00', null),
  c('sunday at 10am', SYD_SPRING, SYD, '2026-10-04T10:00:00+11:00', null),

  // Year end
  c('tomorrow', YEAR_END, UTC, '2027-01-01T00:00:00+00:00', '2027-01-02T00:00:00+00:00'),
  c('next week', YEAR_END, UTC, '2027-01-04T00:00:00+00:00', '2027-01-11T00:00:00+00:00'),
  c('next month', YEAR_END, UTC, '2027-01-01T00:00:00+00:00', '2027-02-01T00:00:00+00:00'),
  c('this month', YEAR_END, UTC, '2026-12-31T00:00:00+00:00', '2027-01-01T00:00:00+00:00'),
  c('next year', YEAR_END, UTC, '2027-01-01T00:00:00+00:00', '2028-01-01T00:00:00+00:00'),
  c('monday at 9', YEAR_END, UTC, '2027-01-04T09:00:00+00:00', null),
  c('january 2nd', YEAR_END, UTC, '2027-01-02T00:00:00+00:00', '2027-01-03T00:00:00+00:00'),
  c('december 25th', YEAR_END, UTC, '2027-12-25T00:00:00+00:00', '2027-12-26T00:00:00+00:00'),
  c('tonight at 11:59pm', YEAR_END, UTC, '2026-12-31T23:59:00+00:00', null),
  c('the 5th', YEAR_END, UTC, '2027-01-05T00:00:00+00:00', '2027-01-06T00:00:00+00:00'),
  c('this week', YEAR_END, UTC, '2026-12-31T00:00:00+00:00', '2027-01-04T00:00:00+00:00'),
  c('friday', YEAR_END, UTC, '2027-01-01T00:00:00+00:00', '2027-01-02T00:00:00+00:00'),
  c('tomorrow at 10am', YEAR_END, UTC, '2027-01-01T10:00:00+00:00', null),
  c('january 4th at 9:30', YEAR_END, UTC, '2027-01-04T09:30:00+00:00', null),
  c('the 31st', YEAR_END, UTC, '2026-12-31T00:00:00+00:00', '2027-01-01T00:00:00+00:00'),
  c('first of january', YEAR_END, UTC, '2027-01-01T00:00:00+00:00', '2027-01-02T00:00:00+00:00'),
  c('next year', YEAR_END, NY, '2027-01-01T00:00:00-05:00', '2028-01-01T00:00:00-05:00'),
  // "after" inside "the day after tomorrow" names the day; it bounds nothing (a point, no end).
  c('the day after tomorrow at 2', YEAR_END, NY, '2027-01-02T14:00:00-05:00', null),
  c('tomorrow', YEAR_END, TYO, '2027-01-02T00:00:00+09:00', '2027-01-03T00:00:00+09:00'),
  c('today', YEAR_END, TYO, '2027-01-01T00:00:00+09:00', '2027-01-02T00:00:00+09:00'),
  c('next month', YEAR_END, TYO, '2027-02-01T00:00:00+09:00', '2027-03-01T00:00:00+09:00'),

  // Month ends
  c('tomorrow', MONTH_END, LON, '2026-02-01T00:00:00+00:00', '2026-02-02T00:00:00+00:00'),
  c('the 30th', MONTH_END, LON, '2026-03-30T00:00:00+01:00', '2026-03-31T00:00:00+01:00'),
  c('the 28th', MONTH_END, LON, '2026-02-28T00:00:00+00:00', '2026-03-01T00:00:00+00:00'),
  c('next month', MONTH_END, LON, '2026-02-01T00:00:00+00:00', '2026-03-01T00:00:00+00:00'),
  c('monday', MONTH_END, LON, '2026-02-02T00:00:00+00:00', '2026-02-03T00:00:00+00:00'),
  c('next week', MONTH_END, LON, '2026-02-02T00:00:00+00:00', '2026-02-09T00:00:00+00:00'),
  // A Saturday: no working day is left in this week, so "this week" runs through the next one.
  c('this week', MONTH_END, LON, '2026-01-31T00:00:00+00:00', '2026-02-09T00:00:00+00:00'),
  c('today at 5pm', MONTH_END, LON, '2026-01-31T17:00:00+00:00', null),
  c('the 3rd of next month', MONTH_END, LON, '2026-02-03T00:00:00+00:00', '2026-02-04T00:00:00+00:00'),
  c('february 2nd at 10', MONTH_END, LON, '2026-02-02T10:00:00+00:00', null),
  c('the 31st', MONTH_END, LON, '2026-01-31T00:00:00+00:00', '2026-02-01T00:00:00+00:00'),
  c('this weekend', MONTH_END, LON, '2026-01-31T00:00:00+00:00', '2026-02-02T00:00:00+00:00'),
  c('tomorrow', TYO_LATE, TYO, '2027-02-27T00:00:00+09:00', '2027-02-28T00:00:00+09:00'),
  c('the 29th', TYO_LATE, TYO, '2027-03-29T00:00:00+09:00', '2027-03-30T00:00:00+09:00'),
  c('next week', TYO_LATE, TYO, '2027-03-01T00:00:00+09:00', '2027-03-08T00:00:00+09:00'),
  c('tonight', TYO_LATE, TYO, '2027-02-26T18:00:00+09:00', '2027-02-27T00:00:00+09:00'),
  c('at 10', TYO_LATE, TYO, '2027-02-27T10:00:00+09:00', null),
  c('at 9', TYO_LATE, TYO, '2027-02-27T09:00:00+09:00', null),
  c('at 11pm', TYO_LATE, TYO, '2027-02-26T23:00:00+09:00', null),
  c('the 3rd of next month', TYO_LATE, TYO, '2027-03-03T00:00:00+09:00', '2027-03-04T00:00:00+09:00'),
  c('next month', TYO_LATE, TYO, '2027-03-01T00:00:00+09:00', '2027-04-01T00:00:00+09:00'),
  c('this month', TYO_LATE, TYO, '2027-02-26T00:00:00+09:00', '2027-03-01T00:00:00+09:00'),
  // Short day names chrono lacks; days known by name after a preposition.
  { text: 'next tues', now: YEAR_END, zone: NY, start: '2027-01-05T00:00:00-05:00', end: '2027-01-06T00:00:00-05:00' },
  { text: 'lunch weds at 1', now: NY_SPRING, zone: NY, start: '2026-03-11T13:00:00-04:00', end: null },
  { text: 'anything later today?', now: NY_SPRING, zone: NY, start: '2026-03-06T10:00:00-05:00', end: '2026-03-07T00:00:00-05:00' },
  // The weekend the clocks go forward: Saturday to Monday is 47 hours.
  { text: 'do i have meetings over the weekend', now: NY_SPRING, zone: NY, start: '2026-03-07T00:00:00-05:00', end: '2026-03-09T00:00:00-04:00' },
  { text: 'schedule a 1:1 with Megan for the week after next', now: YEAR_END, zone: NY, start: '2027-01-11T00:00:00-05:00', end: '2027-01-18T00:00:00-05:00' },
  // A part of the day and a day said apart; the 5th is after the clocks go back.
  { text: 'block the afternoon of the 5th', now: NY_AUTUMN, zone: NY, start: '2026-11-05T12:00:00-05:00', end: '2026-11-05T17:00:00-05:00' },
  // A bare hour with a zone's abbreviation: 4:30pm in that offset (chrono's -8 hours for PST).
  { text: 'call at 4:30 PST', now: NY_AUTUMN, zone: NY, start: '2026-10-30T20:30:00-04:00', end: null },
  { text: 'block 3-4 every day for email', now: NY_SPRING, zone: NY, start: '2026-03-06T15:00:00-05:00', end: '2026-03-06T16:00:00-05:00' },
  { text: "out on new year's eve", now: YEAR_END, zone: NY, start: '2026-12-31T00:00:00-05:00', end: '2027-01-01T00:00:00-05:00' },
  { text: 'party on christmas eve at 7pm', now: NY_AUTUMN, zone: NY, start: '2026-12-24T19:00:00-05:00', end: null },
  // A part of the day with its day after "of"/"on", which chrono reads as one phrase without the day.
  { text: 'put a hold on the morning of nov 2', now: NY_AUTUMN, zone: NY, start: '2026-11-02T08:00:00-05:00', end: '2026-11-02T12:00:00-05:00' },
  { text: 'block the afternoon on sunday', now: BER_AUTUMN, zone: BER, start: '2026-10-25T12:00:00+01:00', end: '2026-10-25T17:00:00+01:00' },
  // Counted from a weekday (the coming one), and with the clock time said after the day.
  { text: 'lunch with Megan a week from monday', now: NY_SPRING, zone: NY, start: '2026-03-16T00:00:00-04:00', end: '2026-03-17T00:00:00-04:00' },
  { text: 'a week from friday', now: NY_SPRING, zone: NY, start: '2026-03-13T00:00:00-04:00', end: '2026-03-14T00:00:00-04:00' },
  { text: 'two weeks from today at 10', now: SYD_SPRING, zone: SYD, start: '2026-10-16T10:00:00+11:00', end: null },
  { text: '3 days from now at 4:30pm', now: YEAR_END, zone: UTC, start: '2027-01-03T16:30:00+00:00', end: null },
  // The week that holds a day said: Monday on, over the DST change (the 29th).
  { text: "what's my schedule the week of march 29th", now: BER_SPRING, zone: BER, start: '2026-03-23T00:00:00+01:00', end: '2026-03-30T00:00:00+02:00' },
  { text: 'block the week of the 5th for the offsite', now: NY_AUTUMN, zone: NY, start: '2026-11-02T00:00:00-05:00', end: '2026-11-09T00:00:00-05:00' },
  // "this week" on a Sunday (the day the clocks go forward), with no working day left in it: the week ahead too.
  { text: "what's on my schedule this week", now: '2026-03-29T10:00:00Z', zone: BER, start: '2026-03-29T00:00:00+01:00', end: '2026-04-06T00:00:00+02:00' },
  // "since Monday": from the last Monday up to now (the Friday the clocks go back).
  { text: 'Show me all emails from Lynne Robbins about the contract since Monday', now: NY_AUTUMN, zone: NY, start: '2026-10-26T00:00:00-04:00', end: '2026-10-30T10:00:00-04:00' },
  // Mail has all come already: "this week" and "this month" are the whole period up to now.
  { text: 'any emails from Megan this week?', now: NY_SPRING, zone: NY, start: '2026-03-02T00:00:00-05:00', end: '2026-03-06T10:00:00-05:00' },
  { text: 'what did Adele send me this month', now: NY_AUTUMN, zone: NY, start: '2026-10-01T00:00:00-04:00', end: '2026-10-30T10:00:00-04:00' },
  // A deadline bounds a search from now: "before the end of the week" is up to Friday's end of work.
  { text: 'find 45 minutes with Patti before the end of the week', now: NY_AUTUMN, zone: NY, start: '2026-10-30T10:00:00-04:00', end: '2026-10-30T17:00:00-04:00' },
  { text: 'find 45 minutes with Patti before the end of the week', now: '2026-10-27T14:00:00Z', zone: NY, start: '2026-10-27T10:00:00-04:00', end: '2026-10-30T17:00:00-04:00' },
  // "the first" is a day only where nothing else follows it as a noun.
  { text: 'what were the first emails i got today', now: NY_SPRING, zone: NY, start: '2026-03-06T00:00:00-05:00', end: '2026-03-07T00:00:00-05:00' },
  { text: 'team lunch on the first at noon', now: NY_SPRING, zone: NY, start: '2026-04-01T12:00:00-04:00', end: null },
  // Two days in a row, said as a choice or a pair: both (the Sunday the clocks go back is 25 hours).
  { text: 'find a time with Megan on saturday or sunday', now: NY_AUTUMN, zone: NY, start: '2026-10-31T00:00:00-04:00', end: '2026-11-02T00:00:00-05:00' },
  { text: 'what do I have monday and tuesday', now: NY_SPRING, zone: NY, start: '2026-03-09T00:00:00-04:00', end: '2026-03-11T00:00:00-04:00' },
  // A day as the bound of a search: from now up to it ("before"), or through it ("by"), across the DST change.
  { text: 'find 30 minutes with Adele by monday', now: BER_SPRING, zone: BER, start: '2026-03-27T10:00:00+01:00', end: '2026-03-31T00:00:00+02:00' },
  { text: 'find a slot with Megan and Lee before tuesday', now: SYD_AUTUMN, zone: SYD, start: '2026-04-03T10:00:00+11:00', end: '2026-04-07T00:00:00+10:00' },
  // "In 2 days" is that day, the 25-hour Sunday the clocks go back; "in 2 hours" keeps the clock.
  { text: 'meet Adele in 2 days', now: NY_AUTUMN, zone: NY, start: '2026-11-01T00:00:00-04:00', end: '2026-11-02T00:00:00-05:00' },
  { text: 'call Lee in 2 hours', now: NY_AUTUMN, zone: NY, start: '2026-10-30T12:00:00-04:00', end: null },
  // Days or weeks ahead at a clock time: that day's offset, past the change, and a bare hour in the afternoon.
  { text: 'meet Adele in 2 weeks at 3pm', now: NY_AUTUMN, zone: NY, start: '2026-11-13T15:00:00-05:00', end: null },
  { text: 'call Lee in 3 days at 4', now: BER_AUTUMN, zone: BER, start: '2026-10-26T16:00:00+01:00', end: null },
  // From now through the third day from today, over New York's 25-hour Sunday.
  { text: 'what do I have in the next 3 days', now: NY_AUTUMN, zone: NY, start: '2026-10-30T10:00:00-04:00', end: '2026-11-03T00:00:00-05:00' },
  // A weekday of a week said beside it: the week's own day, with the clock time said; the week
  // after the clocks change, so the offset is the new one.
  { text: 'meeting with Adele next week on tuesday at 3', now: NY_SPRING, zone: NY, start: '2026-03-10T15:00:00-04:00', end: null },
  { text: 'lunch in 2 weeks on tuesday at noon', now: BER_AUTUMN, zone: BER, start: '2026-11-03T12:00:00+01:00', end: null },
  { text: 'call tuesday in two weeks', now: SYD_SPRING, zone: SYD, start: '2026-10-13T00:00:00+11:00', end: '2026-10-14T00:00:00+11:00' },
  { text: 'lunch tuesday in two weeks at 1', now: NY_SPRING, zone: NY, start: '2026-03-17T13:00:00-04:00', end: null },
  // Now's clock time on another day: across New York's autumn change, and into a shorter month.
  { text: 'sync this time next week', now: NY_AUTUMN, zone: NY, start: '2026-11-06T10:00:00-05:00', end: null },
  { text: 'call me this time next month', now: MONTH_END, zone: NY, start: '2026-02-28T07:00:00-05:00', end: null },
  // Either side of lunch: the rest of the working day, the day named or today, across Berlin's spring change.
  { text: "what's on my calendar monday after lunch", now: BER_SPRING, zone: BER, start: '2026-03-30T13:00:00+02:00', end: '2026-03-30T17:00:00+02:00' },
  { text: 'do I have anything before lunch?', now: NY_AUTUMN, zone: NY, start: '2026-10-30T08:00:00-04:00', end: '2026-10-30T12:00:00-04:00' },
  { text: 'review on monday the week after next', now: YEAR_END, zone: NY, start: '2027-01-11T00:00:00-05:00', end: '2027-01-12T00:00:00-05:00' },
  { text: 'what did I have last week on friday', now: NY_AUTUMN, zone: NY, start: '2026-10-23T00:00:00-04:00', end: '2026-10-24T00:00:00-04:00' },
  // Parts of a week: early is Monday and Tuesday, mid Wednesday and Thursday, late Thursday and Friday.
  { text: 'coffee with Diego early next week', now: NY_AUTUMN, zone: NY, start: '2026-11-02T00:00:00-05:00', end: '2026-11-04T00:00:00-05:00' },
  { text: 'lunch with Megan late this week', now: NY_SPRING, zone: NY, start: '2026-03-06T00:00:00-05:00', end: '2026-03-07T00:00:00-05:00' },
  // This week's middle is over by Friday: next week's, after Berlin's clocks go forward.
  { text: 'sync with Lee midweek', now: BER_SPRING, zone: BER, start: '2026-04-01T00:00:00+02:00', end: '2026-04-03T00:00:00+02:00' },
  { text: 'call with Lee at the end of next week', now: NY_SPRING, zone: NY, start: '2026-03-13T17:00:00-04:00', end: null },
  // The nth or last weekday of a month: today's counts; "the month" whose such day is past is the next month's.
  { text: 'lunch on the last friday of the month', now: NY_AUTUMN, zone: NY, start: '2026-10-30T00:00:00-04:00', end: '2026-10-31T00:00:00-04:00' },
  { text: 'party on the 2nd saturday of december at 7pm', now: NY_AUTUMN, zone: NY, start: '2026-12-12T19:00:00-05:00', end: null },
  { text: 'meeting on the first monday of next month', now: BER_AUTUMN, zone: BER, start: '2026-11-02T00:00:00+01:00', end: '2026-11-03T00:00:00+01:00' },
  { text: 'review on the last friday of the month at 4', now: MONTH_END, zone: LON, start: '2026-02-27T16:00:00+00:00', end: null },
  { text: 'the third thursday in march', now: SYD_AUTUMN, zone: SYD, start: '2027-03-18T00:00:00+11:00', end: '2027-03-19T00:00:00+11:00' },
  // "First thing": the start of that day's working hours (9:00 when not known), after New York's
  // spring change; alone, the next working day's, which on a Friday is Monday's.
  { text: 'call Megan first thing monday', now: NY_SPRING, zone: NY, start: '2026-03-09T09:00:00-04:00', end: null },
  { text: 'book the review first thing tomorrow', now: YEAR_END, zone: UTC, start: '2027-01-01T09:00:00+00:00', end: null },
  { text: 'sync with Lee first thing in the morning', now: BER_SPRING, zone: BER, start: '2026-03-30T09:00:00+02:00', end: null },
  // Chat's clock shorthand and minutes past or to an hour, across the spring changes.
  { text: 'meet megan tmrw at 3p', now: NY_SPRING, zone: NY, start: '2026-03-07T15:00:00-05:00', end: null },
  { text: 'sync 3ish on monday', now: NY_SPRING, zone: NY, start: '2026-03-09T15:00:00-04:00', end: null },
  { text: 'call at 10 past 2 on sunday', now: BER_SPRING, zone: BER, start: '2026-03-29T14:10:00+02:00', end: null },
  { text: 'meet at ten to four tomorrow', now: YEAR_END, zone: UTC, start: '2027-01-01T15:50:00+00:00', end: null },
  // A part of the day narrowed ("late afternoon": its last two hours) and its day said after it
  // without "on" (chrono reads "afternoon thursday" as today's afternoon).
  { text: 'meeting late afternoon sunday', now: BER_AUTUMN, zone: BER, start: '2026-10-25T15:00:00+01:00', end: '2026-10-25T17:00:00+01:00' },
  { text: 'meeting mid-morning monday', now: NY_AUTUMN, zone: NY, start: '2026-11-02T09:00:00-05:00', end: '2026-11-02T11:00:00-05:00' },
  { text: 'review early morning on monday', now: SYD_SPRING, zone: SYD, start: '2026-10-05T08:00:00+11:00', end: '2026-10-05T10:00:00+11:00' },
  { text: 'sync afternoon tomorrow', now: MONTH_END, zone: NY, start: '2026-02-01T12:00:00-05:00', end: '2026-02-01T17:00:00-05:00' },
  // The end of a working day said with its day: "EOD monday" is 5pm that Monday, after the change.
  { text: 'block time EOD monday', now: NY_SPRING, zone: NY, start: '2026-03-09T17:00:00-04:00', end: null },
  { text: "tomorrow's cob", now: BER_SPRING, zone: BER, start: '2026-03-28T17:00:00+01:00', end: null },
  // What is left of a period the user is in: from now to its end (Sydney's Sunday is 25 hours long).
  { text: 'what do I have left today', now: NY_AUTUMN, zone: NY, start: '2026-10-30T10:00:00-04:00', end: '2026-10-31T00:00:00-04:00' },
  { text: 'any meetings left this week?', now: SYD_AUTUMN, zone: SYD, start: '2026-04-03T10:00:00+11:00', end: '2026-04-06T00:00:00+10:00' },
  { text: "what's on the rest of today", now: YEAR_END, zone: UTC, start: '2026-12-31T15:00:00+00:00', end: '2027-01-01T00:00:00+00:00' },
  { text: "what's on the rest of the year", now: NY_AUTUMN, zone: NY, start: '2026-10-30T10:00:00-04:00', end: '2027-01-01T00:00:00-05:00' },
  // The past months: from that day so many months back to now (was the one month three back).
  { text: 'how many meetings did i have in the past three months', now: NY_AUTUMN, zone: NY, start: '2026-07-30T00:00:00-04:00', end: '2026-10-30T10:00:00-04:00' },
  // "the past month" is the stretch up to now (as "the past week" is); "last month" the calendar month before.
  { text: 'meetings in the past month', now: NY_AUTUMN, zone: NY, start: '2026-09-30T00:00:00-04:00', end: '2026-10-30T10:00:00-04:00' },
  { text: "last month's meetings", now: NY_AUTUMN, zone: NY, start: '2026-09-01T00:00:00-04:00', end: '2026-10-01T00:00:00-04:00' },
  // Lunch as a time: "at lunch" today (before it is over), "over lunch" on the day said, across the change.
  { text: 'am I busy at lunch?', now: NY_AUTUMN, zone: NY, start: '2026-10-30T12:00:00-04:00', end: '2026-10-30T13:00:00-04:00' },
  { text: 'any meetings over lunch on monday?', now: NY_AUTUMN, zone: NY, start: '2026-11-02T12:00:00-05:00', end: '2026-11-02T13:00:00-05:00' },
  { text: 'am I free during lunch on sunday', now: SYD_AUTUMN, zone: SYD, start: '2026-04-05T12:00:00+10:00', end: '2026-04-05T13:00:00+10:00' },
  // After or before a meeting named by its time: the rest of the day on that side of it.
  { text: "what's after my 2pm", now: BER_SPRING, zone: BER, start: '2026-03-27T14:00:00+01:00', end: '2026-03-28T00:00:00+01:00' },
  { text: 'anything before my 4pm?', now: YEAR_END, zone: UTC, start: '2026-12-31T15:00:00+00:00', end: '2026-12-31T16:00:00+00:00' },
  // Chat's "@ 3" and "half hour" said without its article (which chrono reads as a time from now).
  { text: 'sync w adele @ 3 on sunday', now: NY_SPRING, zone: NY, start: '2026-03-08T15:00:00-04:00', end: null },
  { text: 'half hour with patti at 4 tomorrow', now: BER_AUTUMN, zone: BER, start: '2026-10-24T16:00:00+02:00', end: '2026-10-24T16:30:00+02:00' },
];

const weekly = (days: Graph.DayOfWeek[], startDate: string, zone: string, interval = 1): Graph.PatternedRecurrence => ({
  pattern: { type: 'weekly', interval, daysOfWeek: days, firstDayOfWeek: 'sunday' },
  range: { type: 'noEnd', startDate, recurrenceTimeZone: zone },
});

export const RECURRENCE_CASES: ResolutionCase[] = [
  { text: 'every tuesday at 10am', now: NY_SPRING, zone: NY, start: '2026-03-10T10:00:00-04:00', recurrence: weekly(['tuesday'], '2026-03-10', NY) },
  { text: 'every other thursday at 2pm', now: NY_SPRING, zone: NY, start: '2026-03-12T14:00:00-04:00', recurrence: weekly(['thursday'], '2026-03-12', NY, 2) },
  // "1:1s" is a meeting's name: its "1s" is no second from now (which took the clock time's place).
  { text: 'set up weekly 1:1s with Patti on tuesdays at 2', now: NY_AUTUMN, zone: NY, start: '2026-11-03T14:00:00-05:00', recurrence: weekly(['tuesday'], '2026-11-03', NY) },
  { text: 'weekdays at 9', now: NY_SPRING, zone: NY, start: '2026-03-09T09:00:00-04:00', recurrence: weekly(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], '2026-03-09', NY) },
  // An hour range after a plural day: hours in the working day, across the DST change of 8 March.
  { text: 'thursdays 3-4', now: NY_SPRING, zone: NY, start: '2026-03-12T15:00:00-04:00', end: '2026-03-12T16:00:00-04:00', recurrence: weekly(['thursday'], '2026-03-12', NY) },
  { text: 'weekdays 9-10', now: NY_SPRING, zone: NY, start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T10:00:00-04:00', recurrence: weekly(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], '2026-03-09', NY) },
  { text: 'mondays 10-11:30', now: NY_SPRING, zone: NY, start: '2026-03-09T10:00:00-04:00', end: '2026-03-09T11:30:00-04:00', recurrence: weekly(['monday'], '2026-03-09', NY) },
  // An hour range beside a part of the day that repeats: those hours, in that part (was the whole morning; 8am for "8-9 every evening").
  { text: 'block 9-10 every morning for email', now: NY_SPRING, zone: NY, start: '2026-03-07T09:00:00-05:00', end: '2026-03-07T10:00:00-05:00', recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate: '2026-03-07', recurrenceTimeZone: NY } } },
  { text: 'gym 8-9 every evening', now: BER_AUTUMN, zone: BER, start: '2026-10-23T20:00:00+02:00', end: '2026-10-23T21:00:00+02:00', recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate: '2026-10-23', recurrenceTimeZone: BER } } },
  { text: '3-4 each afternoon for admin', now: SYD_SPRING, zone: SYD, start: '2026-10-02T15:00:00+10:00', end: '2026-10-02T16:00:00+10:00', recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate: '2026-10-02', recurrenceTimeZone: SYD } } },
  // "monday to friday" is the series' days, not one stretch of days taking the clock time with it.
  { text: 'standup monday to friday at 9am', now: NY_SPRING, zone: NY, start: '2026-03-09T09:00:00-04:00', recurrence: weekly(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], '2026-03-09', NY) },
  { text: 'standup at 9:30 monday through friday', now: BER_SPRING, zone: BER, start: '2026-03-30T09:30:00+02:00', recurrence: weekly(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], '2026-03-30', BER) },
  { text: 'every monday and wednesday at 8:30am', now: BER_SPRING, zone: BER, start: '2026-03-30T08:30:00+02:00', recurrence: weekly(['monday', 'wednesday'], '2026-03-30', BER) },
  {
    text: 'first monday of each month at 10am',
    now: NY_SPRING,
    zone: NY,
    // The first Monday of March has passed: the series starts in April.
    start: '2026-04-06T10:00:00-04:00',
    recurrence: { pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['monday'], index: 'first' }, range: { type: 'noEnd', startDate: '2026-04-06', recurrenceTimeZone: NY } },
  },
  {
    // The month said before the day: October's last Thursday (the 29th) has passed, November's is after the clocks go back.
    text: 'review monthly on the last thursday at 3',
    now: NY_AUTUMN,
    zone: NY,
    start: '2026-11-26T15:00:00-05:00',
    recurrence: { pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['thursday'], index: 'last' }, range: { type: 'noEnd', startDate: '2026-11-26', recurrenceTimeZone: NY } },
  },
  {
    text: 'every 3 months on the first monday at 10',
    now: BER_SPRING,
    zone: BER,
    start: '2026-04-06T10:00:00+02:00',
    recurrence: { pattern: { type: 'relativeMonthly', interval: 3, daysOfWeek: ['monday'], index: 'first' }, range: { type: 'noEnd', startDate: '2026-04-06', recurrenceTimeZone: BER } },
  },
  {
    text: 'daily at 9am until march 31st',
    now: NY_SPRING,
    zone: NY,
    start: '2026-03-07T09:00:00-05:00',
    recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'endDate', startDate: '2026-03-07', endDate: '2026-03-31', recurrenceTimeZone: NY } },
  },
  {
    text: 'every month on the 15th at noon',
    now: SYD_AUTUMN,
    zone: SYD,
    start: '2026-04-15T12:00:00+10:00',
    recurrence: { pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 15 }, range: { type: 'noEnd', startDate: '2026-04-15', recurrenceTimeZone: SYD } },
  },
  // An hour range after "every day".
  {
    text: 'block lunch every day 12-1',
    now: BER_SPRING,
    zone: BER,
    start: '2026-03-27T12:00:00+01:00',
    end: '2026-03-27T13:00:00+01:00',
    recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate: '2026-03-27', recurrenceTimeZone: BER } },
  },
  {
    // The first of the month is the day the clocks go back.
    text: 'team lunch on the first day of every month at noon',
    now: NY_AUTUMN,
    zone: NY,
    start: '2026-11-01T12:00:00-05:00',
    recurrence: { pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 1 }, range: { type: 'noEnd', startDate: '2026-11-01', recurrenceTimeZone: NY } },
  },
  { text: 'biweekly 1:1 with Adele on fridays at 2', now: NY_AUTUMN, zone: NY, start: '2026-10-30T14:00:00-04:00', recurrence: weekly(['friday'], '2026-10-30', NY, 2) },
  { text: 'every friday', now: YEAR_END, zone: UTC, start: '2027-01-01T00:00:00+00:00', recurrence: weekly(['friday'], '2027-01-01', UTC) },
  { text: 'every 2 weeks on wednesday at 4pm', now: NY_AUTUMN, zone: NY, start: '2026-11-04T16:00:00-05:00', recurrence: weekly(['wednesday'], '2026-11-04', NY, 2) },
  // A series within the week said: today's 9am has passed, so Saturday and the Sunday the clocks go back.
  {
    text: 'standup every day this week at 9',
    now: BER_AUTUMN,
    zone: BER,
    start: '2026-10-24T09:00:00+02:00',
    recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'endDate', startDate: '2026-10-24', endDate: '2026-10-25', recurrenceTimeZone: BER } },
  },
  // Next week begins the day after the clocks go forward.
  {
    text: 'every weekday next week at 8',
    now: SYD_SPRING,
    zone: SYD,
    start: '2026-10-05T08:00:00+11:00',
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], firstDayOfWeek: 'sunday' },
      range: { type: 'endDate', startDate: '2026-10-05', endDate: '2026-10-11', recurrenceTimeZone: SYD },
    },
  },
  // A series for the rest of the year ends on its last day; across New York's autumn change, at 9 still.
  {
    text: 'every monday at 9 for the rest of the year',
    now: NY_AUTUMN,
    zone: NY,
    start: '2026-11-02T09:00:00-05:00',
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'], firstDayOfWeek: 'sunday' },
      range: { type: 'endDate', startDate: '2026-11-02', endDate: '2026-12-31', recurrenceTimeZone: NY },
    },
  },
  // "wednesday afternoons": every Wednesday, the afternoon its time; "tuesday evenings at 6" at 6pm.
  { text: 'hold wednesday afternoons for focus', now: NY_AUTUMN, zone: NY, start: '2026-11-04T12:00:00-05:00', end: '2026-11-04T17:00:00-05:00', recurrence: weekly(['wednesday'], '2026-11-04', NY) },
  { text: 'yoga on tuesday evenings at 6', now: BER_AUTUMN, zone: BER, start: '2026-10-27T18:00:00+01:00', recurrence: weekly(['tuesday'], '2026-10-27', BER) },
  // The date said with a yearly series is its day, however close it stands to "every year".
  {
    text: 'every year on march 3',
    now: NY_AUTUMN,
    zone: NY,
    start: '2027-03-03T00:00:00-05:00',
    recurrence: { pattern: { type: 'absoluteYearly', interval: 1, dayOfMonth: 3, month: 3 }, range: { type: 'noEnd', startDate: '2027-03-03', recurrenceTimeZone: NY } },
  },
  // Days listed with how often a week: weekly on them, the first after New York's autumn change.
  {
    text: 'standup twice a week tues and thurs 4pm',
    now: NY_AUTUMN,
    zone: NY,
    start: '2026-11-03T16:00:00-05:00',
    recurrence: { pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday', 'thursday'], firstDayOfWeek: 'sunday' }, range: { type: 'noEnd', startDate: '2026-11-03', recurrenceTimeZone: NY } },
  },
  // A morning's hour: 7am, not the working day's 7pm.
  { text: 'each morning at 7', now: BER_SPRING, zone: BER, start: '2026-03-28T07:00:00+01:00', recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'noEnd', startDate: '2026-03-28', recurrenceTimeZone: BER } } },
  {
    text: 'every year on march 15th',
    now: MONTH_END,
    zone: LON,
    start: '2026-03-15T00:00:00+00:00',
    recurrence: { pattern: { type: 'absoluteYearly', interval: 1, dayOfMonth: 15, month: 3 }, range: { type: 'noEnd', startDate: '2026-03-15', recurrenceTimeZone: LON } },
  },
];
