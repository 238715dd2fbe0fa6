/**
 * Measures the builtin analysers on the project's held-out labelled sets (bench/analyzers/
 * labelled/, see its README and the two LABELLING guides): per EPITOME mechanism accuracy,
 * macro-F1 and confusion against pass-1 labels; per finding precision and recall; the labellers'
 * own consistency (pass 1 vs pass 2); and replies scored per second by `scoreResponse`.
 *
 *   npx tsx bench/analyzers/labelled.ts                 # writes bench/analyzers/results/labelled.json
 *   npx tsx bench/analyzers/labelled.ts --out /tmp/x.json --failures
 *
 * Nobody tuning the analysers reads these sets or the failure list (`--failures` prints it for
 * the labelling review only); tuning sets live in data/empathy and data/analyzers.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandArgs } from '../cli-args.js';
import { z } from 'zod';
import { EPITOME_MECHANISMS, ROLES } from '../../src/core/index.js';
import type { EpitomeMechanism, MechanismLevel } from '../../src/core/index.js';
import { getCheck, rateMechanisms } from '../../src/analyzers/index.js';
import { cohenKappa } from '../../src/eval/agreement/index.js';
import { inferLocale, responseContext } from '../../src/eval/response-context.js';
import { scoreResponse } from '../../src/eval/score.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LABELLED_DIR = join(ROOT, 'bench', 'analyzers', 'labelled');
const DEFAULT_OUT = join(ROOT, 'bench', 'analyzers', 'results', 'labelled.json');

/** Findings whose recall the issue targets (≥ 0.90 at ≥ 0.85 precision). */
export const SAFETY_CRITICAL = ['means_content', 'collusion', 'claims_human'] as const;

/** The finding vocabulary of FINDINGS-LABELLING.md; each is a builtin check of the same name. */
export const FINDINGS = [
  'means_content',
  'collusion',
  'claims_human',
  'unsafe_messaging',
  'diagnosis',
  'medication_instruction',
  'compulsion_reassurance',
  'disordered_eating_help',
  'crisis_resources',
  'professional_referral',
  'coping_step',
  'ai_disclosure',
  'states_limits',
  'dependency_fostering',
  'misinformation',
  'stigma',
  'invasive_inference',
  'over_familiarity',
] as const;

const level = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export const mechanismPairSchema = z.object({
  id: z.string().min(1),
  locale: z.string().min(2),
  seeker: z.string().min(1),
  reply: z.string().min(1),
  emotional_reactions: level,
  interpretations: level,
  explorations: level,
});
export type MechanismPair = z.infer<typeof mechanismPairSchema>;

export const findingReplySchema = z.object({
  id: z.string().min(1),
  locale: z.string().min(2),
  messages: z.array(z.object({ role: z.enum(ROLES), content: z.string() })).min(1),
  response: z.string().min(1),
  findings: z.array(z.enum(FINDINGS)),
});
export type FindingReply = z.infer<typeof findingReplySchema>;

/** Reads a JSONL file; every bad line is reported as file:line: field: problem. */
export function readJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  const rows: T[] = [];
  const problems: string[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        problems.push(`${path}:${index + 1}: not JSON (${(error as Error).message})`);
        return;
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) rows.push(parsed.data);
      else
        problems.push(
          ...parsed.error.issues.map(
            (i) => `${path}:${index + 1}: ${i.path.join('.') || '(line)'}: ${i.message}`,
          ),
        );
    });
  if (problems.length > 0) throw new Error(problems.slice(0, 20).join('\n'));
  return rows;
}

export interface ClassReport {
  accuracy: number;
  macroF1: number;
  perLevel: Array<{ level: number; precision: number; recall: number; f1: number; n: number }>;
  /** confusion[label][predicted] */
  confusion: number[][];
  n: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function classReport(labels: readonly number[], predicted: readonly number[]): ClassReport {
  const confusion = [0, 1, 2].map(() => [0, 0, 0]);
  labels.forEach((label, i) => {
    confusion[label]![predicted[i]!]!++;
  });
  const perLevel = [0, 1, 2].map((k) => {
    const tp = confusion[k]![k]!;
    const predictedK = confusion.reduce((s, row) => s + row[k]!, 0);
    const actualK = confusion[k]!.reduce((s, x) => s + x, 0);
    const precision = ratio(tp, predictedK);
    const recall = ratio(tp, actualK);
    return {
      level: k,
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
      n: actualK,
    };
  });
  const present = perLevel.filter((p) => p.n > 0);
  return {
    accuracy: ratio(labels.filter((l, i) => l === predicted[i]).length, labels.length),
    macroF1: ratio(
      present.reduce((s, p) => s + p.f1, 0),
      present.length,
    ),
    perLevel,
    confusion,
    n: labels.length,
  };
}

export interface FindingReport {
  finding: string;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  positives: number;
}

/** Runs each finding's check as `tandem score` does: with the conversation's risk from triage. */
export function detectFindings(reply: FindingReply): Set<string> {
  const userTurns = reply.messages.filter((m) => m.role === 'user').map((m) => m.content);
  const { atRisk, voicedBelief } = responseContext({
    messages: reply.messages,
    response: reply.response,
  });
  const detected = new Set<string>();
  for (const finding of FINDINGS) {
    const result = getCheck(finding).run({
      replies: [reply.response],
      userTurns,
      locale: reply.locale,
      seekerAtRisk: atRisk,
      seekerVoicedBelief: voicedBelief,
      args: {},
    });
    if (result.detected) detected.add(finding);
  }
  return detected;
}

export function findingReports(
  replies: readonly FindingReply[],
  detected: ReadonlyArray<ReadonlySet<string>>,
): FindingReport[] {
  return FINDINGS.map((finding) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    replies.forEach((reply, i) => {
      const labelled = reply.findings.includes(finding);
      const found = detected[i]!.has(finding);
      if (labelled && found) tp++;
      else if (found) fp++;
      else if (labelled) fn++;
    });
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return {
      finding,
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
      tp,
      fp,
      fn,
      positives: tp + fn,
    };
  });
}

/** Pass 1 vs pass 2 of the labellers: exact agreement and Cohen's κ per label. */
function consistency(): Record<string, unknown> | null {
  const m2 = join(LABELLED_DIR, 'mechanisms.pass2.jsonl');
  const f2 = join(LABELLED_DIR, 'findings.pass2.jsonl');
  if (!existsSync(m2) || !existsSync(f2)) return null;
  const pass1m = new Map(
    readJsonl(join(LABELLED_DIR, 'mechanisms.jsonl'), mechanismPairSchema).map((p) => [p.id, p]),
  );
  const pass2m = readJsonl(m2, mechanismPairSchema).filter((p) => pass1m.has(p.id));
  const mechanisms = Object.fromEntries(
    EPITOME_MECHANISMS.map((mechanism) => {
      const a = pass2m.map((p) => pass1m.get(p.id)![mechanism]);
      const b = pass2m.map((p) => p[mechanism]);
      return [
        mechanism,
        {
          n: a.length,
          exact: ratio(a.filter((x, i) => x === b[i]).length, a.length),
          kappa: cohenKappa(a, b),
          quadraticKappa: cohenKappa(a, b, { weights: 'quadratic', categories: [0, 1, 2] }),
        },
      ];
    }),
  );
  const pass1f = new Map(
    readJsonl(join(LABELLED_DIR, 'findings.jsonl'), findingReplySchema).map((r) => [r.id, r]),
  );
  const pass2f = readJsonl(f2, findingReplySchema).filter((r) => pass1f.has(r.id));
  const findings = Object.fromEntries(
    FINDINGS.map((finding) => {
      const a = pass2f.map((r) => (pass1f.get(r.id)!.findings.includes(finding) ? 1 : 0));
      const b = pass2f.map((r) => (r.findings.includes(finding) ? 1 : 0));
      const agree = a.filter((x, i) => x === b[i]).length;
      let kappa: number | null = null;
      try {
        kappa = cohenKappa(a, b);
      } catch {
        kappa = null; // one label everywhere in both passes: κ is undefined
      }
      return [finding, { n: a.length, exact: ratio(agree, a.length), kappa }];
    }),
  );
  return { mechanisms, findings };
}

export function measure(options: { failures?: boolean } = {}): Record<string, unknown> {
  const pairs = readJsonl(join(LABELLED_DIR, 'mechanisms.jsonl'), mechanismPairSchema);
  const replies = readJsonl(join(LABELLED_DIR, 'findings.jsonl'), findingReplySchema);

  const predicted = pairs.map((p) => rateMechanisms(p.seeker, p.reply, p.locale));
  const mechanisms = Object.fromEntries(
    EPITOME_MECHANISMS.map((m: EpitomeMechanism) => [
      m,
      classReport(
        pairs.map((p) => p[m]),
        predicted.map((r) => r[m].level as MechanismLevel),
      ),
    ]),
  );
  const detected = replies.map(detectFindings);
  const findings = findingReports(replies, detected);

  if (options.failures) {
    pairs.forEach((p, i) => {
      for (const m of EPITOME_MECHANISMS) {
        if (p[m] !== predicted[i]![m].level)
          process.stdout.write(`${p.id} ${m}: label ${p[m]}, rated ${predicted[i]![m].level}\n`);
      }
    });
    replies.forEach((r, i) => {
      for (const f of FINDINGS) {
        const labelled = r.findings.includes(f);
        if (labelled !== detected[i]!.has(f))
          process.stdout.write(`${r.id} ${f}: ${labelled ? 'missed' : 'false alarm'}\n`);
      }
    });
  }

  // Speed: the whole builtin scorer (rubric + mechanisms) on every reply of both sets.
  const inputs = [
    ...pairs.map((p) => ({
      messages: [{ role: 'user' as const, content: p.seeker }],
      response: p.reply,
    })),
    ...replies.map((r) => ({ messages: r.messages, response: r.response, locale: r.locale })),
  ];
  for (const input of inputs.slice(0, 50)) scoreResponse(input); // warm up
  const rounds = 3;
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) for (const input of inputs) scoreResponse(input);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  return {
    measuredAt: new Date().toISOString(),
    sets: {
      mechanisms: {
        pairs: pairs.length,
        file: relative(ROOT, join(LABELLED_DIR, 'mechanisms.jsonl')),
      },
      findings: {
        replies: replies.length,
        file: relative(ROOT, join(LABELLED_DIR, 'findings.jsonl')),
      },
    },
    mechanisms,
    findings,
    safetyCritical: findings.filter((f) =>
      (SAFETY_CRITICAL as readonly string[]).includes(f.finding),
    ),
    consistency: consistency(),
    speed: {
      replies: inputs.length * rounds,
      seconds,
      repliesPerSecond: (inputs.length * rounds) / seconds,
      localeInferredExample: inferLocale(inputs[0]!),
    },
  };
}

function main(): void {
  const { values } = parseCommandArgs(import.meta.url, {
    options: { out: { type: 'string' }, failures: { type: 'boolean' } },
  });
  if (!existsSync(join(LABELLED_DIR, 'mechanisms.jsonl'))) {
    process.stdout.write(`skip: ${LABELLED_DIR} has no labelled sets\n`);
    return;
  }
  const result = measure({ failures: values.failures === true });
  const out = values.out ?? DEFAULT_OUT;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  const mech = result.mechanisms as Record<string, ClassReport>;
  for (const m of EPITOME_MECHANISMS)
    process.stdout.write(
      `${m.padEnd(20)} accuracy ${mech[m]!.accuracy.toFixed(3)}  macro-F1 ${mech[m]!.macroF1.toFixed(3)}  (n=${mech[m]!.n})\n`,
    );
  for (const f of result.findings as FindingReport[])
    process.stdout.write(
      `${f.finding.padEnd(24)} P ${f.precision.toFixed(2)}  R ${f.recall.toFixed(2)}  (positives ${f.positives}, fp ${f.fp})\n`,
    );
  const speed = result.speed as { repliesPerSecond: number };
  process.stdout.write(`speed ${speed.repliesPerSecond.toFixed(0)} replies/s\nwrote ${out}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
