import { recognize } from '../../src/nlu';
import type { Entities, Intent, Recognition } from '../../src/nlu';

/** What a test states about one parse; fields left out are not checked. */
export interface Expected {
  intent?: Intent;
  start?: string;
  /** `null` asserts that no end was produced (a point in time). */
  end?: string | null;
  entities?: Partial<Entities>;
}

export function parse(text: string, nowIso: string, zone: string): Recognition {
  return recognize(text, { now: new Date(nowIso), timeZone: zone });
}

export function expectParse(text: string, nowIso: string, zone: string, expected: Expected): Recognition {
  const r = parse(text, nowIso, zone);
  const seen: Record<string, unknown> = {};
  const want: Record<string, unknown> = {};
  if (expected.intent !== undefined) {
    seen.intent = r.intent;
    want.intent = expected.intent;
  }
  if (expected.start !== undefined) {
    seen.start = r.entities.start;
    want.start = expected.start;
  }
  if (expected.end !== undefined) {
    seen.end = r.entities.end ?? null;
    want.end = expected.end;
  }
  if (expected.entities !== undefined) {
    for (const k of Object.keys(expected.entities) as Array<keyof Entities>) {
      seen[k] = r.entities[k];
      want[k] = expected.entities[k];
    }
  }
  // The text rides along so a failure names the utterance.
  expect({ text, ...seen }).toEqual({ text, ...want });
  return r;
}
