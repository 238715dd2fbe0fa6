import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { TandemError } from '../../core/index.js';
import { GuardReplay, replayLineSchema, type ReplayResult } from '../../guard/index.js';
import { Store } from '../../store/index.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';
import { processJsonLines } from '../jsonl.js';
import { EXIT } from '../shared.js';

interface ReplayOptions {
  jsonl?: boolean;
  policy?: string;
  locale?: string;
  area?: string;
  record?: boolean;
}

export function guardCommand(): Command {
  const guard = new Command('guard').description('The SAFE-i guard pipeline outside the server');
  guard
    .command('replay')
    .description(
      'Run recorded (conversation, upstream reply) pairs through the whole guard: triage, policy, output checks, repair, escalation',
    )
    .argument('[file]', 'JSON Lines file of {"id","messages","upstream"}; omit with --jsonl')
    .option(
      '--jsonl',
      'machine interface: one {"id","messages","upstream"} per line on stdin, one result per line on stdout',
    )
    .option('--policy <file>', 'policy file (default: policies/default.yaml)')
    .option('--locale <tag>', 'locale for lines that do not give one (default en)')
    .option('--area <area>', 'deployment area for lines that do not give one (default individual)')
    .option(
      '--record',
      'store the replayed turns, escalations and audit events in the database (default: an in-memory store)',
    )
    .action(async (file: string | undefined, options: ReplayOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      if (!options.jsonl && !file)
        throw new TandemError(
          'INPUT_INVALID',
          'give a JSON Lines file to replay, e.g. tandem guard replay pairs.jsonl, or use --jsonl with stdin',
        );
      const area = parseArea(options.area);
      const store = options.record
        ? await openStore(globals, readConfig(globals))
        : await Store.open(':memory:');
      try {
        const replay = await GuardReplay.create(store, {
          ...(options.policy ? { policyFile: options.policy } : {}),
          defaults: {
            ...(options.locale ? { locale: options.locale } : {}),
            ...(area ? { area } : {}),
          },
        });
        const handle = async (value: unknown): Promise<ReplayResult> => {
          const parsed = replayLineSchema.safeParse(value);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new Error(
              `expected {"id","messages":[{role,content}],"upstream"}: ${issue ? `${issue.path.join('.') || '(line)'}: ${issue.message}` : 'invalid'}`,
            );
          }
          return replay.replay(parsed.data);
        };
        if (options.jsonl) {
          await processJsonLines(process.stdin, process.stdout, handle);
        } else {
          const invalid = await replayForPerson(file as string, handle);
          process.exitCode = invalid > 0 ? EXIT.usage : EXIT.ok;
          return;
        }
        process.exitCode = EXIT.ok;
      } finally {
        await store.close();
      }
    });
  return guard;
}

function parseArea(value: string | undefined) {
  if (value === undefined) return undefined;
  const parsed = replayLineSchema.shape.area.safeParse(value);
  if (!parsed.success || parsed.data === undefined)
    throw new TandemError(
      'INPUT_INVALID',
      `--area: expected individual, community, institutional or societal, got "${value}"`,
    );
  return parsed.data;
}

/** One line per pair for a person: level, action, protocol, escalation and the checks that failed. */
async function replayForPerson(
  file: string,
  handle: (value: unknown) => Promise<ReplayResult>,
): Promise<number> {
  const counts = new Map<string, number>();
  let lineNumber = 0;
  let errors = 0;
  const input = createReadStream(file, 'utf8');
  input.on('error', () => undefined);
  const reader = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) {
      lineNumber++;
      if (line.trim() === '') continue;
      try {
        const result = await handle(JSON.parse(line));
        counts.set(result.action, (counts.get(result.action) ?? 0) + 1);
        const failedChecks = result.checks.filter((c) => !c.passed).map((c) => c.name);
        process.stdout.write(
          [
            String(result.id).padEnd(20),
            result.triage.level.padEnd(9),
            result.action.padEnd(8),
            (result.protocol ?? '-').padEnd(19),
            result.escalate ? 'escalate' : '        ',
            failedChecks.join(', '),
          ]
            .join(' ')
            .trimEnd() + '\n',
        );
      } catch (error) {
        errors++;
        process.stderr.write(`${file}:${lineNumber}: ${(error as Error).message}\n`);
      }
    }
  } catch (error) {
    throw new TandemError('INPUT_INVALID', `cannot read ${file}: ${(error as Error).message}`);
  }
  const summary = [...counts].map(([action, n]) => `${action} ${n}`).join(' · ');
  process.stdout.write(`\n${summary}${errors > 0 ? ` · ${errors} invalid line(s)` : ''}\n`);
  return errors;
}
