import * as fs from 'node:fs';
import { recognize } from '../src/nlu';
import { MESSAGE_GATES } from '../src/nlu/regexGate';
const texts = fs.readFileSync('/work/shared/data/nlu/hwu64-dev.jsonl','utf8').split('\n').filter(l=>l.trim()).map(l=>JSON.parse(l).text as string);
const ctx = { now: new Date('2026-11-19T14:00:00Z'), timeZone: 'America/New_York' };
const g: any = MESSAGE_GATES;
const orig = g.scan.bind(g);
let calls=0, chars=0, newScans=0; const seenTexts = new Set<string>();
for (const t of texts) recognize(t, ctx);
g.scan = (t: string) => { calls++; if (!g.scans.some((s: any)=>s.text===t)) { newScans++; chars+=t.length; } return orig(t); };
for (const t of texts) recognize(t, ctx);
console.log({calls: calls/texts.length, newScans: newScans/texts.length, chars: chars/texts.length, avgLen: texts.reduce((a,t)=>a+t.length,0)/texts.length});
g.scan = orig;
const auto = g.uncapitalised;
console.log('symbols', auto.symbols, 'dense', auto.dense, 'states', auto.info.length/ 4, 'rows', auto.rows.length, auto.rows.constructor.name);
// time the scans alone
const lows = texts.map(t=>t.toLowerCase());
for (let r=0;r<5;r++){ const a=process.hrtime.bigint(); for (let k=0;k<10;k++) for (const t of lows) { g.scans.forEach((s:any)=>s.text=undefined); orig(t);} console.log('ns/scan', Number(process.hrtime.bigint()-a)/lows.length/10); }
import * as chrono from 'chrono-node';
const ref = { instant: ctx.now, timezone: -300 };
for (let r=0;r<6;r++){ let a=process.hrtime.bigint(); for (const t of texts) recognize(t,ctx); const x=Number(process.hrtime.bigint()-a)/texts.length; a=process.hrtime.bigint(); for (const t of texts) chrono.parse(t,ref); const y=Number(process.hrtime.bigint()-a)/texts.length; console.log('recognize ns', x.toFixed(0), 'chrono', y.toFixed(0), (x/y).toFixed(2)); }
