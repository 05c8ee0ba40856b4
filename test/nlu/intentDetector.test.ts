import { IntentModel, predict } from '../../src/nlu/intentModel';
import { trainIntentModel } from '../../src/nlu/trainIntentModel';

const CLASSES = ['calendar_set', 'calendar_query', 'calendar_remove', 'email_sendemail', 'email_query', 'email_querycontact', 'email_addcontact', 'oos'];

describe('out-of-scope detector', () => {
  it('gives p(oos) and leaves the in-scope classes their proportions', () => {
    const weights: Record<string, number[]> = { 'w:meeting': [2, 1, 0, 0, 0, 0, 0, 5] };
    const model: IntentModel = { classes: CLASSES, weights, oos: { 'w:meeting': -1.5 } };
    const p = predict(model, ['w:meeting', 'w:unknown']);
    expect(p[7]).toBeCloseTo(1 / (1 + Math.exp(1.5)), 12);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[0] / p[1]).toBeCloseTo(Math.E, 12);
    // Without a detector the regression's own "oos" column stands.
    const alone = predict({ classes: CLASSES, weights }, ['w:meeting']);
    expect(alone[7]).toBeGreaterThan(0.9);
  });

  it('is trained with the classifier: in-scope wording of any class counts against "oos"', () => {
    const examples = [
      ...Array.from({ length: 15 }, () => ({ features: ['w:schedule', 'w:my', 'bias'], label: 'calendar_set' })),
      ...Array.from({ length: 15 }, () => ({ features: ['w:show', 'w:my', 'bias'], label: 'calendar_query' })),
      ...Array.from({ length: 40 }, () => ({ features: ['w:weather', 'bias'], label: 'oos' })),
    ];
    const model = trainIntentModel(examples, { minCount: 1 });
    expect(model.oos?.['w:my']).toBeLessThan(0);
    expect(model.oos?.['w:weather']).toBeGreaterThan(0);
    const set = predict(model, ['w:schedule', 'w:my', 'bias']);
    expect(model.classes[set.indexOf(Math.max(...set))]).toBe('calendar_set');
    const query = predict(model, ['w:show', 'w:my', 'bias']);
    expect(model.classes[query.indexOf(Math.max(...query))]).toBe('calendar_query');
    expect(predict(model, ['w:weather', 'bias'])[7]).toBeGreaterThan(0.9);
  });
});

describe('model weights', () => {
  it('are read in thousandths, as training writes them', () => {
    const rounded = predict({ classes: CLASSES, weights: { 'w:meeting': [1.234, 0, 0, 0, 0, 0, 0, 0] } }, ['w:meeting']);
    const finer = predict({ classes: CLASSES, weights: { 'w:meeting': [1.2344, 0, 0, 0, 0, 0, 0, 0] } }, ['w:meeting']);
    expect(finer).toEqual(rounded);
    expect(rounded[0] / rounded[1]).toBeCloseTo(Math.exp(1.234), 12);
  });

  it('refuse a model with a weight beyond what 16 bits of thousandths hold, naming it', () => {
    expect(() => predict({ classes: CLASSES, weights: { 'w:meeting': [40, 0, 0, 0, 0, 0, 0, 0] } }, ['w:meeting'])).toThrow('weight 40 is beyond ±32.767');
  });
});
