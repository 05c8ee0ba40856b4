import type { Principal } from './principal';
import { GraphFailure } from './graphError';
import { holdsAny } from './principal';

/** Permissions that allow each kind of access, least privileged first (Graph permissions reference). */
export const PERMISSIONS = {
  calendarRead: ['Calendars.Read', 'Calendars.ReadWrite', 'Calendars.ReadBasic'],
  calendarWrite: ['Calendars.ReadWrite'],
  /** findMeetingTimes: delegated only, and only with the .Shared permissions ("user: findMeetingTimes"). */
  findMeetingTimes: ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'],
  mailRead: ['Mail.Read', 'Mail.ReadWrite', 'Mail.ReadBasic'],
  mailWrite: ['Mail.ReadWrite'],
  mailSend: ['Mail.Send'],
  mailboxSettingsRead: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
  mailboxSettingsWrite: ['MailboxSettings.ReadWrite'],
  selfProfile: ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'],
  directoryRead: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'],
  peopleRead: ['People.Read', 'People.Read.All'],
} as const;

export function requirePermission(call: { principal: Principal }, allowed: readonly string[]): void {
  if (!holdsAny(call.principal, [...allowed])) {
    throw new GraphFailure(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
}

export function requireDirectoryPermission(call: { principal: Principal }, allowed: readonly string[]): void {
  if (!holdsAny(call.principal, [...allowed])) {
    throw new GraphFailure(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
}
