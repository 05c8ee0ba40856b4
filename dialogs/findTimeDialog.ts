import { CardFactory, MessageFactory } from 'botbuilder';
import { ChoicePrompt, TextPrompt, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { expandCard, type Fact } from '../cards/cardTemplates';
import type { Person } from '../src/graph/directory';
import type { Entities } from '../src/nlu/types';
import type { WorkingWindow } from '../src/scheduling/freeSlots';
import { addLocalDays, startOfLocalDay, toLocal, weekdayNameOf } from '../src/time/zonedTime';
import type { AssistantServices } from './assistantServices';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { defaultSubject } from './createEventDialog';
import { FIND_TIME_DIALOG } from './dialogIds';
import { graphTroubleMessage } from './graphTrouble';
import { findMeetingTimes } from './meetingTimes';
import { askNextPerson, namesToResolve, peopleHelpText, takePersonAnswer, type PeopleState } from './peopleResolution';
import { workingWindow } from './scheduleCheck';
import { FIND_TIME, type TimeSearch } from './timeSearch';
import { plainSpaces } from './timeText';
import { getTurnUser, type TurnUser } from './turnUser';
import { listText } from './listText';

const WATERFALL = `${FIND_TIME_DIALOG}.waterfall`;
const PERSON_CHOICE = `${FIND_TIME_DIALOG}.personChoice`;
const TEXT = `${FIND_TIME_DIALOG}.text`;

const DEFAULT_MINUTES = 30;
const DEFAULT_WORKING_DAYS = 5;
const MAX_SUGGESTIONS = 5;
const GENERIC_SUBJECT = /^(a\s+)?(meeting|appointment|event|call|catch ?up|chat|sync|time)$/i;

export interface FindTimeOptions {
  entities: Entities;
}

interface FindTimeState extends PeopleState {
  entities: Entities;
}

/**
 * "When can Megan, Adele and I meet next week for an hour?": resolves the people, looks
 * for times everyone is free within everyone's working hours, and shows up to five as
 * buttons; a button becomes the usual new-meeting proposal, so nothing is booked yet.
 */
export class FindTimeDialog extends CancelAndHelpDialog {
  constructor(private readonly services: AssistantServices) {
    super(FIND_TIME_DIALOG);
    this.addDialog(new ChoicePrompt(PERSON_CHOICE));
    this.addDialog(new TextPrompt(TEXT));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.personStep.bind(this), this.personAnswerStep.bind(this), this.suggestStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  protected override helpText(innerDc: DialogContext): string {
    const state = this.waterfallOptions<FindTimeState>(innerDc);
    return peopleHelpText(state, 'looking for a time to meet') ?? 'I\'m looking for a time to meet. Say "cancel" to stop.';
  }

  protected override cancelledText(): string {
    return "OK, I've stopped looking for a time.";
  }

  override async beginDialog(outerDc: DialogContext, options?: FindTimeOptions): Promise<DialogTurnResult> {
    const entities = options?.entities ?? {};
    const state: FindTimeState = { entities, pending: namesToResolve(entities.people), attendees: [] };
    return super.beginDialog(outerDc, state);
  }

  private user(step: WaterfallStepContext): TurnUser {
    const user = getTurnUser(step.context);
    if (!user) throw new Error('FindTimeDialog needs the turn user');
    return user;
  }

  private async personStep(step: WaterfallStepContext<FindTimeState>): Promise<DialogTurnResult> {
    const asked = await askNextPerson(step, step.options, this.user(step), { choice: PERSON_CHOICE, text: TEXT }, this.services.logger, 'look up the people to meet');
    return asked ?? step.next();
  }

  private async personAnswerStep(step: WaterfallStepContext<FindTimeState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (await takePersonAnswer(step, state, this.user(step))) return step.replaceDialog(WATERFALL, state);
    return step.next();
  }

  private async suggestStep(step: WaterfallStepContext<FindTimeState>): Promise<DialogTurnResult> {
    const state = step.options;
    const user = this.user(step);
    const { profile, locale } = user;
    const now = this.services.clock.now();
    const e = state.entities;
    const minutes = e.durationMinutes ?? DEFAULT_MINUTES;
    const window = searchWindow(e, now, profile.timeZone, workingWindow(profile));
    if (window.until.getTime() - window.from.getTime() < minutes * 60000) {
      await step.context.sendActivity("That time has already passed, so there's nothing left to look for. Try a later day, like \"next week\".");
      return step.endDialog();
    }
    let result;
    try {
      result = await findMeetingTimes(user.mailbox, profile, state.attendees, window.from, window.until, minutes, MAX_SUGGESTIONS);
    } catch (error) {
      this.services.logger.warn({ err: error }, 'meeting time search failed');
      await step.context.sendActivity(graphTroubleMessage(error, "check everyone's calendars"));
      return step.endDialog();
    }
    const subject = e.subject && !GENERIC_SUBJECT.test(e.subject.trim()) ? e.subject.trim().charAt(0).toUpperCase() + e.subject.trim().slice(1) : defaultSubject(state.attendees);
    const search: TimeSearch = {
      attendees: state.attendees,
      subject: subject.slice(0, 255),
      durationMinutes: minutes,
      timeZone: profile.timeZone,
      mailboxTimeZone: profile.mailboxTimeZone,
      locale,
      starts: result.suggestions.map((s) => s.slot.start.toISOString()),
    };
    const stored = await this.services.proposals.create(user.mailbox.user.tenantId, user.mailbox.user.aadObjectId, FIND_TIME, search);
    const slotText = new Intl.DateTimeFormat(locale, { timeZone: profile.timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
    const dayText = new Intl.DateTimeFormat(locale, { timeZone: profile.timeZone, weekday: 'short', month: 'short', day: 'numeric' });
    const timeText = new Intl.DateTimeFormat(locale, { timeZone: profile.timeZone, hour: 'numeric', minute: '2-digit' });
    const facts: Fact[] = [
      { label: 'With', value: state.attendees.length ? state.attendees.map((a) => a.name).join(', ') : 'Just you' },
      { label: 'Length', value: lengthText(minutes) },
      { label: 'Between', value: plainSpaces(`${betweenText(window, profile.timeZone, slotText, dayText, timeText)}, within ${state.attendees.length ? "everyone's" : 'your'} working hours`) },
    ];
    const names = state.attendees.map((a) => a.name.split(' ')[0]);
    const card = expandCard('timeSuggestions', {
      searchId: stored.id,
      heading: headingFor(e, window.from, result.suggestions[0]?.slot.start, names, slotText),
      facts,
      explanation: result.explanation,
      note: unseenNote(result.suggestions.length > 0 ? result.suggestions[0].attendeeAvailability : [], state.attendees),
      suggestions: result.suggestions.map((s) => ({
        label: plainSpaces(`${dayText.format(s.slot.start)}, ${timeText.formatRange(s.slot.start, s.slot.end)}`),
        start: s.slot.start.toISOString(),
      })),
    });
    await step.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    return step.endDialog();
  }
}

/**
 * "Times you and Megan are free"; for one time asked about ("is Megan free at 3 tomorrow?"),
 * the answer first: free then, or not, with the times after it that are.
 */
function headingFor(e: Entities, from: Date, first: Date | undefined, names: string[], slot: Intl.DateTimeFormat): string {
  const asked = e.start !== undefined && e.end === undefined && !e.dateOnly && Date.parse(e.start) === from.getTime();
  const who = listText(['you', ...names]);
  if (!asked) return names.length ? `Times ${who} are free` : "Times you're free";
  const at = plainSpaces(slot.format(from));
  if (first?.getTime() === from.getTime()) return names.length ? `${who.charAt(0).toUpperCase()}${who.slice(1)} are free at ${at}` : `You're free at ${at}`;
  return `${names.length ? 'Not everyone is' : "You're not"} free at ${at}`;
}

/** "Mon, Nov 23 – Sun, Nov 29" for whole days, "Thu, Nov 19, 12:00 – 5:00 PM" within one day, "Mon, Nov 23, from 3:00 PM" to its end. */
function betweenText(window: { from: Date; until: Date }, zone: string, slot: Intl.DateTimeFormat, day: Intl.DateTimeFormat, time: Intl.DateTimeFormat): string {
  const last = new Date(window.until.getTime() - 1);
  const from = toLocal(window.from, zone);
  const untilMidnight = startOfLocalDay(window.until, zone).getTime() === window.until.getTime();
  const wholeDays = from.hour === 0 && from.minute === 0 && untilMidnight;
  if (wholeDays) return day.format(window.from) === day.format(last) ? day.format(window.from) : `${day.format(window.from)} – ${day.format(last)}`;
  // Up to midnight: "from 3:00 PM" (a range to 12:00 AM would be written with both dates).
  if (day.format(window.from) === day.format(last)) return untilMidnight ? `${day.format(window.from)}, from ${time.format(window.from)}` : `${day.format(window.from)}, ${time.formatRange(window.from, window.until)}`;
  // From now to the end of a later day: that day, not "12:00 AM" of the one after it.
  return `${slot.format(window.from)} – ${untilMidnight ? day.format(last) : slot.format(window.until)}`;
}

/** Who could not be checked, from a suggestion's availability (the same for every suggestion). */
function unseenNote(availability: Array<{ address: string; availability: string }>, attendees: Person[]): string {
  const unseen = availability.filter((a) => a.availability === 'unknown').map((a) => attendees.find((p) => p.address === a.address)?.name ?? a.address);
  if (unseen.length === 0) return '';
  const who = listText(unseen);
  return `I can't see ${who}'s calendar${unseen.length > 1 ? 's' : ''}, so these times fit everyone else.`;
}

function lengthText(minutes: number): string {
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes > 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} minutes`;
}

/**
 * Where to look: the span the user said ("next week", "tomorrow afternoon"), a single
 * time's whole day, or by default the next five working days; never before now.
 */
export function searchWindow(e: Entities, now: Date, zone: string, hours: WorkingWindow): { from: Date; until: Date } {
  if (e.start) {
    const start = new Date(e.start);
    const until = e.end && Date.parse(e.end) > start.getTime() ? new Date(e.end) : addLocalDays(startOfLocalDay(start, zone), 1, zone);
    return { from: new Date(Math.max(start.getTime(), now.getTime())), until };
  }
  // Today counts as a working day only while some of its working hours are left.
  let day = startOfLocalDay(now, zone);
  let counted = 0;
  const [endHour, endMinute] = hours.endTime.split(':').map(Number);
  for (let i = 0; i < 14 && counted < DEFAULT_WORKING_DAYS; i++) {
    const l = toLocal(day, zone);
    const weekday = weekdayNameOf(l);
    const nowLocal = toLocal(now, zone);
    const isToday = i === 0;
    const dayOver = isToday && nowLocal.hour * 60 + nowLocal.minute >= endHour * 60 + (endMinute || 0);
    if (hours.daysOfWeek.includes(weekday) && !dayOver) counted++;
    day = addLocalDays(day, 1, zone);
  }
  return { from: now, until: day };
}
