/**
 * Keeps the recogniser's work bounded whatever arrives: text longer than MAX_INPUT
 * UTF-16 units is cut (at a word boundary, never inside a surrogate pair) and flagged,
 * and control characters are blanked one for one so offsets still point into the
 * original message.
 */
export const MAX_INPUT = 2000;
export const TRUNCATION_MARKER = '…[truncated]';

export interface GuardedInput {
  /** What the parsers read: same offsets as the original up to its cut. */
  text: string;
  /** The user's text up to the cut, for span texts. */
  original: string;
  truncated: boolean;
}

export function guardInput(raw: unknown): GuardedInput {
  let text = typeof raw === 'string' ? raw : '';
  let truncated = false;
  if (text.length > MAX_INPUT) {
    let cut = MAX_INPUT;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    const space = text.lastIndexOf(' ', cut);
    if (space > MAX_INPUT - 200) cut = space;
    text = text.slice(0, cut);
    truncated = true;
  }
  const original = text;
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  return { text, original, truncated };
}

/**
 * Whether `text` has a letter or a digit of any script (`/[\p{L}\p{N}]/u`). In ASCII
 * those are exactly [A-Za-z0-9], which most messages show in their first characters;
 * from the first non-ASCII character on, the pattern decides.
 */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return /[\p{L}\p{N}]/u.test(text);
    if ((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122)) return true;
  }
  return false;
}
