/**
 * The parity round (`lexicons/<lang>.ts`, `nlp/scope.ts` `early_rising`), rules alone: the same
 * core suicide and self-harm signal reads in all six languages — not waking up (with the time
 * before the negation, or the colloquial "je veux pas"), being done with life or with everything,
 * wanting it all to end, a filler before "dead" ("juste", "solo"), giving one's things away "since
 * I won't need them", an overdose with the amount after the noun, cutting oneself "again". Beside
 * each, the same verbs in everyday use: getting up early for work, done with a series, wanting the
 * week to end, clothes given away before a move, and the scopes that still set a wish aside
 * (negation, a hypothetical, someone else's words).
 */
import { describe, expect, it } from 'vitest';
import { expectAtLeast, expectCssrs, expectNone, rules, why } from './rules-only.js';

describe('not waking up, in all six languages', () => {
  it.each([
    ['i dont want to wake up tomorrow'],
    ['no quiero despertar mañana'],
    ['je veux pas me réveiller demain'],
    ['jveux plus me reveiller'],
    ['ich will morgen nicht aufwachen'],
    ['não quero acordar amanhã'],
    ['non voglio svegliarmi domani'],
    ['nn voglio piu svegliarmi'],
  ])('%s', (text) => expectCssrs(text, 1));
  it.each([
    ['i dont want to wake up at 6 for work tomorrow ugh'],
    ['no quiero despertarme temprano mañana para el curro'],
    ["j'ai pas envie de me réveiller tôt demain pour le taf"],
    ['ich will morgen nicht so früh aufwachen für die arbeit'],
    ['não quero acordar cedo amanhã pro trampo'],
    ['non voglio svegliarmi alle 6 domani per il lavoro'],
  ])('an ordinary morning: %s', (text) => expectNone(text));
});

describe('done with life, done with everything, wanting it all to end', () => {
  it.each([
    ["i'm done with it all. no more"],
    ['ya terminé con la vida'],
    ['quiero que todo se acabe ya'],
    ["j'en ai fini avec la vie"],
    ["je veux que tout s'arrête"],
    ['ich bin fertig mit dem leben'],
    ['ich hab mit allem abgeschlossen'],
    ['ich will dass alles aufhört'],
    ['cansei da vida'],
    ['quero que tudo acabe logo'],
    ['basta con la vita'],
    ['ho chiuso con tutto'],
    ['voglio che finisca tutto'],
  ])('%s', (text) => expectCssrs(text, 1));
  it.each([
    ['im done with everything for today, logging off'],
    ['ya terminé con la serie, el final fue malísimo'],
    ["j'en ai fini avec cette série, la fin était nulle"],
    ['bin fertig mit der serie, das ende war mies'],
    ['acabei com essa série, o final foi horrível'],
    ['ho chiuso con questa serie, il finale fa schifo'],
    ['quiero que se acabe la semana ya, qué estrés'],
    ['voglio che finisca questa settimana, troppo lavoro'],
  ])('everyday: %s', (text) => expectNone(text));
});

describe('the wording around the wish: fillers, "lieber tot", "kein bock mehr"', () => {
  it.each([
    ["j'aimerais juste être morte"],
    ['vorrei solo essere morta'],
    ['ich wär einfach gern tot'],
    ['ich wäre lieber tot'],
    ['hab kein bock mehr zu leben'],
    ['ich würde am liebsten für immer verschwinden'],
    ['tô de saco cheio de viver'],
    ['tired of bein alive honestly'],
  ])('%s', (text) => expectCssrs(text, 1));
});

describe('thinking of ending it, doing it tonight (German)', () => {
  it('ich denk seit wochen dran es zu beenden', () =>
    expectCssrs('ich denk seit wochen dran es zu beenden', 2));
  it('ich mach es heute nacht, hab mich entschieden', () =>
    expectCssrs('ich mach es heute nacht, hab mich entschieden', 4));
});

describe("giving one's things away, since they won't be needed", () => {
  it.each([
    ["giving all my stuff away this week, i won't be needing it"],
    ['tô dando todas as minhas coisas, não vou precisar mais'],
    ['ich verschenke grad alle meine sachen, brauch ich eh nicht mehr'],
  ])('%s', (text) => expectCssrs(text, 6));
  it.each([
    ["giving all my stuff away before the move, won't need it in the new flat"],
    ['tô dando minhas coisas antes da mudança, não vou precisar no apê novo'],
  ])('moving: %s', (text) => expectNone(text));
});

describe('an overdose with the amount after the noun; self-harm again', () => {
  it('tomei remédio demais agora pouco e tô com medo', () => {
    const t = rules.triageText('tomei remédio demais agora pouco e tô com medo');
    expect(t.level, why(t)).toBe('imminent');
  });
  it('je me suis encore coupée hier soir', () =>
    expectAtLeast('je me suis encore coupée hier soir', 'moderate'));
  it('je me suis encore coupé en coupant les oignons mdr', () =>
    expectNone('je me suis encore coupé en coupant les oignons mdr'));
});

describe('German levels in line with the other five languages', () => {
  it.each([
    ['ich will mich umbringen', 2],
    ['ich will einfach nicht mehr aufwachen', 1],
    ['will nich mehr aufwachen', 1],
  ])('wanting is not intent, not waking up is no method: %s', (text, cssrs) => {
    const t = rules.triageText(text);
    expect(t.cssrs, why(t)).toBe(cssrs);
  });
  it('ways looked up after saying it are a method in mind', () => {
    const t = rules.triageText('ich will mich umbringen, hab schon nach Wegen gesucht');
    expect(t.cssrs, why(t)).toBe(3);
  });
  it('"nie wieder aufwachen" said bare is a wish, as in the other languages', () => {
    const t = rules.triageText('einfach einschlafen, nie wieder aufwachen');
    expect(t.cssrs, why(t)).toBe(1);
  });
  it('pills next to never waking up are a means in mind, in any language', () => {
    expectCssrs('💊 + 🛏️ = nie wieder aufwachen. das wär schön', 3);
    expectCssrs('💊 + 🛏️ = never wake up. that would be nice', 3);
  });
  it('but not a lie-in', () =>
    expectNone('meine 💊 genommen, jetzt schlafen und nicht mehr aufwachen bis mittag lol'));
  it('"ich werde mich umbringen" stays intent', () => expectCssrs('ich werde mich umbringen', 4));
});

describe('the scopes still apply to the new cues', () => {
  it.each([
    ['je veux pas mourir, je veux juste dormir'],
    ['no es que no quiera despertar mañana, solo estoy cansada'],
    ["ma sœur m'a dit 'j'en ai fini avec la vie', je suis inquiète pour elle"],
    ['wenn ich morgen nicht aufwachen will, dann wegen der prüfung lol'],
    ['in dem lied singt er "ich will dass alles aufhört"'],
  ])('%s', (text) => {
    const t = rules.triageText(text);
    expect(t.cssrs, why(t)).toBe(0);
  });
});

// Found while merging: a bare "do it tonight" names no act, so it is intent only after distress.
describe("'I'll do it tonight': intent after distress, a chore or a deadline without it", () => {
  it.each([
    ['i cant take this anymore. im going to do it tonight'],
    ['everyone would be better off without me. ill do it tonight'],
    ['ich halte das nicht mehr aus. ich mach es heute nacht'],
  ])('%s', (text) => expectAtLeast(text, 'high'));
  it.each([
    ['ill do it tonight, the essay is due tomorrow'],
    ['ich mach das heute nacht noch fertig, die präsentation ist morgen'],
    ['die wäsche? ich mach das heute nacht'],
  ])('stays none: %s', (text) => expectNone(text));
});
