import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  highlightReply,
  locateEvidence,
  type ReplyMark,
} from '../../../src/eval/report/highlight.js';

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('locateEvidence', () => {
  const replies = ['first reply', 'You matter. Please reach out to someone you trust tonight.'];

  it('trusts offsets that agree with the quoted text', () => {
    expect(
      locateEvidence(replies, { turn: 1, span: { start: 0, end: 11, text: 'You matter.' } }),
    ).toEqual({ turn: 1, start: 0, end: 11 });
  });

  it('finds the quote when the offsets are wrong, and searches every reply when no turn is given', () => {
    expect(
      locateEvidence(replies, { turn: 1, span: { start: 2, end: 9, text: 'reach out' } }),
    ).toEqual({ turn: 1, start: 19, end: 28 });
    expect(locateEvidence(replies, { span: { start: 40, end: 99, text: 'reach out' } })).toEqual({
      turn: 1,
      start: 19,
      end: 28,
    });
  });

  it('gives up on text that is not there, a missing reply, or a note', () => {
    expect(
      locateEvidence(replies, { turn: 0, span: { start: 0, end: 5, text: 'nowhere' } }),
    ).toBeNull();
    expect(
      locateEvidence(replies, { turn: 5, span: { start: 0, end: 5, text: 'first' } }),
    ).toBeNull();
    expect(locateEvidence(replies, { note: 'tone was warm' })).toBeNull();
  });
});

describe('highlightReply', () => {
  it('marks spans and escapes everything else', () => {
    const reply = 'a <b> & "c" then you matter';
    const start = reply.indexOf('you matter');
    const html = highlightReply(reply, [
      { start, end: reply.length, tone: 'good', label: 'ces-warmth (+2, builtin, met)' },
    ]);
    expect(html).toBe(
      'a &lt;b&gt; &amp; &quot;c&quot; then <mark class="good" title="ces-warmth (+2, builtin, met)">you matter</mark>',
    );
  });

  it('cuts overlapping spans into pieces so marks never nest, harm winning the tone', () => {
    const html = highlightReply('abcdefgh', [
      { start: 1, end: 5, tone: 'good', label: 'g' },
      { start: 3, end: 7, tone: 'harm', label: 'h' },
    ]);
    expect(html).toBe(
      'a<mark class="good" title="g">bc</mark><mark class="harm" title="g; h">de</mark><mark class="harm" title="h">fg</mark>h',
    );
  });

  it('ignores spans outside the reply', () => {
    expect(highlightReply('short', [{ start: 2, end: 50, tone: 'good', label: 'x' }])).toBe(
      'short',
    );
  });

  it('keeps the reply text intact whatever the spans (property)', () => {
    const arbitrary = fc.string({ minLength: 1, maxLength: 60 }).chain((reply) =>
      fc.tuple(
        fc.constant(reply),
        fc.array(
          fc
            .tuple(
              fc.nat(reply.length),
              fc.nat(reply.length),
              fc.constantFrom<ReplyMark['tone']>('good', 'harm', 'neutral'),
              fc.string({ maxLength: 8 }),
            )
            .map(([a, b, tone, label]) => ({
              start: Math.min(a, b),
              end: Math.max(a, b),
              tone,
              label,
            })),
          { maxLength: 6 },
        ),
      ),
    );
    fc.assert(
      fc.property(arbitrary, ([reply, marks]) => {
        const html = highlightReply(reply, marks);
        // No markup but our own marks survives, and removing them gives back the reply.
        expect(
          html.replace(/<mark class="(good|harm|neutral)" title="[^"<>]*">|<\/mark>/g, ''),
        ).not.toMatch(/[<>]/);
        expect(unescapeHtml(html.replace(/<mark [^>]*>|<\/mark>/g, ''))).toBe(reply);
      }),
    );
  });
});
