/**
 * Reads the project's reply sets for the analyser benches: one reply per JSONL line, either
 * `{id, locale, messages, response, findings}` (data/analyzers, data/safe-messaging) or
 * `{id, locale, seeker, reply}` (data/empathy). A row without `findings` names no finding.
 */
import { readFileSync } from 'node:fs';

export interface ReplyRow {
  id: string;
  locale: string;
  /** The person's turns before the reply, in order. */
  userTurns: string[];
  response: string;
  findings: readonly string[];
}

interface RawRow {
  id?: string;
  locale?: string;
  messages?: Array<{ role: string; content: string }>;
  seeker?: string;
  response?: string;
  reply?: string;
  findings?: string[];
}

export function readReplyRows(path: string): ReplyRow[] {
  const rows: ReplyRow[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let raw: RawRow;
      try {
        raw = JSON.parse(line) as RawRow;
      } catch (error) {
        throw new Error(`${path}:${i + 1}: not valid JSON (${(error as Error).message})`);
      }
      const response = raw.response ?? raw.reply;
      if (typeof response !== 'string') throw new Error(`${path}:${i + 1}: no response or reply`);
      rows.push({
        id: raw.id ?? `${path}:${i + 1}`,
        locale: raw.locale ?? 'en',
        userTurns:
          raw.messages?.filter((m) => m.role === 'user').map((m) => m.content) ??
          (raw.seeker === undefined ? [] : [raw.seeker]),
        response,
        findings: raw.findings ?? [],
      });
    });
  return rows;
}
