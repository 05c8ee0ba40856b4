import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_VERBS } from '../../cards/verbs';
import { CARD_ACTION_VERBS } from '../../src/bot/cardActions';

const cardsDir = join(__dirname, '../../cards');

function verbsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => verbsIn(n, out));
  else if (node && typeof node === 'object') {
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Execute') out.push(String(n.verb));
    Object.values(n).forEach((v) => verbsIn(v, out));
  }
  return out;
}

describe('card verbs', () => {
  const templates = readdirSync(cardsDir).filter((f) => f.endsWith('.json') && !f.endsWith('.sample.json'));
  const used = new Set(templates.flatMap((f) => verbsIn(JSON.parse(readFileSync(join(cardsDir, f), 'utf8')))));

  test('every Action.Execute in cards/ has a declared verb with a handler', () => {
    for (const verb of used) {
      expect(ALL_VERBS).toContain(verb);
      expect(CARD_ACTION_VERBS).toContain(verb);
    }
  });

  test('every declared verb is used by a card and handled', () => {
    for (const verb of ALL_VERBS) {
      expect(used.has(verb)).toBe(true);
      expect(CARD_ACTION_VERBS).toContain(verb);
    }
  });
});
