import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const BIN = join(ROOT, 'bin', 'tandem.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI exactly as a user does (`node bin/tandem.js …`); `npm test` builds first.
 * The environment is cleaned of provider settings so a developer's keys never leak into a test.
 */
export function startCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string },
): { child: ChildProcess; done: Promise<CliResult> } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(OPENAI|ANTHROPIC|TANDEM)_/.test(k)) env[k] = v;
  }
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...env, ...options.env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.input !== undefined) child.stdin?.end(options.input);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string },
): Promise<CliResult> {
  return startCli(args, options).done;
}

/** Runs a machine interface (`… --jsonl`) with `input` on stdin; stdout parsed line by line. */
export async function runJsonl(
  args: string[],
  input: string,
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliResult & { lines: Array<Record<string, unknown>> }> {
  const result = await runCli(args, { ...options, input });
  const lines = result.stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { ...result, lines };
}
