/**
 * Mail-only details: unread, folder, the body to send ("tell Isaiah I'm running late",
 * "saying ...", "that ..."), and search terms for mail queries.
 */
export interface MailDetails {
  unread?: boolean;
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

export function findMailDetails(text: string): MailDetails {
  const t = text.toLowerCase();
  const out: MailDetails = {};
  if (/\b(unread|new|unopened|haven'?t read|not read)\b/.test(t)) out.unread = true;
  for (const [re, folder] of FOLDERS) {
    if (re.test(t)) {
      out.folder = folder;
      break;
    }
  }
  const body =
    /^\s*(?:please\s+)?(?:tell|let|inform|ask|remind|warn|text|ping)\s+(?:[a-z'-]+(?:\s+(?:and\s+)?[a-z'-]+)?)\s+(?:know\s+)?(?:that\s+)?((?:i|i'm|im|we|we're|the|it|it's|he|she|they|to|about|my|our|there)\b.*)$/i.exec(text) ??
    /\b(?:saying|that says|which says|to say|message:|body:)\s+["“]?(.+?)["”]?\s*$/i.exec(text) ??
    /^\s*(?:please\s+)?(?:e-?mail|mail|message|text|ping)\s+[a-z'-]+(?:\s+(?:and\s+)?[a-z'-]+)?\s+(?:that|to say)\s+(.+)$/i.exec(text) ??
    /^\s*(?:please\s+)?(?:reply|respond|answer|write|email|e-mail|mail|message|tell|send)\b[^:]{0,60}:\s*(.+)$/i.exec(text) ??
    /^\s*(?:please\s+)?(?:send|email|message)\s+[a-z'-]+\s+(?:a|an)\s+(?:note|message|email|line)\s+(?:that|saying)\s+(.+)$/i.exec(text) ??
    /\band\s+(?:tell|ask)\s+(?:him|her|them|[a-z]+)\s+(?:that\s+|to\s+)?(.+)$/i.exec(text);
  if (body) out.body = body[1].trim();
  const search = /\b(?:about|regarding|mentioning|containing|with the word|with subject|(?:search|look)(?: through)?(?: my)? (?:e-?mails?|mails?|inbox|messages) for)\s+(?:the\s+)?(.+?)(?=\s+(?:from|since|in|last|this|today|yesterday)\b|[?.!]|$)/i.exec(text);
  if (search) out.search = search[1].trim();
  return out;
}
