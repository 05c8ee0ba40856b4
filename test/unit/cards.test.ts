import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { JSDOM } from 'jsdom';
import { CARD_NAMES, expandCard, type CardName, type CardDataByName } from '../../cards/cardTemplates';

const cardsDir = join(__dirname, '../../cards');

/** The official Adaptive Cards 1.5 schema, minus Teams' `msteams` extension which it does not know. */
function schemaValidator(): (card: unknown) => string[] {
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  const { id, ...schema } = JSON.parse(readFileSync(join(__dirname, '../fixtures/adaptive-card-1.5.schema.json'), 'utf8'));
  // The file names itself with draft-04's `id`; ajv 8 reads only `$id`.
  schema.$id = id;
  const validate = ajv.compile(schema);
  return (card) => {
    const stripped = JSON.parse(JSON.stringify(card, (k, v) => (k === 'msteams' ? undefined : v)));
    return validate(stripped) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

/**
 * The official renderer (its UMD bundle) in a jsdom window: window globals are installed
 * for this file only, and removed afterwards.
 */
const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://localhost/' });
const installed: string[] = [];
beforeAll(() => {
  const g = globalThis as Record<string, unknown>;
  const w = dom.window as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (!(key in g) && key !== 'localStorage' && key !== 'sessionStorage') {
      g[key] = w[key];
      installed.push(key);
    }
  }
  g.window = dom.window;
  installed.push('window');
  // jsdom has no layout, so no innerText; the renderer reads it.
  Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
    get(this: HTMLElement) { return this.textContent ?? ''; },
    set(this: HTMLElement, v: string) { this.textContent = v; },
    configurable: true,
  });
});
afterAll(() => {
  const g = globalThis as Record<string, unknown>;
  for (const key of installed) delete g[key];
  dom.window.close();
});

function renderWithAdaptiveCards(card: unknown): { errors: string[]; html: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const AC = require('adaptivecards/dist/adaptivecards.js');
  // A small markdown processor, as Teams has one: bold and links, enough to tell
  // formatted text from plain text.
  AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml: string; didProcess: boolean }) => {
    result.outputHtml = text
      .replace(/</g, '&lt;')
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/\[(.+?)\]\((.+?)\)/g, '<a href="$2">$1</a>');
    result.didProcess = true;
  };
  const adaptiveCard = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptiveCard.parse(card, context);
  const errors: string[] = [];
  for (let i = 0; i < context.eventCount; i++) errors.push(context.getEventAt(i).message);
  const element = adaptiveCard.render() as HTMLElement | undefined;
  return { errors, html: element?.outerHTML ?? '' };
}

describe('card templates', () => {
  const validate = schemaValidator();

  test('every template in cards/ is registered and has sample data', () => {
    const templates = readdirSync(cardsDir).filter((f) => f.endsWith('.json') && !f.endsWith('.sample.json')).map((f) => f.replace(/\.json$/, ''));
    expect(templates.sort()).toEqual([...CARD_NAMES].sort());
    for (const name of templates) expect(readdirSync(cardsDir)).toContain(`${name}.sample.json`);
  });

  test.each(CARD_NAMES)('%s renders with its sample data, schema-valid, nothing left unexpanded', (name: CardName) => {
    const sample = JSON.parse(readFileSync(join(cardsDir, `${name}.sample.json`), 'utf8')) as CardDataByName[typeof name];
    const card = expandCard(name, sample);
    expect(JSON.stringify(card)).not.toMatch(/\$\{/);
    expect(validate(card)).toEqual([]);
    const { errors, html } = renderWithAdaptiveCards(card);
    expect(errors).toEqual([]);
    expect(html.length).toBeGreaterThan(100);
  });

  test('user text is shown as text: markdown in a subject does not format the card', () => {
    const sample = JSON.parse(readFileSync(join(cardsDir, 'agenda.sample.json'), 'utf8'));
    sample.events[0].subject = '**bold** [click](https://evil.example) <b>x</b>';
    const { html } = renderWithAdaptiveCards(expandCard('agenda', sample));
    expect(html).toContain('**bold** [click](https://evil.example) &lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('href="https://evil.example"');
    expect(html).not.toContain('<strong');
    // Control: the same text in a markdown TextBlock would have formatted the card.
    const control = renderWithAdaptiveCards({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: sample.events[0].subject }] });
    expect(control.html).toMatch(/<strong[^>]*>bold<\/strong>/);
    expect(control.html).toContain('href="https://evil.example"');
  });

  test('the schema check catches a misspelled property value', () => {
    expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', weight: 'Heavy' }] })).not.toEqual([]);
    expect(validate({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: 'x' }] })).not.toEqual([]);
  });
});
