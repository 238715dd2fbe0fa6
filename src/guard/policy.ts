/**
 * The guard's policy: what to do with a turn, given its triage, the conditions found and the
 * deployment's ecological area. A YAML (or JSON) file, validated with source positions so every
 * mistake is reported as `file:line:col: field: expected …, got …` (POLICY_INVALID), documented in
 * docs/policy.md; the default is `policies/default.yaml`.
 *
 * A policy is a table: for each risk category and triage level (and for the `ocd_reassurance`
 * condition) a rule `{action, protocol?, escalate?}`; `areas` override rules per area; `fallback`
 * answers any category or level the table leaves out; `sla` sets the escalation due time per
 * level.
 *
 * When several rules apply (a conversation can carry several categories), the most severe action
 * wins (block > replace > amend > guide > pass) and any escalating rule escalates. Not "first
 * match": in a list, a benign rule written above a severe one would silently hide it, and the
 * order of a table's keys carries no meaning a reader can see. The protocol is the winning rule's
 * own when it names one, otherwise the conversation's (`protocolFor`, the same choice the
 * reference responder makes).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  AREAS,
  POLICY_ACTIONS,
  PROTOCOL_IDS,
  RISK_CATEGORIES,
  RISK_LEVELS,
  TandemError,
  type Area,
  type ConditionSignal,
  type PolicyAction,
  type PolicyDecision,
  type ProtocolId,
  type RiskCategory,
  type RiskLevel,
  type Triage,
} from '../core/index.js';
import {
  describeValue,
  formatProblem,
  locateDrafts,
  readSource,
  sortProblems,
  validateAgainst,
  type PathSegment,
  type ProblemDraft,
  type SourceProblem,
} from '../core/source/index.js';
import { packagePath } from '../nlp/package-root.js';
import { protocolFor } from './protocols.js';

export const DEFAULT_POLICY_FILE = packagePath('policies', 'default.yaml');

/** The policy format this build reads. */
export const POLICY_FORMAT_VERSION = 1;

export const POLICY_CONDITIONS = ['ocd_reassurance'] as const;
export type PolicyCondition = (typeof POLICY_CONDITIONS)[number];

const DURATION = /^([1-9]\d*)(s|m|h|d)$/;
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

const ruleSchema = z.strictObject({
  action: z.enum(POLICY_ACTIONS),
  protocol: z.enum(PROTOCOL_IDS).optional(),
  escalate: z.boolean().optional(),
});
export type PolicyRule = z.infer<typeof ruleSchema>;

const levelsSchema = z.strictObject(
  Object.fromEntries(RISK_LEVELS.map((level) => [level, ruleSchema.optional()])) as Record<
    RiskLevel,
    z.ZodOptional<typeof ruleSchema>
  >,
);
const categoriesSchema = z.strictObject(
  Object.fromEntries(RISK_CATEGORIES.map((c) => [c, levelsSchema.optional()])) as Record<
    RiskCategory,
    z.ZodOptional<typeof levelsSchema>
  >,
);
const conditionsSchema = z.strictObject({ ocd_reassurance: ruleSchema.optional() });
const areaSchema = z.strictObject({
  categories: categoriesSchema.optional(),
  conditions: conditionsSchema.optional(),
  fallback: ruleSchema.optional(),
  /**
   * Replies wait for a clinician's approval (co-created drafts) below high risk; at high and
   * imminent risk the protocol's reply goes out at once.
   */
  approval: z.boolean().optional(),
});
const slaSchema = z.strictObject(
  Object.fromEntries(
    RISK_LEVELS.map((level) => [
      level,
      z.string().regex(DURATION, 'a duration such as 5m, 15m, 4h or 1d').optional(),
    ]),
  ) as Record<RiskLevel, z.ZodOptional<z.ZodString>>,
);

/** The policy file's contract (also the source of `schemas/policy.schema.json`). */
export const policyFileSchema = z.strictObject({
  version: z.literal(POLICY_FORMAT_VERSION),
  name: z.string().min(1),
  description: z.string().optional(),
  sla: slaSchema,
  fallback: ruleSchema,
  categories: categoriesSchema,
  conditions: conditionsSchema.optional(),
  areas: z
    .strictObject(
      Object.fromEntries(AREAS.map((a) => [a, areaSchema.optional()])) as Record<
        Area,
        z.ZodOptional<typeof areaSchema>
      >,
    )
    .optional(),
});
export type PolicyFile = z.infer<typeof policyFileSchema>;

type LevelRules = Partial<Record<RiskLevel, PolicyRule>>;

export interface Policy {
  /** The policy format version (1). */
  version: number;
  name: string;
  description?: string;
  /** Where it was read from (as given). */
  file: string;
  /** sha256 of the file's text, for the audit log: which policy decided. */
  hash: string;
  categories: Partial<Record<RiskCategory, LevelRules>>;
  conditions: Partial<Record<PolicyCondition, PolicyRule>>;
  fallback: PolicyRule;
  areas: Partial<
    Record<
      Area,
      {
        categories?: Partial<Record<RiskCategory, LevelRules>>;
        conditions?: Partial<Record<PolicyCondition, PolicyRule>>;
        fallback?: PolicyRule;
        approval?: boolean;
      }
    >
  >;
  /** Escalation due time per level, in milliseconds. */
  slaMs: Partial<Record<RiskLevel, number>>;
}

/** Reads and validates a policy file (default: `policies/default.yaml`). Throws POLICY_INVALID. */
export function loadPolicy(file: string = DEFAULT_POLICY_FILE): Policy {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory, not a policy file'
          : `it cannot be read (${code ?? String(error)})`;
    throw new TandemError('POLICY_INVALID', `Policy file ${file} cannot be read: ${reason}.`, {
      cause: error,
      details: { file, problems: [] },
    });
  }
  return parsePolicy(text, file);
}

/**
 * Validates policy text. `file` names the file in problems and decides the syntax: a name ending
 * in `.json` must be JSON, anything else is read as YAML.
 */
export function parsePolicy(text: string, file: string): Policy {
  const reading = readSource(text, file);
  if (!reading.ok) throw invalidPolicy(file, reading.problems);
  const { source } = reading;
  const validated = validateAgainst(policyFileSchema, source.value);
  const drafts = validated.ok
    ? ruleProblems(validated.data)
    : validated.drafts.map((draft) => versionDraft(draft, source.value));
  if (!validated.ok || drafts.length > 0) {
    throw invalidPolicy(file, sortProblems(locateDrafts(source, drafts)));
  }
  const data = validated.data;
  return {
    version: data.version,
    name: data.name,
    ...(data.description === undefined ? {} : { description: data.description }),
    file,
    hash: createHash('sha256').update(text).digest('hex'),
    categories: data.categories,
    conditions: data.conditions ?? {},
    fallback: data.fallback,
    areas: data.areas ?? {},
    slaMs: Object.fromEntries(
      Object.entries(data.sla)
        .filter((entry): entry is [string, string] => entry[1] !== undefined)
        .map(([level, duration]) => [level, durationMs(duration)]),
    ),
  };
}

/** zod says "a valid value" for a literal; the version deserves a plain sentence. */
function versionDraft(draft: ProblemDraft, value: unknown): ProblemDraft {
  if (draft.path.length !== 1 || draft.path[0] !== 'version') return draft;
  const found =
    typeof value === 'object' && value !== null && 'version' in value
      ? describeValue((value as { version: unknown }).version)
      : draft.found;
  return {
    ...draft,
    expected: `${POLICY_FORMAT_VERSION} (the policy format this build reads)`,
    found,
  };
}

function durationMs(duration: string): number {
  const match = DURATION.exec(duration);
  if (!match) throw new RangeError(`not a duration: ${duration}`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

/** Categories without a protocol of their own: a rule that must answer needs to name one. */
const NO_OWN_PROTOCOL: ReadonlySet<RiskCategory> = new Set(['substance']);

const CATEGORY_PROTOCOL: Record<RiskCategory, ProtocolId | undefined> = {
  suicide: 'suicide_crisis',
  self_harm: 'self_harm',
  harm_to_others: 'harm_to_others',
  abuse: 'abuse',
  psychosis: 'psychosis',
  mania: 'mania',
  eating_disorder: 'eating_disorder',
  substance: undefined,
  medical_emergency: 'medical_emergency',
  third_party: 'third_party_helper',
};

const ANSWERS: ReadonlySet<PolicyAction> = new Set(['amend', 'replace', 'block']);

/** Rules the schema cannot express: an escalation needs an SLA; an answer needs a protocol. */
function ruleProblems(data: PolicyFile): ProblemDraft[] {
  const drafts: ProblemDraft[] = [];
  const checkRule = (
    rule: PolicyRule | undefined,
    path: readonly PathSegment[],
    level: RiskLevel | undefined,
    needsProtocol: boolean,
  ) => {
    if (rule === undefined) return;
    if (rule.escalate === true && level !== undefined && data.sla[level] === undefined) {
      drafts.push({
        path: [...path, 'escalate'],
        expected: `an SLA for level ${level} (sla.${level}) when a rule at that level escalates`,
        found: 'true',
      });
    }
    if (needsProtocol && ANSWERS.has(rule.action) && rule.protocol === undefined) {
      drafts.push({
        path: [...path, 'action'],
        expected: `a protocol next to action ${rule.action} (this rule can apply to a category with no protocol of its own)`,
        found: `${rule.action} without a protocol`,
      });
    }
  };
  const checkTables = (
    categories: PolicyFile['categories'] | undefined,
    conditions: PolicyFile['conditions'] | undefined,
    fallback: PolicyRule | undefined,
    prefix: readonly PathSegment[],
  ) => {
    for (const category of RISK_CATEGORIES) {
      const levels = categories?.[category];
      if (levels === undefined) continue;
      for (const level of RISK_LEVELS) {
        checkRule(
          levels[level],
          [...prefix, 'categories', category, level],
          level,
          NO_OWN_PROTOCOL.has(category),
        );
      }
    }
    checkRule(
      conditions?.ocd_reassurance,
      [...prefix, 'conditions', 'ocd_reassurance'],
      undefined,
      false,
    );
    checkRule(fallback, [...prefix, 'fallback'], undefined, true);
  };
  checkTables(data.categories, data.conditions, data.fallback, []);
  for (const area of AREAS) {
    const override = data.areas?.[area];
    if (override)
      checkTables(override.categories, override.conditions, override.fallback, ['areas', area]);
  }
  return drafts;
}

function invalidPolicy(file: string, problems: SourceProblem[]): TandemError {
  const lines = [
    `Policy ${file} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
    ...problems.map(formatProblem),
  ];
  return new TandemError('POLICY_INVALID', lines.join('\n'), { details: { file, problems } });
}

// ---------------------------------------------------------------------------------------------
// Decisions

const SEVERITY: Record<PolicyAction, number> = {
  pass: 0,
  guide: 1,
  amend: 2,
  replace: 3,
  block: 4,
};

interface Candidate {
  /** `suicide/high`, `areas.community: suicide/high`, `conditions.ocd_reassurance`, `fallback (…)`. */
  name: string;
  rule: PolicyRule;
  category?: RiskCategory;
  evidence: string;
}

export interface DecisionInput {
  triage: Triage;
  conditions: ConditionSignal[];
  area: Area;
}

/** What the policy does with this turn, and why. */
export function decide(policy: Policy, input: DecisionInput): PolicyDecision {
  const { triage, conditions, area } = input;
  const override = policy.areas[area];
  const candidates: Candidate[] = [];
  const fallback = (what: string): Candidate => ({
    name: override?.fallback ? `areas.${area}.fallback (${what})` : `fallback (${what})`,
    rule: override?.fallback ?? policy.fallback,
    evidence: '',
  });
  for (const category of triage.categories) {
    const key = `${category}/${triage.level}`;
    const areaRule = override?.categories?.[category]?.[triage.level];
    const baseRule = policy.categories[category]?.[triage.level];
    const evidence = signalEvidence(triage, category);
    if (areaRule)
      candidates.push({ name: `areas.${area}: ${key}`, rule: areaRule, category, evidence });
    else if (baseRule) candidates.push({ name: key, rule: baseRule, category, evidence });
    else candidates.push({ ...fallback(key), category, evidence });
  }
  const ocd = conditions.filter((c) => c.condition === 'ocd_reassurance');
  if (ocd.length > 0) {
    const areaRule = override?.conditions?.ocd_reassurance;
    const baseRule = policy.conditions.ocd_reassurance;
    const evidence = `conditions: ${[...new Set(ocd.map((c) => c.reason))].slice(0, 3).join('; ')}`;
    if (areaRule)
      candidates.push({ name: `areas.${area}: ocd_reassurance`, rule: areaRule, evidence });
    else if (baseRule) candidates.push({ name: 'ocd_reassurance', rule: baseRule, evidence });
    else candidates.push({ ...fallback('ocd_reassurance'), evidence });
  }
  if (candidates.length === 0) {
    if (triage.level === 'none') {
      return { action: 'pass', escalate: false, reasons: ['no risk category or condition: pass'] };
    }
    // A level without a category (should not happen) is treated as an unknown category.
    candidates.push(fallback(`level ${triage.level} without a category`));
  }

  const top = Math.max(...candidates.map((c) => SEVERITY[c.rule.action]));
  const winners = candidates.filter((c) => SEVERITY[c.rule.action] === top);
  const action = (winners[0] as Candidate).rule.action;
  const escalate = candidates.some((c) => c.rule.escalate === true);
  const conversational = protocolFor(triage, conditions);
  const named = winners.filter((c) => c.rule.protocol !== undefined);
  const protocol =
    named.find((c) => c.rule.protocol === conversational)?.rule.protocol ??
    named[0]?.rule.protocol ??
    conversational ??
    winners.map((c) => (c.category ? CATEGORY_PROTOCOL[c.category] : undefined)).find(Boolean);

  const reasons = candidates.map((c) => {
    const what = [c.rule.action, ...(c.rule.escalate ? ['escalate'] : [])].join(', ');
    const pinned = c.rule.protocol ? `, protocol ${c.rule.protocol}` : '';
    return `policy rule ${c.name}: ${what}${pinned}${c.evidence ? ` (${c.evidence})` : ''}`;
  });
  if (candidates.length > 1) {
    reasons.push(
      `most severe wins: ${action}${escalate ? ', escalate' : ''} (from ${winners.map((w) => w.name).join(', ')})`,
    );
  }
  if (protocol) reasons.push(`protocol ${protocol}`);
  return { action, ...(protocol ? { protocol } : {}), escalate, reasons };
}

/** The triage evidence behind a category: its strongest unscoped signals, by id (never text). */
function signalEvidence(triage: Triage, category: RiskCategory): string {
  const ids = triage.signals
    .filter((s) => s.category === category && s.scopedOut === undefined)
    .sort((a, b) => b.weight - a.weight)
    .map((s) => s.id);
  const unique = [...new Set(ids)].slice(0, 3);
  const cssrs = category === 'suicide' ? `, C-SSRS ${triage.cssrs}` : '';
  return `triage ${category} at level ${triage.level}${cssrs}${unique.length > 0 ? `; signals ${unique.join(', ')}` : ''}`;
}

/**
 * When an escalation raised now at `level` is due (ISO 8601), or undefined when the policy sets
 * no SLA for that level.
 */
export function slaDueAt(policy: Policy, level: RiskLevel, from: Date): string | undefined {
  const ms = policy.slaMs[level];
  return ms === undefined ? undefined : new Date(from.getTime() + ms).toISOString();
}

/** Whether replies in this area wait for a clinician's approval (below high risk). */
export function repliesNeedApproval(policy: Policy, area: Area): boolean {
  return policy.areas[area]?.approval === true;
}
