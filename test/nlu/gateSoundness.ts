import { RegexGate } from '../../src/nlu/regexGate';

/**
 * A gate may only skip a pattern that cannot match: throws on a skipped pattern that
 * matches one of the texts (tested on the lower-cased text when `lower`), and returns how
 * many tests were skipped, so that a gate that skips nothing shows as useless.
 */
export function expectSound(gate: RegexGate, patterns: RegExp[], texts: string[], lower = false): number {
  let skipped = 0;
  for (const text of texts) {
    const may = gate.mayMatch(text);
    const tested = lower ? text.toLowerCase() : text;
    patterns.forEach((re, i) => {
      if (may[i] === 0) {
        skipped++;
        re.lastIndex = 0;
        if (re.test(tested)) throw new Error(`gate skipped ${re} on ${JSON.stringify(text)}`);
      }
    });
  }
  return skipped;
}
