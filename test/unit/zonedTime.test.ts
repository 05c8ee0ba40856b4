import { formatWithOffset, fromLocal, offsetMinutes, addLocalDays, startOfLocalDay, localWeekday } from '../../src/time/zonedTime';
import { toIanaZone, toWindowsZone } from '../../src/time/windowsZones';

describe('zoned time', () => {
  test('offsets follow DST in New York, Berlin and Sydney', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Australia/Sydney')).toBe(660);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Australia/Sydney')).toBe(600);
  });

  test('wall time to instant, including the spring-forward gap and the autumn overlap', () => {
    const ny = 'America/New_York';
    expect(fromLocal({ year: 2026, month: 11, day: 19, hour: 15, minute: 0, second: 0 }, ny).toISOString()).toBe('2026-11-19T20:00:00.000Z');
    // 2026-03-08 02:30 does not exist in New York: it moves forward to 03:30 EDT.
    expect(fromLocal({ year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0 }, ny).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 2026-11-01 01:30 happens twice: the first (EDT) is chosen.
    expect(fromLocal({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0 }, ny).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  test('formats with the offset in force on that date', () => {
    expect(formatWithOffset(new Date('2026-11-19T20:00:00Z'), 'America/New_York')).toBe('2026-11-19T15:00:00-05:00');
    expect(formatWithOffset(new Date('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
  });

  test('local days are 23 or 25 hours long across DST', () => {
    const berlin = 'Europe/Berlin';
    const day = startOfLocalDay(new Date('2026-03-29T10:00:00Z'), berlin);
    expect(day.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(addLocalDays(day, 1, berlin).getTime() - day.getTime()).toBe(23 * 3600000);
    expect(localWeekday(new Date('2026-11-22T03:00:00Z'), 'America/Los_Angeles')).toBe(6);
  });

  test('Windows and IANA names map both ways', () => {
    expect(toIanaZone('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(toIanaZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(toIanaZone('Nowhere Standard Time')).toBeUndefined();
    expect(toWindowsZone('America/New_York')).toBe('Eastern Standard Time');
    expect(toWindowsZone('Europe/Amsterdam')).toBe('W. Europe Standard Time');
  });
});
