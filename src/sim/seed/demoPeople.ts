import type { AppRegistration, DirectoryUser } from '../state/directory';

/** The people of the demo tenant: the Microsoft 365 Agents Playground's users, ids copied from it. */

function person(
  id: string,
  displayName: string,
  upn: string,
  mail: string,
  jobTitle: string,
  department: string,
  officeLocation: string,
  timeZone: string,
  start: string,
  phone: string,
): DirectoryUser {
  const [givenName, ...rest] = displayName.split(' ');
  return {
    id,
    displayName,
    givenName,
    surname: rest.join(' '),
    userPrincipalName: upn,
    mail,
    jobTitle,
    department,
    officeLocation,
    mobilePhone: null,
    businessPhones: [phone],
    preferredLanguage: 'en-US',
    timeZone,
    workingHours: {
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: `${start}:00:00.0000000`,
      endTime: '17:00:00.0000000',
      timeZoneName: timeZone,
    },
  };
}

export const DEMO_USER_IDS = {
  alex: '00000000-0000-0000-0000-0000000000020',
  megan: '00000000-0000-0000-0000-0000000000021',
  adele: '00000000-0000-0000-0000-0000000000022',
  isaiah: '00000000-0000-0000-0000-0000000000023',
  patti: '00000000-0000-0000-0000-0000000000024',
  lynne: '00000000-0000-0000-0000-0000000000025',
} as const;

export function demoPeople(): DirectoryUser[] {
  return [
    person(DEMO_USER_IDS.alex, 'Alex Wilber', 'alexw@example.com', 'alexw@example.com', 'Marketing Assistant', 'Marketing', '131/1104', 'Pacific Standard Time', '08', '+1 425 555 0109'),
    person(DEMO_USER_IDS.megan, 'Megan Bowen', 'meganb@example.com', 'meganb@example.com', 'Marketing Manager', 'Marketing', '12/1110', 'Eastern Standard Time', '09', '+1 412 555 0109'),
    person(DEMO_USER_IDS.adele, 'Adele Vance', 'adelev@example.com', 'adelev@example.com', 'Retail Manager', 'Retail', '18/2111', 'GMT Standard Time', '09', '+44 20 7946 0109'),
    person(DEMO_USER_IDS.isaiah, 'Isaiah Langer', 'isaiah@example.com', 'isaiahl@example.com', 'Sales Rep', 'Sales', '20/1101', 'Central Standard Time', '08', '+1 918 555 0101'),
    person(DEMO_USER_IDS.patti, 'Patti Fernandez', 'pattif@example.com', 'pattif@example.com', 'President', 'Executive Management', '15/1102', 'Pacific Standard Time', '08', '+1 206 555 0109'),
    person(DEMO_USER_IDS.lynne, 'Lynne Robbins', 'lynner@example.com', 'lynner@example.com', 'Planner', 'Retail', '20/1104', 'W. Europe Standard Time', '09', '+49 30 5550 0109'),
  ];
}

export const DEMO_APP_GRAPH_PERMISSIONS = [
  'User.Read',
  'User.ReadBasic.All',
  'User.Read.All',
  'Calendars.Read',
  'Calendars.ReadWrite',
  'Calendars.Read.Shared',
  'Calendars.ReadWrite.Shared',
  'Mail.Read',
  'Mail.ReadWrite',
  'Mail.Send',
  'MailboxSettings.Read',
  'MailboxSettings.ReadWrite',
  'People.Read',
];

export function demoApp(): AppRegistration {
  return {
    clientId: '5f0d7a4e-2c3b-4a18-9e61-7d2b8c9a0f31',
    displayName: 'Calendar and Mail Assistant (local)',
    clientSecret: 'local-dev-client-secret',
    redirectUris: ['http://localhost:3978/auth/callback'],
    delegatedScopes: DEMO_APP_GRAPH_PERMISSIONS.filter((p) => p !== 'User.Read.All'),
    // Application permissions: the .Shared calendar permissions exist only as delegated ones.
    appRoles: ['User.Read.All', 'Calendars.ReadWrite', 'Mail.ReadWrite', 'Mail.Send', 'MailboxSettings.ReadWrite', 'People.Read.All'],
    servicePrincipalId: '7a1c9e52-4b3d-4f60-8e27-1d5c0b9a3e84',
  };
}
