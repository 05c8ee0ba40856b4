import fc from 'fast-check';
import { fromLocal, offsetMinutes, toLocal } from '../../src/time/zonedTime';

/**
 * The recogniser leans on src/time/zonedTime's quarter-hour offset memory for speed;
 * its readings must equal Intl's for any instant and zone, transitions included.
 */
const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC', 'Europe/London'];

function intlReading(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(instant);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return [get('year'), get('month'), get('day'), get('hour') % 24, get('minute'), get('second')].join(',');
}

function ours(instant: Date, zone: string): string {
  const l = toLocal(instant, zone);
  return [l.year, l.month, l.day, l.hour, l.minute, l.second].join(',');
}

describe('zoned time readings', () => {
  it('equal Intl for random instants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.constantFrom(...ZONES), (ms, zone) => {
        const d = new Date(ms);
        expect(ours(d, zone)).toBe(intlReading(d, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('equal Intl every minute across DST changes', () => {
    const around = [
      ['America/New_York', '2026-03-08T06:00:00Z'],
      ['America/New_York', '2026-11-01T05:00:00Z'],
      ['Europe/Berlin', '2026-03-29T00:00:00Z'],
      ['Europe/Berlin', '2026-10-25T00:00:00Z'],
      ['Australia/Sydney', '2026-04-04T15:00:00Z'],
      ['Australia/Sydney', '2026-10-03T15:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T14:00:00Z'],
    ] as const;
    for (const [zone, from] of around) {
      const t0 = new Date(from).getTime();
      for (let m = 0; m < 240; m++) {
        const d = new Date(t0 + m * 60_000 + 30_000);
        expect(ours(d, zone)).toBe(intlReading(d, zone));
      }
    }
  });

  it('give the offset Intl gives, for random instants and zones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.constantFrom(...ZONES), (ms, zone) => {
        const whole = Math.floor(ms / 1000) * 1000;
        const [y, mo, d, h, mi, s] = intlReading(new Date(ms), zone).split(',').map(Number);
        expect(offsetMinutes(new Date(ms), zone)).toBe(Math.round((Date.UTC(y, mo - 1, d, h, mi, s) - whole) / 60000));
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips wall times through fromLocal', () => {
    const d = fromLocal({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0 }, 'America/New_York');
    expect(d.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});
