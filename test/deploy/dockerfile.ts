/** One instruction of a Dockerfile, continuation lines joined. */
export interface Instruction {
  keyword: string;
  /** Everything after the keyword. */
  args: string;
}

export interface Stage {
  image: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Stages in order, each with the instructions after its FROM. Comments, parser directives and blank lines dropped. */
export function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const line of text.split('\n')) {
    if (pending === '' && /^\s*#/.test(line)) continue;
    if (/\\\s*$/.test(line)) {
      pending += line.replace(/\\\s*$/, ' ');
      continue;
    }
    const whole = (pending + line).trim();
    pending = '';
    if (whole !== '') logical.push(whole);
  }
  const stages: Stage[] = [];
  for (const line of logical) {
    const m = /^(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const keyword = m[1].toUpperCase();
    const args = m[2].trim();
    if (keyword === 'FROM') {
      const from = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from) throw new Error(`cannot read FROM ${args}`);
      stages.push({ image: from[1], name: from[2], instructions: [] });
    } else {
      const stage = stages[stages.length - 1];
      if (!stage) throw new Error(`${keyword} before any FROM`);
      stage.instructions.push({ keyword, args });
    }
  }
  return stages;
}

/** The words of a CMD/RUN/HEALTHCHECK CMD in exec form (a JSON array). */
export function execForm(args: string): string[] {
  const words: unknown = JSON.parse(args);
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) throw new Error(`not exec form: ${args}`);
  return words as string[];
}

/** ENV key=value pairs (the legacy "ENV key value" form included). */
export function envPairs(args: string): Array<[string, string]> {
  if (!args.includes('=')) {
    const [key, ...rest] = args.split(/\s+/);
    return [[key, rest.join(' ')]];
  }
  return [...args.matchAll(/(\S+?)=("(?:[^"\\]|\\.)*"|\S*)/g)].map(([, key, value]) => [key, value.startsWith('"') ? (JSON.parse(value) as string) : value]);
}

/** COPY's flags (--from=build, --chown=...) and its sources and destination. */
export function copyArgs(args: string): { flags: Record<string, string>; sources: string[]; dest: string } {
  const words = args.split(/\s+/);
  const flags: Record<string, string> = {};
  while (words[0]?.startsWith('--')) {
    const [key, value] = words.shift()!.slice(2).split('=');
    flags[key] = value ?? '';
  }
  const dest = words.pop();
  if (dest === undefined || words.length === 0) throw new Error(`COPY needs a source and a destination: ${args}`);
  return { flags, sources: words, dest };
}
