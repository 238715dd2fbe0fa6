/**
 * Writes `schemas/policy.schema.json`, the JSON Schema for SAFE-i policy files, from the zod
 * contract in `src/guard/policy.ts` (zod 4's `z.toJSONSchema`), with a description on every field
 * so editors explain and complete policies as they are typed.
 *
 * Usage: `npx tsx scripts/generate-policy-schema.ts` (writes it) or `… --check` (exits 1 when it
 * is out of date). `test/guard/policy.test.ts` fails when the committed schema is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  AREAS,
  POLICY_ACTIONS,
  PROTOCOL_IDS,
  RISK_CATEGORIES,
  RISK_LEVELS,
} from '../src/core/index.js';
import { policyFileSchema } from '../src/guard/policy.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const POLICY_SCHEMA_PATH = join(ROOT, 'schemas', 'policy.schema.json');
export const POLICY_SCHEMA_ID = 'urn:tandem:schema:policy';

/** Descriptions by field name: the same name means the same thing wherever it appears. */
const DESCRIPTIONS: Record<string, string> = {
  version: 'Policy format version; this build reads 1.',
  name: 'Name of the policy, recorded with every decision.',
  description: 'What the policy is for and who chose it.',
  sla: 'How soon a human must look at an escalation, per triage level (5m, 15m, 4h, 1d).',
  fallback:
    'The rule for any category or level the table leaves out (including categories a newer triage may add).',
  categories: `Rules per risk category (${RISK_CATEGORIES.join(', ')}) and triage level.`,
  conditions: 'Rules for conditions the guard recognises beyond triage (ocd_reassurance).',
  areas: `Overrides per ecological area (${AREAS.join(', ')}): a rule here replaces the same cell of the base table.`,
  action: `What to do with the turn: ${POLICY_ACTIONS.join(', ')} (docs/policy.md).`,
  protocol: `Pin a protocol (${PROTOCOL_IDS.join(', ')}); without it the conversation's protocol is used.`,
  escalate: 'Write an escalation for a human, due after the SLA of the triage level.',
  approval:
    'Co-created drafts: below high risk, replies wait for a clinician to approve (or edit) them and the person gets a holding note; at high and imminent risk the protocol reply goes out at once.',
  ocd_reassurance:
    'OCD reassurance-seeking or intrusive thoughts, from the guard’s condition detector.',
  ...Object.fromEntries(
    RISK_LEVELS.map((level) => [
      level,
      `The rule when the conversation's triage level is ${level}.`,
    ]),
  ),
  ...Object.fromEntries(
    RISK_CATEGORIES.map((category) => [
      category,
      `Rules for the ${category} risk category, per level.`,
    ]),
  ),
  ...Object.fromEntries(AREAS.map((area) => [area, `Overrides for ${area} deployments.`])),
};

type JsonSchema = Record<string, unknown>;

export function policyJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(policyFileSchema, {
    target: 'draft-7',
    io: 'input',
  }) as JsonSchema;
  const { $schema, ...rest } = annotate(generated, '');
  return {
    $schema,
    $id: POLICY_SCHEMA_ID,
    title: 'Tandem SAFE-i policy',
    description:
      'What the SAFE-i guard does per risk category, triage level, condition and area. Generated from ' +
      'src/guard/policy.ts by scripts/generate-policy-schema.ts; the loader also requires an SLA for every ' +
      'level that escalates and a protocol where a rule that answers could apply to a category without one.',
    ...rest,
  };
}

function annotate(node: JsonSchema, key: string): JsonSchema {
  let out: JsonSchema = { ...node };
  // The sla sub-fields are durations, not rules: the level names alone would mislead.
  if (key !== '') {
    const text = key.startsWith('sla.')
      ? `Due time for escalations at level ${key.slice(4)}, e.g. 15m.`
      : DESCRIPTIONS[key.split('.').at(-1) as string];
    if (text === undefined) throw new Error(`no description for policy field ${key}`);
    out = { description: text, ...node };
  }
  if (isSchema(node.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties).map(([name, child]) => [
        name,
        annotate(child as JsonSchema, key === '' ? name : `${key}.${name}`),
      ]),
    );
  }
  return out;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}

function main(args: string[]): number {
  const fresh = policyJsonSchemaText();
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(POLICY_SCHEMA_PATH, 'utf8');
    } catch {
      // A missing file is stale.
    }
    if (current === fresh) return 0;
    console.error(
      `${POLICY_SCHEMA_PATH} is out of date: run npx tsx scripts/generate-policy-schema.ts`,
    );
    return 1;
  }
  writeFileSync(POLICY_SCHEMA_PATH, fresh);
  console.log(`wrote ${POLICY_SCHEMA_PATH}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
