/** Dialog ids, one constant each, so a typo is a compile error rather than a lost turn. */
export const MAIN_DIALOG = 'mainDialog';
export const MAIN_WATERFALL = 'mainDialog.waterfall';
export const AGENDA_DIALOG = 'agendaDialog';
export const CREATE_EVENT_DIALOG = 'createEventDialog';
export const FIND_TIME_DIALOG = 'findTimeDialog';
export const MEETING_CHANGE_DIALOG = 'meetingChangeDialog';
export const OFFICE_HOURS_DIALOG = 'officeHoursDialog';
export const CALENDARS_DIALOG = 'calendarsDialog';
