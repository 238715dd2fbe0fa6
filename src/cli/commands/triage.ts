import { Command } from 'commander';
import { z } from 'zod';
import { ROLES, TandemError, type Triage } from '../../core/index.js';
import { triageConversation, triageText, TRIAGE_VERSION } from '../../triage/index.js';
import { processJsonLines } from '../jsonl.js';
import { EXIT } from '../shared.js';

const lineSchema = z.union([
  z.strictObject({ id: z.unknown(), text: z.string() }),
  z.strictObject({
    id: z.unknown(),
    messages: z.array(z.object({ role: z.enum(ROLES), content: z.string() })).min(1),
  }),
]);

export function triageCommand(): Command {
  return new Command('triage')
    .description(
      'Risk triage of a text or a conversation: level, C-SSRS, categories and the spans that decided it',
    )
    .argument('[text...]', 'the text to triage (for a person); omit with --jsonl')
    .option(
      '--jsonl',
      'machine interface: {"id","text"} or {"id","messages"} per line on stdin, one result per line on stdout',
    )
    .option('--json', 'print the full result as JSON')
    .action(async (words: string[], options: { jsonl?: boolean; json?: boolean }) => {
      if (options.jsonl) {
        await processJsonLines(process.stdin, process.stdout, (value) => triageLine(value));
        process.exitCode = EXIT.ok;
        return;
      }
      const text = words.join(' ');
      if (text.trim() === '')
        throw new TandemError(
          'INPUT_INVALID',
          'give a text to triage, e.g. tandem triage "i cant do this anymore", or use --jsonl',
        );
      const triage = triageText(text);
      process.stdout.write(
        options.json ? `${JSON.stringify(triage, null, 2)}\n` : describeTriage(text, triage),
      );
    });
}

export function triageLine(value: unknown): Record<string, unknown> {
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `expected {"id","text"} or {"id","messages":[{role,content}]}: ${issue ? `${issue.path.join('.') || '(line)'}: ${issue.message}` : 'invalid'}`,
    );
  }
  const line = parsed.data;
  const triage = 'text' in line ? triageText(line.text) : triageConversation(line.messages).triage;
  return {
    id: line.id ?? null,
    level: triage.level,
    cssrs: triage.cssrs,
    categories: triage.categories,
    signals: triage.signals,
    confidence: triage.confidence,
  };
}

/** For a person: the decision, then the text with each counted span marked, then why. */
export function describeTriage(text: string, triage: Triage): string {
  const counted = triage.signals.filter((s) => !s.scopedOut && s.message === 0);
  const marked = markSpans(
    text,
    counted.map((s) => s.span),
  );
  const lines = [
    `level       ${triage.level}`,
    `C-SSRS      ${triage.cssrs}`,
    `categories  ${triage.categories.length > 0 ? triage.categories.join(', ') : '(none)'}`,
    `confidence  ${triage.confidence.toFixed(2)}`,
    '',
    marked,
    '',
  ];
  for (const s of triage.signals) {
    lines.push(
      `${s.scopedOut ? '  (set aside: ' + s.scopedOut + ')' : '  +'} ${s.category}${s.cssrs !== undefined ? ` cssrs ${s.cssrs}` : ''} «${s.span.text}» ${s.reason} [${s.id}]`,
    );
  }
  lines.push('', `(${TRIAGE_VERSION})`, '');
  return lines.join('\n');
}

function markSpans(text: string, spans: Array<{ start: number; end: number }>): string {
  const tty = Boolean(process.stdout.isTTY);
  const [open, close] = tty ? ['\x1b[1;31m', '\x1b[0m'] : ['[[', ']]'];
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + open + text.slice(span.start, span.end) + close;
    at = span.end;
  }
  return out + text.slice(at);
}
