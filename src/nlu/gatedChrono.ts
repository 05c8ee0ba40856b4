import * as chrono from 'chrono-node';
import { LiteralRequirement, MESSAGE_GATES, RegexGate, wordEnding } from './regexGate';

/**
 * chrono-node, asked only with the parsers that match. Each chrono parser finds its
 * expressions with one pattern, and refiners only rework what parsers found: a parser
 * whose pattern does not match the text finds nothing. So the run leaves such parsers
 * out, and a text none matches (most messages: "send an email to mom") is not parsed at
 * all; the results are exactly chrono's own. Which patterns match is asked of the
 * gate first (a parser that needs a digit, a month or "ago" is ruled out by a text
 * without one), then of the patterns the gate lets through. test/nlu/gatedChrono.test.ts
 * compares the results with chrono's on the development file and on random text.
 *
 * The parsers and their patterns are read once, with the parsing options every call
 * uses: in chrono-node 2.10 the patterns depend on the options only (`forwardDate`
 * widens one of them), and nothing here adds parsers to a chrono afterwards.
 */
export class GatedChrono {
  private readonly patterns: RegExp[];
  /** A stateful pattern (global or sticky) is not asked twice; its parser simply runs. */
  private readonly stateful: boolean[];
  private readonly gate: RegexGate;
  /** A chrono per set of parsers that may match, keyed by that set as a bit mask. */
  private readonly subsets = new Map<number, chrono.Chrono>();
  /** The full chrono's refiners, less the calls that cannot change anything. */
  private readonly refiners: LeanRefiners;

  constructor(
    private readonly full: chrono.Chrono,
    readonly option: chrono.ParsingOption,
  ) {
    const context = new chrono.ParsingContext('', new Date(0), option);
    this.patterns = full.parsers.map((p) => p.pattern(context));
    this.stateful = this.patterns.map((re) => re.global || re.sticky);
    this.refiners = new LeanRefiners(full.refiners);
    const written = new Map<RegExp, LiteralRequirement>();
    for (const re of this.patterns) {
      const req = durationRequirement(re);
      if (req !== undefined) written.set(re, req);
    }
    this.gate = new RegexGate(this.patterns, false, MESSAGE_GATES, written);
  }

  parse(text: string, reference: chrono.ParsingReference): chrono.ParsedResult[] {
    const run = this.runnerFor(text);
    return run === undefined ? [] : run.parse(text, reference, this.option);
  }

  /**
   * The chrono to run on the text with this reader's options (just the parsers whose patterns
   * match it), or undefined when none does and chrono would find nothing: a caller can then
   * skip working out a reference as well.
   */
  runnerFor(text: string): chrono.Chrono | undefined {
    const may = this.gate.mayMatch(text);
    let mask = 0;
    let any = false;
    for (let i = 0; i < may.length; i++) {
      if (may[i] === 1 && this.matches(i, text)) {
        any = true;
        if (i < 31) mask |= 1 << i;
      }
    }
    if (!any) return undefined;
    // More parsers than a mask holds: the whole chrono.
    if (may.length > 31) return this.full;
    let subset = this.subsets.get(mask);
    if (subset === undefined) {
      subset = new chrono.Chrono({ parsers: this.full.parsers.filter((_, i) => (mask & (1 << i)) !== 0), refiners: [this.refiners] });
      if (this.subsets.size < 512) this.subsets.set(mask, subset);
    }
    return subset;
  }

  /** Parser i's pattern matches somewhere in the text (its first search in chrono's run). */
  private matches(i: number, text: string): boolean {
    return this.stateful[i] || this.patterns[i].test(text);
  }
}

/**
 * A refiner that begins by returning fewer than two results as they are: it works on pairs
 * (chrono's merging and overlap refiners begin so). Read from the refiner's code, so a
 * refiner written otherwise is simply always asked.
 */
const PAIRS_ONLY = /^refine\(context, results\) \{\s*if \(results\.length < 2\) \{\s*return results;\s*\}/;

/**
 * chrono's refiners asked in their order, less the calls that cannot change anything:
 * none once no result is left (refiners only rework what the parsers found), and none of
 * the pairwise ones (PAIRS_ONLY) while fewer than two are left. Most runs find one result,
 * for which 9 of the 16 refiners of chrono 2.10's English readings are pairwise.
 */
export class LeanRefiners implements chrono.Refiner {
  private readonly pairwise: boolean[];

  constructor(private readonly all: chrono.Refiner[]) {
    this.pairwise = all.map((r) => PAIRS_ONLY.test(String(r.refine)));
  }

  /** How many of the refiners are pairwise. */
  get pairwiseCount(): number {
    return this.pairwise.filter((p) => p).length;
  }

  refine(context: chrono.ParsingContext, results: chrono.ParsingResult[]): chrono.ParsingResult[] {
    let out = results;
    for (let i = 0; i < this.all.length && out.length > 0; i++) {
      if (out.length < 2 && this.pairwise[i]) continue;
      out = this.all[i].refine(context, out);
    }
    return out;
  }
}

/**
 * chrono's pattern for a bare duration ("in 5 minutes", "for an hour", "the week"; its
 * ENTimeUnitWithinFormatParser) in chrono-node 2.10, with its lists of number words and
 * units in place. The reader cannot see into it (every part is optional or has a
 * one-letter choice), so it would be tried on every message, where it matches about one
 * in fifty.
 */
function durationSource(numbers: string, units: string): string {
  const number = String.raw`(?:(?:${numbers})|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?)`;
  const unit = String.raw`(?:(?:${units}))`;
  return (
    String.raw`(\W|^)(?:(?:within|in|for)\s*)?(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?` +
    String.raw`((?:(?:about|around)\s{0,3})?(?:${number})\s{0,3}${unit}(?:\s{0,5},?(?:\s*and)?\s{0,5}(?:${number})\s{0,3}${unit}){0,10})(?=\W|$)`
  );
}

/** The ASCII white-space characters "\s" matches. */
const ASCII_SPACES = [' ', '\t', '\n', '\v', '\f', '\r'];

/**
 * What every match of chrono's duration pattern contains, when `re` is that pattern:
 * its last unit ends a word (the pattern ends with "(?=\W|$)"), and comes right after a
 * number (`\s{0,3}` between). Either white space comes before the unit, and the last of
 * it is an ASCII blank in an ASCII text; or the number touches it: then the number ends
 * in a digit, a number word, "few", "several", "the", "couple" or "of", or it is
 * "half a(n)" (which "half" stands for). "a" and "an" are followed by a word edge
 * ("an?\b"), so they never touch a unit. One factor: one of these, at a word's end.
 */
export function durationRequirement(re: RegExp): LiteralRequirement | undefined {
  const numbers = /\(\?:\(\?:\(\?:([a-z|]+)\)\|\[0-9\]/.exec(re.source)?.[1];
  const unitList = /\\s\{0,3\}\(\?:\(\?:([a-z|]+)\)\)/.exec(re.source)?.[1];
  if (numbers === undefined || unitList === undefined || re.flags !== 'i' || re.source !== durationSource(numbers, unitList)) return undefined;
  const units = unitList.split('|');
  const touching = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ...numbers.split('|'), 'few', 'several', 'the', 'couple', 'of'];
  const factor = ['half'];
  for (const unit of units) {
    for (const space of ASCII_SPACES) factor.push(wordEnding(space + unit));
    for (const end of touching) factor.push(wordEnding(end + unit));
  }
  return [factor];
}
