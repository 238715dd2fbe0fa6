/**
 * Triage speed on one core (Node runs it on one thread): messages per second for ~300-character
 * messages, and p50/p99 latency per message at ~300 and ~3,000 characters. Texts are built from the
 * held-out set's messages (only their text, for realistic vocabulary), joined to the target length;
 * `--pool` takes another JSONL file with a `text` field (e.g. the training set, to time a change
 * without touching the held-out set).
 *
 * It times the compiled engine in `dist/` — what `npx tandem` and the gateway run — and refuses to
 * run when a file under `src/` is newer than the build (run `npm run build` first). `--engine src`
 * times the TypeScript sources as tsx transforms them instead: tsx keeps every function's name with
 * a call per function created, which cost 9–16% CPU here, so those numbers are not the product's.
 *
 *   npm run build && npx tsx bench/triage/speed.ts [--seconds 3] [--warmup 2] [--pool data/triage/train.jsonl] [--engine dist|src] [--out bench/triage/results/speed.json]
 *
 * To time the engine with the gateway's young generation (what `npm start` runs):
 *
 *   NODE_OPTIONS=--max-semi-space-size=64 npx tsx bench/triage/speed.ts …
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCommandArgs } from '../cli-args.js';
import { getHeapSpaceStatistics } from 'node:v8';
import { textsOfLength } from './texts.js';

type TriageText = (text: string) => unknown;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The newest file under `dir` (path and modification time). */
function newestIn(dir: string): { path: string; mtimeMs: number } {
  let newest = { path: dir, mtimeMs: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const found = entry.isDirectory() ? newestIn(path) : { path, mtimeMs: statSync(path).mtimeMs };
    if (found.mtimeMs > newest.mtimeMs) newest = found;
  }
  return newest;
}

/** The engine to time: the compiled one (checked to be built from the current sources) or src. */
async function engine(which: string): Promise<{ triageText: TriageText; version: string }> {
  if (which === 'src') {
    const m = await import('../../src/triage/index.js');
    return { triageText: m.triageText, version: m.TRIAGE_VERSION };
  }
  if (which !== 'dist')
    throw new Error(`bench/triage/speed.ts: --engine must be dist or src, not "${which}"`);
  const built = join(ROOT, 'dist', 'triage', 'index.js');
  if (!existsSync(built))
    throw new Error(
      `bench/triage/speed.ts: ${relative(ROOT, built)} is missing: run \`npm run build\` first (or pass --engine src)`,
    );
  const source = newestIn(join(ROOT, 'src'));
  if (source.mtimeMs > statSync(built).mtimeMs)
    throw new Error(
      `bench/triage/speed.ts: ${relative(ROOT, source.path)} is newer than the build in dist/: run \`npm run build\` first (or pass --engine src)`,
    );
  const m = (await import(pathToFileURL(built).href)) as {
    triageText: TriageText;
    TRIAGE_VERSION: string;
  };
  return { triageText: m.triageText, version: m.TRIAGE_VERSION };
}

function latencies(
  triageText: TriageText,
  texts: string[],
  rounds: number,
): { p50: number; p99: number; max: number } {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      triageText(text);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(
      (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0) * 1000,
    ) / 1000;
  return { p50: at(0.5), p99: at(0.99), max: at(1) };
}

/** The new space's current size in MB (two semi-spaces; 32 with Node 20's default heap). */
function youngGenerationMB(): number {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return Math.round((space?.space_size ?? 0) / 2 ** 20);
}

async function main(): Promise<void> {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      seconds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '2' },
      pool: { type: 'string', default: join('bench', 'triage', 'eval', 'messages.jsonl') },
      out: { type: 'string', default: join('bench', 'triage', 'results', 'speed.json') },
      engine: { type: 'string', default: 'dist' },
    },
  });
  const { triageText, version } = await engine(values.engine);
  const pool = readFileSync(values.pool, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const short = textsOfLength(pool, 300, 500);
  const long = textsOfLength(pool, 3000, 200);
  // Warm up to a steady state, as a running gateway is: after one pass, throughput still rose
  // over the next few seconds while V8 optimised the hot paths.
  const warmUntil = Date.now() + Number(values.warmup) * 1000;
  do for (const t of [...short, ...long]) triageText(t);
  while (Date.now() < warmUntil);

  const deadline = Date.now() + Number(values.seconds) * 1000;
  let done = 0;
  const started = process.hrtime.bigint();
  while (Date.now() < deadline) {
    for (const t of short) triageText(t);
    done += short.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const result = {
    triageVersion: version,
    engine: values.engine,
    node: process.version,
    // The young generation sets how often a minor GC lands inside a timed message, so a result
    // says which it ran with (the gateway's start script sets --max-semi-space-size=64).
    nodeOptions: process.env.NODE_OPTIONS ?? '',
    youngGenerationMB: youngGenerationMB(),
    pool: values.pool,
    at: new Date().toISOString(),
    messagesPerSecond300: Math.round(done / seconds),
    latencyMs300: latencies(triageText, short, 4),
    latencyMs3000: latencies(triageText, long, 5),
  };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
