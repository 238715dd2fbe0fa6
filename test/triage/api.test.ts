import { describe, expect, it } from 'vitest';
import { RISK_CATEGORIES, RISK_LEVELS, SCOPES } from '../../src/core/index.js';
import {
  isRiskState,
  levelFor,
  TRIAGE_MODEL_ERROR,
  TRIAGE_VERSION,
  triageConversation,
  triageText,
} from '../../src/triage/index.js';

describe('public triage API', () => {
  it('names its version, with the model or the reason it is missing', () => {
    expect(TRIAGE_VERSION).toMatch(/^triage@\d+\+model@([0-9a-f]{8}|none)$/);
    if (TRIAGE_VERSION.endsWith('@none')) expect(TRIAGE_MODEL_ERROR).toMatch(/weights/);
  });

  it('returns a well-formed Triage for any text', () => {
    for (const text of ['', 'hi', "I'm going to kill myself tonight", 'quiero morir', '🪦🪦🪦']) {
      const triage = triageText(text);
      expect(RISK_LEVELS).toContain(triage.level);
      expect(triage.cssrs).toBeGreaterThanOrEqual(0);
      expect(triage.cssrs).toBeLessThanOrEqual(6);
      for (const category of triage.categories) expect(RISK_CATEGORIES).toContain(category);
      expect(triage.confidence).toBeGreaterThan(0);
      expect(triage.confidence).toBeLessThan(1);
      for (const signal of triage.signals) {
        expect(signal.id).toMatch(/^(rule|model|context):/);
        expect(text.slice(signal.span.start, signal.span.end)).toBe(signal.span.text);
        if (signal.scopedOut) expect(SCOPES).toContain(signal.scopedOut);
        expect(signal.reason.length).toBeGreaterThan(3);
      }
      expect(levelFor(triage.cssrs, triage.categories, {})).not.toBe(undefined);
    }
    expect(triageText("I'm going to kill myself tonight").level).toBe('imminent');
  });

  it('triages conversations and returns a state to pass back', () => {
    const { triage, state } = triageConversation(
      [
        { role: 'user', content: 'i lost everything this year' },
        { role: 'assistant', content: "I'm so sorry. What happened?" },
        { role: 'user', content: 'how many sleeping pills would be too many' },
      ],
      { lang: 'en' },
    );
    expect(triage.cssrs).toBeGreaterThanOrEqual(3);
    expect(isRiskState(state)).toBe(true);
    expect(isRiskState(JSON.parse(JSON.stringify(state)))).toBe(true);
    expect(isRiskState({ level: 'bad' })).toBe(false);
    const later = triageConversation([{ role: 'user', content: 'ok thanks' }], { previous: state });
    expect(later.triage.level).toBe(triage.level);
  });

  it('rejects a malformed previous state with a message that names the field', () => {
    const broken = { level: 'high', cssrs: 9, categories: [], signals: [] };
    expect(() =>
      triageConversation([{ role: 'user', content: 'hi' }], { previous: broken as never }),
    ).toThrow(/cssrs/);
    try {
      triageConversation([{ role: 'user', content: 'hi' }], { previous: broken as never });
    } catch (error) {
      expect(error).toMatchObject({ code: 'INPUT_INVALID' });
    }
  });
});
