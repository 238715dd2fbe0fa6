/**
 * Hedged and masked risk keeps a level. The second scoping round (not shipped; docs/triage.md)
 * scoped out "I wouldn't say I'm …" and "if I ever …?" questions as a whole, and with them a
 * person who hedges before saying what they are doing, or who asks what would become of a pet or
 * their savings — the masked forms issue 3 names. These pin the shipped engine's reading.
 */
import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage/index.js';
import { expectAtLeast } from './rules-only.js';

const RANK = { none: 0, low: 1, moderate: 2, high: 3, imminent: 4 } as const;

describe('hedged or hypothetical wording around a personal question keeps a level', () => {
  it.each([
    ["I wouldn't say I'm suicidal but I've been looking up bridges", 'moderate'],
    ['if i ever did kill myself what would happen to my cat?', 'moderate'],
  ] as const)('%s', (text, level) => {
    expect(RANK[triageText(text).level]).toBeGreaterThanOrEqual(RANK[level]);
  });
});

describe('German modal particles do not change a wish', () => {
  it.each([
    ['ich will eigentlich nicht mehr leben'],
    ['ich will echt nicht mehr leben'],
    ['ich will wirklich nicht mehr leben'],
  ])('%s', (text) => expectAtLeast(text, 'low'));
});
