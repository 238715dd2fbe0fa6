/**
 * The rules-alone engine and its assertions, shared by the rule-round tests: a failure prints the
 * level, C-SSRS, categories and the live signals, so a wrong level says which rule fired.
 */
import { expect } from 'vitest';
import type { RiskLevel, Triage } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/index.js';

export const rules = createTriage({ model: null });

const LEVEL_ORDER: readonly RiskLevel[] = ['none', 'low', 'moderate', 'high', 'imminent'];

/** The ids of the signals that count (not set aside by scope). */
export function live(t: Triage): string[] {
  return t.signals.filter((s) => s.scopedOut === undefined).map((s) => s.id);
}

export const why = (t: Triage): string =>
  `${t.level} c${t.cssrs} [${t.categories.join(',')}]: ${live(t).join(' ')}`;

export function expectNone(text: string): void {
  const t = rules.triageText(text);
  expect(t.level, why(t)).toBe('none');
}

export function expectAtLeast(text: string, level: 'low' | 'moderate' | 'high'): void {
  const t = rules.triageText(text);
  expect(LEVEL_ORDER.indexOf(t.level), why(t)).toBeGreaterThanOrEqual(LEVEL_ORDER.indexOf(level));
}

/** A suicide reading at C-SSRS `cssrs` or above. */
export function expectCssrs(text: string, cssrs: number): void {
  const t = rules.triageText(text);
  expect(t.cssrs, why(t)).toBeGreaterThanOrEqual(cssrs);
  expect(t.categories, why(t)).toContain('suicide');
}
