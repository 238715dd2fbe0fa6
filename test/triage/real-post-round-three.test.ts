/**
 * `triage@29`, the third real-post round, from the C-SSRS CSV's out-of-fold misses (never quoted;
 * every wording here is fresh): an amount of pills asked about without saying what for, an artery
 * named as the writer's own, and a wish for a means were read `none`. Every case under "reads" was
 * `none` on `triage@28`.
 */
import { describe, it } from 'vitest';
import { expectCssrs, expectNone } from './rules-only.js';

describe('reads a counted amount asked about as a lethality question', () => {
  it.each([
    ['will 40 of my paracetamol do anything or not'],
    ['would 3000 of ibuprofen even do something'],
  ])('%s', (text) => expectCssrs(text, 3));

  it.each([
    ['will 2 paracetamol do anything for a hangover'],
    ['will 6 ibuprofen work for my back pain'],
  ])('keeps a dosing question at none: %s', (text) => expectNone(text));
});

describe("reads an artery named as the writer's own as a method", () => {
  it.each([
    ['thinking of opening my femoral artery'],
    ['should i cut the brachial or keep going'],
    ['quiero cortarme la arteria'],
    ["je pense à m'ouvrir l'artère"],
    ['ich will mir die Halsschlagader aufschneiden'],
    ['penso em cortar a minha artéria'],
    ["voglio tagliarmi l'arteria"],
  ])('%s', (text) => expectCssrs(text, 3));

  it.each([
    ['the surgeon had to open the femoral artery'],
    ['o médico vai abrir a artéria femoral do meu pai na cirurgia'],
    ['el cirujano va a abrir la arteria de mi padre'],
    ["le chirurgien doit ouvrir l'artère"],
  ])('keeps surgery at none: %s', (text) => expectNone(text));
});

describe('reads a wish for a means after distress as a method', () => {
  it.each([
    ['im so done with everything. i wish i had a gun'],
    ['everything hurts and nobody cares. if only i had a way out'],
  ])('%s', (text) => expectCssrs(text, 3));

  it.each([
    ['i feel worthless. wish i had the means to travel'],
    ['i wish i had a gun for hunting season'],
  ])('keeps other wishes at none: %s', (text) => expectNone(text));
});
