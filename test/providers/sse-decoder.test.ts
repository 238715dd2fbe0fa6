import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseDecoder, type ServerSentEvent } from '../../src/providers/sse-decoder.js';

function decodeAll(pieces: string[]): {
  events: ServerSentEvent[];
  rest: ServerSentEvent | undefined;
} {
  const decoder = new SseDecoder();
  const events = pieces.flatMap((piece) => decoder.push(piece));
  return { events, rest: decoder.end() };
}

/** Cuts `text` at the given fractions of its length. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of points) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  pieces.push(text.slice(from));
  return pieces;
}

const lineText = fc.string({ maxLength: 30 }).filter((s) => !/[\r\n]/.test(s));
const eventName = fc.stringMatching(/^[a-z_]{1,12}$/);
const eventArb = fc.record({
  event: fc.option(eventName, { nil: undefined }),
  dataLines: fc.array(lineText, { minLength: 1, maxLength: 3 }),
  comment: fc.option(lineText, { nil: undefined }),
});
const newline = fc.constantFrom('\n', '\r\n', '\r');

describe('SseDecoder', () => {
  it('decodes OpenAI-style chunks and the [DONE] marker', () => {
    const { events, rest } = decodeAll([
      'data: {"choices":[{"delta":{"content":"Hi"}}]}\n\n',
      'data: [DONE]\n\n',
    ]);
    expect(events).toEqual([
      { event: 'message', data: '{"choices":[{"delta":{"content":"Hi"}}]}' },
      { event: 'message', data: '[DONE]' },
    ]);
    expect(rest).toBeUndefined();
  });

  it('joins data lines, keeps event names, skips comments and other fields', () => {
    const { events } = decodeAll([
      ': keep-alive\n',
      'event: content_block_delta\nid: 7\nretry: 100\ndata: one\ndata:two\n\n',
    ]);
    expect(events).toEqual([{ event: 'content_block_delta', data: 'one\ntwo' }]);
  });

  it('returns an event whose blank line never came from end(), so a cut stream shows', () => {
    const { events, rest } = decodeAll(['data: {"a":1}\n\n', 'data: {"b":']);
    expect(events).toHaveLength(1);
    expect(rest).toEqual({ event: 'message', data: '{"b":' });
  });

  it('treats a CRLF split across two pieces as one line break', () => {
    const { events } = decodeAll(['data: x\r', '\n\r', '\n']);
    expect(events).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('decodes any events however the text is cut and whatever line breaks are used', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 6 }),
        newline,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        (events, eol, cuts) => {
          const text = events
            .map(
              (e) =>
                (e.comment !== undefined ? `:${e.comment}${eol}` : '') +
                (e.event !== undefined ? `event: ${e.event}${eol}` : '') +
                e.dataLines.map((d) => `data: ${d}${eol}`).join('') +
                eol,
            )
            .join('');
          const { events: decoded, rest } = decodeAll(cut(text, cuts));
          expect(rest).toBeUndefined();
          expect(decoded).toEqual(
            events.map((e) => ({ event: e.event ?? 'message', data: e.dataLines.join('\n') })),
          );
        },
      ),
    );
  });
});
