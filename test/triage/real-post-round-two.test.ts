/**
 * `triage@26`, the second real-post round, from the C-SSRS CSV's out-of-fold misses (never quoted;
 * every wording here is fresh): a lethality question with the amount as its subject ("how many
 * paracetamol would kill me"), a gun bought by someone in distress who names a hike in the same
 * sentence, "I wish I wasn't here", a peace found in no longer existing, being alive only for
 * someone, and "on the brink of suicide" were read `none`. Every case under "reads" was `none` on
 * `triage@25`.
 */
import { describe, it } from 'vitest';
import { expectCssrs, expectNone } from './rules-only.js';

describe('reads the amount that would kill the writer as a lethality question', () => {
  it.each([
    ['how many paracetamol would kill me'],
    ['how much of my sertraline would be fatal'],
    ['honestly how many of these would do the job'],
    ['cuántas pastillas me matarían'],
    ['combien de cachets me tueraient'],
    ['quantos comprimidos me matariam'],
    ['quante pillole mi ucciderebbero'],
  ])('%s', (text) => expectCssrs(text, 3));
});

describe('reads a gun bought in distress whatever outing is named beside it', () => {
  it.each([
    [
      "i feel so empty and worthless. finally got me a pistol and i'm off up the hiking trail tonight",
    ],
    ["i can't do this anymore. bought a gun today, going camping this weekend, alone"],
  ])('%s', (text) => expectCssrs(text, 3));
});

describe('keeps curiosities and sport at none', () => {
  it.each([
    ['how much caffeine would kill you lol'],
    ['how many calories would kill my diet lol'],
    ['bought a gun for the hunting season, cant wait'],
    ["i'm so tired lately. bought some rope and a tent for the hiking trip"],
  ])('%s', (text) => expectNone(text));
});

describe('reads passive wishes as people write them (C-SSRS 1)', () => {
  it.each([
    ['honestly i wish i wasnt here anymore'],
    ['sometimes i think it would be so peaceful if i just stopped existing'],
    ['my dog is the only reason im still here'],
    ['the only thing keeping me alive is my little brother'],
    ['ojalá ya no estuviera'],
    ["j'aimerais ne plus être là"],
    ['vorrei non esserci più'],
  ])('%s', (text) => expectCssrs(text, 1));
});

describe('reads "on the brink of suicide" as suicidal thoughts (C-SSRS 2)', () => {
  it.each([
    ['what she said pushed me to the brink of suicide'],
    ['estoy al borde del suicidio'],
    ['je suis au bord du suicide'],
    ['ich bin am Rande des Suizids'],
    ['estou à beira do suicídio'],
    ["sono sull'orlo del suicidio"],
  ])('%s', (text) => expectCssrs(text, 2));
});

describe('keeps wishing to be elsewhere for a while at none', () => {
  it.each([
    ['i wish i wasnt here right now, this lecture is endless'],
    ['i wish i wasnt here at this party'],
    ['the only reason im still here is the free pizza'],
    ['coffee is the only thing keeping me going this week'],
    ['ojalá no estuviera aquí en esta reunión'],
    ["j'aimerais ne pas être là ce soir"],
    ['vorrei non essere qui stasera'],
  ])('%s', (text) => expectNone(text));
});

// triage@27, the same round's second pass: a method pictured as the writer's own, and a wish to
// hide a suicide said with "as".
describe('reads a method the writer pictures for themselves (C-SSRS 3)', () => {
  it.each([
    ["i can't stop thinking about driving myself off the bridge on the ring road"],
    ['keep thinking about drowning myself'],
    ['is it possible to kill myself without making it look as suicide'],
  ])('%s', (text) => expectCssrs(text, 3));

  it.each([
    ['thinking about driving my car into town later'],
    ['thinking of drowning my sorrows tonight lol'],
  ])('but not a drive or an idiom: %s', (text) => expectNone(text));
});
