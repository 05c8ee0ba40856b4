import { appToken, graphClient, raw, signIn, startHarness, type Harness } from './standInHarness';

type Obj = Record<string, unknown>;

describe('free/busy: getSchedule and findMeetingTimes', () => {
  let h: Harness;
  let alex: string;
  beforeAll(async () => {
    h = await startHarness();
    alex = (await signIn(h.sim, 'alexw@example.com')).accessToken;
  });
  afterAll(() => h.close());

  // "calendar: getSchedule"
  test('getSchedule returns availabilityView, scheduleItems and working hours in the requested zone', async () => {
    const r = (await graphClient(h.sim, () => alex)
      .api('/me/calendar/getSchedule')
      .post({
        schedules: ['alexw@example.com', 'pattif@example.com', 'someone@fabrikam.com'],
        startTime: { dateTime: '2026-11-18T09:00:00', timeZone: 'Pacific Standard Time' },
        endTime: { dateTime: '2026-11-18T17:00:00', timeZone: 'Pacific Standard Time' },
        availabilityViewInterval: 60,
      })) as { value: Obj[] };
    const [alexSchedule, patti, unknown] = r.value;
    // Hours 09..16: standup 09:00, focus 10:30-11:30 (two slots), Falcon 13:00, 1:1 15:00.
    expect(alexSchedule.availabilityView).toBe('22202020');
    const subjects = (alexSchedule.scheduleItems as Obj[]).map((i) => `${String((i.start as Obj).dateTime).slice(11, 16)} ${String(i.subject)} ${String(i.status)}`);
    expect(subjects).toEqual(['09:00 Daily standup busy', '10:30 Focus time busy', '13:00 Project Falcon design review busy', '15:00 1:1 Alex / Megan busy']);
    expect((alexSchedule.scheduleItems as Obj[])[0].start).toEqual({ dateTime: '2026-11-18T09:00:00.0000000', timeZone: 'Pacific Standard Time' });
    expect(alexSchedule.workingHours).toMatchObject({ startTime: '08:00:00.0000000', endTime: '17:00:00.0000000', timeZone: { name: 'Pacific Standard Time' } });
    // Patti: Megan's marketing sync (07:00-08:00 Pacific) is before the window; the Falcon invitation is tentative.
    expect(patti.availabilityView).toBe('00001000');
    expect((unknown.error as Obj).responseCode).toBe('ErrorMailRecipientNotFound');
  });

  // "user: findMeetingTimes"
  test('findMeetingTimes suggests free slots inside working hours', async () => {
    const r = (await graphClient(h.sim, () => alex)
      .api('/me/findMeetingTimes')
      .header('Prefer', 'outlook.timezone="Pacific Standard Time"')
      .post({
        attendees: [{ type: 'required', emailAddress: { address: 'meganb@example.com' } }],
        timeConstraint: { activityDomain: 'work', timeSlots: [{ start: { dateTime: '2026-11-18T09:00:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-18T17:00:00', timeZone: 'Pacific Standard Time' } }] },
        meetingDuration: 'PT1H',
        returnSuggestionReasons: true,
      })) as { emptySuggestionsReason: string; meetingTimeSuggestions: Obj[] };
    expect(r.emptySuggestionsReason).toBe('');
    const starts = r.meetingTimeSuggestions.map((s) => String(((s.meetingTimeSlot as Obj).start as Obj).dateTime).slice(11, 16));
    // Now is 09:30; Alex is busy 10:30-11:30, 13-14, 15-15:30; Megan works until 17:00 Eastern (14:00 Pacific).
    expect(starts).toEqual(['09:30', '11:30', '12:00']);
    expect(r.meetingTimeSuggestions[0]).toMatchObject({ confidence: 100, organizerAvailability: 'free', attendeeAvailability: [{ attendee: { emailAddress: { address: 'meganb@example.com' } }, availability: 'free' }] });
    expect(typeof r.meetingTimeSuggestions[0].suggestionReason).toBe('string');
  });

  // user: findMeetingTimes (emptySuggestionsReason)
  test('findMeetingTimes explains an empty result', async () => {
    const r = (await graphClient(h.sim, () => alex)
      .api('/me/findMeetingTimes')
      .post({
        attendees: [{ type: 'required', emailAddress: { address: 'meganb@example.com' } }],
        timeConstraint: { activityDomain: 'work', timeSlots: [{ start: { dateTime: '2026-11-18T13:00:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-18T14:00:00', timeZone: 'Pacific Standard Time' } }] },
        meetingDuration: 'PT1H',
      })) as { emptySuggestionsReason: string; meetingTimeSuggestions: Obj[] };
    expect(r.meetingTimeSuggestions).toEqual([]);
    expect(r.emptySuggestionsReason).toBe('OrganizerUnavailable');
    const attendeesBusy = (await graphClient(h.sim, () => alex)
      .api('/me/findMeetingTimes')
      .post({
        attendees: [{ type: 'required', emailAddress: { address: 'meganb@example.com' } }],
        timeConstraint: { activityDomain: 'work', timeSlots: [{ start: { dateTime: '2026-11-18T14:30:00', timeZone: 'Pacific Standard Time' }, end: { dateTime: '2026-11-18T15:00:00', timeZone: 'Pacific Standard Time' } }] },
        meetingDuration: 'PT30M',
        minimumAttendeePercentage: 100,
      })) as { emptySuggestionsReason: string };
    expect(attendeesBusy.emptySuggestionsReason).toBe('AttendeesUnavailable');
  });

  // "user: findMeetingTimes" (permissions: delegated Calendars.Read.Shared or Calendars.ReadWrite.Shared; application not supported)
  test('findMeetingTimes refuses app-only tokens and delegated tokens without a .Shared permission', async () => {
    const body = { attendees: [], meetingDuration: 'PT30M' };
    const app = await appToken(h.sim);
    const asApp = await raw(h.sim, 'POST', '/v1.0/users/alexw@example.com/findMeetingTimes', app, body);
    expect(asApp.status).toBe(403);
    const narrow = (await signIn(h.sim, 'alexw@example.com', undefined, ['https://graph.microsoft.com/Calendars.ReadWrite'])).accessToken;
    expect((await raw(h.sim, 'POST', '/v1.0/me/findMeetingTimes', narrow, body)).status).toBe(403);
    expect((await raw(h.sim, 'POST', '/v1.0/me/findMeetingTimes', alex, body)).status).toBe(200);
  });
});
