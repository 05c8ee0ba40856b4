import { CardFactory, MessageFactory } from 'botbuilder';
import { TextPrompt, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { expandCard } from '../cards/cardTemplates';
import type { Entities } from '../src/nlu/types';
import { toLocal, weekdayNameOf } from '../src/time/zonedTime';
import type { AssistantServices } from './assistantServices';
import { CancelAndHelpDialog } from './cancelAndHelpDialog';
import { changeCard } from './calendarChangeActions';
import { OFFICE_HOURS_DIALOG } from './dialogIds';
import { CREATE_EVENT } from './eventDraft';
import { proposalCard } from './eventCardActions';
import { graphTroubleMessage } from './graphTrouble';
import { listOfficeHours, officeHoursCardData, officeHoursDraft, type OfficeHoursSeries } from './officeHours';
import { endSeriesProposal, replaceSeriesProposal } from './officeHoursProposals';
import type { OfficeHoursAction } from './requestRoute';
import { getTurnUser, recognizerContext, type TurnUser } from './turnUser';

const WATERFALL = `${OFFICE_HOURS_DIALOG}.waterfall`;
const TEXT = `${OFFICE_HOURS_DIALOG}.text`;
const ASK_WHEN = 'When should your office hours be? Say the day and hours, like "every Tuesday 2–4pm".';
const DEFAULT_MINUTES = 60;

export interface OfficeHoursOptions {
  action: OfficeHoursAction;
  entities: Entities;
  /** Set while new office hours wait for their day and hours. */
  askingWhen?: boolean;
  /** Set when the last answer held no day or time. */
  notUnderstood?: boolean;
}

function hhmm(instant: Date, zone: string): string {
  const l = toLocal(instant, zone);
  return `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
}

function dayOf(instant: Date, zone: string): string {
  return weekdayNameOf(toLocal(instant, zone));
}

/**
 * Office hours: a weekly Teams series with "Office hours" as its subject. "hold office
 * hours every Tuesday 2–4pm" proposes one; "show my office hours" lists them with Change
 * and End; "end my office hours" and "change my office hours to Wednesday 3-5" propose
 * those changes. Every change waits for the user's Confirm.
 */
export class OfficeHoursDialog extends CancelAndHelpDialog {
  constructor(private readonly services: AssistantServices) {
    super(OFFICE_HOURS_DIALOG);
    this.addDialog(new TextPrompt(TEXT));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askWhenStep.bind(this), this.actStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  protected override helpText(innerDc: DialogContext): string {
    if (this.waterfallOptions<OfficeHoursOptions>(innerDc)?.askingWhen) return 'I\'m setting up your office hours and need their day and hours, like "every Tuesday 2–4pm" or "Thursdays from 10 to 11am", or say "cancel" to stop.';
    return 'Say "hold office hours every Tuesday 2–4pm", "show my office hours", "change my office hours to Wednesday 3-5pm" or "end my office hours".';
  }

  protected override cancelledText(): string {
    return "OK, I've left your office hours as they are.";
  }

  private user(step: WaterfallStepContext): TurnUser {
    const user = getTurnUser(step.context);
    if (!user) throw new Error('OfficeHoursDialog needs the turn user');
    return user;
  }

  /** New office hours said without a day or hours ("set up office hours"): ask for them. */
  private async askWhenStep(step: WaterfallStepContext<OfficeHoursOptions>): Promise<DialogTurnResult> {
    const options = step.options;
    if (options.action !== 'create' || options.entities.start) return step.next();
    options.askingWhen = true;
    const prompt = options.notUnderstood ? `Sorry, I couldn't find a day and hours in that. ${ASK_WHEN}` : ASK_WHEN;
    return step.prompt(TEXT, { prompt });
  }

  private async actStep(step: WaterfallStepContext<OfficeHoursOptions>): Promise<DialogTurnResult> {
    const options = step.options;
    if (options.askingWhen) {
      // Read as the time of the office hours being set up: "make it Tuesday 2-4pm".
      const answer = this.services.recognize(String(step.result ?? ''), recognizerContext(this.user(step), this.services.clock.now(), 'calendar.create')).entities;
      if (!answer.start) return step.replaceDialog(WATERFALL, { ...options, askingWhen: false, notUnderstood: true });
      options.askingWhen = false;
      options.entities = { ...options.entities, ...answer };
    }
    const { action } = options;
    try {
      const card = action === 'create' ? await this.create(step) : await this.existing(step, action);
      await step.context.sendActivity(typeof card === 'string' ? card : MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    } catch (error) {
      this.services.logger.warn({ err: error }, 'office hours failed');
      await step.context.sendActivity(graphTroubleMessage(error, 'look after your office hours'));
    }
    return step.endDialog();
  }

  private async create(step: WaterfallStepContext<OfficeHoursOptions>): Promise<Record<string, unknown> | string> {
    const user = this.user(step);
    const { entities } = step.options;
    const zone = user.profile.timeZone;
    if (!entities.start) return ASK_WHEN;
    const start = new Date(entities.start);
    const end = entities.end && Date.parse(entities.end) > start.getTime() ? new Date(entities.end) : new Date(start.getTime() + (entities.durationMinutes ?? DEFAULT_MINUTES) * 60000);
    const days = (entities.recurrence?.pattern?.daysOfWeek ?? []).map((d) => String(d).toLowerCase());
    const day = days[0] ?? dayOf(start, zone);
    const draft = officeHoursDraft(day, hhmm(start, zone), hhmm(end, zone), user.profile, user.locale, this.services.clock.now());
    if (days.length > 1 && draft.recurrence?.pattern) draft.recurrence.pattern.daysOfWeek = entities.recurrence?.pattern?.daysOfWeek;
    const proposal = await this.services.proposals.create(user.mailbox.user.tenantId, user.mailbox.user.aadObjectId, CREATE_EVENT, draft, user.conversationId);
    return proposalCard({ user, data: {}, services: this.services }, { ...proposal, result: null });
  }

  private async existing(step: WaterfallStepContext<OfficeHoursOptions>, action: Exclude<OfficeHoursAction, 'create'>): Promise<Record<string, unknown> | string> {
    const user = this.user(step);
    const series = await listOfficeHours(user.mailbox, user.profile, user.locale, this.services.clock.now());
    const list = (): Record<string, unknown> => expandCard('officeHours', officeHoursCardData(series, user.profile, user.locale));
    // Several series: the list, whose Change and End buttons say which one.
    if (action === 'show' || series.length !== 1) return list();
    const [only] = series;
    if (action === 'end') {
      const proposal = await endSeriesProposal(this.services, user, only.seriesId);
      return proposal ? changeCard(proposal) : list();
    }
    const wanted = this.newHours(step.options, only, user.profile.timeZone);
    if (!wanted) return list();
    const proposal = await replaceSeriesProposal(this.services, user, only.seriesId, wanted.day, wanted.startTime, wanted.endTime);
    return proposal ? changeCard(proposal) : list();
  }

  /** The day and hours a change asks for; a day not said keeps the series' own. */
  private newHours(options: OfficeHoursOptions, series: OfficeHoursSeries, zone: string): { day: string; startTime: string; endTime: string } | undefined {
    const e = options.entities;
    const startText = e.change?.start ?? e.start;
    if (!startText) return undefined;
    const start = new Date(startText);
    const endText = e.change?.end ?? e.end;
    const length = Date.parse(`2000-01-01T${series.endTime}:00Z`) - Date.parse(`2000-01-01T${series.startTime}:00Z`);
    const end = endText && Date.parse(endText) > start.getTime() ? new Date(endText) : new Date(start.getTime() + length);
    // "to 3-5" (only clock times) keeps the series' day; "to Wednesday 3-5" moves it.
    const timeOnly = e.change ? e.change.timeOnly === true : e.timeOnly === true;
    const day = timeOnly ? (series.days[0] ?? dayOf(start, zone)) : dayOf(start, zone);
    const startTime = hhmm(start, zone);
    const endTime = hhmm(end, zone);
    return endTime > startTime ? { day, startTime, endTime } : undefined;
  }
}
