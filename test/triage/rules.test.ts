import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/engine.js';
import { LEXICONS } from '../../src/triage/lexicons/index.js';
import { KINDS, RULE_KINDS } from '../../src/triage/lexicons/types.js';
import { readMessage, RULE_PATTERN_COUNT } from '../../src/triage/rules.js';
import { QUIET_CASES, RISK_CASES } from './cases.js';

const rulesOnly = createTriage({ model: null });

describe('rules: risk each language must see', () => {
  for (const [lang, cases] of Object.entries(RISK_CASES)) {
    it.each(cases.map((c) => [c.text, c] as const))(`${lang}: %s`, (_, c) => {
      const triage = rulesOnly.triageText(c.text);
      expect(triage.level).toBe(c.level);
      if (c.cssrs !== undefined) expect(triage.cssrs).toBe(c.cssrs);
      for (const category of c.categories ?? []) expect(triage.categories).toContain(category);
    });
  }
});

describe('rules: false-alarm traps (negation, figurative, past, quoted, everyday)', () => {
  for (const [lang, texts] of Object.entries(QUIET_CASES)) {
    it.each(texts)(`${lang}: %s`, (text) => {
      const triage = rulesOnly.triageText(text);
      expect(triage.level, JSON.stringify(triage.signals.filter((s) => !s.scopedOut))).toBe('none');
      expect(triage.cssrs).toBe(0);
    });
  }

  it('keeps a set-aside cue as a signal that says why', () => {
    const triage = rulesOnly.triageText("I'm not suicidal, just really tired");
    const signal = triage.signals.find((s) => s.id === 'rule:en.active.suicidal');
    expect(signal).toMatchObject({ scopedOut: 'negated', category: 'suicide', cssrs: 2 });
    expect(signal!.reason).toMatch(/negated \("not"\)/);
    expect(signal!.span.text).toBe('suicidal');
  });
});

describe('rules: structure', () => {
  it('gives every hit a span into the original text, a rule id and a reason', () => {
    const text = 'Honestly?? I WANT to diiie. Ya no quiero vivir… je veux mourir';
    const reading = readMessage(text);
    expect(reading.hits.length).toBeGreaterThanOrEqual(3);
    for (const hit of reading.hits) {
      expect(text.slice(hit.span.start, hit.span.end)).toBe(hit.span.text);
      expect(hit.rule.id).toMatch(/^(en|es|fr|de|pt|it)\.[a-z_]+\.[a-z_]+$/);
      expect(hit.rule.reason.length).toBeGreaterThan(3);
    }
  });

  it('reports one cue for nested matches: the one that says most', () => {
    const ids = readMessage("I'm going to kill myself").hits.map((h) => h.rule.id);
    expect(ids).toContain('en.intent.going_to');
    expect(ids).not.toContain('en.active.kill_myself');
  });

  it('covers every category in every language, and every kind is used', () => {
    const categoriesOf = (lang: string) =>
      new Set(LEXICONS.find((l) => l.lang === lang)!.rules.map((r) => KINDS[r.kind].category));
    for (const lexicon of LEXICONS) {
      const categories = categoriesOf(lexicon.lang);
      for (const category of RISK_CATEGORIES)
        expect(categories, `${lexicon.lang} ${category}`).toContain(category);
    }
    const used = new Set(LEXICONS.flatMap((l) => l.rules.map((r) => r.kind)));
    for (const kind of RULE_KINDS) expect(used, kind).toContain(kind);
    expect(RULE_PATTERN_COUNT).toBeGreaterThan(800);
  });

  it('never names amounts or dosages in a pattern', () => {
    for (const lexicon of LEXICONS) {
      for (const rule of lexicon.rules) {
        for (const pattern of rule.patterns) {
          expect(pattern, `${lexicon.lang}.${rule.id}`).not.toMatch(
            /\b\d{2,}\b|\b(mg|ml|grams?|milligrams?)\b/,
          );
        }
      }
    }
  });

  it('reads code-switching: each cue with its own language', () => {
    const triage = rulesOnly.triageText(
      'honestly no sé, ya no quiero vivir and I keep thinking about killing myself',
    );
    expect(triage.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['rule:es.passive.not_want_to_live', 'rule:en.active.suicidal']),
    );
    expect(triage.cssrs).toBe(2);
  });
});
