import fc from 'fast-check';
import { INTENT_RULES } from '../../src/nlu/intentRules';
import { literalRequirement, MESSAGE_GATES, RegexGate, wordAlternatives } from '../../src/nlu/regexGate';
import { devTexts } from './devFile';
import { expectSound } from './gateSoundness';

/**
 * The gate may only ever skip a pattern that cannot match: a 0 from `mayMatch` must mean
 * the real test fails. Checked on the development file and on random text built from the
 * patterns' own words, for the intent rules and for patterns written to probe the reader.
 */

function lowered(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[’‘]/g, "'");
}

describe('literal requirements read from a pattern', () => {
  it.each([
    // A group of plain strings joins the strings around it; an optional character forks them.
    [/\b(meet|call) with\b/, [['call with', 'meet with']]],
    [/meetings?/, [['meeting']]],
    [/\bdon'?t go\b/, [["don't go", 'dont go']]],
    // A long literal is looked for by its first ten characters.
    [/\bdon'?t let me forget\b/, [["don't let ", 'dont let m']]],
    [/xx(aa|bb?)yy/, [['xxaayy', 'xxbbyy', 'xxbyy']]],
    [/xx(aa|b+)yy/, [['xx'], ['yy']]],
    // A factor a single letter or blank satisfies is not worth looking for.
    [/x(a|b+)y z/, [['y z']]],
    // One two letters satisfy is left out beside a longer one, and kept when it is all there is.
    [/\bin\s+(room|building)\b/, [['building', 'room']]],
    [/\bto\s+\w+/, [['to']]],
    // Of alternatives, each choice of one factor per branch is required.
    [/a+bc.de|f+gh.ij/, [['bc', 'gh'], ['bc', 'ij'], ['de', 'gh'], ['de', 'ij']]],
    [/[0-9]{1,2}:[0-5]\d/, [['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], [':'], ['0', '1', '2', '3', '4', '5'], ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']]],
    [/(?<!not )going(?= home)/, [['going']]],
    [/TEAMS/i, [['teams']]],
    [/a|.*/, []],
    [/(xy)\1/, [['xy']]],
    [/[^a]bc/, [['bc']]],
    [/\u00e9tude\u00e9/, [['tude']]],
    [/éteé/, [['te']]],
    [/café/i, [['caf']]],
    [/\bſ/iu, []],
    [/xa{0}bc/, [['bc']]],
    [/ab{2,}cd/, [['ab'], ['cd']]],
    [new RegExp('{x}'), [['{x}']]],
  ])('%s needs %j', (re, expected) => {
    expect(literalRequirement(re).map((f) => [...f].sort())).toEqual(expected.map((f) => [...f].sort()));
  });
});

describe('the gate over the intent rules', () => {
  const rules = INTENT_RULES.map((r) => r.re);
  const gate = new RegexGate(rules);

  it('never skips a rule that matches a line of the development file', () => {
    const texts = devTexts().map(lowered);
    // It must also skip most of them, or it would be no use.
    expect(expectSound(gate, rules, texts)).toBeGreaterThan(texts.length * rules.length * 0.8);
  });

  it('never skips a rule that matches random text made of the rules\' own words', () => {
    const words = [...new Set(INTENT_RULES.flatMap((r) => literalRequirement(r.re).flat()))];
    const glue = [' ', '', "'", '?', ' the ', ' my ', '@', '.', '  '];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue), fc.string({ maxLength: 3 })), { maxLength: 10 }), (parts) => {
        expectSound(gate, rules, [parts.join(''), parts.join(' ')]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the gate over case-insensitive and unusual patterns', () => {
  const patterns = [/\bnext (week|month)\b/i, /(?:^|\W)at\s*\d{1,2}(?::\d{2})?\s*(am|pm)?/i, /\bſun/iu, /[A-C]x/i, /\b(?:mon|tues?)(?:day)?s?\b/i, /Ü/i, /a+b*c?d/];
  const gate = new RegexGate(patterns);
  it('never skips one that matches', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Next', ' WEEK', 'week', 'AT', ' 3', ':30', 'pm', 'SUN', 'ſun', 'b', 'X', 'Mon', 'days', 'ü', 'Ü', 'a', 'd', ' ', 'é'), { maxLength: 10 }), (parts) => {
        expectSound(gate, patterns, [parts.join(''), parts.join(' ')]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the gate over patterns with Unicode case folding ("iu")', () => {
  const patterns = [/\b(?:in|from)\s+my\s+([\p{L}\p{N}]+)\s+folder\b/iu, /\bſun/iu];
  const gate = new RegexGate(patterns);
  it('rules one out of an ASCII text without its words', () => {
    expect([...gate.mayMatch('what is in my inbox')]).toEqual([0, 0]);
    expect([...gate.mayMatch('Anything in my Projects FOLDER?')]).toEqual([1, 0]);
  });
  it('passes every text with another character, where folding may make one of its letters ("ſ" is "s")', () => {
    for (const text of ['in my ſent folder', 'ſunday', 'café in my inbox']) {
      expect([...gate.mayMatch(text)]).toEqual([1, 1]);
      patterns.forEach((re, i) => {
        if (re.test(text)) expect(gate.mayMatch(text)[i]).toBe(1);
      });
    }
    expect(patterns[1].test('sunday')).toBe(true);
    expect(gate.mayMatch('sunday')[1]).toBe(1);
  });
});

describe('the gate for patterns run on a lower-cased copy', () => {
  const patterns = [/\bkeep\b/, /\binbox\b/, /i\u0307stanbul/];
  const gate = new RegexGate(patterns, true);
  it('rules out by the text itself, whatever its case', () => {
    expect([...gate.mayMatch('Check my INBOX')]).toEqual([0, 1, 0]);
    expect([...gate.mayMatch('nothing here')]).toEqual([0, 0, 0]);
  });
  it('rules nothing out when lower-casing could make ASCII letters (Kelvin sign, dotted I)', () => {
    for (const text of ['\u212Aeep it', 'İstanbul']) {
      const lower = text.toLowerCase();
      const may = gate.mayMatch(text);
      patterns.forEach((re, i) => {
        if (re.test(lower)) expect(may[i]).toBe(1);
      });
      expect([...may]).toEqual([1, 1, 1]);
    }
  });
});


describe('patterns of words alone', () => {
  it.each([
    [/\b(lights?|lamp)\b/, ['light', 'lights', 'lamp']],
    [/\b((sign|log) ?in|connect my (account|mail))\b/, ['sign in', 'signin', 'log in', 'login', 'connect my account', 'connect my mail']],
    [/\b(e-?mail|don'?t)\b/, ['e-mail', 'email', "don't", 'dont']],
    [/\b(?:colou?r)\b/, ['color', 'colour']],
    // Anything else is not words alone: flags, other syntax, a blank at an end, groups that are not the whole.
    [/\b(lights?|lamp)\b/i, undefined],
    [/\b(light|lamp\d)\b/, undefined],
    [/\b(light |lamp)\b/, undefined],
    [/\b(light)|(lamp)\b/, undefined],
    [/\blight\b/, undefined],
    [/^(light|lamp)$/, undefined],
  ])('%s is %j', (re, expected) => {
    const words = wordAlternatives(re);
    expect(words === undefined ? undefined : [...words].sort()).toEqual(expected === undefined ? undefined : [...expected].sort());
  });

  // The intent rules' gate, as the scorer builds it: for a rule of words alone, a 1 means it matches.
  const rules = INTENT_RULES.map((r) => r.re);
  const gate = new RegexGate(rules, false, MESSAGE_GATES);
  const exactRules = rules.filter((_, i) => gate.exact[i] === 1);

  it('covers most of the topic rules', () => {
    expect(exactRules.length).toBeGreaterThanOrEqual(20);
  });

  function expectExact(text: string): void {
    const may = gate.mayMatch(text);
    rules.forEach((re, i) => {
      if (gate.exact[i] === 1) expect([re.source, text, may[i] === 1]).toEqual([re.source, text, re.test(text)]);
    });
  }

  it('answers for them exactly, on the development file', () => {
    for (const t of devTexts()) expectExact(lowered(t));
  });

  it('answers for them exactly, in random text of their own words', () => {
    const words = [...new Set(exactRules.flatMap((re) => wordAlternatives(re) ?? []).flatMap((w) => [w, ...w.split(/[ '-]/)]))];
    const glue = fc.constantFrom(' ', '', '_', '1', '-', "'", 'é', '\u212a', '.', '  ', 'x');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), glue), { maxLength: 8 }), (parts) => {
        expectExact(parts.map(([w, g]) => w + g).join(''));
      }),
      { numRuns: 3000 },
    );
  });
});
