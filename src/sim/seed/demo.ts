import type { SimContext } from '../simContext';
import type { DirectoryUser } from '../state/directory';
import { toIanaZone } from '../../time/windowsZones';
import { addLocalDays, formatGraphDateTime, fromLocal, localWeekday, startOfLocalDay, toLocal } from '../../time/zonedTime';
import { applyEventInput, blankEvent } from '../graph/eventInput';
import { respond, sendInvitations, type MeetingResponse } from '../graph/meetingInvitations';
import { deliver, recipientOf } from '../graph/mailDelivery';
import { formatDateOnly } from '../graph/recurrence';
import { DEMO_USER_IDS } from './demoPeople';
import { seedDirectory } from './mailboxProvisioning';

interface MeetingSpec {
  organizer: DirectoryUser;
  subject: string;
  /** Whose wall clock `day` and `at` are read on; the organizer's by default. */
  clock?: DirectoryUser;
  /** Days from today. */
  day: number;
  /** "HH:MM" wall time. */
  at: string;
  minutes: number;
  attendees?: DirectoryUser[];
  external?: string[];
  location?: string;
  online?: boolean;
  allDay?: boolean;
  showAs?: string;
  sensitivity?: string;
  body?: string;
  recurrence?: Record<string, unknown>;
  responses?: [DirectoryUser, MeetingResponse][];
}

function zoneOf(u: DirectoryUser): string {
  return toIanaZone(u.timeZone) ?? 'Etc/UTC';
}

/**
 * The demo tenant: a realistic working week for Alex Wilber around "today" (in his zone)
 * and a few meetings for everyone else, plus an inbox per person. Event times depend only
 * on the clock's date; mail arrives at fixed offsets before "now".
 */
export function seedDemo(ctx: SimContext): void {
  seedDirectory(ctx);
  const u = (id: string): DirectoryUser => ctx.state.users.get(id) as DirectoryUser;
  const alex = u(DEMO_USER_IDS.alex);
  const megan = u(DEMO_USER_IDS.megan);
  const adele = u(DEMO_USER_IDS.adele);
  const isaiah = u(DEMO_USER_IDS.isaiah);
  const patti = u(DEMO_USER_IDS.patti);
  const lynne = u(DEMO_USER_IDS.lynne);
  const now = ctx.clock.now();

  const meeting = (spec: MeetingSpec): void => {
    const zone = zoneOf(spec.clock ?? spec.organizer);
    const orgZone = zoneOf(spec.organizer);
    const dayStart = addLocalDays(startOfLocalDay(now, zone), spec.day, zone);
    const [h, m] = spec.at.split(':').map(Number);
    const local = toLocal(dayStart, zone);
    const start = spec.allDay ? dayStart : fromLocal({ ...local, hour: h, minute: m, second: 0 }, zone);
    const end = spec.allDay ? addLocalDays(dayStart, Math.max(1, Math.round(spec.minutes / 1440)), zone) : new Date(start.getTime() + spec.minutes * 60000);
    const calendar = ctx.state.defaultCalendar(spec.organizer.id);
    if (!calendar) return;
    const ev = blankEvent(ctx, spec.organizer, calendar.id);
    const attendees = [
      ...(spec.attendees ?? []).map((a) => ({ type: 'required', emailAddress: { name: a.displayName, address: a.mail } })),
      ...(spec.external ?? []).map((address) => ({ type: 'required', emailAddress: { name: address, address } })),
    ];
    const input: Record<string, unknown> = {
      subject: spec.subject,
      body: { contentType: 'html', content: spec.body ?? `<p>${spec.subject}</p>` },
      start: { dateTime: formatGraphDateTime(start, orgZone), timeZone: spec.organizer.timeZone },
      end: { dateTime: formatGraphDateTime(end, orgZone), timeZone: spec.organizer.timeZone },
      isAllDay: spec.allDay ?? false,
      attendees,
      showAs: spec.showAs ?? 'busy',
      sensitivity: spec.sensitivity ?? 'normal',
    };
    if (spec.location) input.location = { displayName: spec.location };
    if (spec.online) {
      input.isOnlineMeeting = true;
      input.onlineMeetingProvider = 'teamsForBusiness';
      if (!spec.location) input.location = { displayName: 'Microsoft Teams Meeting', locationType: 'default' };
    }
    if (spec.recurrence) input.recurrence = spec.recurrence;
    applyEventInput(ctx, ev, input, true);
    // Seeded items look as if they were made a week ago.
    ev.createdDateTime = new Date(now.getTime() - 7 * 86400000);
    ev.lastModifiedDateTime = ev.createdDateTime;
    ctx.state.events.set(ev.id, ev);
    sendInvitations(ctx, ev);
    for (const [who, response] of spec.responses ?? []) {
      const copy = ctx.state.eventsOf(who.id).find((e) => e.iCalUId === ev.iCalUId);
      if (copy) respond(ctx, copy, response, '', false);
    }
  };

  const alexZone = zoneOf(alex);
  const today = startOfLocalDay(now, alexZone);
  const weekday = localWeekday(today, alexZone);
  const seriesStart = addLocalDays(today, -(((weekday + 6) % 7) + 14), alexZone);
  const startDate = formatDateOnly(toLocal(seriesStart, alexZone));
  const daysToFriday = (5 - weekday + 7) % 7;

  meeting({
    organizer: alex,
    subject: 'Daily standup',
    day: -(((weekday + 6) % 7) + 14),
    at: '09:00',
    minutes: 15,
    attendees: [megan, adele, isaiah],
    online: true,
    body: '<p>What did you do yesterday, what will you do today, anything blocking?</p>',
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], firstDayOfWeek: 'sunday' },
      range: { type: 'noEnd', startDate, recurrenceTimeZone: alex.timeZone },
    },
    responses: [
      [megan, 'accepted'],
      [adele, 'accepted'],
      [isaiah, 'tentativelyAccepted'],
    ],
  });
  meeting({ organizer: alex, subject: 'Project Falcon design review', day: 0, at: '13:00', minutes: 60, attendees: [megan, patti], location: 'Conference Room Rainier', online: true, responses: [[megan, 'accepted']] });
  meeting({ organizer: megan, clock: alex, subject: '1:1 Alex / Megan', day: 0, at: '15:00', minutes: 30, attendees: [alex], online: true, responses: [[alex, 'accepted']] });
  meeting({ organizer: alex, subject: 'Focus time', day: 0, at: '10:30', minutes: 60, showAs: 'busy', body: '<p>Heads-down work.</p>' });
  meeting({ organizer: adele, clock: alex, subject: 'Quarterly planning', day: 1, at: '10:00', minutes: 60, attendees: [alex, megan, lynne], location: 'Conference Room Adams', online: true, responses: [[lynne, 'accepted']] });
  meeting({ organizer: alex, subject: 'Customer call: Contoso', day: 2, at: '14:00', minutes: 60, attendees: [isaiah], external: ['buyer@contoso.com'], online: true, responses: [[isaiah, 'accepted']] });
  meeting({ organizer: lynne, clock: alex, subject: 'Budget sync', day: -1, at: '16:00', minutes: 60, attendees: [alex], online: true, responses: [[alex, 'accepted']] });
  meeting({ organizer: alex, subject: 'Team lunch', day: daysToFriday === 0 ? 7 : daysToFriday, at: '12:00', minutes: 60, attendees: [megan, patti, isaiah], location: 'Cafe 34' });
  meeting({
    organizer: isaiah,
    clock: alex,
    subject: 'Weekly sales sync',
    day: -14,
    at: '11:00',
    minutes: 30,
    attendees: [alex],
    online: true,
    recurrence: {
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['thursday'], firstDayOfWeek: 'sunday' },
      range: { type: 'numbered', startDate: formatDateOnly(toLocal(addLocalDays(today, -14, alexZone), alexZone)), numberOfOccurrences: 12, recurrenceTimeZone: isaiah.timeZone },
    },
    responses: [[alex, 'accepted']],
  });
  meeting({ organizer: alex, subject: 'Dentist', day: 3, at: '16:00', minutes: 60, sensitivity: 'private', showAs: 'oof' });
  meeting({ organizer: megan, subject: 'Marketing sync', day: 0, at: '10:00', minutes: 60, attendees: [patti], location: 'Room 12/1200', responses: [[patti, 'accepted']] });
  meeting({ organizer: adele, subject: 'Store visits review', day: 0, at: '14:00', minutes: 60, location: 'London office' });
  meeting({ organizer: isaiah, subject: 'Vendor negotiation', day: 1, at: '09:00', minutes: 90, external: ['sales@fabrikam.com'] });
  meeting({ organizer: patti, subject: 'Out of office', day: 1, at: '00:00', minutes: 1440, allDay: true, showAs: 'oof' });
  meeting({ organizer: lynne, subject: 'Legal review', day: 0, at: '16:00', minutes: 60, location: 'Berlin office' });

  const mail = (to: DirectoryUser, from: DirectoryUser, subject: string, text: string, minutesAgo: number, read: boolean, importance = 'normal'): void => {
    const stored = deliver(
      ctx,
      to,
      { subject, body: { contentType: 'html', content: `<html><body><p>${text}</p></body></html>` }, from: recipientOf(from), toRecipients: [recipientOf(to)], importance },
      'inbox',
      new Date(now.getTime() - minutesAgo * 60000),
    );
    if (stored) stored.isRead = read;
  };
  mail(alex, megan, 'Falcon launch checklist', 'Can you review the launch checklist before our design review?', 35, false, 'high');
  mail(alex, patti, 'Q3 results deck', 'Please send me the final Q3 deck by Friday.', 95, false);
  mail(alex, isaiah, 'Contoso follow-up', 'The Contoso buyer asked for pricing options; notes attached below.', 260, true);
  mail(alex, adele, 'Store visit photos', 'Here are the photos from the Oxford Street store visit.', 1500, true);
  mail(alex, lynne, 'Budget numbers', 'Updated budget numbers for the planning meeting.', 2900, false);
  mail(megan, alex, 'Re: campaign brief', 'Looks good to me, one comment on the timeline.', 50, false);
  mail(megan, patti, 'Board prep', 'Let us meet before the board meeting.', 400, true);
  mail(adele, lynne, 'Planning data', 'The planning data for Q4 is ready.', 120, false);
  mail(isaiah, alex, 'Contoso call agenda', 'Draft agenda for the Contoso call.', 80, false);
  mail(patti, megan, 'Marketing budget', 'Marketing budget proposal for next year.', 300, false);
  mail(lynne, adele, 'Store openings', 'Dates for the new store openings.', 600, true);
  mail(adele, megan, 'Campaign photos', 'Photos for the holiday campaign are in the shared folder.', 1440, true);
  mail(isaiah, patti, 'Sales targets', 'Targets for next quarter are final.', 2000, true);
  mail(patti, isaiah, 'Contoso deal', 'Contoso is close to signing; can we talk this week?', 45, true);
  mail(lynne, megan, 'Q4 plan review', 'Could you review the Q4 plan before Friday?', 30, false);
  // Seeding mail is not a delivery a test should see.
  ctx.state.deliveries.length = 0;
}
