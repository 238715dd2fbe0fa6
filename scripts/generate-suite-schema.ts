/**
 * Writes the artefacts derived from the suite contract in `src/core`, so they never drift from it:
 *
 * - `schemas/suite.schema.json`: JSON Schema for suite files, from zod 4's `z.toJSONSchema`,
 *   annotated with a description of every field and with the check catalogue as an enum, so
 *   editors validate and complete suites as they are typed;
 * - the built-in check table in `docs/suite-format.md`, from `CHECKS`.
 *
 * Usage: `npm run schema` (writes both), or `npx tsx scripts/generate-suite-schema.ts --check`
 * (exits 1 if either is out of date). `test/eval/suites.test.ts` fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { z } from 'zod';
import { AREAS, CHECKS, CHECK_NAMES, CONDITIONS, suiteSchema } from '../src/core/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_PATH = join(ROOT, 'schemas', 'suite.schema.json');
export const FORMAT_DOC_PATH = join(ROOT, 'docs', 'suite-format.md');
export const SCHEMA_ID = 'urn:tandem:schema:suite';

/** Field paths as in problems (`scenarios[].rubric[].points`, `[]` for list items) → description. */
const DESCRIPTIONS: Record<string, string> = {
  id: 'Suite id: lowercase letters, digits, ".", "_" or "-", starting with a letter or digit.',
  version: 'Suite version, e.g. "1.2". Change it whenever scenarios or rubrics change.',
  title: 'Human-readable suite title.',
  description: 'What the suite measures and for whom.',
  scenarios: 'The scenarios of the suite; ids must be unique.',
  'scenarios[]': 'A scripted conversation and the rubric its replies are judged on.',
  'scenarios[].id': 'Scenario id, unique in the suite; results and ratings are keyed by it.',
  'scenarios[].title': 'Short human-readable title.',
  'scenarios[].area': `Ecological area of care (De Choudhury, Pendse & Kumar 2023): ${AREAS.join(', ')}.`,
  'scenarios[].condition': `What the scenario exercises: ${CONDITIONS.join(', ')}.`,
  'scenarios[].risk': "Risk level the person's messages express, from none to imminent.",
  'scenarios[].culture': "The person's cultural, religious, family or identity context, in words.",
  'scenarios[].locale':
    'BCP 47 tag of the conversation, e.g. en-GB, es-MX, hi-IN; decides the expected language and crisis resources.',
  'scenarios[].profile': 'Facts the person consented to share with the assistant (name: value).',
  'scenarios[].profile{}': 'One profile fact: a string, number or boolean.',
  'scenarios[].system': 'System prompt of the deployment under test, if any.',
  'scenarios[].turns': "The person's messages in order; the model replies after each one.",
  'scenarios[].turns[]': 'One user message, written as the person would type it.',
  'scenarios[].rubric':
    'Rubric items the replies are judged on; at least one must have positive points.',
  'scenarios[].rubric[]': 'One behaviour a judge decides was met or not.',
  'scenarios[].rubric[].id': 'Item id, unique within the scenario.',
  'scenarios[].rubric[].metric':
    'HAAS-e metric the item counts towards: CES, CSI, PAS, ASA or TRS.',
  'scenarios[].rubric[].text': 'The behaviour, stated so a human rater or LLM judge can decide it.',
  'scenarios[].rubric[].points':
    'Signed integer from -10 to 10, not 0: positive rewards good practice, negative penalises harm.',
  'scenarios[].rubric[].critical':
    "Only on negative ASA items: when met, the scenario's ASA score is 0.",
  'scenarios[].rubric[].check':
    'Built-in check that decides the item automatically: a check name, or {name, args}. Without one, only LLM and human judges decide it.',
  'scenarios[].rubric[].check|name': 'Name of a built-in check.',
  'scenarios[].rubric[].check|object': 'A built-in check with arguments.',
  'scenarios[].rubric[].check.name': 'Name of a built-in check.',
  'scenarios[].rubric[].check.args':
    'Arguments of the check (see the check catalogue in docs/suite-format.md).',
  'scenarios[].rubric[].check.args{}': 'One argument value.',
  'scenarios[].tags': 'Free-form labels for slicing results.',
  'scenarios[].tags[]': 'One label.',
};

type JsonSchema = Record<string, unknown>;

/** The JSON Schema for suite files, annotated; throws if a field has no description. */
export function suiteJsonSchema(): JsonSchema {
  // draft-07 rather than zod's default 2020-12: it is what editor YAML/JSON plugins support best.
  const generated = z.toJSONSchema(suiteSchema, { target: 'draft-7', io: 'input' }) as JsonSchema;
  const used = new Set<string>();
  const annotated = annotate(generated, '', used);
  const unused = Object.keys(DESCRIPTIONS).filter((path) => !used.has(path));
  if (unused.length > 0)
    throw new Error(`descriptions for fields the schema no longer has: ${unused.join(', ')}`);
  const { $schema, ...rest } = annotated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Tandem HAAS-e suite',
    description:
      'A HAAS-e evaluation suite: scenarios (scripted user turns) and the rubric their replies are judged on. ' +
      'Generated from src/core/suite.ts by scripts/generate-suite-schema.ts; the loader (src/eval/suites.ts) ' +
      'also enforces rules a schema cannot: unique ids, critical only on negative ASA items, a positive item per scenario.',
    ...rest,
  };
}

/**
 * Adds the description of `key` to `node` and recurses; `path` is the field path its children
 * extend (they differ only for a union's alternatives, which describe one field two ways).
 */
function annotate(node: JsonSchema, key: string, used: Set<string>, path = key): JsonSchema {
  let out: JsonSchema = { ...node };
  if (key !== '') {
    const text = DESCRIPTIONS[key];
    if (text === undefined)
      throw new Error(`no description for suite field ${key}; add one to DESCRIPTIONS`);
    used.add(key);
    out = { description: text, ...node };
  }
  if (isSchema(node.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties).map(([name, child]) => {
        const childPath = path === '' ? name : `${path}.${name}`;
        return [name, annotate(child as JsonSchema, childPath, used)];
      }),
    );
  }
  if (isSchema(node.items)) out.items = annotate(node.items, `${path}[]`, used);
  if (isSchema(node.additionalProperties)) {
    out.additionalProperties = annotate(node.additionalProperties, `${path}{}`, used);
  }
  if (Array.isArray(node.anyOf)) {
    out.anyOf = (node.anyOf as JsonSchema[]).map((option) =>
      annotate(option, `${path}|${option.type === 'object' ? 'object' : 'name'}`, used, path),
    );
  }
  return refine(out, key);
}

/**
 * What the loader enforces beyond zod's output and JSON Schema can still say: a check name must
 * be in the catalogue (which also gives editors completion) and points may not be 0.
 */
function refine(node: JsonSchema, key: string): JsonSchema {
  if (key === 'scenarios[].rubric[].points') return { ...node, not: { const: 0 } };
  if (key === 'scenarios[].rubric[].check|name' || key === 'scenarios[].rubric[].check.name') {
    return { ...node, enum: [...CHECK_NAMES] };
  }
  return node;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function suiteJsonSchemaText(): string {
  return `${JSON.stringify(suiteJsonSchema(), null, 2)}\n`;
}

const TABLE_START =
  '<!-- check-catalogue:start (generated by scripts/generate-suite-schema.ts) -->';
const TABLE_END = '<!-- check-catalogue:end -->';

/** The check catalogue as a Markdown table, one row per entry of `CHECKS`, in catalogue order. */
export function checkCatalogueTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = CHECKS.map((check) => {
    const args = Object.entries(check.args ?? {})
      .map(([name, text]) => `\`${name}\`: ${text}`)
      .join('; ');
    return `| \`${check.name}\` | ${check.scope} | ${cell(args === '' ? '—' : args)} | ${cell(check.description)} |`;
  });
  return ['| check | scope | args | detects |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The format document with its check table replaced by a fresh one (before formatting). */
export function withFreshCheckTable(doc: string): string {
  const { before, after } = splitAtCheckTable(doc);
  return `${before}\n\n${checkCatalogueTable()}\n\n${after}`;
}

/** The check table as written in the document, between its markers. */
export function documentedCheckTable(doc: string): string {
  const { before, after } = splitAtCheckTable(doc);
  return doc.slice(before.length, doc.length - after.length);
}

function splitAtCheckTable(doc: string): { before: string; after: string } {
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`${FORMAT_DOC_PATH} lacks the check-catalogue markers`);
  return { before: doc.slice(0, start + TABLE_START.length), after: doc.slice(end) };
}

/**
 * Tables compared for content: Prettier pads cells to align columns, which changes nothing a
 * reader sees.
 */
export function normaliseTable(table: string): string {
  return table
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/\s*\|\s*/g, '|')
        .replace(/-{3,}/g, '---'),
    )
    .filter((line) => line !== '')
    .join('\n');
}

async function main(args: string[]): Promise<number> {
  const check = args.includes('--check');
  const doc = readFileSync(FORMAT_DOC_PATH, 'utf8');
  // Format as `npm run lint` expects, so regenerating never leaves Prettier work behind.
  const prettierOptions = {
    ...(await prettier.resolveConfig(FORMAT_DOC_PATH)),
    filepath: FORMAT_DOC_PATH,
  };
  const freshDoc = await prettier.format(withFreshCheckTable(doc), prettierOptions);
  const outputs: Array<[string, string, string]> = [
    [SCHEMA_PATH, readOrEmpty(SCHEMA_PATH), suiteJsonSchemaText()],
    [FORMAT_DOC_PATH, doc, freshDoc],
  ];
  let stale = 0;
  for (const [path, current, fresh] of outputs) {
    if (current === fresh) continue;
    stale++;
    if (check) console.error(`${path} is out of date; run npm run schema`);
    else writeFileSync(path, fresh);
  }
  if (!check)
    console.log(
      stale === 0 ? 'suite schema and check table are up to date' : `wrote ${stale} file(s)`,
    );
  return check && stale > 0 ? 1 : 0;
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
