import { INTENT_RULES } from '../../src/nlu/intentRules';
import { GateGroup, RegexGate } from '../../src/nlu/regexGate';
import { devTexts } from './devFile';

/**
 * Gates sharing one scan per text answer exactly as each gate alone does, whatever
 * order the texts come in (the group remembers a few recent texts) and when a gate
 * joins after the group has already scanned.
 */
const texts = devTexts().slice(0, 600);

const sets: Array<{ patterns: RegExp[]; caseless: boolean }> = [
  { patterns: INTENT_RULES.slice(0, 40).map((r) => r.re), caseless: false },
  { patterns: INTENT_RULES.slice(40).map((r) => r.re), caseless: false },
  { patterns: [/\b(inbox|unread) (mail|e-?mails?)\b/, /\bteams?\b/, /meeting/], caseless: true },
  { patterns: [/\bAt (\d+)/, /Kelvin|kelvin/i, /\d{1,2}:\d\d/], caseless: false },
];

describe('gates sharing a scan', () => {
  it('answer as the same gates alone, with texts in any order and a gate joining late', () => {
    const group = new GateGroup();
    const shared = sets.slice(0, 3).map((s) => new RegexGate(s.patterns, s.caseless, group));
    const alone = sets.map((s) => new RegexGate(s.patterns, s.caseless));
    // Each text, its upper-cased copy and an earlier text, asked of the gates in turn:
    // more distinct texts in a row than the group remembers.
    const order: string[] = [];
    texts.forEach((t, i) => order.push(t, t.toUpperCase(), texts[Math.floor(i / 2)], `${t} \u212a`));
    let compared = 0;
    let late: RegexGate | undefined;
    order.forEach((text, n) => {
      if (n === 1000) late = new RegexGate(sets[3].patterns, sets[3].caseless, group);
      const gates = late ? [...shared, late] : shared;
      gates.forEach((g, k) => {
        expect([...g.mayMatch(text)]).toEqual([...alone[k].mayMatch(text)]);
        compared++;
      });
    });
    expect(compared).toBeGreaterThan(order.length * 3);
    // The comparison means something: the gates do rule patterns out.
    expect(shared[0].mayMatch('set an alarm').includes(0)).toBe(true);
  });
});
