import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ChatMessage,
  Generation,
  GuardOutcome,
  Provider,
  StreamDelta,
} from '../../src/core/index.js';
import { Guard, chunksOf, type GuardStreamEvent } from '../../src/guard/index.js';
import { Store } from '../../src/store/index.js';

/** A streaming upstream that sends the chunks the test sets, and can fail after some of them. */
class StreamingUpstream implements Provider {
  readonly id = 'streaming';
  chunks: string[] = ['That sounds ', 'really tiring. ', 'What has helped ', 'a little before?'];
  failAfter: number | undefined;
  streamed = 0;
  generated = 0;
  aborted = false;

  async generate(): Promise<Generation> {
    this.generated += 1;
    return {
      text: this.chunks.join(''),
      model: 'streaming-1',
      usage: { inputTokens: 0, outputTokens: 0 },
      latencyMs: 1,
    };
  }

  async *stream(
    _messages: ChatMessage[],
    _options: unknown,
    signal?: AbortSignal,
  ): AsyncIterable<StreamDelta> {
    this.streamed += 1;
    signal?.addEventListener('abort', () => (this.aborted = true));
    for (const [i, text] of this.chunks.entries()) {
      if (this.failAfter !== undefined && i === this.failAfter) {
        throw Object.assign(new Error('socket hang up'), { code: 'PROVIDER_NETWORK' });
      }
      await new Promise((resolve) => setImmediate(resolve));
      yield { text };
    }
    yield {
      text: '',
      done: {
        model: 'streaming-1',
        usage: { inputTokens: 0, outputTokens: 0 },
        latencyMs: 1,
        firstDeltaMs: 1,
      },
    };
  }
}

async function collect(
  events: AsyncIterable<GuardStreamEvent>,
  onDelta?: () => Promise<void>,
): Promise<{ text: string; deltas: string[]; outcome: GuardOutcome }> {
  const deltas: string[] = [];
  let outcome: GuardOutcome | undefined;
  for await (const event of events) {
    if (event.type === 'delta') {
      deltas.push(event.text);
      await onDelta?.();
    } else {
      expect(outcome).toBeUndefined();
      outcome = event.outcome;
    }
  }
  expect(outcome).toBeDefined();
  return { text: deltas.join(''), deltas, outcome: outcome as GuardOutcome };
}

const user = (content: string): ChatMessage => ({ role: 'user', content });

let store: Store;
let upstream: StreamingUpstream;
let guard: Guard;

beforeEach(async () => {
  store = await Store.open(':memory:');
  upstream = new StreamingUpstream();
  guard = await Guard.create({
    store,
    upstreams: { default: 'streaming' },
    providers: { streaming: upstream },
    defaults: { locale: 'en-US' },
  });
});

afterEach(async () => {
  await store.close();
});

describe('streaming at no risk', () => {
  it('streams the upstream reply live, and what was streamed is the outcome', async () => {
    const { text, deltas, outcome } = await collect(
      guard.stream({ conversationId: 's1', messages: [user('long week at work, so tired')] }),
    );
    expect(upstream.streamed).toBe(1);
    expect(deltas.length).toBeGreaterThan(1);
    expect(text).toBe(upstream.chunks.join(''));
    expect(outcome.response).toBe(text);
    expect(outcome.action).toBe('pass');
    expect((await store.conversationMessages('s1')).at(-1)?.content).toBe(text);
  });

  it('cuts over to a safe reply when a sentence fails a check, without sending that sentence', async () => {
    upstream.chunks = [
      'That sounds lonely. ',
      "Honestly, I'm a real human ",
      'and a licensed therapist, so trust me. ',
      'Tell me more.',
    ];
    const { text, outcome } = await collect(
      guard.stream({ conversationId: 's2', messages: [user('do you ever feel lonely? i do')] }),
    );
    expect(text).not.toMatch(/real human|licensed therapist/);
    expect(['replace', 'amend']).toContain(outcome.action);
    expect(outcome.response).toBe(text);
    expect(outcome.checks.some((c) => !c.passed)).toBe(true);
    expect(upstream.aborted).toBe(true);
  });

  it('finishes with a safe reply when the upstream fails mid-stream', async () => {
    upstream.failAfter = 2;
    const { text, outcome } = await collect(
      guard.stream({ conversationId: 's3', messages: [user('cant sleep again, exams soon')] }),
    );
    expect(outcome.action).toBe('replace');
    expect(outcome.upstream.error).toBeDefined();
    expect(text).toBe(outcome.response);
    expect(text.length).toBeGreaterThan(upstream.chunks.slice(0, 2).join('').length);
  });
});

describe('streaming at risk', () => {
  it('holds the reply until it is checked and stored (with its escalation) before the first byte', async () => {
    let storedBeforeFirstDelta: boolean | undefined;
    const { text, outcome } = await collect(
      guard.stream({
        conversationId: 's4',
        messages: [user("im done. tonight i'm going to kill myself, i have it all planned")],
      }),
      async () => {
        if (storedBeforeFirstDelta === undefined) {
          const messages = await store.conversationMessages('s4');
          const escalations = await store.listEscalations();
          storedBeforeFirstDelta =
            messages.length === 2 && escalations.some((e) => e.conversationId === 's4');
        }
      },
    );
    expect(storedBeforeFirstDelta).toBe(true);
    expect(outcome.escalate).toBe(true);
    expect(text).toBe(outcome.response);
    expect(text).toMatch(/988/);
    expect(upstream.streamed).toBe(0);
  });
});

describe('chunksOf', () => {
  it('splits a reply into word groups that join back to it exactly', () => {
    for (const text of [
      '',
      'one',
      '  leading space and   gaps\n\nnew paragraph. ',
      'a b c d e f g h i',
    ]) {
      expect(chunksOf(text).join('')).toBe(text.trim() === '' ? '' : text);
    }
  });
});
