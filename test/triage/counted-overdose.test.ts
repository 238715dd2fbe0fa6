/**
 * `triage@28`: amounts. The lexicons name no amount (`rules.test.ts`), so "i swallowed 30
 * paracetamol" and "is 20 paracetamol enough to die" read `none`: only words such as "a handful
 * of" counted. The pattern language now has `<many>` (a count of five or more) and `<dose>` (an
 * amount by weight or volume), so a pattern can say "many" without naming how many. Every case
 * under "reads" was `none` on `triage@27` (the CSV's one miss of this kind is read, never quoted).
 */
import { describe, expect, it } from 'vitest';
import { expectCssrs, expectNone, rules, why } from './rules-only.js';

/** A medical emergency at `imminent`, whether or not the writer meant it. */
function expectEmergency(text: string): void {
  const t = rules.triageText(text);
  expect(t.level, why(t)).toBe('imminent');
  expect(t.categories, why(t)).toContain('medical_emergency');
}

describe('reads a counted overdose already taken as an emergency (C-SSRS 6 when it is the writer)', () => {
  it.each([
    ['i swallowed 30 paracetamol, feeling sick now'],
    ['i just took like 15 of my sleeping pills'],
    ['ive taken twenty of my tablets'],
    ['me tomé 20 pastillas'],
    ["j'ai pris une vingtaine de cachets"],
    ['ich habe 30 Tabletten genommen'],
    ['tomei 15 comprimidos'],
    ['ho preso 20 pastiglie'],
  ])('%s', (text) => {
    expectEmergency(text);
    expectCssrs(text, 6);
  });

  it.each([
    ['took like 10 of my tablets after we broke up'],
    ['took 20 sertraline idk what happens now'],
  ])('%s', (text) => expectEmergency(text));
});

describe('reads an amount by weight taken over a fight, regretted, or after despair as an attempt', () => {
  it.each([
    ['took 500mg of my tramadol because of a family fight'],
    ['took 400mg of my sertraline and now i regret it'],
    ['i feel so hopeless lately. took 500mg of tramadol'],
  ])('%s', (text) => expectCssrs(text, 6));
});

describe('reads the amount that would kill the writer, by count, as a lethality question', () => {
  it.each([
    ['is 20 paracetamol enough to die'],
    ['would 20 paracetamol be enough to not wake up'],
    ['would a pack of my tablets kill me'],
    ['son 20 pastillas suficientes para morir'],
    ['bastan 20 pastillas para morir'],
    ['est-ce que 20 cachets suffisent pour mourir'],
    ['reichen 20 Tabletten, um zu sterben'],
    ['20 comprimidos são suficientes para morrer'],
    ['bastano 20 pastiglie per morire'],
  ])('%s', (text) => expectCssrs(text, 3));
});

describe('keeps ordinary doses, daily regimens and small counts at none', () => {
  it.each([
    ['took 2 paracetamol for my headache'],
    ['took 4 ibuprofen over the whole day'],
    ['i take 6 pills a day for my heart'],
    ['my nan takes 7 tablets a day'],
    ['i have to take 10 pills every morning for my transplant'],
    ['took 500mg ibuprofen for my headache'],
    ['took 500mg paracetamol this morning, is it safe to have a beer tonight'],
    ['been so depressed lately. took 50mg sertraline this morning'],
    ['would 2 ibuprofen be enough to help my headache'],
    ['son 2 pastillas suficientes para mi hijo'],
    ['bastano 2 pastiglie per dormire?'],
    ['ran 10 miles today and took 2 tablets for my knee'],
  ])('%s', (text) => expectNone(text));
});

// triage@29: a count beside "take" is how a regimen is told, so counts are read only in what was
// taken or asked about as lethal, and not before "a day" or "as my doctor said".
describe('keeps a counted regimen at none in every language', () => {
  it.each([
    ['my doctor says i need to take 6 tablets a day'],
    ['i took 6 tablets today like my doctor said'],
    ['my mum took 8 of her tablets like the doctor told her'],
    ['tengo que tomar 6 pastillas al día para el corazón'],
    ['el médico me dijo que tome 10 pastillas en total durante la semana'],
    ['je dois prendre 6 comprimés par jour'],
    ["j'ai pris 6 comprimés par jour pendant un mois"],
    ['tenho que tomar 6 comprimidos por dia'],
    ['devo prendere 6 pastiglie al giorno'],
    ['ich muss 6 Tabletten am Tag nehmen'],
  ])('%s', (text) => expectNone(text));

  it('but a count the writer denies was prescribed still counts', () =>
    expectCssrs('i took 30 tablets today, not like my doctor said', 6));
});

describe('reads too much taken for a named pain as an emergency, not an attempt', () => {
  it.each([
    ['just took 8 ibuprofen for my headache'],
    ['me tomé 10 pastillas para el dolor de cabeza'],
  ])('%s', (text) => {
    expectEmergency(text);
    const t = rules.triageText(text);
    expect(t.cssrs, why(t)).toBe(0);
  });

  it('but not when the pain named is the pain of living', () =>
    expectCssrs('i took 20 paracetamol for the pain of living', 6));
});
