import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GoldLine, PredLine, score } from '../../src/nlu/hwuScore';

const SCORE_PY = path.resolve(__dirname, '../../../shared/data/nlu/score.py');

/** The TypeScript metrics must print what the reference scorer prints on the same predictions. */
describe('evaluation metrics', () => {
  const gold: GoldLine[] = [
    { id: '1', text: 'remind me tomorrow at ten am', label: 'calendar_set', spans: [{ type: 'date', start: 10, end: 18 }, { type: 'time', start: 22, end: 28 }] },
    { id: '2', text: 'email john about lunch', label: 'email_sendemail', spans: [{ type: 'person', start: 6, end: 10 }] },
    { id: '3', text: 'any mail from sue', label: 'email_query', spans: [{ type: 'person', start: 14, end: 17 }] },
    { id: '4', text: 'delete the party', label: 'calendar_remove', spans: [{ type: 'event_name', start: 11, end: 16 }] },
    { id: '5', text: 'play jazz', label: 'play_music', spans: [] },
    { id: '6', text: 'weather today', label: 'weather_query', spans: [{ type: 'date', start: 8, end: 13 }] },
    { id: '7', text: 'add bob to contacts', label: 'email_addcontact', spans: [{ type: 'person', start: 4, end: 7 }] },
  ];
  const preds: PredLine[] = [
    { id: '1', intent: 'calendar.create', spans: [{ type: 'when', start: 10, end: 18 }, { type: 'when', start: 19, end: 28 }] },
    { id: '2', intent: 'mail.reply', spans: [{ type: 'person', start: 6, end: 10 }, { type: 'person', start: 17, end: 22 }] },
    { id: '3', intent: 'contact.query', spans: [] },
    { id: '4', intent: 'calendar.cancel', spans: [{ type: 'subject', start: 4, end: 16 }] },
    { id: '5', intent: 'none', spans: [] },
    { id: '6', intent: 'calendar.query', spans: [{ type: 'when', start: 8, end: 13 }] },
  ];

  it('matches score.py', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlu-score-'));
    const g = path.join(dir, 'gold.jsonl');
    const p = path.join(dir, 'pred.jsonl');
    fs.writeFileSync(g, gold.map((x) => JSON.stringify(x)).join('\n') + '\n');
    fs.writeFileSync(p, preds.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const reference = JSON.parse(execFileSync('python3', [SCORE_PY, g, p, '--json'], { encoding: 'utf8' })) as unknown;
    expect(score(gold, preds)).toEqual(reference);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
