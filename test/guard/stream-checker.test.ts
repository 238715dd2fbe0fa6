import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runOutputChecks } from '../../src/guard/output-checks.js';
import { createStreamChecker } from '../../src/guard/stream-checker.js';
import { contextFor, type Kind } from './output-checks.helpers.js';

/** Splits `text` at the given cut points (any order, duplicates allowed). */
function chunk(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

function checkerFor(kind: Kind, user: string, locale = 'en-GB') {
  const { reply: _reply, ...ctx } = contextFor(kind, '', user, locale);
  return { checker: createStreamChecker(ctx), ctx };
}

const SAFE =
  "That sounds like a lot to hold at once. It makes sense you're tired.\n\nOne small thing that can help: a glass of water and a short walk. What's been the hardest part of this week? I'm an AI, not a therapist, but I'm here to listen.";

const UNSAFE_PSYCHOSIS =
  "That sounds really frightening. Leave your phone at home and pay in cash so they can't follow you. Talking to a doctor could help too.";

describe('stream checker', () => {
  it('property: a safe reply is released whole, in order, whatever the chunking', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (cuts) => {
        const { checker, ctx } = checkerFor('benign', 'work is a lot');
        let shown = '';
        for (const delta of chunk(SAFE, cuts)) {
          const step = checker.push(delta);
          expect(step.failed).toBeUndefined();
          shown += step.release;
          // Only whole sentences: what is shown ends at a sentence end (or is empty).
          if (shown !== '') expect(shown).toMatch(/[.!?]\s+$|\n$/u);
        }
        const end = checker.finish();
        expect(shown + end.release).toBe(SAFE);
        expect(end.checks).toEqual(runOutputChecks({ ...ctx, reply: SAFE }));
      }),
      { numRuns: 200 },
    );
  });

  it('property: a harmful sentence is never released, and the cut-over is sticky', () => {
    const harmful = UNSAFE_PSYCHOSIS.indexOf('Leave your phone');
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (cuts) => {
        const { checker } = checkerFor('psychosis', 'they are tracking my phone');
        let shown = '';
        let failedAt: number | undefined;
        const deltas = chunk(UNSAFE_PSYCHOSIS, cuts);
        deltas.forEach((delta, i) => {
          const step = checker.push(delta);
          shown += step.release;
          if (step.failed) {
            failedAt ??= i;
            expect(step.release).toBe('');
            expect(step.failed.map((c) => c.name)).toContain('persecution_escape_help');
            expect(step.failed.every((c) => c.severity !== 'minor')).toBe(true);
          }
        });
        const end = checker.finish();
        if (failedAt !== undefined) expect(end.release).toBe('');
        expect(end.release).toBe('');
        expect(shown.length).toBeLessThanOrEqual(harmful);
        expect(UNSAFE_PSYCHOSIS.startsWith(shown)).toBe(true);
        expect(end.checks.find((c) => c.name === 'persecution_escape_help')?.passed).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('property: cuts over exactly when the whole reply fails, never showing the failing sentence', () => {
    const safe = [
      'That sounds really frightening. ',
      "I can't know what is happening, but I can hear how real it feels. ",
      'You said “they are following me”, and that must be exhausting. ',
      'Would you be willing to talk with your doctor about it?\n',
      'It can feel like you have to hide from everyone when things are this scary. ',
      '"Leave your phone at home" is what you heard, and I wonder how that felt. ',
    ];
    const harmful = [
      "Leave your phone at home so they can't follow you. ",
      'Yes, they are watching you. ',
      'Go into hiding for a while. ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...safe), fc.constantFrom(...harmful)), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (sentences, cuts) => {
          const reply = sentences.join('');
          const { checker, ctx } = checkerFor('psychosis', 'they are following me');
          const whole = runOutputChecks({ ...ctx, reply }).some(
            (c) => !c.passed && c.severity !== 'minor' && !c.name.endsWith('_missing'),
          );
          let shown = '';
          let cut = false;
          for (const delta of chunk(reply, cuts)) {
            const step = checker.push(delta);
            shown += step.release;
            if (step.failed) {
              cut = true;
              for (const c of step.failed)
                for (const f of c.findings)
                  expect(reply.slice(f.span.start, f.span.end)).toBe(f.span.text);
            }
          }
          const end = checker.finish();
          if (end.release === '' && shown !== reply) cut = true;
          expect(cut).toBe(whole);
          for (const h of harmful) {
            const at = reply.indexOf(h);
            if (at !== -1 && !safe.some((x) => x.includes(h.trim()))) {
              expect(shown.length).toBeLessThanOrEqual(at);
            }
          }
          if (!whole) expect(shown + end.release).toBe(reply);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts over at the sentence that fails, having shown the ones before it', () => {
    const { checker } = checkerFor('psychosis', 'they are tracking my phone');
    expect(checker.push('That sounds really frightening. Leave your phone')).toEqual({
      release: 'That sounds really frightening. ',
    });
    const step = checker.push(" at home and pay in cash so they can't follow you. Talk");
    expect(step.release).toBe('');
    const spans = step.failed?.flatMap((c) => c.findings.map((f) => f.span.text)) ?? [];
    expect(spans).toEqual(expect.arrayContaining([expect.stringMatching(/Leave your phone/)]));
    expect(checker.push(' to a doctor.').failed).toBeDefined();
  });

  it('does not cut over for a minor failure', () => {
    const { checker } = checkerFor('benign', "what's the tallest building in dubai?");
    const reply = 'The tallest building in Dubai is the Burj Khalifa. It is 828 metres tall. ';
    const step = checker.push(reply);
    expect(step).toEqual({ release: reply });
    const end = checker.finish();
    expect(end.checks.find((c) => c.name === 'means_content')).toMatchObject({
      passed: false,
      severity: 'minor',
    });
  });

  it('judges protocol requirements only at the end', () => {
    const { checker } = checkerFor('crisis', 'i want to die');
    expect(checker.push("I'm so sorry you're hurting. ").release).toBe(
      "I'm so sorry you're hurting. ",
    );
    const end = checker.finish();
    expect(end.checks.find((c) => c.name === 'crisis_resources_missing')?.passed).toBe(false);
  });

  it('releases a long run without a sentence end, holding back its tail', () => {
    const { checker } = checkerFor('benign', 'list please');
    const line = Array.from({ length: 120 }, (_, i) => `item${i}`).join(' ');
    const step = checker.push(line);
    expect(step.release.length).toBeGreaterThan(0);
    expect(line.length - step.release.length).toBeGreaterThanOrEqual(100);
    expect(line.startsWith(step.release)).toBe(true);
    expect(step.release.length + checker.finish().release.length).toBe(line.length);
  });

  it('fails at finish when the last, unterminated sentence does harm', () => {
    const { checker } = checkerFor('crisis', 'how many would it take');
    expect(checker.push("I'm worried about you. ").release).toBe("I'm worried about you. ");
    expect(checker.push('A lethal dose would be [redacted]').release).toBe('');
    const end = checker.finish();
    expect(end.release).toBe('');
    expect(end.checks.find((c) => c.name === 'means_content')?.passed).toBe(false);
  });

  it('costs about one pass of the checks per reply, not one per sentence', () => {
    const sentence =
      "I'm really sorry you're going through this; it sounds exhausting. Would it help to take one small step, like a glass of water? ";
    const reply = sentence.repeat(10).slice(0, 1000);
    const { reply: _reply, ...ctx } = contextFor('benign', '', 'hi', 'en-GB');
    const stream = () => {
      const checker = createStreamChecker(ctx);
      for (let i = 0; i < reply.length; i += 5) checker.push(reply.slice(i, i + 5));
      checker.finish();
    };
    for (let i = 0; i < 20; i++) stream();
    const started = performance.now();
    let n = 0;
    while (performance.now() - started < 300) {
      stream();
      n++;
    }
    const ms = (performance.now() - started) / n;
    console.log(`stream checker: ${ms.toFixed(2)} ms per 1,000-char reply in 5-char deltas`);
    expect(ms).toBeLessThan(20);
  });
});
