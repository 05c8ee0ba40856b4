import { MESSAGE_GATES, RegexGate } from './regexGate';

/**
 * Mail-only details: unread, folder, the body to send ("tell Isaiah I'm running late",
 * "saying ...", "that ..."), and search terms for mail queries.
 */
export interface MailDetails {
  unread?: boolean;
  /** A well-known folder's name ("inbox", "junkemail"), or the display name of the user's own ("Projects"). */
  folder?: string;
  body?: string;
  search?: string;
}

const FOLDERS: Array<[RegExp, string]> = [
  [/\binbox\b/, 'inbox'],
  [/\b(sent items|sent folder|sent mail|outbox)\b/, 'sentitems'],
  [/\bdrafts?\b/, 'drafts'],
  [/\b(junk|spam)\b/, 'junkemail'],
  [/\barchived?\b/, 'archive'],
  [/\b(deleted items|trash|bin)\b/, 'deleteditems'],
];

const UNREAD = /\b(unread|new|unopened|haven'?t read|not read)\b/;
/** Where the body starts, in order of preference ("tell X that ...", "saying ...", "email X: ..."). */
const BODIES: RegExp[] = [
  // "ask Adele to reschedule the sync": what she is asked to do ("to" is no word of her name).
  /^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:tell|let|inform|ask|remind|warn|text|ping|message|msg|dm)\s+(?:(?!to\b)[a-z'-]+(?:\s+(?:and\s+)?(?!to\b)[a-z'-]+){0,2})\s+(?:know\s+)?(?:that\s+)?(?:to\s+)?((?<=\bto\s+)[a-z].*|(?:i|i'm|im|we|we're|the|it|it's|he|she|they|about|my|our|there)\b.*)$/i,
  /\b(?:saying|that says|which says|to say|message:|body:)\s+["“]?(.+?)["”]?\s*$/i,
  /^\s*(?:please\s+)?(?:e-?mail|mail|message|text|ping|write\s+to|send\s+a\s+note\s+to)\s+[a-z'-]+(?:\s+(?:and\s+)?[a-z'-]+){0,2}\s+(?:that|to say)\s+(.+)$/i,
  /^\s*(?:please\s+)?(?:reply|respond|answer|write|email|e-mail|mail|message|tell|send)\b[^:]{0,60}(?<!\bsubject(?:\s+line)?|\bre):\s*(.+)$/i,
  /^\s*(?:please\s+)?(?:send|email|message)\s+[a-z'-]+\s+(?:a|an)\s+(?:note|message|email|line)\s+(?:that|saying)\s+(.+)$/i,
  /\band\s+(?:(?:tell|ask)\s+(?:him|her|them|[a-z]+)\s+(?:that\s+|to\s+)?|say\s+(?:that\s+)?)(.+)$/i,
  // "send an email to Isaiah and Patti letting them know the review moved".
  /\bletting\s+(?:him|her|them|everyone|[a-z]+)\s+know\s+(?:that\s+)?(.+?)[?.!]*$/i,
  // "... subject Budget body Please review the numbers": the fields said by name.
  /\bsubject\b.+?\s(?:and\s+)?(?:body|message|text)\s*:?\s+(.+)$/i,
];
const SEARCH = /\b(?:about|regarding|mentioning|containing|with the word|with subject|(?:search|look)(?: through)?(?: my)? (?:e-?mails?|mails?|inbox|messages) for)\s+(?:the\s+)?(.+?)(?=\s+(?:from|since|in|last|this|today|yesterday)\b|[?.!]|$)/i;

/** A folder named by the user ("in my Projects folder", "from the Receipts folder"): its display name as written. */
const NAMED_FOLDER = /\b(?:in|from|to|into)\s+(?:my|the)\s+(?!(?:e-?mails?|mails?|messages?|inbox)\s+folder\b)([\p{L}\p{N}][\p{L}\p{N}'-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'-]*)?)\s+folder\b/iu;

/** The words each pattern above needs; most messages have none (one pass over the text). */
const PATTERNS = [UNREAD, ...FOLDERS.map(([re]) => re), ...BODIES, SEARCH, NAMED_FOLDER];
const GATE = new RegexGate(PATTERNS, true, MESSAGE_GATES);
const FOLDERS_AT = 1;
const BODIES_AT = FOLDERS_AT + FOLDERS.length;
const SEARCH_AT = BODIES_AT + BODIES.length;
const NAMED_FOLDER_AT = SEARCH_AT + 1;

export function findMailDetails(text: string): MailDetails {
  const may = GATE.mayMatch(text);
  // The lower-cased copy only for the patterns the gate lets through (most messages: none).
  let t: string | undefined;
  const out: MailDetails = {};
  if (may[0] === 1 && UNREAD.test((t ??= text.toLowerCase()))) out.unread = true;
  for (let i = 0; i < FOLDERS.length; i++) {
    const [re, folder] = FOLDERS[i];
    if (may[FOLDERS_AT + i] === 1 && re.test((t ??= text.toLowerCase()))) {
      out.folder = folder;
      break;
    }
  }
  // A folder of the user's own, by its name ("in my Projects folder").
  const named = out.folder === undefined && may[NAMED_FOLDER_AT] === 1 ? NAMED_FOLDER.exec(text) : null;
  if (named) out.folder = named[1];
  let body: RegExpExecArray | null = null;
  for (let i = 0; i < BODIES.length && body === null; i++) {
    if (may[BODIES_AT + i] === 1) body = BODIES[i].exec(text);
  }
  if (body) out.body = body[1].trim();
  const search = may[SEARCH_AT] === 1 ? SEARCH.exec(text) : null;
  // 'search emails for "Q3 budget"': the words, not their quotes.
  if (search) out.search = search[1].trim().replace(/^["“”']+|["“”']+$/g, '');
  return out;
}
