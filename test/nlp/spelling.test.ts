/**
 * Misspellings one edit from a word (`typoVariants`): the slips people make typing fast or by ear,
 * never the word itself, never an excluded real word, and the first letter kept.
 */
import { describe, expect, it } from 'vitest';
import { typoVariants } from '../../src/nlp/spelling.js';

describe('typoVariants', () => {
  it('gives the slips people make in a long word', () => {
    const variants = typoVariants('suicidal');
    expect(variants).toEqual(expect.arrayContaining(['sucidal', 'suicidla', 'suisidal']));
    expect(variants).not.toContain('suicidal');
  });
  it('halves and doubles letters', () => {
    expect(typoVariants('ammazzarmi')).toContain('amazzarmi');
    expect(typoVariants('mourir')).toContain('mourrir');
  });
  it('hears "qu" as "k", even first', () => {
    expect(typoVariants('quiero')).toContain('kiero');
  });
  it('spells endings by ear only when asked', () => {
    expect(typoVariants('nicht')).not.toContain('nich');
    expect(typoVariants('nicht', { endings: [['cht', 'ch']] })).toContain('nich');
    expect(typoVariants('suicider', { endings: [['er', 'e']] })).toContain('suicide');
  });
  it('keeps the first letter and leaves out excluded words', () => {
    const variants = typoVariants('cortarme', { exclude: new Set(['cortame']) });
    expect(variants).not.toContain('cortame');
    expect(variants.every((v) => v.startsWith('c'))).toBe(true);
  });
  it('gives short words only swaps, not dropped letters', () => {
    expect(typoVariants('kill')).toEqual(expect.arrayContaining(['kil', 'klil']));
    expect(typoVariants('want')).not.toContain('wnt');
  });
});
