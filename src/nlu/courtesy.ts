import { Courtesy } from './types';

/**
 * Whole messages that only thank, agree or say goodbye ("thanks!", "ok", "👍", "bye"): nothing
 * is asked, but the assistant answers them with a word rather than its list of examples.
 */

/** How every courtesy below starts: most refused messages fail here at their first letters. */
const COURTESY_START = /^\s*(?:th|ty|ok|kk?\b|cool|great|perf|awe|nice|got|sound|all|no\b|np|sure|alr|fine|good|bye|see|cya|later|ttyl|night|much|appr|cheers|\p{Extended_Pictographic})/iu;
const THANKS = /^(?:thanks?|thank\s*(?:you|u)|thx|thnx|ty|tysm|cheers|much appreciated|appreciate it)(?:\s+(?:so much|a lot|very much|again|a bunch|heaps))?(?:\s+for\s+[\w\s]{1,25})?$/;
const OK = /^(?:ok(?:ay)?|k|kk|cool|great|perfect|awesome|nice|got it|sounds good|all good|no worries|np|sure|alright|fine|good|👍|👌|🙏|✅)$/u;
const BYE = /^(?:bye|bye bye|goodbye|good bye|see (?:you|ya)|cya|later|ttyl|good night|night)$/;

/** The courtesy a whole message is, read without its punctuation, a "bot" or "assistant" after it, and emoji after words. */
export function courtesyOf(text: string): Courtesy | undefined {
  if (text.length > 40 || !COURTESY_START.test(text)) return undefined;
  const t = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[!.,?~]+/g, ' ')
    .replace(/\s+(?:bot|assistant)\s*$/, ' ')
    .replace(/(\p{L})\s*(?:\p{Extended_Pictographic}|\uFE0F)+\s*$/u, '$1')
    .trim();
  if (t === '') return undefined;
  // "ok thanks", "great, thank you": the thanks is what is answered.
  const words = t.replace(/^(?:ok(?:ay)?|great|perfect|awesome|cool|nice|got it)\s+(?=th|ty|cheers)/, '');
  if (THANKS.test(words)) return 'thanks';
  if (OK.test(t)) return 'ok';
  if (BYE.test(t) || /^(?:thanks?|thank you)\s+(?:and\s+)?(?:bye|goodbye)$/.test(t)) return 'bye';
  return undefined;
}
