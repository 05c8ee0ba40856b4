import fc from 'fast-check';
import { fromLocal } from '../../src/time/zonedTime';

/**
 * fromLocal's quick answer (one offset all around) equals its rule read with Intl alone:
 * the earliest instant whose wall time in the zone is the one asked for, and in a DST gap
 * the time moved forward by the gap (the offset from a day before applied).
 */
const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'UTC', 'Europe/London', 'America/Sao_Paulo'];

const formatters = new Map<string, Intl.DateTimeFormat>();
function intlAsUtc(ms: number, zone: string): number {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  const parts = f.formatToParts(new Date(ms));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
}

function byIntl(asUtc: number, zone: string): number {
  const offsetAt = (ms: number): number => Math.round((intlAsUtc(ms, zone) - ms) / 60000);
  const candidates = new Set([offsetAt(asUtc - 86400000), offsetAt(asUtc), offsetAt(asUtc + 86400000)]);
  const matches = [...candidates].map((off) => asUtc - off * 60000).filter((t) => intlAsUtc(t, zone) === asUtc);
  return matches.length > 0 ? Math.min(...matches) : asUtc - offsetAt(asUtc - 86400000) * 60000;
}

describe('fromLocal', () => {
  it('equals the rule read with Intl, for random wall times, near DST changes too', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1990, max: 2040 }),
        fc.constantFrom(1, 3, 4, 9, 10, 11, 12),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45, 59),
        (zone, year, month, day, hour, minute) => {
          const local = { year, month, day, hour, minute, second: 0 };
          const asUtc = Date.UTC(year, month - 1, day, hour, minute, 0);
          expect(fromLocal(local, zone).getTime()).toBe(byIntl(asUtc, zone));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('equals the rule read with Intl for two wall times in one quarter hour, old odd offsets too', () => {
    // The quick answer is remembered per quarter hour of the wall time: the second time asked
    // gets what the first left there. Offsets not in whole quarter hours (local mean times,
    // Kiritimati's -10:40 until 1994, Amsterdam's +0:20 until 1940) are never remembered.
    const zones = [...ZONES, 'Pacific/Kiritimati', 'Europe/Amsterdam', 'Africa/Monrovia', 'Asia/Kolkata', 'America/Caracas'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 1880, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 59 })), { minLength: 2, maxLength: 3 }),
        (zone, year, month, day, hour, quarter, times) => {
          for (const [minute, second] of times) {
            const local = { year, month, day, hour, minute: quarter + minute, second };
            expect(fromLocal(local, zone).getTime()).toBe(byIntl(Date.UTC(year, month - 1, day, hour, quarter + minute, second), zone));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('resolves the skipped and the repeated hour as before', () => {
    // Spring forward in New York: 02:30 does not exist and becomes 03:30 EDT.
    expect(fromLocal({ year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0 }, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // Fall back: 01:30 happens twice; the first (EDT) is taken.
    expect(fromLocal({ year: 2026, month: 11, day: 1, hour: 1, minute: 30, second: 0 }, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(fromLocal({ year: 2026, month: 7, day: 1, hour: 9, minute: 0, second: 0 }, 'Asia/Kathmandu').toISOString()).toBe('2026-07-01T03:15:00.000Z');
  });
});
