import { featureWords, FeatureEvidence, intentFeatures } from '../../src/nlu/intentFeatures';
import { predict, predictMessage, storedModel } from '../../src/nlu/intentModel';
import { scoreIntent } from '../../src/nlu/intentScorer';
import { devTexts } from './devFile';

const lines = devTexts();

/** Deterministic noise: words of the file mixed with digits, addresses, apostrophes and symbols. */
function randomLines(n: number): string[] {
  let seed = 42;
  const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const vocab = lines.join(' ').split(' ');
  const odd = ["it's", '’s', '10:30', '3pm', 'a.b@c.com', 'x_y', '<b>', '>', "''", '12345', 'Ünïcode', 'MEET', '-', '@', 'ab@', '@cd'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const ws: string[] = [];
    const len = 1 + Math.floor(rnd() * 70);
    for (let k = 0; k < len; k++) ws.push(rnd() < 0.3 ? odd[Math.floor(rnd() * odd.length)] : vocab[Math.floor(rnd() * vocab.length)]);
    out.push(ws.join(rnd() < 0.2 ? '' : ' ').toLowerCase());
  }
  return out;
}

const texts = [...lines.map((l) => l.toLowerCase()), ...randomLines(3000)];

/** The words as the features were first defined: three rewrites and a split. */
function wordsByRewrites(lower: string): string[] {
  return lower
    .replace(/[’‘]/g, "'")
    .replace(/[a-z0-9._%+-]+@[a-z0-9.-]+/g, ' <email> ')
    .replace(/\d+/g, '0')
    .split(/[^a-z0-9'<>]+/)
    .filter((w) => w.length > 0)
    .slice(0, 60);
}

describe('intent model lookups without feature strings', () => {
  it('reads the same words as rewriting and splitting the message', () => {
    for (const t of texts) expect(featureWords(t)).toEqual(wordsByRewrites(t));
  });

  it('gives the same probabilities, to the last digit, as the string features', () => {
    const model = storedModel();
    expect(model).not.toBeNull();
    if (!model) return;
    let differing = 0;
    texts.forEach((t, i) => {
      const ev: FeatureEvidence = {
        fired: [...scoreIntent(t).fired, 'top.none', 'no.such.rule'],
        hasWhen: i % 2 === 0,
        onlyWhen: i % 3 === 0,
        hasPerson: i % 5 === 0,
        hasAddress: i % 7 === 0,
        hasDuration: i % 11 === 0,
        hasRecurrence: i % 13 === 0,
      };
      const viaStrings = predict(model, intentFeatures(t, ev));
      const visited = predictMessage(model, t, ev);
      if (viaStrings.some((p, c) => !Object.is(p, visited[c]))) differing++;
    });
    expect(differing).toBe(0);
  });
});
