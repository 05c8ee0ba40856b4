import { recurrenceText, reminderText } from '../../dialogs/timeText';

describe('how a series is said on a card', () => {
  test('its pattern, and its last day as people read it', () => {
    expect(recurrenceText({ pattern: { type: 'daily', interval: 1 }, range: { type: 'endDate', startDate: '2026-11-23', endDate: '2026-11-29' } })).toBe(
      'Every day, until Sun, Nov 29, 2026',
    );
    expect(
      recurrenceText({ pattern: { type: 'weekly', interval: 2, daysOfWeek: ['monday', 'thursday'] }, range: { type: 'noEnd', startDate: '2026-11-23' } }),
    ).toBe('Every 2 weeks on Monday and Thursday');
    expect(recurrenceText({ pattern: { type: 'daily', interval: 1 }, range: { type: 'numbered', startDate: '2026-11-23', numberOfOccurrences: 5 } })).toBe(
      'Every day, 5 times',
    );
  });
});

describe("how a reminder's lead is said on a card", () => {
  it.each([
    [0, 'None'],
    [15, '15 minutes before'],
    [60, '1 hour before'],
    [90, '90 minutes before'],
    [2880, '2 days before'],
    [10080, '1 week before'],
    [20160, '2 weeks before'],
  ])('%d minutes: %s', (minutes, text) => {
    expect(reminderText(minutes)).toBe(text);
  });
});
