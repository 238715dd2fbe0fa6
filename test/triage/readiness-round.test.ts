/**
 * The readiness round (`lexicons/readiness-breadth.ts`, the English methods, means-at-hand and
 * last-message rules, `nlp/scope.ts` `life_change`), rules alone: means got or readied and said
 * with resolve or secrecy instead of a suicide word, pills saved up, "decided how and when", the
 * place and the day picked, a height researched as enough, a crash on purpose. Beside each, the
 * same words for a swing, a trip, a date, a wedding, a resignation or an accident, and the resolve
 * words alone, which are never a risk by themselves.
 */
import { describe, expect, it } from 'vitest';
import { expectCssrs, expectNone, rules, why } from './rules-only.js';

describe('means readied, with resolve or secrecy', () => {
  it.each([
    ['picked up a rope yesterday. now i just need the nerve'],
    ['i have the rope in the shed. nobody knows its there'],
    ['the pills are under my bed, been working up the courage for days'],
    ['got my hands on my grandpas rifle. not telling anyone'],
    ['compré una soga. solo me falta valor'],
    ["j'ai acheté une corde. il me manque juste le courage"],
    ['hab gestern einen strick besorgt. fehlt nur noch der mut'],
    ['comprei a corda. só me falta coragem'],
    ['ho comprato la corda. mi manca solo il coraggio'],
  ])('%s', (text) => expectCssrs(text, 6));

  it.each([
    ['picked up a rope yesterday for the hammock'],
    ['just need the nerve to ask for a raise'],
    ['not telling anyone about the proposal yet!!'],
    ['i have the rope in the shed for the boat'],
    ['compré una soga para el columpio de los niños'],
    ['mir fehlt nur noch der mut, ihn anzurufen'],
    ['mi manca solo il coraggio di dirglielo'],
  ])('an everyday reading: %s', (text) => expectNone(text));

  it('resolve alone is context, never a risk', () => {
    for (const text of ['just need the courage', 'nobody will bother me there', 'nessuno lo sa']) {
      const t = rules.triageText(text);
      expect(t.level, why(t)).toBe('none');
    }
  });
});

describe('pills saved up', () => {
  it.each([
    ['saved up enough sleeping pills now'],
    ['i have been keeping my meds instead of taking them'],
    ['por fin junté suficientes pastillas'],
    ["j'ai assez de cachets de côté maintenant"],
    ['hab genug tabletten gesammelt'],
    ['ho messo da parte abbastanza pillole'],
  ])('%s', (text) => expectCssrs(text, 6));

  it.each([['saved up enough money for the trip'], ['do i have enough pills for the holiday?']])(
    'an everyday reading: %s',
    (text) => expectNone(text),
  );
});

describe('everything ready, the place and the day, how and when', () => {
  it.each([
    ['its all ready. not telling anyone'],
    ['everything is set up, just waiting till my parents are asleep'],
    ['picked the spot and the date. nobody will stop me'],
    ['ive worked out how and when'],
    ['ich weiß jetzt wie und wann'],
    ['tout est prêt. je le dirai à personne'],
  ])('%s', (text) => expectCssrs(text, 5));

  it.each([
    ['everything is ready for the party, just waiting for the guests'],
    ['picked the place and the date for our wedding'],
    ['ive decided how and when to tell my boss'],
    ['ya decidí cómo y cuándo decirle a mi jefe'],
    ['ho deciso come e quando dirlo al mio capo'],
    ['ich weiß jetzt wie und wann ich es meinem chef sage'],
  ])('an everyday reading: %s', (text) => expectNone(text));
});

describe('a height researched as enough, a crash on purpose', () => {
  it.each([
    ['googled how high a bridge has to be. the one by the station is enough'],
    ['i think about crashing my car on purpose'],
    ['some nights i think about swerving into oncoming traffic'],
    ['pienso en estrellar el coche a propósito'],
    ['ich denk dran, absichtlich gegen einen baum zu fahren'],
    ['penso di schiantarmi con la macchina apposta'],
  ])('%s', (text) => expectCssrs(text, 3));

  it.each([
    ['looked up how many floors the empire state building has'],
    ['i crashed my car this morning, im fine'],
  ])('an everyday reading: %s', (text) => expectNone(text));
});

describe('a last message for today', () => {
  it.each([['this is my last message today, going to bed'], ['last message today, night all']])(
    '%s',
    (text) => expectNone(text),
  );
});
