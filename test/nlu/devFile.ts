import * as fs from 'node:fs';
import * as path from 'node:path';

/** The HWU64 development file the recogniser is measured on (docs/NLU.md), in the shared data beside the project. */
export const DEV_FILE = path.resolve(__dirname, '../../../shared/data/nlu/hwu64-dev.jsonl');

export interface DevLine {
  text: string;
  label: string;
}

let lines: DevLine[] | undefined;

/** Its lines, in order. A missing file fails the test that asks, rather than passing it unchecked. */
export function devLines(): DevLine[] {
  lines ??= fs
    .readFileSync(DEV_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as DevLine);
  return lines;
}

/** Its texts, in order. */
export function devTexts(): string[] {
  return devLines().map((l) => l.text);
}
