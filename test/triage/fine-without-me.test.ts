/**
 * Others "fine without me" (`en.passive.better_off` and its five siblings): the same passive wish
 * as "better off without me", said as people say it. Every case under "reads" was `none` on
 * `triage@24`; the everyday ones (a night out, a meeting, time away, "they'll be fine") stay
 * `none`.
 */
import { describe, it } from 'vitest';
import { expectCssrs, expectNone } from './rules-only.js';

describe('reads others "fine without me" as a passive wish (C-SSRS 1)', () => {
  it.each([
    ["they'd all be fine without me"],
    ['honestly my family would be fine without me'],
    ["they'd cope fine without me tbh"],
    ['my kids would manage without me'],
    ['the world would be just fine without me'],
    ["they wouldn't even notice if i disappeared"],
    ['creo que estarían bien sin mí, la verdad'],
    ['ils seraient très bien sans moi'],
    ['sie kämen gut ohne mich klar'],
    ['todos ficariam bem sem mim'],
    ['starebbero benissimo senza di me'],
  ])('%s', (text) => expectCssrs(text, 1));
});

describe('keeps others managing without the writer for a while at none', () => {
  it.each([
    ["they'd be fine without me for one night, go to the party"],
    ['my kids would manage without me for a week at their dads'],
    ["can't make it tonight but they'll be fine without me"],
    ['my mum would cope without me, she has my brother'],
    ['the team will be fine without me while im on leave'],
    ['estarían bien sin mí este finde, se quedan con su abuela'],
    ['ils seraient bien sans moi ce soir'],
  ])('%s', (text) => expectNone(text));
});
