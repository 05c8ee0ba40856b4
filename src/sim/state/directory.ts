/** The people and applications of the local tenant. */

export const TENANT_ID = '00000000-0000-0000-0000-0000000000001';

export interface WorkingHours {
  daysOfWeek: string[];
  /** "08:00:00.0000000" */
  startTime: string;
  endTime: string;
  /** Windows zone name, as mailboxSettings reports it. */
  timeZoneName: string;
}

export interface DirectoryUser {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  userPrincipalName: string;
  mail: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  mobilePhone: string | null;
  businessPhones: string[];
  preferredLanguage: string;
  /** Windows zone name of the mailbox. */
  timeZone: string;
  workingHours: WorkingHours;
}

export interface AppRegistration {
  clientId: string;
  displayName: string;
  clientSecret: string;
  redirectUris: string[];
  /** Graph delegated permissions the tenant has consented to (e.g. "Calendars.ReadWrite"). */
  delegatedScopes: string[];
  /** Graph application permissions granted (e.g. "Calendars.ReadWrite"). */
  appRoles: string[];
  /** The service principal's object id, the `oid` of app-only tokens. */
  servicePrincipalId: string;
}

export function findUser(users: Iterable<DirectoryUser>, idOrName: string): DirectoryUser | undefined {
  const wanted = idOrName.toLowerCase();
  for (const u of users) {
    if (u.id.toLowerCase() === wanted || u.userPrincipalName.toLowerCase() === wanted || u.mail.toLowerCase() === wanted) return u;
  }
  return undefined;
}
