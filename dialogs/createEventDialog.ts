import { CardFactory, MessageFactory } from 'botbuilder';
import { ChoicePrompt, TextPrompt, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Person } from '../src/graph/directory';
import type { Entities } from '../src/nlu/types';
import { addLocalDays, fromLocal, startOfLocalDay, toLocal } from '../src/time/zonedTime';
import type { AssistantServices } from './assistantServices';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { CREATE_EVENT, DEFAULT_REMINDER_MINUTES, type EventDraft } from './eventDraft';
import { proposalCard } from './eventCardActions';
import { graphTroubleMessage } from './graphTrouble';
import { anyHours, firstFreeSlot, mealHours, workingWindow } from './scheduleCheck';
import { shortStartText } from './timeText';
import { askNextPerson, namesToResolve, peopleHelpText, takePersonAnswer, type PeopleState } from './peopleResolution';
import { getTurnUser, recognizerContext, type TurnUser } from './turnUser';
import { CREATE_EVENT_DIALOG } from './dialogIds';
import { listText } from './listText';

const WATERFALL = `${CREATE_EVENT_DIALOG}.waterfall`;
const PERSON_CHOICE = `${CREATE_EVENT_DIALOG}.personChoice`;
const TEXT = `${CREATE_EVENT_DIALOG}.text`;

const DEFAULT_MINUTES = 30;
const GENERIC_SUBJECT = /^(a\s+)?(meeting|appointment|event|call|catch ?up|chat|sync)$/i;

export interface CreateEventOptions {
  entities: Entities;
}

/** What the dialog has gathered so far; carried from step to step and through its loops. */
interface CreateState extends PeopleState {
  entities: Entities;
  askingWhen?: boolean;
  /** Why the last answer to "when" was not taken. */
  whenProblem?: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Meeting with Megan and Adele": the subject when none was said. */
export function defaultSubject(attendees: Person[]): string {
  if (attendees.length === 0) return 'Meeting';
  const first = attendees.map((a) => a.name.split(' ')[0]);
  return `Meeting with ${listText(first)}`;
}

/**
 * "Meet with Megan tomorrow at 3pm for 30 minutes about the budget": resolves the people,
 * asks for what is missing one question at a time, picks a free slot when only a day or
 * a part of a day was said, and shows the proposal card. Nothing is created until the
 * user presses Schedule on that card.
 */
export class CreateEventDialog extends CancelAndHelpDialog {
  constructor(private readonly services: AssistantServices) {
    super(CREATE_EVENT_DIALOG);
    this.addDialog(new ChoicePrompt(PERSON_CHOICE));
    this.addDialog(new TextPrompt(TEXT));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.personStep.bind(this),
        this.personAnswerStep.bind(this),
        this.whenStep.bind(this),
        this.whenAnswerStep.bind(this),
        this.proposeStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  protected override helpText(innerDc: DialogContext): string {
    const state = this.waterfallOptions<CreateState>(innerDc);
    const people = peopleHelpText(state, 'setting up a meeting');
    if (people) return people;
    return 'I\'m setting up a meeting and need to know when. Say a day and time, like "tomorrow at 3pm" or "Friday morning", or "cancel" to stop.';
  }

  protected override cancelledText(): string {
    return "OK, I've dropped that meeting. Nothing was scheduled.";
  }

  override async beginDialog(outerDc: DialogContext, options?: CreateEventOptions): Promise<DialogTurnResult> {
    const entities = options?.entities ?? {};
    const state: CreateState = {
      entities,
      pending: namesToResolve(entities.people),
      attendees: [],
    };
    return super.beginDialog(outerDc, state);
  }

  private user(step: WaterfallStepContext): TurnUser {
    const user = getTurnUser(step.context);
    if (!user) throw new Error('CreateEventDialog needs the turn user');
    return user;
  }

  private async personStep(step: WaterfallStepContext<CreateState>): Promise<DialogTurnResult> {
    const asked = await askNextPerson(step, step.options, this.user(step), { choice: PERSON_CHOICE, text: TEXT }, this.services.logger, 'look up the people to invite');
    return asked ?? step.next();
  }

  private async personAnswerStep(step: WaterfallStepContext<CreateState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (await takePersonAnswer(step, state, this.user(step))) return step.replaceDialog(WATERFALL, state);
    return step.next();
  }

  private async whenStep(step: WaterfallStepContext<CreateState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (state.entities.start) return step.next();
    state.askingWhen = true;
    const user = this.user(step);
    const now = this.services.clock.now();
    // Offer the next free working slots as one-tap answers.
    const suggestions: string[] = [];
    try {
      const slot = await firstFreeSlot(
        user.mailbox,
        user.profile,
        state.attendees.map((a) => a.address),
        now,
        new Date(now.getTime() + 7 * 86400000),
        state.entities.durationMinutes ?? DEFAULT_MINUTES,
        workingWindow(user.profile),
      );
      if (slot) suggestions.push(this.answerFor(slot.start, user));
    } catch (error) {
      this.services.logger.debug({ err: error }, 'no free-slot suggestion');
    }
    const question = `${state.whenProblem ? `${state.whenProblem} ` : ''}When should it be? For example "tomorrow at 3pm" or "Friday morning".`;
    state.whenProblem = undefined;
    const prompt = MessageFactory.suggestedActions(suggestions, question);
    return step.prompt(TEXT, { prompt });
  }

  /** "Thursday at 10:30 AM", as the user could have typed it, for a suggested answer. */
  private answerFor(start: Date, user: TurnUser): string {
    return new Intl.DateTimeFormat('en-US', { timeZone: user.profile.timeZone, weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' })
      .format(start)
      .replace(/, (\d{1,2}:\d{2})/, ' at $1');
  }

  private async whenAnswerStep(step: WaterfallStepContext<CreateState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (state.askingWhen) {
      state.askingWhen = false;
      const user = this.user(step);
      // Read as the time of the meeting being made: "let's do 2pm tomorrow", "make it 4pm".
      const answer = this.services.recognize(String(step.result ?? ''), recognizerContext(user, this.services.clock.now(), 'calendar.create'));
      const e = answer.entities;
      if (!e.start) {
        state.whenProblem = "Sorry, I couldn't find a day or time in that.";
        return step.replaceDialog(WATERFALL, state);
      }
      state.entities = {
        ...state.entities,
        start: e.start,
        end: e.end,
        dateOnly: e.dateOnly,
        allDay: e.allDay ?? state.entities.allDay,
        durationMinutes: e.durationMinutes ?? state.entities.durationMinutes,
        recurrence: e.recurrence ?? state.entities.recurrence,
      };
    }
    return step.next();
  }

  private async proposeStep(step: WaterfallStepContext<CreateState>): Promise<DialogTurnResult> {
    const state = step.options;
    const user = this.user(step);
    const now = this.services.clock.now();
    let timing: { start: Date; end: Date; allDay: boolean };
    try {
      timing = await this.timing(state, user, now);
    } catch (error) {
      this.services.logger.warn({ err: error }, 'free-slot search failed');
      await step.context.sendActivity(graphTroubleMessage(error, 'check everyone\'s calendars'));
      return step.endDialog();
    }
    if (!timing.allDay && timing.start.getTime() < now.getTime() - 60000) {
      state.entities = { ...state.entities, start: undefined, end: undefined, dateOnly: undefined };
      state.whenProblem = `${shortStartText(timing.start, user.profile.timeZone, user.locale)} has already passed.`;
      return step.replaceDialog(WATERFALL, state);
    }
    const e = state.entities;
    const subject =
      e.subject && !GENERIC_SUBJECT.test(e.subject.trim()) ? capitalise(e.subject.trim()) : e.timeOff ? 'Out of office' : defaultSubject(state.attendees);
    const draft: EventDraft = {
      subject: subject.slice(0, 255),
      start: timing.start.toISOString(),
      end: timing.end.toISOString(),
      isAllDay: timing.allDay,
      timeZone: user.profile.timeZone,
      mailboxTimeZone: user.profile.mailboxTimeZone,
      locale: user.locale,
      attendees: state.attendees,
      location: e.location ?? null,
      // A Teams link when someone is invited, as Outlook adds one to meetings; time kept for
      // oneself ("block 2 hours for focus time", "dentist appointment") needs none.
      online: e.online ?? (!timing.allDay && state.attendees.length > 0),
      ...(e.online && e.onlineService ? { onlineServiceAsked: e.onlineService } : {}),
      recurrence: e.recurrence ?? null,
      // Time off needs no reminder; it shows the user as away to everyone who looks.
      reminderMinutes: e.reminderMinutes ?? (e.timeOff ? 0 : DEFAULT_REMINDER_MINUTES),
      body: null,
      ...(e.timeOff ? { showAs: 'oof' as const } : {}),
    };
    const proposal = await this.services.proposals.create(user.mailbox.user.tenantId, user.mailbox.user.aadObjectId, CREATE_EVENT, draft, user.conversationId);
    const card = await proposalCard({ user, data: {}, services: this.services }, { ...proposal, result: null });
    await step.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    return step.endDialog();
  }

  /**
   * When the event goes: all day as said; a day or part of a day said without a time
   * ("thursday afternoon": `window`) gets the first slot free for everyone in it (in working hours, or a meal's usual hours
   * for a meal: "lunch tomorrow"); otherwise the time as said, with the length said or 30
   * minutes.
   */
  private async timing(state: CreateState, user: TurnUser, now: Date): Promise<{ start: Date; end: Date; allDay: boolean }> {
    const e = state.entities;
    const zone = user.profile.timeZone;
    const start = new Date(e.start!);
    const end = e.end ? new Date(e.end) : undefined;
    if (e.allDay) {
      const first = startOfLocalDay(start, zone);
      const last = end && end > start ? startOfLocalDay(new Date(end.getTime() - 1), zone) : first;
      return { start: first, end: addLocalDays(last, 1, zone), allDay: true };
    }
    const said = end ? Math.round((end.getTime() - start.getTime()) / 60000) : undefined;
    const minutes = e.durationMinutes ?? (said !== undefined && !e.dateOnly && !e.window && said <= 12 * 60 ? said : DEFAULT_MINUTES);
    const window = e.dateOnly || e.window || (said !== undefined && said > minutes) ? { from: start, until: end ?? addLocalDays(start, 1, zone) } : undefined;
    if (window) {
      const from = new Date(Math.max(window.from.getTime(), now.getTime()));
      const hours = e.dateOnly ? (mealHours(e.subject, user.profile) ?? workingWindow(user.profile)) : anyHours(user.profile);
      const slot = await firstFreeSlot(user.mailbox, user.profile, state.attendees.map((a) => a.address), from, window.until, minutes, hours);
      if (slot) return { start: slot.start, end: slot.end, allDay: false };
      // Nobody is free then: propose the start of those hours that day (or of the range) and let the card show the conflicts.
      const l = toLocal(window.from, zone);
      const [h, m] = hours.startTime.split(':').map(Number);
      const fallback = e.dateOnly ? fromLocal({ ...l, hour: h, minute: m, second: 0 }, zone) : window.from;
      return { start: fallback, end: new Date(fallback.getTime() + minutes * 60000), allDay: false };
    }
    return { start, end: new Date(start.getTime() + minutes * 60000), allDay: false };
  }
}
