/**
 * The bench and training scripts' command lines (`bench/cli-args.ts`): `--help` prints the usage
 * of the script's header comment and its options, and a wrong argument is one line naming the
 * option and the script (exit code 2), never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CommandArgsExit, parseCommandArgsFrom, usageOf } from '../../bench/cli-args.js';
import { packagePath } from '../../src/nlp/package-root.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-cli-args-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = join(dir, 'example.ts');
writeFileSync(
  script,
  [
    '/**',
    ' * Scores an example.',
    ' *',
    ' *   npx tsx bench/example.ts [--set data/a.jsonl] \\',
    ' *     [--out results/example.json]',
    ' *',
    ' * More words that are not usage.',
    ' */',
    'export {};',
  ].join('\n'),
);
const meta = pathToFileURL(script).href;
const config = {
  options: {
    set: { type: 'string', multiple: true, default: [] as string[] },
    out: { type: 'string', default: 'results/example.json' },
    show: { type: 'boolean', default: false },
  },
} as const;

function exitOf(run: () => unknown): CommandArgsExit {
  try {
    run();
  } catch (error) {
    if (error instanceof CommandArgsExit) return error;
    throw error;
  }
  throw new Error('expected a CommandArgsExit');
}

describe('parseCommandArgsFrom', () => {
  it('parses good arguments as parseArgs does', () => {
    const { values } = parseCommandArgsFrom(meta, config, ['--set', 'a', '--set', 'b', '--show']);
    expect(values).toEqual({ set: ['a', 'b'], out: 'results/example.json', show: true });
  });

  it('answers --help with the header usage (continuation lines too) and every option', () => {
    const exit = exitOf(() => parseCommandArgsFrom(meta, config, ['--help']));
    expect(exit.exitCode).toBe(0);
    expect(exit.output).toContain('npx tsx bench/example.ts [--set data/a.jsonl] \\');
    expect(exit.output).toContain('[--out results/example.json]');
    expect(exit.output).not.toContain('More words');
    expect(exit.output).toContain('--set <set> (repeatable)');
    expect(exit.output).toContain('--out <out> (default: results/example.json)');
    expect(exit.output).toContain('--show');
  });

  it('names an unknown option and the script, with exit code 2', () => {
    const exit = exitOf(() => parseCommandArgsFrom(meta, config, ['--sett', 'a']));
    expect(exit.exitCode).toBe(2);
    expect(exit.output.split('\n')[0]).toBe("example.ts: Unknown option '--sett'");
    expect(exit.output).toContain('options:');
  });

  it('names an option given without its value', () => {
    const exit = exitOf(() => parseCommandArgsFrom(meta, config, ['--out']));
    expect(exit.exitCode).toBe(2);
    expect(exit.output.split('\n')[0]).toMatch(
      /^example\.ts: Option '--out <value>' argument missing/,
    );
  });

  it('lists options alone for a script without a usage line', () => {
    expect(usageOf(join(dir, 'missing.ts'), config.options)).toMatch(/^options:\n {2}--set/);
  });
});

describe('a bench script run with a wrong option', () => {
  it('prints one line naming it and exits 2 (project-set.ts)', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', packagePath('bench', 'triage', 'project-set.ts'), '--sett', 'x'],
      { encoding: 'utf8', cwd: packagePath() },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("project-set.ts: Unknown option '--sett'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
