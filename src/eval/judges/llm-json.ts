import type { z } from 'zod';

export type ParsedJsonAnswer<T> = { ok: true; data: T } | { ok: false; error: string };

/**
 * Strict parse of an LLM judge's answer: the JSON object alone (optionally inside one ```json
 * fence), matching `schema` exactly. Prose around the JSON is an error, because a lenient parser
 * would turn a confused answer into confident verdicts. The error is written to be sent back to
 * the model in a re-ask, so it says what to fix.
 */
export function parseJsonAnswer<T>(text: string, schema: z.ZodType<T>): ParsedJsonAnswer<T> {
  const body = stripJsonFence(text.trim());
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return {
      ok: false,
      error: `not a JSON object (${(error as Error).message}); answer with the JSON object only`,
    };
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`,
    );
    return { ok: false, error: `JSON does not match the format: ${issues.slice(0, 5).join('; ')}` };
  }
  return { ok: true, data: result.data };
}

function stripJsonFence(text: string): string {
  const fenced = /^```(?:json)?[ \t]*\r?\n([\s\S]*?)\r?\n?```$/i.exec(text);
  return fenced ? (fenced[1] ?? '') : text;
}

/**
 * Problems with the ids of an answer's items: unknown ids, ids given twice, and missing ids, in
 * that order, or an empty list when every wanted id is there exactly once.
 */
export function idProblems(given: readonly string[], wanted: readonly string[]): string[] {
  const wantedSet = new Set(wanted);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of given) {
    if (!wantedSet.has(id)) problems.push(`unknown id "${id}"`);
    else if (seen.has(id)) problems.push(`id "${id}" given more than once`);
    seen.add(id);
  }
  const missing = wanted.filter((id) => !seen.has(id));
  if (missing.length > 0)
    problems.push(
      `missing id${missing.length > 1 ? 's' : ''} ${missing.map((id) => `"${id}"`).join(', ')}`,
    );
  return problems;
}
