/**
 * The second scoping round (`nlp/scope.ts`), rules alone, in six languages: the frame around a
 * cue, read by its grammar rather than by phrase lists. A time counted back by a long span ("two
 * winters ago", "hace tres veranos", "vor drei Wintern"); a past anchor — a year as a date, a stage
 * of life, before a child was born — beside a recovery told after it or before it; a denied
 * conditional "say" ("I wouldn't say I'm suicidal"); intensifiers between a negator and the cue
 * ("never once thought about"); thought experiments and "would you rather"; "if I ever…" asked as
 * a question; and a hypothetical the writer denies ("not hypothetical") undoes the frame. Beside
 * each, the personal form that shares its words keeps its level, and a scoped cue says why.
 */
import { describe, expect, it } from 'vitest';
import { expectAtLeast, expectNone, rules } from './rules-only.js';

describe('a long span counted back from now: past', () => {
  it.each([
    ['three summers ago i wanted to kill myself. these days i coach football'],
    ['hace tres veranos pensaba en suicidarme, ya pasó'],
    ['il y a trois étés je voulais me tuer, c’est fini tout ça'],
    ['vor drei Wintern wollte ich mich umbringen, das ist vorbei'],
    ['três verões atrás eu queria me matar, já passou'],
    ['tre estati fa volevo ammazzarmi, ora è passato'],
  ])('%s', (text) => expectNone(text));
});

describe('a past anchor beside a recovery: past', () => {
  it.each([
    // A year as a date, the recovery after it.
    ['in 2014 i attempted suicide. ten years later i run a bakery and life turned around'],
    ['en 2013 intenté suicidarme. hoy soy enfermera y soy muy feliz'],
    ['nel 2012 ho tentato il suicidio. oggi sono sposata e sono felice'],
    // The recovery told before the anchor.
    ["i'm in a good place now. in 2017 i tried to kill myself"],
    // A stage of life, before a child was born.
    ['au lycée je voulais mourir. aujourd’hui je suis prof et je vais bien'],
    ['im Studium wollte ich sterben. heute bin ich Ärztin und glücklich'],
    ['antes da minha filha nascer eu queria morrer. hoje sou feliz'],
  ])('%s', (text) => expectNone(text));
});

describe('a denied conditional "say", intensifiers, thought experiments, "if I ever…?"', () => {
  it.each([
    ["i wouldn't say i'm suicidal, more like exhausted"],
    ['no diría que soy suicida, más bien estoy cansado'],
    ['je dirais pas que je suis suicidaire, plutôt vidée'],
    ['ich würde nicht sagen, dass ich suizidal bin, eher erschöpft'],
    ['não diria que sou suicida, só cansado'],
    ['non direi di essere suicida, solo stanco'],
    ['i have never even once thought about killing myself'],
    ['thought experiment: would it be rational to want to die if the pain never ends?'],
    ['gedankenexperiment: darf man sterben wollen, wenn man unheilbar krank ist?'],
    ['if i ever did kill myself, who would get my savings? sorting out my will'],
  ])('%s', (text) => expectNone(text));
});

describe('the personal form beside them keeps its level', () => {
  it.each([
    // The past comes back now: a present marker anywhere undoes the anchor.
    [
      'in 2014 i attempted suicide. i got better but lately i want to kill myself again',
      'moderate',
    ],
    ['hace tres veranos pensaba en suicidarme y otra vez pienso en matarme', 'moderate'],
    // The anchor without a recovery is not read as over.
    ['in 2019 i tried to kill myself and nothing has changed', 'high'],
    // "Say" not in the conditional; a later clause is its own claim.
    ["i wouldn't say i'm suicidal, i just want to die", 'low'],
    ["i don't say it often but i want to kill myself", 'moderate'],
    // The hypothetical taken back by denying it.
    ['hypothetically, if i killed myself tonight would anyone care? not hypothetical', 'moderate'],
    ['si algún día me mato, ¿qué hace mi hermana con el piso? no es hipotético', 'high'],
    // Whether anyone would care is no practical question.
    ['si algún día me mato, ¿alguien lo notaría?', 'high'],
    // "If I ever" told as a statement, not a question.
    ['if i ever kill myself it will be because of this job', 'moderate'],
    // German modal particles in a wish.
    ['ich will eigentlich nicht mehr leben', 'low'],
  ] as const)('%s', (text, level) => expectAtLeast(text, level));
});

describe('a scoped cue says why', () => {
  it('names the denied "say" as the negation', () => {
    const t = rules.triageText("i wouldn't say i'm suicidal, more like exhausted");
    const aside = t.signals.find((s) => s.scopedOut !== undefined);
    expect(aside?.scopedOut).toBe('negated');
    expect(aside?.reason).toContain('"wouldn\'t say"');
  });

  it('names the span of time as the past', () => {
    const t = rules.triageText('two winters ago i wanted to kill myself. now i am doing well');
    const aside = t.signals.find((s) => s.scopedOut !== undefined);
    expect(aside?.scopedOut).toBe('past');
    expect(aside?.reason).toContain('"two winters ago"');
  });

  it('names the year as the past anchor', () => {
    const t = rules.triageText('in 2014 i attempted suicide. ten years later life turned around');
    const aside = t.signals.find((s) => s.scopedOut !== undefined);
    expect(aside?.scopedOut).toBe('past');
    expect(aside?.reason).toContain('"in 2014"');
  });

  it('does not read a number that is no year as a date', () => {
    const t = rules.triageText('in 5 minutes i will kill myself. now i am 30');
    expect(t.signals.some((s) => s.scopedOut === 'past')).toBe(false);
  });
});
