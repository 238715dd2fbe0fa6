/**
 * Command-line options for the bench and training scripts: `node:util`'s `parseArgs`, plus
 * `--help` (the usage lines of the script's header comment and its options) and a one-line error
 * that names the option and the script, with exit code 2, instead of a stack trace, when an option
 * is unknown, lacks its value or a positional argument is not taken.
 *
 *   const { values } = parseCommandArgs(import.meta.url, { options: { out: { type: 'string' } } });
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT } from '../src/cli/shared.js';

/** Error codes `parseArgs` throws for bad input (not for a bug in the config). */
const INPUT_ERRORS: ReadonlySet<string> = new Set([
  'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
]);

/** What a script's run ends with when its arguments are wrong or help was asked for. */
export class CommandArgsExit extends Error {
  constructor(
    readonly exitCode: number,
    readonly output: string,
  ) {
    super(output);
    this.name = 'CommandArgsExit';
  }
}

/**
 * The usage of the script at `file`: the `npx tsx …` lines of its header comment (with their
 * continuation lines), then one line per option.
 */
export function usageOf(file: string, options: ParseArgsConfig['options'] = {}): string {
  const lines: string[] = [];
  let source = '';
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    // A script that cannot read itself still gets its options listed.
  }
  const header = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  let continued = false;
  for (const raw of header.split('\n')) {
    const line = raw.replace(/^\s*\* ?/, '');
    const wanted: boolean = continued || line.includes('npx tsx');
    if (wanted) lines.push(line);
    continued = wanted && line.trimEnd().endsWith('\\');
  }
  const optionLines = Object.entries(options).map(([name, option]) => {
    const value = option.type === 'string' ? ` <${name}>` : '';
    const many = option.multiple ? ' (repeatable)' : '';
    const shown = String(option.default);
    const fallback =
      option.default !== undefined && option.type === 'string'
        ? ` (default: ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown})`
        : '';
    return `  --${name}${value}${many}${fallback}`;
  });
  const usage = lines.length > 0 ? ['usage:', ...lines.map((l) => `  ${l.trim()}`)] : [];
  return [...usage, 'options:', ...optionLines, '  --help'].join('\n');
}

/**
 * `parseArgs(config)` for the script whose `import.meta.url` is `meta`, reading `argv` (the
 * process's arguments by default). Throws `CommandArgsExit` for `--help` (code 0) and for bad
 * arguments (code 2); `parseCommandArgs` prints its output and exits with its code.
 */
export function parseCommandArgsFrom<const T extends ParseArgsConfig>(
  meta: string,
  config: T,
  argv: readonly string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<T>> {
  const file = fileURLToPath(meta);
  if (argv.includes('--help') || argv.includes('-h')) {
    throw new CommandArgsExit(EXIT.ok, usageOf(file, config.options));
  }
  try {
    return parseArgs<T>({ ...config, args: [...argv] });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !INPUT_ERRORS.has(code)) throw error;
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    throw new CommandArgsExit(
      EXIT.usage,
      `${basename(file)}: ${message}\n\n${usageOf(file, config.options)}`,
    );
  }
}

/**
 * `parseCommandArgsFrom` for a script's own command line: prints the usage or the error and exits
 * (0 for `--help`, 2 for bad arguments) rather than returning.
 */
export function parseCommandArgs<const T extends ParseArgsConfig>(
  meta: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseCommandArgsFrom(meta, config);
  } catch (error) {
    if (!(error instanceof CommandArgsExit)) throw error;
    (error.exitCode === EXIT.ok ? process.stdout : process.stderr).write(`${error.output}\n`);
    process.exit(error.exitCode);
  }
}
