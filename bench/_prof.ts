import * as fs from 'node:fs';
import { recognize } from '../src/nlu';
const texts = fs.readFileSync('/work/shared/data/nlu/hwu64-dev.jsonl','utf8').split('\n').filter(l=>l.trim()).map(l=>JSON.parse(l).text as string);
const ctx = { now: new Date('2026-11-19T14:00:00Z'), timeZone: 'America/New_York' };
const R = Number(process.env.R ?? 30);
for (let r=0;r<R;r++) for (const t of texts) recognize(t, ctx);
