import { nextFreeSlots, overlaps, withinWorkingHours, type Interval, type WorkingWindow } from './freeSlots';
import { WEEKDAY_NAMES } from '../time/zonedTime';

/** Someone whose calendar a meeting must fit: busy times and working hours, in their own zone. */
export interface Participant {
  address: string;
  /** How the user calls them ("Megan"); the organizer is "you". */
  name: string;
  isOrganizer: boolean;
  busy: Array<Interval & { status: string }>;
  /** Undefined when unknown (a guest): their hours then constrain nothing. */
  hours: WorkingWindow | undefined;
  /** False when their free/busy could not be read (someone outside the organisation): they count as free. */
  calendarKnown: boolean;
}

export type Availability = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** As Graph's meetingTimeSuggestion: a slot, how sure it is, and each attendee's availability in it. */
export interface MeetingSuggestion {
  slot: Interval;
  /** 100 when everyone is known to be free, as findMeetingTimes rates such a slot; 50 when someone's calendar is unknown. */
  confidence: number;
  attendeeAvailability: Array<{ address: string; availability: Availability }>;
}

/** As findMeetingTimes' emptySuggestionsReason, plus who is behind it, in words. */
export type EmptySuggestionsReason = 'OrganizerUnavailable' | 'AttendeesUnavailable' | 'NoCommonWorkingHours' | 'NoTimeTogether' | '';

export interface MeetingTimeSuggestionsResult {
  suggestions: MeetingSuggestion[];
  emptySuggestionsReason: EmptySuggestionsReason;
  /** Why nothing fits, in a sentence ("Megan is out of office the whole time."); '' when there are suggestions. */
  explanation: string;
}

/**
 * Meeting times for several people computed from free/busy (getSchedule) and everyone's
 * working hours, because findMeetingTimes only works with delegated tokens and the
 * assistant runs on application permissions. A slot counts when every participant is
 * free and it lies within every participant's working hours in their own zone.
 */
export function suggestMeetingTimes(options: {
  participants: Participant[];
  from: Date;
  until: Date;
  durationMinutes: number;
  maxCandidates: number;
}): MeetingTimeSuggestionsResult {
  const { participants, from, until, durationMinutes } = options;
  const organizer = participants.find((p) => p.isOrganizer) ?? participants[0];
  const ordered = [organizer, ...participants.filter((p) => p !== organizer)];
  const windows = ordered.map((p) => p.hours).filter((h): h is WorkingWindow => h !== undefined);
  const hours = windows.length > 0 ? windows : [ALL_DAY];
  const slots = nextFreeSlots({ from, until, durationMinutes, busy: participants.flatMap((p) => p.busy), hours, count: options.maxCandidates });
  if (slots.length > 0) {
    return {
      suggestions: slots.map((slot) => ({
        slot,
        confidence: participants.every((p) => p.calendarKnown) ? 100 : 50,
        attendeeAvailability: participants
          .filter((p) => !p.isOrganizer)
          .map((p) => ({ address: p.address, availability: p.calendarKnown ? ('free' as const) : ('unknown' as const) })),
      })),
      emptySuggestionsReason: '',
      explanation: '',
    };
  }
  return { suggestions: [], ...whyNothingFits(ordered, from, until, durationMinutes) };
}

const ALL_DAY: WorkingWindow = {
  daysOfWeek: [...WEEKDAY_NAMES],
  startTime: '00:00',
  endTime: '24:00',
  timeZone: 'Etc/UTC',
};

/** Each person's own slots first (who alone has no time), then whether their hours meet at all. */
function whyNothingFits(
  ordered: Participant[],
  from: Date,
  until: Date,
  durationMinutes: number,
): { emptySuggestionsReason: EmptySuggestionsReason; explanation: string } {
  for (const p of ordered) {
    const own = nextFreeSlots({ from, until, durationMinutes, busy: p.busy, hours: p.hours ?? ALL_DAY, count: 1 });
    if (own.length > 0) continue;
    const reason: EmptySuggestionsReason = p.isOrganizer ? 'OrganizerUnavailable' : 'AttendeesUnavailable';
    const subject = p.isOrganizer ? "You're" : `${p.name} is`;
    if (p.hours && isOutOfOfficeThroughout(p, from, until)) return { emptySuggestionsReason: reason, explanation: `${subject} out of office the whole time.` };
    // No working time of theirs in the window at all ("does 6pm work for Megan"): not a full calendar.
    if (p.hours && nextFreeSlots({ from, until, durationMinutes, busy: [], hours: p.hours, count: 1 }).length === 0) {
      return { emptySuggestionsReason: reason, explanation: `That's outside ${p.isOrganizer ? 'your' : `${p.name}'s`} working hours.` };
    }
    return { emptySuggestionsReason: reason, explanation: `${subject} fully booked then.` };
  }
  const windows = ordered.map((p) => p.hours).filter((h): h is WorkingWindow => h !== undefined);
  if (windows.length > 1 && nextFreeSlots({ from, until, durationMinutes, busy: [], hours: windows, count: 1 }).length === 0) {
    return { emptySuggestionsReason: 'NoCommonWorkingHours', explanation: "Your working hours don't overlap long enough then, in everyone's own time zone." };
  }
  return { emptySuggestionsReason: 'NoTimeTogether', explanation: 'Everyone has some free time, but never at the same time.' };
}

/** Every working slot of theirs in the window is covered by out-of-office time. */
function isOutOfOfficeThroughout(p: Participant, from: Date, until: Date): boolean {
  const oof = p.busy.filter((b) => b.status === 'oof');
  if (oof.length === 0 || !p.hours) return false;
  let sawWorkingTime = false;
  for (let t = from.getTime(); t + 30 * 60000 <= until.getTime(); t += 30 * 60000) {
    const slot = { start: new Date(t), end: new Date(t + 30 * 60000) };
    if (!withinWorkingHours(slot, p.hours)) continue;
    sawWorkingTime = true;
    if (!oof.some((b) => overlaps(slot, b))) return false;
  }
  return sawWorkingTime;
}
