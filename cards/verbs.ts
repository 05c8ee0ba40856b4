/**
 * Every Action.Execute verb the cards use. Templates write them literally; handlers
 * register under these constants; test/unit/cardVerbs.test.ts checks the two agree.
 */
export const VERBS = {
  /** Carry out a proposed new event. */
  eventConfirm: 'event.confirm',
  /** Open the proposal as a form. */
  eventEdit: 'event.edit',
  /** Save the form back into the proposal. */
  eventSave: 'event.save',
  /** Back from the form to the proposal, unchanged. */
  eventReview: 'event.review',
  /** Take one of the suggested free slots. */
  eventPickSlot: 'event.pickSlot',
  /** Drop the proposal. */
  eventDiscard: 'event.discard',
  /** Turn one of the found meeting times into a new-event proposal. */
  findTimePick: 'findTime.pick',
  /** Carry out a proposed calendar or series change (new calendar, office hours ended or changed, event moved to another calendar). */
  calendarChangeConfirm: 'calendarChange.confirm',
  /** Drop that proposal. */
  calendarChangeDiscard: 'calendarChange.discard',
  /** Propose new day and hours for an office hours series, from its card's form. */
  officeHoursChange: 'officeHours.change',
  /** Propose ending an office hours series. */
  officeHoursEnd: 'officeHours.end',
  /** Carry out a proposed change to an existing meeting (move, cancel, decline, answer). */
  meetingConfirm: 'meeting.confirm',
  /** Drop that proposal: the meeting stays as it is. */
  meetingDiscard: 'meeting.discard',
  /** Show one meeting in full. */
  meetingDetails: 'meeting.details',
  /** Show an agenda again, read afresh (Back from the details of one of its meetings). */
  agendaShow: 'agenda.show',
  /** Ask for a new time for a meeting. */
  meetingMoveForm: 'meeting.moveForm',
  /** Turn the new time picked into a move proposal. */
  meetingProposeMove: 'meeting.proposeMove',
  /** Propose cancelling (or, for an attendee, declining) a meeting. */
  meetingProposeCancel: 'meeting.proposeCancel',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ALL_VERBS: readonly Verb[] = Object.values(VERBS);
