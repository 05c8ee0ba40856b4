import type * as Graph from '@microsoft/microsoft-graph-types';
import { CardFactory, MessageFactory } from 'botbuilder';
import {
  ChoiceFactory,
  ChoicePrompt,
  TextPrompt,
  WaterfallDialog,
  type Choice,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { cardAttachment } from '../cards/cardTemplates';
import type { Person } from '../src/graph/directory';
import { getMeeting, type MeetingEdit, type MeetingResponse } from '../src/graph/meetingChanges';
import type { Entities } from '../src/nlu/types';
import type { AssistantServices } from './assistantServices';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { MEETING_CHANGE_DIALOG } from './dialogIds';
import { lookUpEvent, nameFits, occurrenceOn } from './eventReference';
import { graphTroubleMessage } from './graphTrouble';
import { DEFAULT_REMINDER_MINUTES } from './eventDraft';
import { attendeesChange, cancelChange, editChange, eventInterval, isInSeries, isOrganizer, movedTimes, moveChange, moveWindow, occurrenceDayOf, respondChange, seriesEndChange, type MeetingScope } from './meetingChange';
import { anyHours, firstFreeSlot } from './scheduleCheck';
import { planBatch } from './meetingBatch';
import { proposeBatch, proposeChange, rememberEvent } from './meetingChangeActions';
import { askNextPerson, namesToResolve, peopleHelpText, takePersonAnswer, type PeopleState } from './peopleResolution';
import { meetingDetailsCardData } from './meetingDetailsView';
import { dateOnlyText, reminderText, shortStartText } from './timeText';
import { getTurnUser, recognizerContext, type TurnUser } from './turnUser';

const WATERFALL = `${MEETING_CHANGE_DIALOG}.waterfall`;
const CHOICE = `${MEETING_CHANGE_DIALOG}.choice`;
const TEXT = `${MEETING_CHANGE_DIALOG}.text`;

/** What the user wants done with one existing meeting (edit: its title, place, Teams link or the user's reminder). */
export type MeetingRequest = 'details' | 'move' | 'cancel' | 'respond' | 'attendees' | 'edit' | 'repeat';

export interface MeetingChangeOptions {
  request: MeetingRequest;
  /** The recogniser's reading: target, targetDay, change (with the people to add or take off), response, comment. */
  entities: Entities;
}

interface MeetingChangeState extends MeetingChangeOptions {
  candidates?: Array<{ eventId: string; label: string }>;
  event?: Graph.Event;
  scope?: MeetingScope;
  askingScope?: boolean;
  askingWhen?: boolean;
  whenProblem?: string;
  newTimes?: { start: string; end: string };
  /** People to add, looked up in the directory one by one. */
  people?: PeopleState;
  /** Names to take off, matched against who is invited. */
  removePending?: string[];
  removed?: Person[];
  /** Names to take off that match nobody invited. */
  notInvited?: string[];
  askingRemove?: { name: string; matches: Person[] };
}

/** "This one" or "whole series" typed rather than tapped are answers too, not something to ask again about. */
const SCOPE_CHOICES: Choice[] = [
  { value: 'Just this one', synonyms: ['this one', 'only this one', 'just this', 'this occurrence'] },
  { value: 'The whole series', synonyms: ['whole series', 'the series', 'series', 'all of them'] },
];

const RESPONSES: Record<NonNullable<Entities['response']>, MeetingResponse> = { accept: 'accept', decline: 'decline', tentative: 'tentativelyAccept' };

function dayLabel(e: Graph.Event, user: TurnUser): string {
  const when = eventInterval(e, user.profile.timeZone);
  return when ? new Intl.DateTimeFormat(user.locale, { timeZone: user.profile.timeZone, weekday: 'short', month: 'short', day: 'numeric' }).format(when.start) : 'this one';
}

/**
 * "When is the budget review?", "move my 3pm to 4", "cancel it", "decline Friday's sync":
 * finds the meeting (asking which when more than one fits), asks "this one or the whole
 * series" where that matters, and shows the details or a proposal card. Nothing changes
 * until the user confirms on that card.
 */
export class MeetingChangeDialog extends CancelAndHelpDialog {
  constructor(private readonly services: AssistantServices) {
    super(MEETING_CHANGE_DIALOG);
    this.addDialog(new ChoicePrompt(CHOICE));
    this.addDialog(new TextPrompt(TEXT));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.findStep.bind(this),
        this.pickStep.bind(this),
        this.scopeStep.bind(this),
        this.scopeAnswerStep.bind(this),
        this.whenStep.bind(this),
        this.whenAnswerStep.bind(this),
        this.peopleStep.bind(this),
        this.peopleAnswerStep.bind(this),
        this.proposeStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  protected override helpText(innerDc: DialogContext): string {
    const state = this.waterfallOptions<MeetingChangeState>(innerDc);
    if (state?.askingWhen) return 'I need the new time for this meeting. Say something like "tomorrow at 2pm" or "30 minutes later", or "cancel" to leave it as it is.';
    const asking = peopleHelpText(state?.people, 'updating the invitation');
    if (asking) return asking;
    if (state?.askingRemove) return `More than one person called "${state.askingRemove.name}" is invited. Pick the one to take off, or say "cancel" to leave the invitation as it is.`;
    if (state?.askingScope) return 'This meeting repeats. Pick "Just this one" to change only this occurrence, or "The whole series", or say "cancel" to leave it.';
    return 'More than one meeting fits what you said. Pick the one you mean, or say "cancel" to stop.';
  }

  protected override cancelledText(): string {
    return 'OK, I left the meeting as it is.';
  }

  override async beginDialog(outerDc: DialogContext, options?: MeetingChangeOptions): Promise<DialogTurnResult> {
    const state: MeetingChangeState = { request: options?.request ?? 'details', entities: options?.entities ?? {} };
    return super.beginDialog(outerDc, state);
  }

  private user(step: WaterfallStepContext): TurnUser {
    const user = getTurnUser(step.context);
    if (!user) throw new Error('MeetingChangeDialog needs the turn user');
    return user;
  }

  private async findStep(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (state.event) return step.next();
    const user = this.user(step);
    const e = state.entities;
    const within = e.targetDay ? { start: new Date(e.targetDay.start), end: new Date(e.targetDay.end) } : undefined;
    if (e.target?.kind === 'all') return this.batchStep(step, user);
    try {
      const found = await lookUpEvent(this.services, user, e.target, within);
      if (found.kind === 'none') {
        await step.context.sendActivity(found.searched);
        return step.endDialog();
      }
      if (found.kind === 'found') return step.next(found.eventId);
      state.candidates = found.candidates;
      return step.prompt(CHOICE, {
        prompt: 'More than one meeting fits. Which one do you mean?',
        choices: ChoiceFactory.toChoices([...found.candidates.map((c) => c.label), 'None of them']),
        style: 3,
      });
    } catch (error) {
      this.services.logger.warn({ err: error }, 'meeting lookup failed');
      await step.context.sendActivity(graphTroubleMessage(error, 'read your calendar'));
      return step.endDialog();
    }
  }

  /** "Cancel all my meetings tomorrow", "decline everything on Friday": every meeting of the period on one card. */
  private async batchStep(step: WaterfallStepContext<MeetingChangeState>, user: TurnUser): Promise<DialogTurnResult> {
    const state = step.options;
    if (state.request !== 'cancel' && state.request !== 'respond') {
      await step.context.sendActivity('I can cancel or decline all the meetings of a day at once, but I change anything else one meeting at a time. Which meeting do you mean?');
      return step.endDialog();
    }
    try {
      const plan = await planBatch(user, state.entities, state.request, RESPONSES[state.entities.response ?? 'accept'], this.services.clock.now());
      if (plan.kind === 'answer') await step.context.sendActivity(plan.text);
      else await step.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(await proposeBatch(this.services, user, plan.batch))));
    } catch (error) {
      this.services.logger.warn({ err: error }, 'meeting batch proposal failed');
      await step.context.sendActivity(graphTroubleMessage(error, 'read your calendar'));
    }
    return step.endDialog();
  }

  private async pickStep(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (state.event) return step.next();
    const user = this.user(step);
    let eventId = typeof step.result === 'string' ? step.result : undefined;
    if (state.candidates) {
      const choice = step.result as FoundChoice | undefined;
      eventId = choice && choice.index < state.candidates.length ? state.candidates[choice.index].eventId : undefined;
      state.candidates = undefined;
      if (!eventId) {
        await step.context.sendActivity('OK, I left your meetings as they are.');
        return step.endDialog();
      }
    }
    if (!eventId) return step.endDialog();
    let event: Graph.Event;
    try {
      event = await getMeeting(user.mailbox, eventId, user.profile.mailboxTimeZone);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) {
        await step.context.sendActivity('That meeting is no longer in your calendar.');
      } else {
        this.services.logger.warn({ err: error }, 'meeting could not be read');
        await step.context.sendActivity(graphTroubleMessage(error, 'read that meeting'));
      }
      return step.endDialog();
    }
    // "move the standup to 9:30 tomorrow" on a daily standup: tomorrow's occurrence is the one that moves.
    const day = state.request === 'move' && isInSeries(event) && !state.entities.targetDay ? occurrenceDayOf(state.entities, user.profile.timeZone) : undefined;
    if (day && event.seriesMasterId) {
      try {
        const sameDay = await occurrenceOn(this.services, user, event.seriesMasterId, day);
        if (sameDay && sameDay !== event.id) event = await getMeeting(user.mailbox, sameDay, user.profile.mailboxTimeZone);
      } catch (error) {
        this.services.logger.warn({ err: error }, 'occurrence on the day said could not be read');
        await step.context.sendActivity(graphTroubleMessage(error, 'read that meeting'));
        return step.endDialog();
      }
    }
    state.event = event;
    await rememberEvent(this.services, user, event.id ?? '');
    const subject = event.subject?.trim() || 'That meeting';
    if (state.request === 'details' || state.request === 'repeat') {
      // Changing a series' pattern is not offered yet: said plainly, with the meeting as it is, rather than a new series made.
      if (state.request === 'repeat') await step.context.sendActivity(`I can't change how "${subject}" repeats yet. You can change it in Outlook; here it is as it is now.`);
      await step.context.sendActivity(MessageFactory.attachment(cardAttachment('meetingDetails', meetingDetailsCardData(event, user))));
      return step.endDialog();
    }
    if (event.isCancelled) {
      await step.context.sendActivity(`"${subject}" has already been cancelled.`);
      return step.endDialog();
    }
    const mine = isOrganizer(event, user);
    if (state.request === 'respond' && mine) {
      await step.context.sendActivity(`"${subject}" is your own meeting, so there's no invitation to answer.`);
      return step.endDialog();
    }
    if (state.request === 'respond' && state.entities.proposeNewTime && event.allowNewTimeProposals === false) {
      const organizer = event.organizer?.emailAddress?.name ?? 'The organizer';
      await step.context.sendActivity(`${organizer} doesn't take proposed times for "${subject}". You can still ${state.entities.response === 'decline' ? 'decline' : 'answer'} it and say in your message when suits you.`);
      return step.endDialog();
    }
    if (state.request === 'move' && !mine) {
      const organizer = event.organizer?.emailAddress?.name ?? 'someone else';
      const change = state.entities.change;
      const verb = change?.lengthMinutes !== undefined || change?.extendMinutes !== undefined || change?.endsAt !== undefined ? 'change its length' : 'move it';
      await step.context.sendActivity(`"${subject}" is organised by ${organizer}, so only they can ${verb}. I can decline it for you if you can't make it.`);
      return step.endDialog();
    }
    if (state.request === 'attendees' && !mine) {
      const organizer = event.organizer?.emailAddress?.name ?? 'someone else';
      await step.context.sendActivity(`"${subject}" is organised by ${organizer}, so only they can change who's invited. You could ask them to.`);
      return step.endDialog();
    }
    if (state.request === 'edit') {
      const refusal = editRefusal(state.entities, event, mine, subject);
      if (refusal) {
        await step.context.sendActivity(refusal);
        return step.endDialog();
      }
    }
    return step.next();
  }

  private async scopeStep(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    const event = state.event!;
    if (state.scope) return step.next();
    if (!isInSeries(event)) {
      state.scope = 'single';
      return step.next();
    }
    if (state.request === 'edit' && (state.entities.change?.online || state.entities.change?.reminderMinutes !== undefined || state.entities.change?.reminderOff || state.entities.change?.reminderOn)) {
      // A series has one Join link: Graph makes the series online, not one occurrence. A reminder
      // ("10 minutes before the standup") is a habit for every occurrence.
      state.scope = 'series';
      return step.next();
    }
    if (state.request === 'respond') {
      // A day or time said ("Friday's sync") means that occurrence; a name alone, the invitation as a whole.
      // Another time is proposed for one meeting, as Outlook proposes: the occurrence found.
      state.scope = state.entities.targetDay || state.entities.target?.kind === 'time' || proposing(state) ? 'occurrence' : 'series';
      return step.next();
    }
    if (state.entities.wholeSeries) {
      // "Cancel the standup series", "stop the weekly sync": said already.
      state.scope = 'series';
      return step.next();
    }
    state.askingScope = true;
    return step.prompt(CHOICE, {
      prompt: `"${event.subject?.trim() ?? 'This meeting'}" repeats. Just this one (${dayLabel(event, this.user(step))}) or the whole series?`,
      choices: SCOPE_CHOICES,
      style: 3,
    });
  }

  private async scopeAnswerStep(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (state.askingScope) {
      state.askingScope = false;
      const choice = step.result as FoundChoice | undefined;
      state.scope = choice?.index === 1 ? 'series' : 'occurrence';
    }
    return step.next();
  }

  private async whenStep(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    // A move's new time, or the time proposed with an answer, found the same way.
    if (!(state.request === 'move' || proposing(state)) || state.newTimes) return step.next();
    const user = this.user(step);
    const current = eventInterval(state.event!, user.profile.timeZone);
    const moved = current && !state.whenProblem ? await this.movedTo(state.entities, state.event!, current, user) : undefined;
    if (moved) {
      state.whenProblem = this.alreadyPassed(moved.start, user);
      if (!state.whenProblem) {
        state.newTimes = { start: moved.start.toISOString(), end: moved.end.toISOString() };
        return step.next();
      }
    }
    state.askingWhen = true;
    const subject = state.event!.subject?.trim() ?? 'it';
    const ask = proposing(state) ? `What time should I propose for "${subject}"? For example "tomorrow at 2pm" or "friday morning".` : `When should "${subject}" move to? For example "tomorrow at 2pm" or "30 minutes later".`;
    const question = `${state.whenProblem ? `${state.whenProblem} ` : ''}${ask}`;
    state.whenProblem = undefined;
    return step.prompt(TEXT, { prompt: question });
  }

  private async whenAnswerStep(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (!state.askingWhen) return step.next();
    state.askingWhen = false;
    const user = this.user(step);
    const text = String(step.result ?? '');
    // Read as the change of the move asked about: "30 minutes later", "to 4pm", "make it 4pm".
    const answer = this.services.recognize(text, recognizerContext(user, this.services.clock.now(), 'calendar.update')).entities;
    const change = answer.change ?? (answer.start ? { start: answer.start, end: answer.dateOnly ? answer.end : undefined, timeOnly: answer.timeOnly } : undefined);
    const current = eventInterval(state.event!, user.profile.timeZone);
    const moved = change && current ? await this.movedTo({ change }, state.event!, current, user) : undefined;
    if (!moved) {
      state.whenProblem = "Sorry, I couldn't find a day or time in that.";
      return step.replaceDialog(WATERFALL, state);
    }
    state.whenProblem = this.alreadyPassed(moved.start, user);
    if (state.whenProblem) return step.replaceDialog(WATERFALL, state);
    state.newTimes = { start: moved.start.toISOString(), end: moved.end.toISOString() };
    return step.next();
  }

  /**
   * Where a move puts the meeting: the new times said, or in a stretch said ("to Friday
   * afternoon", "to later today") the first slot free for the user and everyone invited, at its
   * present length. A stretch that holds its present time means another time in it, after it.
   */
  private async movedTo(entities: Entities, event: Graph.Event, current: { start: Date; end: Date }, user: TurnUser): Promise<{ start: Date; end: Date } | undefined> {
    const zone = user.profile.timeZone;
    const window = moveWindow(entities, current.start, zone);
    if (!window) return movedTimes(entities, current.start, current.end, zone);
    const length = current.end.getTime() - current.start.getTime();
    let from = Math.max(window.from.getTime(), this.services.clock.now().getTime());
    if (current.start >= window.from && current.start < window.until) from = Math.max(from, current.end.getTime());
    const attendees = (event.attendees ?? []).map((a) => a.emailAddress?.address ?? '').filter((a) => a !== '');
    try {
      const slot = from < window.until.getTime() ? await firstFreeSlot(user.mailbox, user.profile, attendees, new Date(from), window.until, length / 60000, anyHours(user.profile)) : undefined;
      if (slot) return slot;
    } catch (error) {
      this.services.logger.debug({ err: error }, 'no free slot in the stretch said; its start is proposed');
    }
    return { start: new Date(from), end: new Date(from + length) };
  }

  /** Why a new start cannot be used, when it lies in the past (a minute's grace for slow typists). */
  private alreadyPassed(start: Date, user: TurnUser): string | undefined {
    return start.getTime() < this.services.clock.now().getTime() - 60000 ? `${shortStartText(start, user.profile.timeZone, user.locale)} has already passed.` : undefined;
  }

  /** Matches the names to take off against who is invited, then looks up the names to add; one question at a time. */
  private async peopleStep(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (state.request !== 'attendees') return step.next();
    const user = this.user(step);
    if (!state.people) {
      state.people = { pending: namesToResolve(state.entities.change?.addAttendees), attendees: [] };
      state.removePending = [...(state.entities.change?.removeAttendees ?? [])];
      state.removed = [];
      state.notInvited = [];
    }
    while ((state.removePending ?? []).length > 0) {
      const name = state.removePending!.shift()!;
      const matches = invitedMatching(state.event!, name, user);
      if (matches.length === 1) {
        if (!state.removed!.some((p) => p.address === matches[0].address)) state.removed!.push(matches[0]);
      } else if (matches.length === 0) {
        state.notInvited!.push(name);
      } else {
        state.askingRemove = { name, matches };
        return step.prompt(CHOICE, {
          prompt: `More than one "${name}" is invited. Which one should I take off?`,
          choices: ChoiceFactory.toChoices([...matches.map((m) => `${m.name} (${m.address})`), 'None of them']),
          style: 3,
        });
      }
    }
    const asked = await askNextPerson(step, state.people, user, { choice: CHOICE, text: TEXT }, this.services.logger, 'look up who to invite');
    return asked ?? step.next();
  }

  private async peopleAnswerStep(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    if (state.request !== 'attendees') return step.next();
    if (state.askingRemove) {
      const { matches } = state.askingRemove;
      state.askingRemove = undefined;
      const choice = step.result as FoundChoice | undefined;
      const picked = choice && choice.index < matches.length ? matches[choice.index] : undefined;
      if (picked && !state.removed!.some((p) => p.address === picked.address)) state.removed!.push(picked);
      return step.replaceDialog(WATERFALL, state);
    }
    if (state.people?.asking) {
      await takePersonAnswer(step, state.people, this.user(step));
      return step.replaceDialog(WATERFALL, state);
    }
    return step.next();
  }

  private async proposeStep(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    const user = this.user(step);
    const event = state.event!;
    const scope = state.scope ?? 'single';
    const comment = (state.entities.comment ?? '').trim().slice(0, 500);
    if (state.request === 'attendees') return this.proposeAttendees(step);
    try {
      // "End the standup series after december": ended then, unless it already ends by then.
      const seriesEnd = state.request === 'cancel' && scope === 'series' ? state.entities.seriesEnd : undefined;
      const ending = seriesEnd ? await seriesEndChange(user, event, seriesEnd, this.services.clock.now()) : undefined;
      if (ending && 'endsBy' in ending) {
        await step.context.sendActivity(`"${event.subject?.trim() || 'That series'}" already ends on ${dateOnlyText(ending.endsBy)}; nothing to change.`);
        return step.endDialog();
      }
      const change = ending
        ? ending
        : state.request === 'move'
          ? await moveChange(user, event, scope, new Date(state.newTimes!.start), new Date(state.newTimes!.end))
          : state.request === 'edit'
            ? await editChange(user, event, scope, editOf(state.entities, event), state.entities.onlineService)
            : state.request === 'cancel'
            ? await cancelChange(user, event, scope, comment, this.services.clock.now())
            : await respondChange(user, event, scope, RESPONSES[state.entities.response ?? 'accept'], comment, state.newTimes && { start: new Date(state.newTimes.start), end: new Date(state.newTimes.end) });
      const card = await proposeChange(this.services, user, change);
      await step.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    } catch (error) {
      this.services.logger.warn({ err: error }, 'meeting change proposal failed');
      await step.context.sendActivity(graphTroubleMessage(error, 'prepare that change'));
    }
    return step.endDialog();
  }

  /** The invitation change, less what is already so: someone already invited, someone who isn't. */
  private async proposeAttendees(step: WaterfallStepContext<MeetingChangeState>): Promise<DialogTurnResult> {
    const state = step.options;
    const user = this.user(step);
    const event = state.event!;
    const subject = event.subject?.trim() || 'that meeting';
    const invited = new Set((event.attendees ?? []).map((a) => (a.emailAddress?.address ?? '').toLowerCase()));
    const resolved = state.people?.attendees ?? [];
    const already = resolved.filter((p) => invited.has(p.address.toLowerCase()));
    const added = resolved.filter((p) => !invited.has(p.address.toLowerCase()));
    const removed = state.removed ?? [];
    const notes = [
      ...already.map((p) => `${p.name || p.address} is already invited to "${subject}".`),
      ...(state.notInvited ?? []).map((name) => `I can't find "${name}" among the people invited to "${subject}".`),
    ];
    if (notes.length > 0) await step.context.sendActivity(notes.join(' '));
    if (added.length === 0 && removed.length === 0) {
      if (notes.length === 0) await step.context.sendActivity(`OK, I left the invitation to "${subject}" as it is.`);
      return step.endDialog();
    }
    try {
      const card = await proposeChange(this.services, user, await attendeesChange(user, event, state.scope ?? 'single', added, removed));
      await step.context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    } catch (error) {
      this.services.logger.warn({ err: error }, 'attendees proposal failed');
      await step.context.sendActivity(graphTroubleMessage(error, 'prepare that change'));
    }
    return step.endDialog();
  }
}

/** An answer that proposes another time ("decline and propose thursday at 2"). */
function proposing(state: MeetingChangeState): boolean {
  return state.request === 'respond' && state.entities.proposeNewTime === true;
}

/**
 * The title, place, Teams link or reminder asked for. A reminder asked for without its lead
 * ("remind me about the design review") is the one `event` has, or the usual one when it has none.
 */
function editOf(entities: Entities, event: Graph.Event): MeetingEdit {
  const change = entities.change;
  const kept = event.isReminderOn === true && typeof event.reminderMinutesBeforeStart === 'number' ? event.reminderMinutesBeforeStart : undefined;
  return {
    ...(change?.reminderOn ? { reminderMinutes: kept ?? DEFAULT_REMINDER_MINUTES } : {}),
    ...(change?.subject !== undefined ? { subject: change.subject } : {}),
    ...(change?.location !== undefined ? { location: change.location } : {}),
    ...(change?.online ? { online: true as const } : {}),
    ...(change?.reminderMinutes !== undefined ? { reminderMinutes: change.reminderMinutes } : {}),
    ...(change?.reminderOff ? { reminderOff: true as const } : {}),
  };
}

/** Why a title, place, Teams link or reminder cannot or need not be set on `event`; undefined when it can. */
function editRefusal(entities: Entities, event: Graph.Event, mine: boolean, subject: string): string | undefined {
  const edit = editOf(entities, event);
  // A reminder is the user's own, on their copy of the meeting: an attendee sets it too.
  if (edit.reminderMinutes !== undefined) {
    return event.isReminderOn && event.reminderMinutesBeforeStart === edit.reminderMinutes ? `You already get a reminder ${reminderText(edit.reminderMinutes)} "${subject}".` : undefined;
  }
  if (edit.reminderOff) return event.isReminderOn === false ? `You get no reminder for "${subject}" already.` : undefined;
  if (!mine) {
    const organizer = event.organizer?.emailAddress?.name ?? 'someone else';
    return `"${subject}" is organised by ${organizer}, so only they can change it. You could ask them to.`;
  }
  // The recogniser reads one of the three from a message.
  if (edit.online && event.isOnlineMeeting === true) return `"${subject}" is already a Teams meeting.`;
  if (edit.subject !== undefined && edit.subject === event.subject?.trim()) return `It's already called "${subject}".`;
  const place = (event.location?.displayName ?? '').trim();
  if (edit.location !== undefined && place !== '' && edit.location.toLowerCase() === place.toLowerCase()) return `"${subject}" is already in ${place}.`;
  return undefined;
}

/** The invited people (not the user) a name or address fits: every word starts a word of their name, or the address is it. */
function invitedMatching(e: Graph.Event, said: string, user: TurnUser): Person[] {
  const me = (user.profile.mail ?? '').toLowerCase();
  const people = (e.attendees ?? [])
    .map((a) => ({ name: a.emailAddress?.name ?? '', address: (a.emailAddress?.address ?? '').toLowerCase() }))
    .filter((p) => p.address !== '' && p.address !== me);
  return people.filter((p) => nameFits(p.name, p.address, said));
}
