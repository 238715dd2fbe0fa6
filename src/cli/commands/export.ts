import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { ChatMessage, Draft } from '../../core/index.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';

/** One preference pair: what the model drafted, and what a clinician chose to send instead. */
export interface PreferencePair {
  id: string;
  conversation_id: string;
  /** The conversation up to the person's message the draft answers. */
  prompt: ChatMessage[];
  rejected: string;
  chosen: string;
  /** `edited` (approved with changes) or `replaced` (rejected, the clinician wrote their own). */
  kind: 'edited' | 'replaced';
  decided_by: string;
  decided_at: string;
}

export function exportCommand(): Command {
  const command = new Command('export').description('Export data for model improvement');
  command
    .command('preferences')
    .description(
      'Write (prompt, rejected, chosen) pairs from co-created drafts that clinicians edited or replaced, as JSON Lines',
    )
    .option('--out <file>', 'write to this file (created with mode 0600) instead of stdout')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<GlobalOptions & { out?: string }>();
      const store = await openStore(options, readConfig(options));
      try {
        const pairs = await preferencePairs(store);
        const text = pairs.map((p) => JSON.stringify(p)).join('\n') + (pairs.length ? '\n' : '');
        if (options.out) {
          const file = resolve(options.out);
          // It holds what people wrote: readable by its owner only.
          writeFileSync(file, text, { mode: 0o600 });
          process.stderr.write(
            `wrote ${pairs.length} preference pair(s) to ${file}. It contains conversation text: handle it as health data.\n`,
          );
        } else {
          process.stdout.write(text);
          process.stderr.write(
            `${pairs.length} preference pair(s). They contain conversation text: handle them as health data.\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
  return command;
}

type PairSource = {
  listDrafts(opts: { status: 'approved' | 'rejected'; limit: number }): Promise<Draft[]>;
  conversationMessages(id: string): Promise<Array<{ seq: number; role: string; content: string }>>;
};

/** Every decided draft whose sent text differs from the model's, oldest first. */
export async function preferencePairs(store: PairSource): Promise<PreferencePair[]> {
  const decided = [
    ...(await store.listDrafts({ status: 'approved', limit: 1_000_000 })),
    ...(await store.listDrafts({ status: 'rejected', limit: 1_000_000 })),
  ]
    .filter((d) => d.final !== undefined && d.final !== d.text)
    .sort(
      (a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '') || a.id.localeCompare(b.id),
    );
  const pairs: PreferencePair[] = [];
  for (const draft of decided) {
    const messages = await store.conversationMessages(draft.conversationId);
    pairs.push({
      id: draft.id,
      conversation_id: draft.conversationId,
      prompt: messages
        .filter((m) => m.seq <= draft.seq)
        .map((m) => ({
          role: m.role === 'counselor' ? 'assistant' : (m.role as ChatMessage['role']),
          content: m.content,
        })),
      rejected: draft.text,
      chosen: draft.final as string,
      kind: draft.status === 'approved' ? 'edited' : 'replaced',
      decided_by: draft.decidedBy ?? '',
      decided_at: draft.decidedAt ?? '',
    });
  }
  return pairs;
}
