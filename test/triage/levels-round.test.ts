/**
 * The levels round, rules alone: the level the labelling guide gives a category follows the
 * evidence the rules read. A minor is read from a school year, a parent's partner, a threat of
 * care or grooming talk (not only an age), so abuse of a minor is high; "now" beside an act
 * against someone makes abuse in progress (high) and harm near (imminent) but never a suicide
 * plan; someone else who swallowed all their medicine and does not respond is an attempt now
 * (imminent); acting on a persecutory belief is psychosis with risky behaviour (moderate); hiding
 * from someone attacking the door is abuse in progress. Each behaviour case fails on the code
 * before the round; the guards hold on both.
 */
import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/triage/index.js';

const rules = createTriage({ model: null });
const ids = (text: string) =>
  rules
    .triageText(text)
    .signals.filter((s) => !s.scopedOut)
    .map((s) => s.id);

describe('abuse of a minor is high when the minor is told without an age', () => {
  for (const text of [
    "my mum's boyfriend hits me when she's on nights",
    'je suis en 5e et mon beau-père me frappe quand il a bu',
    'der neue Freund von Mama ist komisch, er schlägt mich wenn sie arbeiten ist',
    'sono in seconda media e il mio patrigno mi picchia',
    'mi profe me escribe que soy muy madura para mi edad y que borre los mensajes',
    'mon beau-père me frappe et dit que si je parle on me placera en foyer',
  ])
    it(text, () => {
      const t = rules.triageText(text);
      expect(t.level).toBe('high');
      expect(t.categories).toContain('abuse');
      // Explainable: the minor has its own signal and span.
      expect(t.signals.some((s) => s.id === 'context:minor' && s.span.text.length > 0)).toBe(true);
    });

  it('a university year is no minor: abuse not happening now stays moderate', () => {
    expect(rules.triageText('je suis en master et mon copain me frappe').level).toBe('moderate');
  });
  it('a number that is no school year is no minor', () => {
    expect(
      rules.triageText('ich bin in der 30. woche schwanger und mein mann schlägt mich').level,
    ).toBe('moderate');
  });
  it("a parent's partner with no abuse is nothing", () => {
    expect(rules.triageText("my mum's boyfriend is lovely, he helped me move flat").level).toBe(
      'none',
    );
  });
  it('a parent writing about a child in year 6 is no abuse', () => {
    expect(rules.triageText("my son's in year 6 and got detention again").level).toBe('none');
  });
});

describe('"now" beside an act against someone', () => {
  it('abuse said with now is in progress: high', () => {
    expect(rules.triageText('ele me bate agora').level).toBe('high');
    expect(ids('ele me bate agora')).toContain('rule:pt.time.act_now');
    expect(rules.triageText('ele me bate').level).toBe('moderate');
  });
  it('harm with a weapon at the door now is imminent', () => {
    expect(rules.triageText('steh grad vor seiner wohnung mit dem messer in der jacke').level).toBe(
      'imminent',
    );
  });
  it('"as soon as he comes out" is a near time for harm', () => {
    expect(
      rules.triageText("je suis devant chez lui avec une batte, dès qu'il sort je le défonce")
        .level,
    ).toBe('imminent');
  });
  it('out of prison is no near time', () => {
    expect(
      rules.triageText("when he comes out of prison i'm going to hurt him for what he did").level,
    ).not.toBe('imminent');
  });
  it('"and now" turns to another time: past abuse stays moderate', () => {
    expect(
      rules.triageText("he choked me during a fight last week and now he's being really sweet")
        .level,
    ).toBe('moderate');
    expect(rules.triageText("my ex hit me, now i'm ok").level).toBe('moderate');
  });
  it('"now" never makes a suicide plan', () => {
    const t = rules.triageText("i keep thinking about killing myself now that she's gone");
    expect(t.cssrs).toBeLessThan(5);
    expect(t.signals.some((s) => s.id.endsWith('time.act_now'))).toBe(false);
  });
});

describe("someone else's overdose now", () => {
  for (const text of [
    'meine schwester hat alle ihre tabletten geschluckt und reagiert nicht',
    "my mum swallowed her sleeping pills and she's not answering me",
    "ma sœur vient d'avaler tous ses médicaments et elle répond plus",
  ])
    it(text, () => {
      const t = rules.triageText(text);
      expect(t.level).toBe('imminent');
      expect(t.categories).toContain('third_party');
    });
  it('taking daily medicine and not answering texts is no emergency', () => {
    expect(
      rules.triageText('my dad took his heart pills this morning and isnt answering my texts')
        .level,
    ).not.toBe('imminent');
  });
});

describe('acting on a persecutory belief is psychosis with risky behaviour', () => {
  for (const text of [
    'parei o remédio porque tem chip dentro e não saio mais',
    'ho coperto le finestre con la carta stagnola e non esco più',
  ])
    it(text, () => {
      const t = rules.triageText(text);
      expect(t.categories).toContain('psychosis');
      expect(t.level).toBe('moderate');
    });
});

describe('hiding from someone attacking the door is abuse in progress', () => {
  it('de', () => {
    expect(
      rules.triageText('er hämmert gegen die badtür, ich hab mich mit den kindern eingeschlossen')
        .level,
    ).toBe('high');
  });
  it('a child kicking the door over a tablet is nothing', () => {
    expect(rules.triageText('my toddler is kicking the door because no ipad lol').level).toBe(
      'none',
    );
  });
});
