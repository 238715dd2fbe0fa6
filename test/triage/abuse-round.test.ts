/**
 * The abuse round (`triage@21`), rules alone: abuse of the writer said in general words — an act
 * by a person against the writer ("hurt me again", "put his hands on me", "pinned me against the
 * wall"), said as something that keeps happening ("every time he drinks", "whenever", "again"),
 * by the marks it leaves, by a threat tied to leaving, or, for sexual abuse, by a "no" that did
 * not stop it — and a minor told by a pupil's life (grades, homework, a babysitter) rather than
 * an age. Games, sport, tickling, a small child's tantrum and a grab that protects stay none.
 * 21 of these cases fail on `triage@20`; the others (the guards, and two wordings the rules
 * already read) hold on both.
 */
import { describe, expect, it } from 'vitest';
import { triageText } from '../../src/triage/index.js';
import { rules } from './rules-only.js';

const live = (text: string) =>
  rules
    .triageText(text)
    .signals.filter((s) => !s.scopedOut)
    .map((s) => s.id);

describe('an act against the writer in general words is abuse', () => {
  for (const text of [
    'he put his hands on me again and then cried about it',
    'my husband hits me every time his football team loses',
    'my husband hurt me again when he got back from the pub',
    'she pinned me against the wall and screamed in my face',
    'my boyfriend grabbed me by the hair in the car park',
    'he gets really rough with me when he drinks',
    'my partner wouldnt stop even after i told him no',
    'i wear scarves to hide the marks he leaves',
    'he says if i ever leave him he will find me',
    'mi marido me volvió a poner la mano encima anoche',
    'il lève la main sur moi dès qu’il boit',
    'er wird immer handgreiflich, wenn er getrunken hat',
    'ele pôs a mão em mim de novo ontem',
    'il mio compagno mi mette le mani addosso quando si arrabbia',
    'ogni volta che gli dico di no lui continua lo stesso',
  ])
    it(text, () => {
      const t = rules.triageText(text);
      expect(t.categories).toContain('abuse');
      expect(t.level).not.toBe('none');
    });

  it('the marks hidden "so nobody sees" are not negated by that "no"', () => {
    const text = 'uso cuello alto para que nadie vea los moretones que me deja';
    expect(rules.triageText(text).categories).toContain('abuse');
    expect(live(text)).toContain('rule:es.abuse.marks_left');
  });
});

describe('a minor told by a pupil’s life makes abuse of a minor high', () => {
  for (const text of [
    'my stepdad hurt me again yesterday. im in year 8',
    'my dad hits me every time i get a bad grade',
    'mein vater haut mir eine runter wegen jeder schlechten note',
    'mio padre mi picchia ogni volta che prendo un brutto voto',
  ])
    it(text, () => {
      const t = rules.triageText(text);
      expect(t.level).toBe('high');
      expect(t.signals.some((s) => s.id === 'context:minor')).toBe(true);
    });

  it('a pupil’s life without abuse is nothing', () => {
    expect(
      rules.triageText('got a bad grade in maths again, my dad will be so disappointed').level,
    ).toBe('none');
  });
});

describe('play, sport, a small child and a protecting grab stay none', () => {
  for (const text of [
    'my brother beat me at FIFA again, third night in a row',
    'my sister hit me with a pillow again and now its war',
    'he tickles me every time i walk past and i end up crying laughing',
    'my sparring partner hit me again in the same spot, boxing is brutal',
    'my mum grabbed me by the arm to stop me stepping into the road',
    'mein Bruder hat mich bei FIFA schon wieder abgezogen',
    'meu irmão me deu uma surra no FIFA de novo',
    'my ex hurt me so much when he left',
  ])
    it(text, () => {
      expect(rules.triageText(text).level).toBe('none');
    });

  it('a toddler hitting in a tantrum is set aside, so the model cannot add abuse either', () => {
    const text = 'my toddler hits me when hes overtired, is that a phase?';
    expect(rules.triageText(text).level).toBe('none');
    expect(triageText(text).level).toBe('none');
  });

  it('"our game" said by an adult to a child is still grooming, not play', () => {
    const t = rules.triageText(
      'my uncle does stuff to me that i dont like and says its our little game',
    );
    expect(t.categories).toContain('abuse');
  });
});
