import * as fs from 'node:fs';
const [A, B] = process.argv.slice(2);
const ra = require(A + '/src/nlu').recognize, rb = require(B + '/src/nlu').recognize;
const texts = fs.readFileSync('/work/shared/data/nlu/hwu64-dev.jsonl','utf8').split('\n').filter(l=>l.trim()).map(l=>JSON.parse(l).text as string);
const ctx = { now: new Date('2026-11-19T14:00:00Z'), timeZone: 'America/New_York' };
const run = (f: any) => { const a = process.hrtime.bigint(); for (const t of texts) f(t, ctx); return Number(process.hrtime.bigint() - a) / texts.length; };
for (let i = 0; i < 6; i++) { run(ra); run(rb); }
const R = Number(process.env.R ?? 16); const ratios: number[] = []; let sa = 0, sb = 0;
for (let i = 0; i < R; i++) { let a, b; if (i % 2) { a = run(ra); b = run(rb); } else { b = run(rb); a = run(ra); } ratios.push(b / a); sa += a; sb += b; }
ratios.sort((x, y) => x - y);
console.log(`A ${(sa/R/1000).toFixed(1)} µs  B ${(sb/R/1000).toFixed(1)} µs  B/A median ${ratios[R>>1].toFixed(3)} range ${ratios[0].toFixed(3)}–${ratios[R-1].toFixed(3)}`);
