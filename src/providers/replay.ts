/**
 * Recorded replies from a JSON Lines file, for re-scoring a past run or testing the pipeline
 * without a model. A line is either one reply, `{"scenarioId", "turn"?, "text"}` (turn defaults
 * to 0), or all of a scenario's replies in order, `{"scenarioId", "replies": [...]}`. Replies are
 * looked up by `options.scenarioId` and `options.turn`.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type {
  ChatMessage,
  GenerateOptions,
  Generation,
  Provider,
  StreamDelta,
} from '../core/index.js';
import { TandemError } from '../core/index.js';
import { abortedFailure } from './failures.js';
import type { ProviderKind } from './provider-kind.js';
import { streamGeneration } from './streaming.js';

const singleReplySchema = z.strictObject({
  scenarioId: z.string().min(1),
  turn: z.number().int().min(0).optional(),
  text: z.string(),
});
const allRepliesSchema = z.strictObject({
  scenarioId: z.string().min(1),
  replies: z.array(z.string()).min(1),
});
const lineSchema = z.union([singleReplySchema, allRepliesSchema]);

/** Recorded replies by scenario and turn. */
export type ReplayBook = ReadonlyMap<string, ReadonlyMap<number, string>>;

/**
 * Parses replay JSONL. `source` names the file in errors, which also give the line number. A
 * scenario turn recorded twice is an error: which one would be replayed is otherwise a guess.
 */
export function parseReplayLines(content: string, source: string): ReplayBook {
  const book = new Map<string, Map<number, string>>();
  const firstSeen = new Map<string, number>();
  const lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new TandemError(
        'INPUT_INVALID',
        `${source}:${lineNo}: not valid JSON (${(error as Error).message})`,
      );
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      throw new TandemError(
        'INPUT_INVALID',
        `${source}:${lineNo}: expected {"scenarioId", "turn"?, "text"} or {"scenarioId", "replies": [...]}`,
        {
          details: {
            file: source,
            line: lineNo,
            issues: parsed.error.issues.map((i) => i.message),
          },
        },
      );
    }
    const entry = parsed.data;
    const turns =
      'replies' in entry
        ? entry.replies.map((text, turn) => ({ turn, text }))
        : [{ turn: entry.turn ?? 0, text: entry.text }];
    let scenario = book.get(entry.scenarioId);
    if (!scenario) {
      scenario = new Map();
      book.set(entry.scenarioId, scenario);
    }
    for (const { turn, text } of turns) {
      const seenKey = `${entry.scenarioId}\u0000${turn}`;
      const earlier = firstSeen.get(seenKey);
      if (earlier !== undefined) {
        throw new TandemError(
          'INPUT_INVALID',
          `${source}:${lineNo}: scenario "${entry.scenarioId}" turn ${turn} was already recorded on line ${earlier}`,
        );
      }
      firstSeen.set(seenKey, lineNo);
      scenario.set(turn, text);
    }
  });
  return book;
}

export function loadReplayFile(path: string): ReplayBook {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TandemError(
      'INPUT_INVALID',
      `cannot read replay file ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return parseReplayLines(content, path);
}

export class ReplayProvider implements Provider {
  readonly id: string;
  readonly #load: () => ReplayBook;
  #book: ReplayBook | undefined;

  /** `source` is a file path (read on first use) or an already parsed book. */
  constructor(
    source: string | ReplayBook,
    id = typeof source === 'string' ? `replay:${source}` : 'replay',
  ) {
    this.id = id;
    this.#load = typeof source === 'string' ? () => loadReplayFile(source) : () => source;
  }

  async generate(
    _messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): Promise<Generation> {
    if (signal?.aborted) throw abortedFailure(this.id);
    this.#book ??= this.#load();
    const scenarioId = options.scenarioId;
    const turn = options.turn ?? 0;
    if (scenarioId === undefined) {
      throw new TandemError(
        'REPLAY_MISSING',
        `${this.id}: no scenarioId given, so no recorded reply can be chosen`,
      );
    }
    const text = this.#book.get(scenarioId)?.get(turn);
    if (text === undefined) {
      const recorded = this.#book.get(scenarioId);
      const known = recorded
        ? ` (recorded turns: ${[...recorded.keys()].sort((a, b) => a - b).join(', ')})`
        : ' (scenario not recorded)';
      throw new TandemError(
        'REPLAY_MISSING',
        `${this.id}: no recorded reply for scenario "${scenarioId}" turn ${turn}${known}`,
        {
          details: { scenarioId, turn },
        },
      );
    }
    return { text, model: 'replay', usage: { inputTokens: 0, outputTokens: 0 }, latencyMs: 0 };
  }

  /** The recorded reply, word group by word group, as a model would have streamed it. */
  stream(
    messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): AsyncIterable<StreamDelta> {
    return streamGeneration(this.id, () => this.generate(messages, options, signal), signal);
  }
}

export const replayKind: ProviderKind = {
  name: 'replay',
  form: 'replay:<file.jsonl>',
  network: false,
  create: (path) => new ReplayProvider(path),
};
