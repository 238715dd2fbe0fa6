import { describe, expect, it } from 'vitest';
import { SseBody } from '../../src/server/sse.js';

async function* frames(parts: string[], gapMs = 0): AsyncGenerator<string> {
  for (const part of parts) {
    if (gapMs) await new Promise((resolve) => setTimeout(resolve, gapMs));
    yield part;
  }
}

function collect(body: SseBody): Promise<string[]> {
  const chunks: string[] = [];
  body.readable.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return new Promise((resolve) => body.readable.on('end', () => resolve(chunks)));
}

describe('SseBody', () => {
  it('writes a burst of frames as one chunk, and frames that arrive apart as they come', async () => {
    const burst = new SseBody();
    const burstChunks = collect(burst);
    await burst.pump(frames(['a', 'b', 'c', 'd']));
    expect(await burstChunks).toEqual(['abcd']);

    const apart = new SseBody();
    const apartChunks = collect(apart);
    await apart.pump(frames(['a', 'b', 'c'], 20));
    expect(await apartChunks).toEqual(['a', 'b', 'c']);
  });

  it('keeps pumping after the client is gone, so the turn runs to its end', async () => {
    const body = new SseBody();
    let pulled = 0;
    async function* counted(): AsyncGenerator<string> {
      for (let i = 0; i < 5; i++) {
        pulled++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        yield `frame ${i}`;
      }
    }
    const pumping = body.pump(counted());
    body.readable.destroy();
    await pumping;
    expect(pulled).toBe(5);
  });
});
