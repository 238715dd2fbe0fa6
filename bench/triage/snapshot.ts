/**
 * Every triage output the engine gives on the project's own (non-held-out) texts, as canonical JSON
 * lines, so a change meant to leave outputs alone (a speed-up, a refactor) can be checked with
 * `cmp` or `diff` between a snapshot taken before and one taken after.
 *
 *   npx tsx bench/triage/snapshot.ts --out /tmp/before.jsonl
 *   … change the code …
 *   npx tsx bench/triage/snapshot.ts --out /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
 *
 * What it covers, one line per output:
 * - every `text` of data/triage/*.jsonl, every user message and reply of data/analyzers/*.jsonl,
 *   every seeker message and reply of data/empathy/*.jsonl, every string literal of the tests in
 *   test/triage and test/nlp, and the speed bench's 300- and 3,000-character texts (built from
 *   data/triage/train.jsonl as `speed.ts --pool` builds them): `triageText` without and with the
 *   text's language, the rules-only engine, the model's raw output and `detectConditions`;
 * - every conversation of data/analyzers/*.jsonl: whole, and turn by turn the way the gateway calls
 *   it (the messages so far, with the state the previous turn returned as `previous`).
 * The state's `updatedAt` (a clock reading) is left out. Never point it at a held-out set.
 *
 * Inputs are read relative to the working directory and the engine is the one beside this script,
 * so the same inputs (tests added since included) go through an older tree's engine with its copy
 * of the script, run from the newer tree:
 *   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx tsx /tmp/base/bench/triage/snapshot.ts --out /tmp/before.jsonl
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandArgs } from '../cli-args.js';
import ts from 'typescript';
import type { Role } from '../../src/core/index.js';
import {
  createTriage,
  detectConditions,
  triageConversation,
  triageText,
  type RiskState,
} from '../../src/triage/index.js';
import { loadRiskModel } from '../../src/triage/model/model.js';
import { textsOfLength } from './texts.js';

type Message = { role: Role; content: string };

const DATA_DIRS = [join('data', 'triage'), join('data', 'analyzers'), join('data', 'empathy')];
const TEST_DIRS = [join('test', 'triage'), join('test', 'nlp')];

function jsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** String literals of a TypeScript file (no interpolated templates), in source order. */
function stringLiterals(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (node.text.trim() !== '') out.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

function withoutClock(state: RiskState): RiskState {
  const { updatedAt: _clock, ...rest } = state;
  return rest;
}

function main(): void {
  const { values } = parseCommandArgs(import.meta.url, { options: { out: { type: 'string' } } });
  if (!values.out) throw new Error('snapshot: pass --out <file>');
  const rulesOnly = createTriage({ model: null });
  const model = loadRiskModel();
  const lines: string[] = [];
  const emit = (where: string, what: string, output: unknown) =>
    lines.push(JSON.stringify({ where, what, output }));

  const texts: Array<{ where: string; text: string; lang?: string }> = [];
  const conversations: Array<{ where: string; messages: Message[]; lang?: string }> = [];
  for (const dir of DATA_DIRS) {
    for (const file of filesIn(dir, '.jsonl')) {
      jsonl(file).forEach((row, n) => {
        const where = `${file}:${n + 1}`;
        const lang = (row.lang ?? row.locale) as string | undefined;
        const add = (field: string, text: unknown) => {
          if (typeof text === 'string' && text.trim() !== '')
            texts.push({ where: `${where}:${field}`, text, ...(lang ? { lang } : {}) });
        };
        add('text', row.text);
        add('response', row.response);
        add('seeker', row.seeker);
        add('reply', row.reply);
        if (Array.isArray(row.messages)) {
          const messages = row.messages as Message[];
          messages.forEach((m, k) => add(`messages.${k}`, m.content));
          conversations.push({ where, messages, ...(lang ? { lang } : {}) });
        }
      });
    }
  }
  for (const dir of TEST_DIRS) {
    for (const file of filesIn(dir, '.ts')) {
      stringLiterals(file).forEach((text, n) => texts.push({ where: `${file}:#${n}`, text }));
    }
  }
  const pool = jsonl(join('data', 'triage', 'train.jsonl')).map((r) => r.text as string);
  textsOfLength(pool, 300, 500).forEach((text, n) => texts.push({ where: `speed:300:${n}`, text }));
  textsOfLength(pool, 3000, 200).forEach((text, n) =>
    texts.push({ where: `speed:3000:${n}`, text }),
  );

  for (const { where, text, lang } of texts) {
    emit(where, 'triageText', triageText(text));
    if (lang) emit(where, `triageText:${lang}`, triageText(text, { lang }));
    emit(where, 'rulesOnly', rulesOnly.triageText(text));
    emit(where, 'model', model.predict(text));
    emit(where, 'conditions', detectConditions([{ role: 'user', content: text }]));
  }
  for (const { where, messages, lang } of conversations) {
    const options = lang ? { lang } : {};
    const whole = triageConversation(messages, options);
    emit(where, 'conversation', { triage: whole.triage, state: withoutClock(whole.state) });
    emit(where, 'conditions', detectConditions(messages));
    let previous: RiskState | undefined;
    messages.forEach((message, k) => {
      if (message.role !== 'user') return;
      const turn = triageConversation(messages.slice(0, k + 1), {
        ...options,
        ...(previous ? { previous } : {}),
      });
      previous = turn.state;
      emit(where, `turn:${k}`, { triage: turn.triage, state: withoutClock(turn.state) });
    });
  }
  writeFileSync(values.out, `${lines.join('\n')}\n`);
  console.log(
    `snapshot: ${texts.length} texts, ${conversations.length} conversations, ${lines.length} outputs → ${values.out}`,
  );
}

main();
