/**
 * `triage@30`, the emergency round: medical emergencies written fresh for the round (the held-out
 * set's medical-emergency recall was the lowest of its categories, 0.68; it was not read). Each case
 * under "reads" was below `imminent` on `triage@29`: breathing that is failing, blood brought up, a
 * collapse after something was taken, a spiked drink, an overdose said as "overdid it" or a double
 * dose with alcohol or symptoms, and someone else's overdose in French, German, Spanish,
 * Portuguese and Italian.
 */
import { describe, expect, it } from 'vitest';
import { expectNone, rules, why } from './rules-only.js';

function expectImminent(text: string): void {
  const t = rules.triageText(text);
  expect(t.level, why(t)).toBe('imminent');
}

describe('reads a medical emergency now as imminent', () => {
  it.each([
    ["my roommate OD'd and is barely breathing, im freaking out"],
    ['cant stop vomiting after drinking all night, theres blood in my puke'],
    ['i overdid it on my sleeping meds and i can barely keep my eyes open'],
    ['took double my dose of tramadol plus some beers and now i feel like passing out'],
    ['my dad collapsed after mixing his meds with whisky'],
    ['i think my drink was spiked, i cant move properly and my vision is blurry'],
    ['my dad is barely conscious after mixing his pills with whisky'],
    ['mon copain a fait une overdose, il respire à peine'],
    ['mein Freund atmet kaum noch nach den Drogen'],
    ['tomei um monte de remédio e to passando mal demais'],
    ['mi hermano tuvo una sobredosis y apenas respira'],
    ['sto vomitando sangue dopo aver bevuto tutta la notte'],
  ])('%s', (text) => expectImminent(text));
});

describe('keeps everyday talk of the same words at none', () => {
  it.each([
    ['i was barely breathing from laughing so hard lol'],
    ['the steak had blood in it'],
    ['i was barely conscious in that 8am lecture'],
    ['my drink was way too strong last night'],
    ['i overdid it at the gym yesterday'],
    ['i overdid it on the chocolate again'],
    ['took double the amount of flour the recipe said'],
    ['my doctor doubled my dose of sertraline last week'],
    ['i accidentally took double my dose this morning, should i be worried'],
    ['he collapsed on the sofa after work, so tired'],
    ['i went overboard with the christmas shopping'],
  ])('%s', (text) => expectNone(text));
});
