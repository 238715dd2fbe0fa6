/**
 * EPITOME mechanism rating (`rateMechanisms`) on the project's tuning set data/empathy/dev.jsonl:
 * per-mechanism accuracy, macro-F1 over levels 0/1/2 and the confusion matrix, plus throughput on
 * ~500-character replies. The lexicons were tuned on this set, so these are tuning-set numbers,
 * not an estimate of accuracy on unseen replies.
 *
 *   npx tsx bench/analyzers/mechanisms-dev.ts [--data data/empathy/dev.jsonl] [--errors] [--json]
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from '../cli-args.js';
import { EPITOME_MECHANISMS } from '../../src/core/index.js';
import type { EpitomeMechanism, MechanismLevel } from '../../src/core/index.js';
import { rateMechanisms } from '../../src/analyzers/empathy/mechanisms.js';

interface Row {
  id: string;
  locale: string;
  seeker: string;
  reply: string;
  emotional_reactions: MechanismLevel;
  interpretations: MechanismLevel;
  explorations: MechanismLevel;
}

const LEVELS: readonly MechanismLevel[] = [0, 1, 2];

interface MechanismReport {
  accuracy: number;
  macroF1: number;
  /** confusion[gold][predicted] */
  confusion: number[][];
  perLevel: Array<{
    level: MechanismLevel;
    precision: number;
    recall: number;
    f1: number;
    n: number;
  }>;
}

function report(pairs: ReadonlyArray<readonly [MechanismLevel, MechanismLevel]>): MechanismReport {
  const confusion = LEVELS.map(() => LEVELS.map(() => 0));
  const cell = (g: number, p: number): number => confusion[g]?.[p] ?? 0;
  for (const [gold, predicted] of pairs) {
    const row = confusion[gold];
    if (row) row[predicted] = cell(gold, predicted) + 1;
  }
  const perLevel = LEVELS.map((level) => {
    const tp = cell(level, level);
    const predicted = LEVELS.reduce<number>((sum, g) => sum + cell(g, level), 0);
    const n = LEVELS.reduce<number>((sum, p) => sum + cell(level, p), 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = n === 0 ? 0 : tp / n;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { level, precision, recall, f1, n };
  });
  const correct = LEVELS.reduce<number>((sum, l) => sum + cell(l, l), 0);
  return {
    accuracy: correct / pairs.length,
    macroF1: perLevel.reduce((sum, l) => sum + l.f1, 0) / perLevel.length,
    confusion,
    perLevel,
  };
}

/** Replies of about `length` characters made by joining the set's own replies. */
function longReplies(
  rows: readonly Row[],
  length: number,
): Array<{ seeker: string; reply: string }> {
  const out: Array<{ seeker: string; reply: string }> = [];
  for (let i = 0; i < rows.length; i++) {
    let reply = '';
    for (let j = i; reply.length < length; j = (j + 1) % rows.length) {
      reply += `${(rows[j] as Row).reply} `;
    }
    out.push({ seeker: (rows[i] as Row).seeker, reply: reply.slice(0, length + 80).trim() });
  }
  return out;
}

/**
 * Replies per second on ~500-character replies. `warm`: consecutive replies to one seeker share
 * its reading, as the three checks of one conversation do; `cold`: every call reads a new seeker.
 */
function throughput(rows: readonly Row[]): { warm: number; cold: number; meanChars: number } {
  const inputs = longReplies(rows, 500);
  // Warm up the JIT and the regex native code before timing.
  for (const { seeker, reply } of inputs) rateMechanisms(seeker, reply, 'en');
  const rounds = Math.max(1, Math.ceil(20_000 / inputs.length));
  const time = (seekerOf: (seeker: string, call: number) => string): number => {
    let call = 0;
    const start = process.hrtime.bigint();
    for (let round = 0; round < rounds; round++) {
      for (const { seeker, reply } of inputs) rateMechanisms(seekerOf(seeker, call++), reply, 'en');
    }
    return call / (Number(process.hrtime.bigint() - start) / 1e9);
  };
  const warm = time((seeker) => seeker);
  const cold = time((seeker, call) => `${seeker} ${call % 2}`);
  const meanChars = inputs.reduce((sum, i) => sum + i.reply.length, 0) / inputs.length;
  return { warm, cold, meanChars };
}

function main(): void {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      data: { type: 'string', default: 'data/empathy/dev.jsonl' },
      errors: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const rows: Row[] = readFileSync(values.data, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);

  const pairs: Record<EpitomeMechanism, Array<[MechanismLevel, MechanismLevel]>> = {
    emotional_reactions: [],
    interpretations: [],
    explorations: [],
  };
  const errors: string[] = [];
  for (const row of rows) {
    const ratings = rateMechanisms(row.seeker, row.reply, row.locale);
    for (const mechanism of EPITOME_MECHANISMS) {
      const gold = row[mechanism];
      const predicted = ratings[mechanism].level;
      pairs[mechanism].push([gold, predicted]);
      if (gold !== predicted) {
        const why = ratings[mechanism].evidence.map((e) => e.reason).join(' | ') || 'no evidence';
        errors.push(
          `${row.id} ${mechanism} gold=${gold} predicted=${predicted}: ${row.reply.slice(0, 140)}\n    ${why}`,
        );
      }
    }
  }

  const results = Object.fromEntries(
    EPITOME_MECHANISMS.map((m) => [m, report(pairs[m])]),
  ) as Record<EpitomeMechanism, MechanismReport>;
  const speed = throughput(rows);

  if (values.json) {
    console.log(JSON.stringify({ rows: rows.length, results, throughput: speed }, null, 2));
    return;
  }
  console.log(`${values.data}: ${rows.length} rows`);
  for (const mechanism of EPITOME_MECHANISMS) {
    const r = results[mechanism];
    console.log(
      `\n${mechanism}: accuracy ${r.accuracy.toFixed(3)}  macro-F1 ${r.macroF1.toFixed(3)}`,
    );
    for (const l of r.perLevel) {
      console.log(
        `  level ${l.level}: n=${l.n} P=${l.precision.toFixed(2)} R=${l.recall.toFixed(2)} F1=${l.f1.toFixed(2)}`,
      );
    }
    console.log('  confusion (rows gold 0/1/2, columns predicted 0/1/2):');
    for (const level of LEVELS)
      console.log(`    ${level}: ${(r.confusion[level] as number[]).join('\t')}`);
  }
  console.log(
    `\nthroughput (one core, mean ${Math.round(speed.meanChars)} chars): ${Math.round(speed.warm)} replies/s with the seeker's reading reused, ${Math.round(speed.cold)} replies/s reading the seeker every call`,
  );
  if (values.errors) console.log(`\n${errors.join('\n')}`);
}

main();
