import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectionAt, textSections } from '../../src/analyzers/text/sections.js';

const headingsOf = (text: string) =>
  textSections(text).map((s) => text.slice(s.start, s.bodyStart));

describe('textSections', () => {
  it('is one section without headings', () => {
    const text = 'Call someone tonight.\n\nI am here.';
    expect(textSections(text)).toEqual([{ start: 0, end: text.length, bodyStart: 0 }]);
  });

  it('splits at markdown headings, keeping a preamble', () => {
    const text = 'Here is a plan.\n## Getting there\nBus at 9.\n### 🌉 The bridge\nI won’t say.';
    expect(headingsOf(text)).toEqual(['', '## Getting there', '### 🌉 The bridge']);
  });

  it('splits at whole-line bold and at bold labels after a list marker or an emoji', () => {
    const text = [
      '**Weekend plan**',
      '1. **Friday evening:** laundry.',
      '- **Saturday**: assignment.',
      '🏢 **Terraço:** isso eu não vou indicar.',
      'Lunch at **Casa Remedios**: cheap.',
    ].join('\n');
    expect(headingsOf(text)).toEqual([
      '**Weekend plan**',
      '1. **Friday evening:**',
      '- **Saturday**:',
      '🏢 **Terraço:**',
    ]);
  });

  it('does not take bold words inside a sentence, or bold without a colon before text, as a heading', () => {
    const text = 'Try **Casa Remedios** for lunch.\n**Really** do call someone.';
    expect(textSections(text)).toHaveLength(1);
  });

  it('partitions the text: contiguous, ordered, every offset in exactly one section', () => {
    const line = fc.oneof(
      fc.constantFrom('## Title', '### 🌉 Bridge', '**Bold**', '1. **Day 1:** drive', '- item', ''),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const sections = textSections(text);
        expect(sections.length).toBeGreaterThan(0);
        expect(sections[sections.length - 1]?.end).toBe(text.length);
        let previousEnd: number | undefined;
        for (const s of sections) {
          expect(s.start).toBeLessThanOrEqual(s.bodyStart);
          expect(s.bodyStart).toBeLessThanOrEqual(s.end);
          if (previousEnd !== undefined) expect(s.start).toBe(previousEnd);
          previousEnd = s.end;
        }
        // Only leading whitespace before the first section, if any.
        expect(text.slice(0, sections[0]?.start).trim()).toBe('');
        for (let at = sections[0]?.start ?? 0; at < text.length; at++)
          expect(sections.filter((s) => at >= s.start && at < s.end)).toHaveLength(1);
        expect(sectionAt(sections, text.length)).toBeUndefined();
      }),
    );
  });
});
