import * as fs from 'node:fs';
import { trainingExample } from '../../src/nlu/intentDecision';
import { IntentModel, MODEL_FILE, predict } from '../../src/nlu/intentModel';
import { trainIntentModel } from '../../src/nlu/trainIntentModel';
import { devLines } from './devFile';


describe('intent model', () => {
  it('is what training on the development file produces now (retrain after changing rules or features)', () => {
    const examples = devLines().map((g) => trainingExample(g.text, g.label));
    const fresh = trainIntentModel(examples);
    const stored = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as IntentModel;
    expect(fresh.classes).toEqual(stored.classes);
    expect(Object.keys(fresh.weights).length).toBe(Object.keys(stored.weights).length);
    expect(fresh.weights).toEqual(stored.weights);
  });

  it('learns a separable toy problem', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => ({ features: ['w:email', 'bias'], label: 'email_sendemail' })),
      ...Array.from({ length: 20 }, () => ({ features: ['w:weather', 'bias'], label: 'oos' })),
    ];
    const model = trainIntentModel(examples, { minCount: 1 });
    const p = predict(model, ['w:email', 'bias']);
    expect(model.classes[p.indexOf(Math.max(...p))]).toBe('email_sendemail');
    const q = predict(model, ['w:weather', 'bias']);
    expect(model.classes[q.indexOf(Math.max(...q))]).toBe('oos');
  });
});
