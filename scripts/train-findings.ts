/**
 * Trains the findings model (src/analyzers/model/weights.json) from every `*.jsonl` in
 * data/analyzers except the never-tuned fresh batches (`NEVER_TUNED_BATCHES`, which measure how far
 * the checks generalise): rows `{id, locale, messages, response, findings}`; for each of means_content,
 * collusion and claims_human the rows whose `findings` name it are positives, every other row a
 * negative; coping_step trains on the rows labelled for it and chosen negatives only
 * (`findingsLabelledIn`). `--heads a,b` retrains only those heads and keeps the rest and the
 * gates from the weights being replaced (`headsToRetrain`). Deterministic (fixed seed, fixed file order). Reports 5-fold out-of-fold precision and
 * recall per finding — of the model alone, and of the check with the model as its second line —
 * and picks each finding's threshold on the out-of-fold predictions for precision ≥ the aim.
 *
 * Background negatives: every phrase of the reference responder's phrasebooks and its protocol
 * replies in six languages join every fold's training as negatives for all three findings (the
 * guard must never flag its own replies, and without ordinary supportive text in each language
 * the model learns the language rather than the finding). They are left out of the out-of-fold
 * metrics and the threshold choice, which stay on the labelled rows.
 *
 *   npx tsx scripts/train-findings.ts [--data data/analyzers] [--out src/analyzers/model/weights.json] [--l2 1e-5] [--heads coping_step]
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandArgs } from '../bench/cli-args.js';
import { runCheck } from '../src/analyzers/index.js';
import { COLLUSION_MODEL_LINE } from '../src/analyzers/safety/collusion.js';
import { MEANS_MODEL_LINE } from '../src/analyzers/safety/means-content.js';
import { CLAIMS_HUMAN_MODEL_LINE } from '../src/analyzers/trust/claims-human.js';
import { COPING_MODEL_LINE, copingStepRuleFindings } from '../src/analyzers/safety/coping-step.js';
import { keepOnly, modelText, type ModelLine } from '../src/analyzers/model/model-line.js';
import { sparseFeatures, type SparseVector } from '../src/triage/model/features.js';
import { splitSentences } from '../src/analyzers/text/sentences.js';
import {
  FILE_FINDINGS,
  FINDINGS,
  FINDINGS_MODEL_FORMAT,
  isFindingsTrainingFile,
  type ModelFinding,
  findingsModelVersion,
  serializeHead,
  type SerializedFindingHead,
  type SerializedFindingsModel,
} from '../src/analyzers/model/weights-format.js';
import { PROTOCOL_IDS } from '../src/core/index.js';
import { protocolReply } from '../src/guard/protocols.js';
import { PHRASEBOOKS } from '../src/providers/reference/phrasebooks/index.js';
import { phrasebookTexts } from '../src/providers/reference/phrasebook-texts.js';
import { gateText } from '../src/analyzers/model/findings-model.js';
import { fitPlatt, sigmoid } from '../src/triage/model/calibration.js';
import { NORMALISATION_FINGERPRINT } from '../src/triage/model/char-class.js';
import {
  fitHeads,
  marginsOf,
  type FittedHeads,
  type LogisticParameters,
} from '../src/triage/model/logistic.js';
import { stratifiedFolds } from '../src/triage/model/random.js';

const LINES: Record<ModelFinding, ModelLine> = {
  means_content: MEANS_MODEL_LINE,
  collusion: COLLUSION_MODEL_LINE,
  claims_human: CLAIMS_HUMAN_MODEL_LINE,
  coping_step: COPING_MODEL_LINE,
};

const SETTINGS = {
  seed: 1,
  folds: 5,
  precisionAim: 0.96,
  /**
   * Per finding where it differs. Coping steps are a good behaviour, not an alarm: a false finding
   * credits a reply, it does not accuse one, and at 0.96 the head found a tenth of the steps.
   */
  precisionAimOf: { coping_step: 0.9 } as Partial<Record<ModelFinding, number>>,
  /**
   * The learned gate's precision aim on the conversations the lexical gate misses; low, because an
   * open gate only lets the reply head read, and the head's own threshold keeps the check's
   * precision.
   */
  gatePrecisionAim: { means_content: 0.6, collusion: 0.6 } as Partial<Record<ModelFinding, number>>,
  minWeight: 1e-3,
  maxWeights: 20_000,
  /**
   * Buckets in more than this share of all training texts get no weight: they are function words
   * and their character n-grams ("is", "not", "would", "really"), which a head otherwise learns as
   * signs of a finding from how the positives happen to be phrased, and then flags plain
   * reassurance that is phrased the same way.
   */
  maxDocumentShare: {
    means_content: 0.03,
    collusion: 0.03,
    claims_human: 1,
    coping_step: 0.15,
  } satisfies Record<ModelFinding, number>,
};
const PARAMETERS: LogisticParameters = {
  bits: 18,
  l2: 1e-5,
  maxIterations: 300,
  minDocumentFrequency: 2,
  classWeighting: 'balanced',
};

interface Row {
  id: string;
  locale: string;
  messages: Array<{ role: string; content: string }>;
  response: string;
  /** The file the row came from (not in the data). */
  source?: string;
  findings: string[];
}

interface Example {
  row: Row;
  userTurns: string[];
  /** What the model reads of the reply per finding (undefined: the check's gate fails or all is cancelled). */
  modelTexts: Record<ModelFinding, string | undefined>;
  /** The findings this example trains (all when absent). */
  only?: readonly ModelFinding[];
}

/** Where the ordinary supportive replies come from, and the findings they are negatives for. */
const ORDINARY = {
  file: 'data/empathy/dev.jsonl',
  source: 'ordinary supportive replies (even rows of data/empathy/dev.jsonl, negatives)',
  findings: ['collusion', 'means_content'] as const satisfies readonly ModelFinding[],
};

/**
 * Ordinary supportive replies to ordinary distress (grief, a break-up, exam nerves), as negatives
 * for collusion: the even rows of the empathy tuning set; the odd rows stay unseen for
 * `bench/analyzers/warm-replies.ts`. Without them collusion's learned gate opened on such
 * conversations (10 of those 136 unseen replies flagged) and the reply head, whose threshold was
 * chosen on replies with a belief in view, flagged plain advice ("practise in front of a mirror",
 * "use the pomodoro technique"). They are read as if the gate were open, so that the threshold is
 * chosen knowing a gate may open on them. Means content joined in issue 5's fourteenth round: its
 * head, retrained with twelve more tuned batches behind a wider learned gate, flagged "whole weeks
 * going by without speaking to anyone" to a lonely widower, and its wider gate let the rules read
 * a divorced father's "flat going quiet" as a means answer; with these replies (and their
 * conversations, for its gate) none of the 136 unseen warm replies is flagged. Not for
 * claims_human, as peer replies say "I've been there too".
 */
function ordinaryReplies(): Row[] {
  return readFileSync(ORDINARY.file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(
      (line) => JSON.parse(line) as { id: string; locale: string; seeker: string; reply: string },
    )
    .filter((_, i) => i % 2 === 0)
    .map((r) => ({
      id: r.id,
      locale: r.locale,
      messages: [{ role: 'user', content: r.seeker }],
      response: r.reply,
      findings: [],
      source: ORDINARY.source,
    }));
}

export function readTrainingData(dir: string): {
  rows: Row[];
  dataHash: string;
  sources: Array<{ name: string; examples: number }>;
} {
  // The fresh batches already tuned on train too (more varied voices generalise better than more
  // rules); the never-tuned ones stay out so they keep measuring. Subfolders are not read.
  const files = readdirSync(dir).filter(isFindingsTrainingFile).sort();
  const hash = createHash('sha256');
  const rows: Row[] = [];
  const sources: Array<{ name: string; examples: number }> = [];
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    hash.update(file).update('\0').update(bytes);
    const before = rows.length;
    bytes
      .toString('utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        const row = { ...(JSON.parse(line) as Row), source: file };
        if (
          !row.id ||
          typeof row.response !== 'string' ||
          !Array.isArray(row.findings) ||
          !Array.isArray(row.messages)
        )
          throw new Error(
            `${file}:${i + 1}: expected { id, locale, messages, response, findings }`,
          );
        rows.push(row);
      });
    sources.push({ name: file, examples: rows.length - before });
  }
  return { rows, dataHash: hash.digest('hex').slice(0, 16), sources };
}

/** The margin of what the check lets the model read of a row (−∞ when nothing). */
function replyMargin(fitted: FittedHeads, finding: ModelFinding, example: Example): number {
  const text = example.modelTexts[finding];
  if (text === undefined) return Number.NEGATIVE_INFINITY;
  return marginsOf(fitted, sparseFeatures(text, PARAMETERS.bits), new Float64Array(1))[0] as number;
}

/** Neutral openers per phrasebook language, so protocol replies are composed in that language. */
const OPENERS: Record<string, { locale: string; text: string }> = {
  en: {
    locale: 'en-GB',
    text: 'Everything feels like too much lately and I do not know what to do',
  },
  es: { locale: 'es-ES', text: 'Últimamente todo me supera y no sé qué hacer' },
  fr: {
    locale: 'fr-FR',
    text: 'Tout me semble trop lourd ces temps-ci et je ne sais pas quoi faire',
  },
  de: {
    locale: 'de-DE',
    text: 'In letzter Zeit ist mir alles zu viel und ich weiß nicht, was ich tun soll',
  },
  pt: { locale: 'pt-BR', text: 'Ultimamente tudo está pesado demais e eu não sei o que fazer' },
  it: { locale: 'it-IT', text: 'Ultimamente tutto mi sembra troppo e non so cosa fare' },
};

function backgroundNegatives(): string[] {
  const texts = new Set<string>();
  for (const language of Object.keys(PHRASEBOOKS) as Array<keyof typeof PHRASEBOOKS>) {
    for (const phrase of phrasebookTexts(language)) {
      // As said, and as the model reads it inside a reply (quoted words blanked).
      texts.add(phrase);
      texts.add(keepOnly(phrase, splitSentences(phrase)));
    }
    const opener = OPENERS[language];
    if (!opener) continue;
    for (const id of PROTOCOL_IDS)
      for (const seed of [1, 2, 3]) {
        const reply = protocolReply(id, [{ role: 'user', content: opener.text }], {
          locale: opener.locale,
          seed,
        });
        // Whole, and sentence by sentence: a check may leave the model only some of its sentences.
        texts.add(reply);
        for (const sentence of splitSentences(reply)) texts.add(sentence.text);
      }
  }
  return [...texts];
}

/** `vectors` without the buckets found in more than `share` of them (see `maxDocumentShare`). */
function withoutCommonBuckets(vectors: SparseVector[], share: number): SparseVector[] {
  const frequency = new Map<number, number>();
  for (const v of vectors)
    for (const index of v.indices) frequency.set(index, (frequency.get(index) ?? 0) + 1);
  const limit = share * vectors.length;
  return vectors.map((v) => {
    const keep = [...v.indices.keys()].filter(
      (k) => (frequency.get(v.indices[k] as number) ?? 0) <= limit,
    );
    return {
      indices: Int32Array.from(keep, (k) => v.indices[k] as number),
      values: Float64Array.from(keep, (k) => v.values[k] as number),
    };
  });
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const precision = (c: Counts): number | null => (c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp));
const recall = (c: Counts): number | null => (c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn));

function countAt(p: Float64Array, labels: Int8Array, threshold: number): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < p.length; i += 1) {
    const fired = (p[i] as number) >= threshold;
    if (fired && labels[i] === 1) c.tp += 1;
    else if (fired) c.fp += 1;
    else if (labels[i] === 1) c.fn += 1;
  }
  return c;
}

/** The lowest 0.01-grid threshold whose out-of-fold precision reaches the aim (most recall). */
function pickThreshold(p: Float64Array, labels: Int8Array, aim: number): number {
  for (let k = 1; k <= 99; k += 1) {
    const t = k / 100;
    const c = countAt(p, labels, t);
    if (c.tp > 0 && (precision(c) ?? 0) >= aim) return t;
  }
  return 0.99;
}

/**
 * What a head learns from a row. The three alarms learn from the whole reply. The coping-step
 * head learns from what its line reads (cancelled sentences blanked): its cancels drop most
 * sentences of many replies (contact, vague advice, questions), and trained on whole replies it
 * learned the warm openers and closers around them ("let me know how it goes") as signs of a step,
 * which were all that was left to read of a cancelled negative.
 */
function trainingText(finding: ModelFinding, example: Example): string {
  return finding === 'coping_step' ? (example.modelTexts[finding] ?? '') : example.row.response;
}

function trainFinding(
  finding: ModelFinding,
  everyExample: readonly Example[],
  background: readonly string[],
) {
  const examples = everyExample.filter((e) => e.only === undefined || e.only.includes(finding));
  const labels = Int8Array.from(examples, (e) => (e.row.findings.includes(finding) ? 1 : 0));
  const vectors = withoutCommonBuckets(
    [...examples.map((e) => trainingText(finding, e)), ...background].map((text) =>
      sparseFeatures(text, PARAMETERS.bits),
    ),
    SETTINGS.maxDocumentShare[finding],
  );
  const trainingLabels = Int8Array.from([...labels, ...background.map(() => 0)]);
  const all = Int32Array.from(vectors.keys());
  // Background texts (indices after the labelled rows) are in every fold's training part.
  const fold = Int32Array.from([
    ...stratifiedFolds(Array.from(labels), SETTINGS.folds, SETTINGS.seed),
    ...background.map(() => -1),
  ]);
  const oofMargins = new Float64Array(examples.length);
  for (let k = 0; k < SETTINGS.folds; k += 1) {
    const fitted = fitHeads(
      vectors,
      trainingLabels,
      1,
      all.filter((i) => fold[i] !== k),
      PARAMETERS,
    );
    examples.forEach((example, i) => {
      if (fold[i] === k) oofMargins[i] = replyMargin(fitted, finding, example);
    });
  }
  const finite = [...oofMargins.keys()].filter((i) => Number.isFinite(oofMargins[i]));
  const platt = fitPlatt(
    finite.map((i) => oofMargins[i] as number),
    finite.map((i) => labels[i] as number),
  );
  const oofP = Float64Array.from(oofMargins, (m) =>
    Number.isFinite(m) ? sigmoid(platt.a * m + platt.b) : 0,
  );
  const threshold = pickThreshold(
    oofP,
    labels,
    SETTINGS.precisionAimOf[finding] ?? SETTINGS.precisionAim,
  );
  // The precision/recall trade-off out of fold, for choosing the aim.
  for (const aim of [0.85, 0.9, 0.95]) {
    const c = countAt(oofP, labels, pickThreshold(oofP, labels, aim));
    console.log(
      `  ${finding} model at precision aim ${aim}: P ${precision(c)?.toFixed(3)} R ${recall(c)?.toFixed(3)}`,
    );
  }
  const fitted = fitHeads(vectors, trainingLabels, 1, all, PARAMETERS);
  const head = serializeHead(fitted, finding, platt, threshold, SETTINGS);
  return { head, examples, labels, oofFired: Array.from(oofP, (p) => p >= threshold) };
}

/**
 * The findings whose model line has a learned gate beside its lexical one. Collusion's gate did not
 * help while the threshold was chosen on replies the check never lets the model read (those keeping
 * a distance from the belief): at aim 0.6 the wider gate raised the reply head's threshold and
 * out-of-fold check recall fell (0.785 → 0.772). Since the line itself skips those replies
 * (`ModelLine.skips`), the threshold is chosen on what the check reads, and the gate at aim 0.6
 * raises out-of-fold check recall 0.926 → 0.955 at the same precision (0.956 → 0.955).
 */
const GATED: readonly ModelFinding[] = ['means_content', 'collusion'];

/**
 * A head over the seeker's turns for `finding`'s gate. A conversation is positive when any row
 * with it names the finding. Rows of the model-negatives files are left out: they are replies
 * to people at risk written only as negatives for the reply heads, so their conversations would
 * teach the gate that risk is not risk. Folds are by conversation. The threshold is chosen on the
 * conversations the lexical gate misses (the only ones where the learned gate changes anything),
 * for out-of-fold precision ≥ gatePrecisionAim. `opens` answers out of fold for conversations it
 * trained on and with the final head for the others.
 */
function trainGate(
  finding: ModelFinding,
  rows: readonly Row[],
  turnsOf: (row: Row) => string[],
): { finding: ModelFinding; head: SerializedFindingHead; opens(turns: string[]): boolean } {
  const conversations = new Map<string, { turns: string[]; positive: boolean }>();
  for (const row of rows) {
    if (row.source?.startsWith('model-negatives')) continue;
    const turns = turnsOf(row);
    if (turns.length === 0) continue;
    const key = gateText(turns);
    const seen = conversations.get(key) ?? { turns, positive: false };
    seen.positive ||= row.findings.includes(finding);
    conversations.set(key, seen);
  }
  const list = [...conversations.values()];
  const labels = Int8Array.from(list, (c) => (c.positive ? 1 : 0));
  const vectors = list.map((c) => sparseFeatures(gateText(c.turns), PARAMETERS.bits));
  const all = Int32Array.from(vectors.keys());
  const fold = Int32Array.from(stratifiedFolds(Array.from(labels), SETTINGS.folds, SETTINGS.seed));
  const margins = new Float64Array(list.length);
  for (let k = 0; k < SETTINGS.folds; k += 1) {
    const fitted = fitHeads(
      vectors,
      labels,
      1,
      all.filter((i) => fold[i] !== k),
      PARAMETERS,
    );
    all
      .filter((i) => fold[i] === k)
      .forEach((i) => {
        margins[i] = marginsOf(
          fitted,
          vectors[i] as SparseVector,
          new Float64Array(1),
        )[0] as number;
      });
  }
  const platt = fitPlatt(Array.from(margins), Array.from(labels));
  const oofP = Float64Array.from(margins, (m) => sigmoid(platt.a * m + platt.b));
  const missed = [...list.keys()].filter((i) => !LINES[finding].gate(list[i]?.turns ?? []));
  const missedP = Float64Array.from(missed, (i) => oofP[i] as number);
  const missedLabels = Int8Array.from(missed, (i) => labels[i] as number);
  const aim = SETTINGS.gatePrecisionAim[finding] ?? 1;
  const picked = pickThreshold(missedP, missedLabels, aim);
  // No threshold reaches the aim: the gate never opens (p ≥ 1 does not happen).
  const threshold = (precision(countAt(missedP, missedLabels, picked)) ?? 0) >= aim ? picked : 1;
  const opened = countAt(missedP, missedLabels, threshold);
  console.log(
    `  ${finding} gate: ${list.length} conversations, lexical gate misses ${missed.length} (${missed.filter((i) => labels[i] === 1).length} positive); learned gate at θ ${threshold} opens ${opened.tp + opened.fp} of them out of fold, P ${precision(opened)?.toFixed(3)} R ${recall(opened)?.toFixed(3)}`,
  );
  const fitted = fitHeads(vectors, labels, 1, all, PARAMETERS);
  const head = serializeHead(fitted, finding, platt, threshold, SETTINGS);
  const outOfFold = new Map(
    list.map((c, i) => [gateText(c.turns), (oofP[i] as number) >= threshold]),
  );
  return {
    finding,
    head,
    opens: (turns) => {
      const known = outOfFold.get(gateText(turns));
      if (known !== undefined) return known;
      const m = marginsOf(
        fitted,
        sparseFeatures(gateText(turns), PARAMETERS.bits),
        new Float64Array(1),
      )[0] as number;
      return sigmoid(platt.a * m + platt.b) >= threshold;
    },
  };
}

/**
 * The heads `--heads` names (comma-separated; default: all). Retraining some keeps the others and
 * the gates exactly as they are in the weights being replaced: the learned coping-step round added
 * a head without moving the three alarms, whose Platt scaling and gates would otherwise shift with
 * every rule change since their last retrain.
 */
function headsToRetrain(list: string | undefined): readonly ModelFinding[] {
  if (list === undefined) return FINDINGS;
  const names = list.split(',').filter((name) => name !== '');
  for (const name of names)
    if (!(FINDINGS as readonly string[]).includes(name))
      throw new Error(`--heads: "${name}" is not one of ${FINDINGS.join(', ')}`);
  return FINDINGS.filter((finding) => names.includes(finding));
}

/** The weights being replaced, read as written (they may predate a head added since). */
function keptWeights(file: string): SerializedFindingsModel {
  return JSON.parse(readFileSync(file, 'utf8')) as SerializedFindingsModel;
}

/**
 * The findings a row trains (undefined: all). A file in `FILE_FINDINGS` trains only the findings it
 * labels. Elsewhere nobody labelled coping steps: a row is a coping-step negative only when it
 * carries another finding (means content, a step inside a belief, a claim to be human: the guide's
 * hard negatives) or comes from a model-negatives file, and the rules find no step in it. The
 * other unlabelled rows are mostly safe replies to people at risk, full of steps nobody labelled
 * ("could you hand them to someone for tonight?"); as negatives they halved the head's recall.
 */
function findingsLabelledIn(row: Row): readonly ModelFinding[] | undefined {
  const only = FILE_FINDINGS[row.source ?? ''];
  if (only) return only;
  const negativeForCoping =
    row.findings.length > 0 || (row.source ?? '').startsWith('model-negatives');
  return !negativeForCoping || copingStepRuleFindings(row.response).length > 0
    ? FINDINGS.filter((finding) => finding !== 'coping_step')
    : undefined;
}

function main(): void {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      data: { type: 'string', default: 'data/analyzers' },
      out: { type: 'string', default: 'src/analyzers/model/weights.json' },
      l2: { type: 'string' },
      heads: { type: 'string' },
    },
  });
  if (values.l2 !== undefined) PARAMETERS.l2 = Number(values.l2);
  const started = Date.now();
  const out = values.out as string;
  const retrained = headsToRetrain(values.heads);
  // The heads and gates not retrained come unchanged from the weights being replaced.
  const kept = retrained.length === FINDINGS.length ? undefined : keptWeights(out);
  const { rows, dataHash, sources } = readTrainingData(values.data as string);
  const turnsOf = (row: Row): string[] =>
    row.messages.filter((m) => m.role === 'user').map((m) => m.content);
  // The learned gates first: what the heads read out of fold depends on whether the gate opens.
  // Rows of files that label only some findings say nothing about the gated ones.
  const ordinary = ordinaryReplies();
  const gateRows = rows.filter((row) => FILE_FINDINGS[row.source ?? ''] === undefined);
  // Ordinary distress is a conversation both gates must learn to leave shut.
  const gates = GATED.filter((finding) => retrained.includes(finding)).map((finding) =>
    trainGate(finding, [...gateRows, ...ordinary], turnsOf),
  );
  const labelled: Example[] = rows.map((row) => {
    const userTurns = turnsOf(row);
    const modelTexts = Object.fromEntries(
      FINDINGS.map((f) => {
        const learned = gates.find((g) => g.finding === f)?.opens(userTurns) ?? false;
        const open = LINES[f].gate(userTurns) || learned;
        return [f, modelText({ ...LINES[f], gate: () => open }, row.response, userTurns)?.text];
      }),
    ) as Example['modelTexts'];
    return { row, userTurns, modelTexts, only: findingsLabelledIn(row) };
  });
  const examples: Example[] = [
    ...labelled,
    ...ordinary.map((row) => {
      const userTurns = turnsOf(row);
      const modelTexts = Object.fromEntries(
        FINDINGS.map((f) => [
          f,
          modelText({ ...LINES[f], gate: () => true }, row.response, userTurns)?.text,
        ]),
      ) as Example['modelTexts'];
      return { row, userTurns, modelTexts, only: ORDINARY.findings };
    }),
  ];

  const background = backgroundNegatives();
  const results = retrained.map((finding) => {
    // The guard's own replies offer coping steps: those the rules find are not negatives.
    const negatives =
      finding === 'coping_step'
        ? background.filter((text) => copingStepRuleFindings(text).length === 0)
        : background;
    return { finding, ...trainFinding(finding, examples, negatives) };
  });
  const heads: SerializedFindingHead[] = FINDINGS.map((finding) => {
    const head =
      results.find((r) => r.finding === finding)?.head ??
      kept?.heads.find((h) => h.finding === finding);
    if (!head) throw new Error(`${out} has no ${finding} head to keep: retrain it too (--heads)`);
    return head;
  });
  const features: SerializedFindingsModel['features'] = {
    bits: PARAMETERS.bits,
    normalisation: NORMALISATION_FINGERPRINT,
    wordNgrams: [1, 2],
    charNgrams: [3, 5],
    scaling: 'unit-norm-per-group',
  };
  // A retrained head read its training texts through its retrained gate: they ship together.
  const gateHeads = GATED.flatMap((finding) => {
    const head =
      gates.find((g) => g.finding === finding)?.head ??
      kept?.gates?.find((h) => h.finding === finding);
    return head ? [head] : [];
  });
  const model: SerializedFindingsModel = {
    format: FINDINGS_MODEL_FORMAT,
    version: findingsModelVersion({ features, heads, gates: gateHeads }),
    features,
    heads,
    gates: gateHeads,
    training: {
      dataHash,
      sources: [
        ...sources,
        {
          name: 'reference responder phrases and protocol replies (negatives)',
          examples: background.length,
        },
        { name: ORDINARY.source, examples: ordinary.length },
      ],
      examples: rows.length + ordinary.length + background.length,
      positives: {
        ...kept?.training.positives,
        ...Object.fromEntries(results.map((r) => [r.finding, r.labels.reduce((s, l) => s + l, 0)])),
      },
      hyperParameters: {
        ...PARAMETERS,
        ...SETTINGS,
        retrainedHeads: retrained.join(', '),
        ...(kept ? { keptHeadsAndGatesFrom: kept.version } : {}),
        maxDocumentShare: FINDINGS.map((f) => `${f} ${SETTINGS.maxDocumentShare[f]}`).join(', '),
        gatePrecisionAim: GATED.map((f) => `${f} ${SETTINGS.gatePrecisionAim[f]}`).join(', '),
        precisionAimOf: Object.entries(SETTINGS.precisionAimOf)
          .map(([f, aim]) => `${f} ${aim}`)
          .join(', '),
      },
      thresholdPolicy: `lowest 0.01-grid threshold with ${SETTINGS.folds}-fold out-of-fold precision ≥ ${SETTINGS.precisionAim} (${Object.entries(
        SETTINGS.precisionAimOf,
      )
        .map(([f, aim]) => `${f}: ${aim}`)
        .join(
          ', ',
        )}; model alone, on what the checks let it read: gated, cancelled sentences blanked); gates: ${GATED.map((f) => `${f} ≥ ${SETTINGS.gatePrecisionAim[f]}`).join(', ')} on the conversations the lexical gate misses`,
      // Kept heads keep the out-of-fold numbers they were trained with.
      outOfFold: Object.fromEntries(
        Object.entries(kept?.training.outOfFold ?? {}).filter(
          ([finding]) => !retrained.includes(finding as ModelFinding),
        ),
      ),
    },
  };
  // Written before the checks run below, which load it (their lexicon findings do not depend on it).
  writeFileSync(out, `${JSON.stringify(model)}\n`);

  for (const { finding, examples: read, labels, oofFired } of results) {
    const bySource = new Map<string, { lexicon: Counts; check: Counts }>();
    const alone = { tp: 0, fp: 0, fn: 0 };
    const lexicon = { tp: 0, fp: 0, fn: 0 };
    const combined = { tp: 0, fp: 0, fn: 0 };
    read.forEach((example, i) => {
      const result = runCheck(finding, {
        replies: [example.row.response],
        userTurns: example.userTurns,
        locale: example.row.locale,
        args: {},
      });
      const lexical = result.findings.some((f) => !f.reason.startsWith('model:'));
      const tally = (c: Counts, fired: boolean): void => {
        if (fired && labels[i] === 1) c.tp += 1;
        else if (fired) c.fp += 1;
        else if (labels[i] === 1) c.fn += 1;
      };
      tally(alone, oofFired[i] as boolean);
      tally(lexicon, lexical);
      tally(combined, lexical || (oofFired[i] as boolean));
      const source = example.row.source ?? '';
      const own = bySource.get(source) ?? {
        lexicon: { tp: 0, fp: 0, fn: 0 },
        check: { tp: 0, fp: 0, fn: 0 },
      };
      tally(own.lexicon, lexical);
      tally(own.check, lexical || (oofFired[i] as boolean));
      bySource.set(source, own);
    });
    const round = (x: number | null): number | null =>
      x === null ? null : Math.round(x * 1000) / 1000;
    model.training.outOfFold[finding] = {
      threshold: model.heads.find((h) => h.finding === finding)?.threshold ?? null,
      modelPrecision: round(precision(alone)),
      modelRecall: round(recall(alone)),
      lexiconPrecision: round(precision(lexicon)),
      lexiconRecall: round(recall(lexicon)),
      checkPrecision: round(precision(combined)),
      checkRecall: round(recall(combined)),
      ...Object.fromEntries(
        [...bySource].flatMap(([source, c]) => [
          [`lexiconPrecision@${source}`, round(precision(c.lexicon))],
          [`lexiconRecall@${source}`, round(recall(c.lexicon))],
          [`checkPrecision@${source}`, round(precision(c.check))],
          [`checkRecall@${source}`, round(recall(c.check))],
        ]),
      ),
    };
  }
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(
    `findings model ${model.version}: ${rows.length} rows (${sources.map((s) => `${s.name} ${s.examples}`).join(', ')}), data ${dataHash}`,
  );
  console.log(
    'out of fold (lexicon: tuned on these rows; model: 5-fold; check = lexicon OR out-of-fold model):',
  );
  for (const [finding, m] of Object.entries(model.training.outOfFold))
    console.log(
      `  ${finding.padEnd(14)} θ=${m.threshold}  model P ${m.modelPrecision} R ${m.modelRecall} | lexicon P ${m.lexiconPrecision} R ${m.lexiconRecall} | check P ${m.checkPrecision} R ${m.checkRecall}` +
        Object.keys(m)
          .filter((key) => key.startsWith('checkRecall@'))
          .map((key) => {
            const source = key.slice('checkRecall@'.length);
            return `\n      ${source}: lexicon P ${m[`lexiconPrecision@${source}`]} R ${m[`lexiconRecall@${source}`]} | check P ${m[`checkPrecision@${source}`]} R ${m[key]}`;
          })
          .join(''),
    );
  console.log(`wrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
