/**
 * Regression tests for five triage defects: past-with-recovery read as current, English text
 * firing other languages' overdose rules, online games read as fiction, the reason of cues set
 * aside for want of context, and unambiguous preparation gated behind distress.
 */
import { describe, expect, it } from 'vitest';
import { createTriage } from '../../src/triage/index.js';

// Rules only: these are defects of the rules and their scoping, not of the model.
const rules = createTriage({ model: null });

describe('past ideation with recovery', () => {
  it.each([
    'já pensei em me matar há muitos anos mas hoje tô bem',
    'hace muchos años pensé en matarme pero hoy estoy bien',
    "il y a bien des années j'ai pensé à me tuer mais aujourd'hui je vais bien",
    "vor vielen Jahren wollte ich mich umbringen, aber heute geht's mir gut",
    'tanti anni fa pensavo di uccidermi ma oggi sto bene',
    "I thought about killing myself many years ago but now I'm doing well",
  ])('%s is past, not current', (text) => {
    const triage = rules.triageText(text);
    expect(triage.cssrs).toBe(0);
    expect(triage.level).toBe('none');
    expect(
      triage.signals.find((s) => s.category === 'suicide' && (s.cssrs ?? 0) >= 2)?.scopedOut,
    ).toBe('past');
  });

  it('a near time after a "but" is not a time for acting', () => {
    const triage = rules.triageText('i want to kill myself but tonight i have to study');
    expect(triage.cssrs).toBe(2);
    expect(triage.signals.some((s) => s.id === 'context:plan_with_time')).toBe(false);
  });

  it('a near time attached to an intent still makes a near plan', () => {
    const triage = rules.triageText('vou me matar hoje');
    expect(triage.level).toBe('imminent');
    expect(triage.signals.some((s) => s.id === 'context:plan_with_time')).toBe(true);
  });
});

describe('overdose rules read their own language only', () => {
  it('a past attempt in English is cssrs 6 but not in progress', () => {
    const triage = rules.triageText(
      'I tried to overdose last month and part of me wishes it worked',
    );
    expect(triage.cssrs).toBe(6);
    expect(triage.level).toBe('high');
    expect(triage.categories).not.toContain('medical_emergency');
    expect(triage.signals.some((s) => /^rule:(fr|pt|it)\.medical/.test(s.id))).toBe(false);
  });

  it.each([
    'je viens de faire une overdose',
    'tô tendo uma overdose',
    "ho avuto un'overdose adesso",
  ])('%s is still a medical emergency', (text) => {
    const triage = rules.triageText(text);
    expect(triage.categories).toContain('medical_emergency');
    expect(triage.level).toBe('imminent');
  });

  it('an overdose years ago with recovery is set aside as past', () => {
    const triage = rules.triageText("j'ai fait une surdose il y a des années, ça va mieux");
    expect(triage.categories).not.toContain('medical_emergency');
    expect(triage.signals.find((s) => s.id === 'rule:fr.medical.overdose')?.scopedOut).toBe('past');
  });
});

describe('online games are places where people meet', () => {
  it('grooming by someone from a game is abuse of a minor', () => {
    const triage = rules.triageText('a guy from the game keeps asking me for nudes, im 13');
    expect(triage.categories).toContain('abuse');
    expect(triage.level).toBe('high');
    expect(triage.signals.find((s) => s.category === 'abuse')?.scopedOut).toBeUndefined();
  });

  it('a game as a trivial trigger is still figurative for suicide talk', () => {
    expect(rules.triageText('this game makes me want to die lol').level).toBe('none');
  });
});

describe('cues that need context say so', () => {
  it('the reason names what was missing', () => {
    const triage = rules.triageText('who should get my cat');
    const signal = triage.signals.find((s) => s.id === 'rule:en.prep.giving_away');
    expect(signal?.scopedOut).toBe('everyday');
    expect(signal?.reason).toContain(
      'needs distress or suicidal talk in the conversation to count',
    );
  });
});

describe('unambiguous preparation counts without prior distress', () => {
  it.each([
    "giving away my things because I won't need them",
    "I wrote goodbye letters for after I'm gone",
    'escribí cartas para cuando ya no esté',
    'estoy regalando mis cosas porque ya no las voy a necesitar',
    "j'ai écrit des lettres pour quand je ne serai plus là",
    "je donne mes affaires, je n'en aurai plus besoin",
    'ich habe Briefe geschrieben für wenn ich nicht mehr da bin',
    'ich verschenke meine Sachen, weil ich sie nicht mehr brauche',
    'escrevi cartas pra quando eu não estiver mais aqui',
    'to dando minhas coisas porque não vou precisar mais delas',
    'ho scritto lettere per quando non ci sarò più',
    'sto regalando le mie cose, non mi serviranno più',
  ])('%s is preparation', (text) => {
    const triage = rules.triageText(text);
    expect(triage.cssrs).toBe(6);
    expect(triage.level).toBe('high');
  });

  it.each([
    'this is my last message, goodbye everyone',
    'este es mi último mensaje, adiós a todos',
    "c'est mon dernier message, adieu",
    'das ist meine letzte Nachricht, lebt wohl',
    'essa é minha última mensagem, adeus',
    'questo è il mio ultimo messaggio, addio',
  ])('%s is a goodbye happening now', (text) => {
    const triage = rules.triageText(text);
    expect(triage.cssrs).toBe(6);
    expect(triage.level).toBe('imminent');
  });

  it.each([
    "decluttering, giving away my things I don't need",
    'wrote my will after the divorce',
    "giving away my stuff because I won't need it, moving abroad next month",
    "giving away my things because I won't need them in the new flat",
  ])('%s stays gated', (text) => {
    expect(rules.triageText(text).cssrs).toBe(0);
  });
});

describe('means questions with words between the place and the height', () => {
  it('reads "which bridges around here are the tallest" after distress as method seeking', () => {
    const t = rules.triageText(
      'lost my job today and my wife left. which bridges around here are the tallest',
    );
    expect(t.cssrs).toBeGreaterThanOrEqual(3);
    expect(['high', 'imminent']).toContain(t.level);
  });

  it('keeps the sightseeing question without distress at none', () => {
    expect(
      rules.triageText('visiting next week! which bridges around here are the tallest? want photos')
        .level,
    ).toBe('none');
  });
});

describe('condition cues that shared their words with everyday talk or a passive wish (triage@7)', () => {
  it('reads "not waking up" about oneself as a passive wish, not a medical emergency', () => {
    const triage = rules.triageText("honestly i wouldn't mind not waking up tomorrow");
    expect(triage.categories).not.toContain('medical_emergency');
    expect(triage.level).not.toBe('imminent');
  });

  it.each(["he's not waking up, help", 'my dad is not waking up'])(
    'still reads someone else not waking up (%s) as an emergency now',
    (text) => {
      const triage = rules.triageText(text);
      expect(triage.signals.some((s) => s.id === 'rule:en.medical.symptoms')).toBe(true);
      expect(triage.level).toBe('imminent');
    },
  );

  it.each([
    'threw up after the boat trip, never again',
    'my son threw up after the bouncy castle lol',
  ])('%s is not purging', (text) => {
    expect(rules.triageText(text).categories).not.toContain('eating_disorder');
  });

  it('still reads throwing up after meals as purging', () => {
    const triage = rules.triageText('been throwing up after dinner every night so i dont gain');
    expect(triage.categories).toContain('eating_disorder');
    expect(triage.level).toBe('moderate');
  });

  it('reads voices that grow louder as hallucinations', () => {
    expect(rules.triageText('the voices are getting louder at night').categories).toContain(
      'psychosis',
    );
  });
});
