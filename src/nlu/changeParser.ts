/**
 * For changes and cancellations: which event ("my 3pm", "the budget review", "it",
 * "my next meeting") and what changes ("to 4pm", "30 minutes later", "to Thursday").
 * Splits "move X to Y" at the "to", so the two times are read apart rather than as a
 * range "3pm to 4".
 */
export interface ChangeSplit {
  /** [start, end) of the part naming the event. */
  target: { start: number; end: number };
  /** [start, end) of the part naming the new time, if any. */
  change?: { start: number; end: number };
  shiftMinutes?: number;
  anaphora: boolean;
  next: boolean;
}

const SHIFT = /\b(?:by\s+)?(\d+|an?|half an?)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(later|earlier|back|forward|sooner|ahead)\b|\b(back|forward|later|earlier|out|up)\s+(?:by\s+)?(\d+|an?|half an?)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\b(?:push(?:ed)?|move(?:d)?|shift(?:ed)?|delay(?:ed)?|postpone(?:d)?|bring|pull)\b[^.]{0,30}?\b(back|forward|out|later|earlier|up)?\s*(?:by\s+)(\d+|an?|half an?)\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)\b/i;

function toMinutes(n: string, unit: string): number {
  const v = /^an?$/i.test(n) ? 1 : /^half/i.test(n) ? 0.5 : Number(n);
  const u = unit.toLowerCase();
  const f = u.startsWith('h') ? 60 : u.startsWith('d') ? 1440 : u.startsWith('w') ? 10080 : 1;
  return Math.round(v * f);
}

export function splitChange(text: string): ChangeSplit {
  const t = text.toLowerCase();
  const out: ChangeSplit = { target: { start: 0, end: text.length }, anaphora: false, next: false };
  const shift = SHIFT.exec(t);
  if (shift) {
    if (shift[1] !== undefined) {
      const sign = /earlier|forward|sooner|ahead/.test(shift[3]) ? -1 : 1;
      out.shiftMinutes = sign * toMinutes(shift[1], shift[2]);
    } else if (shift[5] !== undefined) {
      const sign = /forward|earlier|up/.test(shift[4]) ? -1 : 1;
      out.shiftMinutes = sign * toMinutes(shift[5], shift[6]);
    } else {
      const sign = /forward|earlier|up/.test(shift[7] ?? '') ? -1 : 1;
      out.shiftMinutes = sign * toMinutes(shift[8], shift[9]);
    }
    // The event is named before the amount ("shift my 1pm by 30 minutes").
    const amountAt = t.slice(shift.index).search(/\b(?:by\s+)?(?:\d+|an?|half an?)\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\b/);
    out.target = { start: 0, end: shift.index + Math.max(0, amountAt) };
  } else {
    const to = /\b(?:rename|retitle|move|moved|reschedule|rescheduled|push|pushed|postpone|postponed|shift|change|changed|switch|bring|put|make|update)\b.*?\s(to|until|till|for|on|at)\s+(?!(?:a|an|the)\s+(?:later|earlier|different|another|new)\b)/i.exec(t);
    if (to) {
      const at = to.index + to[0].length;
      out.target = { start: 0, end: at - to[1].length - 1 };
      out.change = { start: at, end: text.length };
    }
  }
  const targetText = t.slice(out.target.start, out.target.end);
  out.anaphora = /\b(it|that|this one|that one)\b/.test(targetText) && !/\b(meeting|appointment|event|call)\b/.test(targetText);
  out.next = /\b(next|upcoming|following) (meeting|appointment|event|call|one)\b/.test(targetText);
  return out;
}
