import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/**
 * The machine interfaces' shared loop (DESIGN.md): JSON Lines in, exactly one JSON line out per
 * input line, in order. A line that is not JSON, or that the handler rejects, yields
 * `{"id": <its id if readable>, "error": "..."}` and processing continues. Blank lines are skipped.
 * The handler may be async; lines are still handled one at a time, in order.
 */
export async function processJsonLines(
  input: Readable,
  output: Writable,
  handle: (value: unknown, lineNumber: number) => unknown,
): Promise<{ lines: number; errors: number }> {
  const reader = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let lines = 0;
  let errors = 0;
  for await (const line of reader) {
    lineNumber++;
    if (line.trim() === '') continue;
    lines++;
    let result: unknown;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
      result = await handle(parsed, lineNumber);
    } catch (error) {
      errors++;
      result = {
        id: idOf(parsed),
        error: `line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (!output.write(`${JSON.stringify(result)}\n`))
      await new Promise((resolve) => output.once('drain', resolve));
  }
  return { lines, errors };
}

function idOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' && 'id' in value
    ? (value as { id: unknown }).id
    : null;
}
