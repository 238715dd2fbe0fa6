/**
 * Triage speed on one core (Node runs it on one thread): messages per second for ~300-character
 * messages, and p50/p99 latency per message at ~300 and ~3,000 characters. Texts are built from the
 * held-out set's messages (only their text, for realistic vocabulary), joined to the target length;
 * `--pool` takes another JSONL file with a `text` field (e.g. the training set, to time a change
 * without touching the held-out set).
 *
 *   npx tsx bench/triage/speed.ts [--seconds 3] [--warmup 2] [--pool data/triage/train.jsonl] [--out bench/triage/results/speed.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { TRIAGE_VERSION, triageText } from '../../src/triage/index.js';
import { textsOfLength } from './texts.js';

function latencies(texts: string[], rounds: number): { p50: number; p99: number; max: number } {
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

function main(): void {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '2' },
      pool: { type: 'string', default: join('bench', 'triage', 'eval', 'messages.jsonl') },
      out: { type: 'string', default: join('bench', 'triage', 'results', 'speed.json') },
    },
  });
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
    triageVersion: TRIAGE_VERSION,
    node: process.version,
    pool: values.pool,
    at: new Date().toISOString(),
    messagesPerSecond300: Math.round(done / seconds),
    latencyMs300: latencies(short, 4),
    latencyMs3000: latencies(long, 5),
  };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

main();
