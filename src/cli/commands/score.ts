import { Command } from 'commander';
import { z } from 'zod';
import {
  EPITOME_MECHANISMS,
  METRICS,
  ROLES,
  TandemError,
  profileSchema,
} from '../../core/index.js';
import { createLlmResponseScorer } from '../../eval/judges/llm-scorer.js';
import type { LlmResponseScore, LlmResponseScorer } from '../../eval/judges/llm-scorer.js';
import { responseContext } from '../../eval/response-context.js';
import type { ResponseInput } from '../../eval/response-context.js';
import { scoreResponse } from '../../eval/score.js';
import type { ScoredResponse } from '../../eval/score.js';
import { providerFor, readConfig, type GlobalOptions } from '../context.js';
import { processJsonLines } from '../jsonl.js';
import { EXIT } from '../shared.js';

type Scored = ScoredResponse | LlmResponseScore;
type Scorer = (input: ResponseInput) => Scored | Promise<Scored>;

const JUDGES = '"builtin" (default) or "llm:<provider>" (e.g. "llm:openai:gpt-4o-mini")';

/** `builtin` (the analysers, offline) or `llm:<provider spec>` (a model on the same rubric). */
function scorerFor(spec: string, options: GlobalOptions): Scorer {
  const trimmed = spec.trim();
  if (trimmed === 'builtin') return scoreResponse;
  const providerSpec = trimmed.startsWith('llm:') ? trimmed.slice(4).trim() : '';
  if (
    providerSpec === '' ||
    providerSpec === 'reference' ||
    providerSpec.startsWith('reference:')
  ) {
    throw new TandemError(
      'JUDGE_UNKNOWN',
      `Judge "${spec}" cannot score replies; use ${JUDGES}. The reference responder writes replies, it does not judge them.`,
    );
  }
  const scorer: LlmResponseScorer = createLlmResponseScorer(
    providerFor(providerSpec, options, readConfig(options)),
  );
  return (input) => scorer.score(input, responseContext(input));
}

const lineSchema = z.strictObject({
  id: z.unknown(),
  messages: z
    .array(z.strictObject({ role: z.enum(ROLES), content: z.string() }))
    .min(1)
    .refine((m) => m.some((x) => x.role === 'user'), 'needs at least one user message'),
  response: z.string(),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a BCP 47 tag like "en-GB" or "es"')
    .optional(),
  profile: profileSchema.optional(),
});

export function scoreCommand(): Command {
  return new Command('score')
    .description(
      'Score one reply on the HAAS-e metrics (CES, CSI, PAS, ASA, TRS), the EPITOME mechanisms and the violations, with spans',
    )
    .option(
      '--jsonl',
      'machine interface: {"id","messages","response"[,"locale","profile"]} per line on stdin, one result per line on stdout',
    )
    .option('--message <text>', "the seeker's message (for a person; with --response)")
    .option('--response <text>', 'the reply to score (for a person; with --message)')
    .option('--judge <judge>', `who decides the rubric: ${JUDGES}`, 'builtin')
    .option('--explain', 'with --jsonl: add each rubric decision and the mechanism spans')
    .option('--json', 'print the full result as JSON')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<
        GlobalOptions & {
          jsonl?: boolean;
          message?: string;
          response?: string;
          judge: string;
          explain?: boolean;
          json?: boolean;
        }
      >();
      const score = scorerFor(options.judge, options);
      if (options.jsonl) {
        await processJsonLines(process.stdin, process.stdout, (value) =>
          scoreLine(value, options.explain === true, score),
        );
        process.exitCode = EXIT.ok;
        return;
      }
      if (options.message === undefined || options.response === undefined) {
        throw new TandemError(
          'INPUT_INVALID',
          'give --message and --response, e.g. tandem score --message "i failed my exam" --response "That sounds so disappointing. What happened?", or use --jsonl',
        );
      }
      const scored = await score({
        messages: [{ role: 'user', content: options.message }],
        response: options.response,
      });
      process.stdout.write(
        options.json ? `${JSON.stringify(explained(scored), null, 2)}\n` : describeScore(scored),
      );
    });
}

export async function scoreLine(
  value: unknown,
  explain: boolean,
  score: Scorer = scoreResponse,
): Promise<Record<string, unknown>> {
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `expected {"id","messages":[{role,content}],"response"}: ${issue ? `${issue.path.join('.') || '(line)'}: ${issue.message}` : 'invalid'}`,
    );
  }
  const { id, messages, response, locale, profile } = parsed.data;
  const scored = await score({
    messages,
    response,
    ...(locale === undefined ? {} : { locale }),
    ...(profile === undefined ? {} : { profile }),
  });
  const out: Record<string, unknown> = {
    id: id ?? null,
    metrics: scored.metrics,
    mechanisms: scored.mechanisms,
    violations: scored.violations,
  };
  return explain ? { ...out, ...explained(scored) } : out;
}

function explained(scored: Scored): Record<string, unknown> {
  return {
    metrics: scored.metrics,
    mechanisms: scored.mechanisms,
    violations: scored.violations,
    judge: scored.judge,
    version: scored.version,
    locale: scored.locale,
    context: scored.context,
    items: scored.items.map((item) => {
      const verdict = scored.verdicts.find((v) => v.itemId === item.id);
      return {
        id: item.id,
        metric: item.metric,
        points: item.points,
        met: verdict?.met ?? null,
        evidence: verdict?.evidence ?? [],
      };
    }),
    mechanismEvidence: scored.mechanismEvidence,
  };
}

/** For a person: the five metrics, the mechanisms, then each decision with its span. */
export function describeScore(scored: Scored): string {
  const lines: string[] = [];
  for (const metric of METRICS) {
    const value = scored.metrics[metric];
    lines.push(`${metric}  ${value === null ? '  n/a' : value.toFixed(1).padStart(5)}`);
  }
  lines.push('');
  for (const mechanism of EPITOME_MECHANISMS) {
    const rating = scored.mechanismEvidence[mechanism];
    const quote = rating.evidence[0];
    lines.push(
      `${mechanism.padEnd(20)} ${rating.level ?? 'n/a'}${quote ? `  «${quote.span.text}» ${quote.reason}` : ''}`,
    );
  }
  lines.push('');
  if (scored.violations.length === 0) lines.push('violations  (none)');
  for (const v of scored.violations) {
    lines.push(
      `violation   ${v.metric} ${v.points}${v.critical ? ' CRITICAL' : ''} ${v.check}${v.span ? ` «${v.span.text}»` : ''} ${v.reason}`,
    );
  }
  lines.push('');
  for (const item of scored.items) {
    const verdict = scored.verdicts.find((v) => v.itemId === item.id);
    const mark = verdict?.met === true ? 'met' : verdict?.met === false ? '   ' : '?  ';
    lines.push(`  ${mark} ${String(item.points).padStart(3)} ${item.id}`);
  }
  lines.push('', `(${scored.version}; locale ${scored.locale})`, '');
  return lines.join('\n');
}
