/**
 * `triage@31`, the writers round: a batch by a new blind writer (`data/triage/fresh-writers-a.jsonl`)
 * read for what the rules missed. Every wording here is fresh; every case under "reads" was below
 * `high` on `triage@30` (rules alone) unless it says "still reads"; "keeps" cases stay at `none`
 * (the goodbye letters for colleagues and the missed train were read as crises on `triage@30`).
 */
import { describe, expect, it } from 'vitest';
import { expectAtLeast, expectNone, live, rules, why } from './rules-only.js';

/** A crisis: `high` or `imminent`. */
const expectCrisis = (text: string) => expectAtLeast(text, 'high');

describe('reads an overdose under way told with a farewell that lifts blame', () => {
  it.each([
    [
      'tut mir leid. die Tabletten wirken schon, sagt meiner Schwester dass es nicht ihre Schuld ist',
    ],
    ['desculpa tudo. os comprimidos estão a fazer efeito, digam ao meu pai que não foi culpa dele'],
  ])('%s', (text) => expectCrisis(text));

  it.each([
    ["sorry about all this. the tablets are kicking in, tell my dad it wasn't his fault"],
    ['perdón por todo. ya está haciendo efecto, díganle a mi hermana que no fue su culpa'],
    ["pardon pour tout. les cachets font effet, dis à Marc que c'était pas sa faute"],
  ])('still reads (already read on triage@30): %s', (text) => expectCrisis(text));

  it.each([
    ["tell my sister it wasn't her fault we missed the train"],
    ['my painkillers are kicking in finally, back feels better'],
  ])('keeps alone: %s', (text) => expectNone(text));
});

describe('reads affairs put in order, two errands together', () => {
  it.each([
    ['signed the will on tuesday and left my passwords for my brother in the drawer. all done now'],
    ['dejé el testamento firmado y las contraseñas anotadas para mi hijo. ya está todo'],
    ["j'ai laissé mes mots de passe à ma soeur et j'ai remboursé toutes mes dettes. voilà"],
    ['Testament beim Notar gemacht, die Schulden sind alle bezahlt. Jetzt ist Ruhe'],
    ['assinei o testamento e deixei as senhas num envelope pro meu filho. pronto'],
  ])('%s', (text) => expectCrisis(text));

  it.each([
    ['paid off my credit card and gave the telly to next door, moving to spain next month'],
    ['paid off my credit card today, feels great'],
  ])('keeps: %s', (text) => expectNone(text));
});

describe('keeps a goodbye letter for colleagues at a job leaving at none', () => {
  it.each([
    ['writing a goodbye letter to my colleagues, last day is friday after 22 years'],
    ["j'écris un mot d'adieu pour les collègues, dernier jour au bureau demain"],
    ['escrevendo uma carta de despedida pros alunos, último dia na escola sexta'],
    ['ich schreibe einen Abschiedsbrief an die Kollegen, mein letzter Arbeitstag ist Freitag'],
  ])('%s', (text) => expectNone(text));

  it('but a suicide note is never set aside by a last day at work', () =>
    expectCrisis('wrote my suicide note, tomorrow is my last day at work'));
});

describe('reads a child asked for pictures and secrecy as abuse of a minor', () => {
  it.each([
    ['a guy from the game says im mature for 12 and wants pics, and not to tell my parents'],
    ['il veut des photos et faut pas le dire à mes parents, jsuis en 5eme'],
  ])('%s', (text) => expectCrisis(text));

  it('keeps a compliment at none', () => expectNone('my teacher says im so mature, i got an A'));
});

describe('reads an hour, not an age, as a near time', () => {
  it('reads no near time in "debt free at 60"', () => {
    const t = rules.triageText('made my will and paid off my debts, finally debt free at 60!');
    expect(live(t), why(t)).not.toContain('rule:en.time.near');
  });

  it('still reads a near hour after a plan', () =>
    expectCrisis("i've decided, i'm doing it tonight at 11"));
});
