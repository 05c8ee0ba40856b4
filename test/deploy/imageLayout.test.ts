import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { builtinModules } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { BotClient, cardOf, cardTexts } from '../support/botClient';
import { freePort } from '../support/freePort';
import { copyArgs, envPairs, execForm, parseDockerfile, type Stage } from './dockerfile';

/**
 * No Docker engine runs where the tests do, so this lays out the image's file system the
 * way deploy/Dockerfile says (its COPY lines, its ENV, its WORKDIR, through .dockerignore),
 * with the build stage's output produced by the same compiler run, and then starts the
 * image's CMD and HEALTHCHECK for real. It catches what a plain `tsc` build cannot: data
 * files the compiled code reads beside itself that never reach the image.
 */

const ROOT = join(__dirname, '..', '..');
const dockerfile = readFileSync(join(ROOT, 'deploy', 'Dockerfile'), 'utf8');
const stages = parseDockerfile(dockerfile);
const buildStage = stages[0];
const finalStage = stages[stages.length - 1];
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

function args(stage: Stage, keyword: string): string[] {
  return stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
}

function workdir(stage: Stage): string {
  const dirs = args(stage, 'WORKDIR');
  if (dirs.length !== 1) throw new Error(`expected one WORKDIR, got ${dirs.length}`);
  return dirs[0];
}

/** .dockerignore as Docker reads it: last matching line wins, "!" re-includes. Enough for top-level patterns. */
function inBuildContext(path: string): boolean {
  const lines = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  let included = true;
  for (const line of lines) {
    const negated = line.startsWith('!');
    const pattern = (negated ? line.slice(1) : line).replace(/\/$/, '');
    const matches = pattern === '*' || path === pattern || path.startsWith(`${pattern}/`);
    if (matches) included = negated;
  }
  return included;
}

/** Context paths a COPY source names: a file, a folder, or a `*` in the last segment. */
function expandSource(source: string): string[] {
  const clean = source.replace(/\/$/, '');
  if (!clean.includes('*')) return [clean];
  const dir = posix.dirname(clean);
  const re = new RegExp(`^${posix.basename(clean).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return readdirSync(join(ROOT, dir))
    .filter((name) => re.test(name))
    .map((name) => posix.join(dir, name));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the image deploy/Dockerfile describes', () => {
  let sandbox: string;
  let appDir: string;
  let env: Record<string, string>;
  let child: ChildProcess | undefined;
  let output = '';
  let port: number;

  const withPaths = (value: string): string => (value.startsWith('/') ? join(sandbox, value) : value);

  beforeAll(() => {
    sandbox = mkdtempSync(join(tmpdir(), 'assistant-image-'));
    const buildDir = join(sandbox, 'build');

    // The build stage: `npm run build`, which is tsc with the build config, writing <WORKDIR>/dist.
    expect(args(buildStage, 'RUN')).toContain('npm run build');
    expect(packageJson.scripts.build).toBe('tsc -p tsconfig.build.json');
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(buildDir, 'dist')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (tsc.status !== 0) throw new Error(`build failed:\n${tsc.stdout}${tsc.stderr}`);

    // The final stage, instruction by instruction.
    appDir = withPaths(workdir(finalStage));
    mkdirSync(appDir, { recursive: true });
    env = {};
    for (const instruction of finalStage.instructions) {
      if (instruction.keyword === 'ENV') for (const [k, v] of envPairs(instruction.args)) env[k] = v;
      if (instruction.keyword !== 'COPY') continue;
      const { flags, sources, dest } = copyArgs(instruction.args);
      const target = posix.isAbsolute(dest) ? withPaths(dest) : join(appDir, dest);
      // Docker copies a folder's contents into the destination, and a file into a destination ending in "/".
      const copyInto = (src: string): void => {
        if (statSync(src).isDirectory()) cpSync(src, target, { recursive: true });
        else if (dest.endsWith('/')) {
          mkdirSync(target, { recursive: true });
          cpSync(src, join(target, posix.basename(src)));
        } else {
          mkdirSync(dirname(target), { recursive: true });
          cpSync(src, target);
        }
      };
      for (const source of sources) {
        if (flags.from !== undefined) {
          expect(flags.from).toBe(buildStage.name);
          copyInto(join(buildDir, posix.relative(workdir(buildStage), source)));
          continue;
        }
        for (const path of expandSource(source)) {
          if (!inBuildContext(path)) throw new Error(`${path} is copied into the image but .dockerignore leaves it out of the build context`);
          copyInto(join(ROOT, path));
        }
      }
    }
    // `npm ci --omit=dev`: the repository's own node_modules stands in unless IMAGE_TEST_NODE_MODULES names
    // a tree that command installed elsewhere (it needs the registry); a test below checks the imports.
    expect(args(finalStage, 'RUN').some((r) => r.includes('npm ci --omit=dev'))).toBe(true);
    symlinkSync(process.env.IMAGE_TEST_NODE_MODULES ?? join(ROOT, 'node_modules'), join(appDir, 'node_modules'), 'dir');
    if (env.DATA_DIR) mkdirSync(withPaths(env.DATA_DIR), { recursive: true });
  }, 120000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (sandbox) rmSync(sandbox, { recursive: true, force: true });
  }, 30000);

  test('ships the card templates beside the compiled card code', () => {
    const compiled = join(appDir, 'dist', 'cards', 'cardTemplates.js');
    expect(existsSync(compiled)).toBe(true);
    // The names the code asks for, read from the compiled module itself.
    const { CARD_NAMES } = require(compiled) as { CARD_NAMES: string[] };
    expect(CARD_NAMES.length).toBeGreaterThan(0);
    for (const name of CARD_NAMES) expect(existsSync(join(appDir, 'dist', 'cards', `${name}.json`))).toBe(true);
  });

  test('ships the trained intent model beside the compiled recogniser', () => {
    const compiled = join(appDir, 'dist', 'src', 'nlu', 'intentModel.js');
    const { storedModel, MODEL_FILE } = require(compiled) as { storedModel: () => { classes: string[] } | null; MODEL_FILE: string };
    // Without it the recogniser still answers, from its phrase rules alone: nothing else would notice.
    expect(MODEL_FILE).toBe(join(appDir, 'dist', 'src', 'nlu', 'intentModel.json'));
    expect(storedModel()?.classes).toContain('oos');
  });

  test('needs nothing at run time beyond the production dependencies', () => {
    const allowed = new Set([...builtinModules, ...Object.keys(packageJson.dependencies)]);
    const missing = new Set<string>();
    for (const file of filesUnder(join(appDir, 'dist')).filter((f) => f.endsWith('.js'))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/require\("([^"./][^"]*)"\)/g)) {
        const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (!allowed.has(name)) missing.add(`${specifier} (${relative(appDir, file)})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  test('runs as a non-root user and exposes the bot port', () => {
    const user = args(finalStage, 'USER');
    expect(user).toHaveLength(1);
    expect(['root', '0']).not.toContain(user[0]);
    expect(args(finalStage, 'EXPOSE')).toEqual(['3978']);
    expect(buildStage.image).toMatch(/^node:22/);
    expect(finalStage.image).toMatch(/^node:22/);
  });

  test('starts with its CMD, passes its HEALTHCHECK and answers on /api/messages with a card', async () => {
    const cmd = execForm(args(finalStage, 'CMD')[0]);
    port = await freePort();
    const runEnv: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? sandbox,
      ...Object.fromEntries(Object.entries(env).map(([k, v]) => [k, withPaths(v)])),
      PORT: String(port),
      // The image's default configuration runs the local Graph stand-in, which reads its certificate beside the compiled code.
      SIM_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    };
    const [command, ...rest] = cmd;
    child = spawn(command === 'node' ? process.execPath : command, rest, { cwd: appDir, env: runEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));

    const deadline = Date.now() + 60000;
    let healthy = false;
    while (!healthy && Date.now() < deadline && child.exitCode === null) {
      healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (!healthy) await new Promise((r) => setTimeout(r, 250));
    }
    if (!healthy) throw new Error(`the image's CMD did not become healthy:\n${output}`);

    const healthcheck = /CMD\s+(\[.*\])\s*$/.exec(args(finalStage, 'HEALTHCHECK')[0] ?? '');
    expect(healthcheck).not.toBeNull();
    const [hcCommand, ...hcArgs] = execForm(healthcheck![1]);
    expect(hcCommand).toBe('node'); // slim images have no curl
    const passing = spawnSync(process.execPath, hcArgs, { env: runEnv, timeout: 10000 });
    expect(passing.status).toBe(0);
    const closedPort = await freePort();
    const failing = spawnSync(process.execPath, hcArgs, { env: { ...runEnv, PORT: String(closedPort) }, timeout: 10000 });
    expect(failing.status).not.toBe(0);

    const replies = await new BotClient(`http://127.0.0.1:${port}`).say('help');
    expect(replies).toHaveLength(1);
    expect(cardTexts(cardOf(replies[0]))[0]).toBe("Here's what I can do");
  }, 90000);
});
