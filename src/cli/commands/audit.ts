import { Command } from 'commander';
import type { AuditEvent } from '../../core/index.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';
import { table } from '../output.js';
import { EXIT, integerOption } from '../shared.js';

export function auditCommand(): Command {
  const audit = new Command('audit')
    .description('Verify and read the hash-chained audit log')
    // Subcommands inherit this: usage errors become exit status 2 via main(), not exit 1.
    .exitOverride();

  audit
    .command('verify')
    .description(
      'Recompute the audit hash chain; exit 1 and name every altered, removed, reordered or inserted event',
    )
    .option('--json', 'print JSON')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<GlobalOptions & { json?: boolean }>();
      const store = await openStore(options, readConfig(options));
      try {
        const result = await store.verifyAudit();
        if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else if (result.ok)
          process.stdout.write(
            `Audit chain OK: ${result.events} events, head seq ${result.head.seq} ${result.head.hash}\n`,
          );
        else {
          process.stdout.write(
            `Audit chain BROKEN: ${result.problems.length} problem(s) in ${result.events} events\n`,
          );
          for (const p of result.problems)
            process.stdout.write(`  seq ${p.seq}  ${p.kind}  ${p.message}\n`);
        }
        if (!result.ok) process.exitCode = EXIT.gateFailed;
      } finally {
        await store.close();
      }
    });

  audit
    .command('list')
    .description('Audit events, oldest first (the newest --limit unless --after is given)')
    .option('--conversation <id>', 'only events of this conversation')
    .option(
      '--after <seq>',
      'only events after this seq',
      integerOption('--after', 0, Number.MAX_SAFE_INTEGER),
    )
    .option('--limit <n>', 'how many', integerOption('--limit', 1, 100_000), 50)
    .option('--json', 'print JSON')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<
        GlobalOptions & { conversation?: string; after?: number; limit: number; json?: boolean }
      >();
      const store = await openStore(options, readConfig(options));
      try {
        const events = await store.auditEvents({
          ...(options.conversation === undefined ? {} : { conversationId: options.conversation }),
          ...(options.after === undefined ? { latest: true } : { afterSeq: options.after }),
          limit: options.limit,
        });
        if (options.json) return void process.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
        if (events.length === 0) return void process.stdout.write('No audit events.\n');
        process.stdout.write(`${eventTable(events)}\n`);
      } finally {
        await store.close();
      }
    });

  return audit;
}

function eventTable(events: AuditEvent[]): string {
  const rows = [['seq', 'at', 'actor', 'type', 'conversation', 'payload']];
  for (const e of events) {
    const payload = typeof e.payload === 'string' ? e.payload : JSON.stringify(e.payload);
    rows.push([
      String(e.seq),
      e.at.slice(0, 19).replace('T', ' '),
      e.actor,
      e.type,
      e.conversationId ?? '-',
      payload.length > 80 ? `${payload.slice(0, 79)}…` : payload,
    ]);
  }
  return table(rows);
}
