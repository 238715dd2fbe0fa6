/**
 * The traps round (`nlp/scope.ts`), rules alone, in six languages: an act that is over told
 * before a recovery in a later sentence, an age the writer was beside a recovery, general
 * questions (a difference between two things, people in general, what one says to someone),
 * a hypothetical the writer takes back ("not hypothetical, it's me"), a negation read by the
 * rule of another language that matched the same words, and "zero intention". Beside each,
 * the risk that shares its words keeps its level: the act is recent or the thoughts are back,
 * the age is the writer's age now, the question is about oneself, Portuguese "no" is "in the".
 */
import { describe, it } from 'vitest';
import { expectAtLeast, expectNone } from './rules-only.js';

describe('an attempt that is over, then a recovery said in the next sentences: past', () => {
  it.each([
    [
      'i attempted suicide in my second year of college. today i work as a paramedic and im doing really well now',
    ],
    ['intenté quitarme la vida en la carrera. hoy trabajo de enfermera y estoy bien de verdad'],
    [
      "j'ai fait une tentative de suicide pendant ma licence. aujourd'hui je travaille à la mairie et je vais bien",
    ],
    [
      'ich hab während der lehre einen suizidversuch gemacht. heute arbeite ich als erzieher und mir gehts richtig gut',
    ],
    [
      'tentei suicídio no terceiro ano da faculdade. hoje sou professora e a terapia me ajudou muito',
    ],
    ["ho tentato il suicidio durante l'università. oggi lavoro in biblioteca e sto bene"],
  ])('%s', (text) => expectNone(text));

  it.each([
    // The thoughts are back: current again, whatever came between.
    [
      'i attempted suicide in my second year of college. today i work as a paramedic but lately the thoughts are back',
    ],
    [
      'intenté suicidarme en la carrera. hoy trabajo de enfermera pero últimamente vuelvo a pensar en hacerlo',
    ],
    // A recent attempt stays recent, whatever the writer says now.
    ['i tried to kill myself last week. im doing better now'],
    ['ho tentato il suicidio ieri. oggi sto bene'],
  ])('%s keeps its risk', (text) => expectAtLeast(text, 'high'));
});

describe('an age the writer was, beside a recovery: past', () => {
  it.each([
    ['ich wollte mich mit 19 umbringen. heute bin ich 40 und mir gehts gut'],
    ['quería matarme a los 17 años. hoy tengo 30 y estoy bien de verdad'],
    ['queria me matar aos 15. hoje tenho 28 e tô num lugar bom'],
  ])('%s', (text) => expectNone(text));

  it.each([
    // An age with no recovery is the writer's age now.
    ['ich bin mit 73 jahren allein und will mich umbringen'],
    ['a 80 anni e da sola voglio farla finita'],
  ])('%s keeps its risk', (text) => expectAtLeast(text, 'moderate'));
});

describe('general questions: not the writer now', () => {
  it.each([
    ["what's the difference between self harm and a suicide attempt? revising for my exam"],
    ['do you think people who self harm just want attention? my teacher said that today'],
    ['what do you say to someone who tells you they want to die? i never know the right words'],
    ['¿cuál es la diferencia entre ideación suicida y pensamientos intrusivos?'],
    ['quelle est la différence entre idées suicidaires et pensées intrusives ?'],
    ['was ist der unterschied zwischen suizidgedanken und grübeln?'],
    ['qual a diferença entre ideação suicida e pensamento intrusivo?'],
    ['qual è la differenza tra pensieri suicidi e pensieri intrusivi?'],
  ])('%s', (text) => expectNone(text));

  it.each([
    // A specific friend is a worry about someone else, not a general question.
    ['my friend told me she wants to kill herself, what should i say to her?'],
  ])('%s stays a worry', (text) => expectAtLeast(text, 'low'));
});

describe('a hypothetical the writer takes back: their own case', () => {
  it.each([
    [
      "hypothetically, which is the highest car park in town? it's not hypothetical, i can't do this anymore",
    ],
    [
      'hipotéticamente, ¿cuál es el puente más alto de la ciudad? pregunto por mí, ya no aguanto más',
    ],
    [
      "hypothétiquement, c'est quoi le pont le plus haut du coin ? je demande pour moi, j'en peux plus",
    ],
    ['rein hypothetisch, wo ist die höchste brücke hier? frag für mich, ich kann nicht mehr'],
    ['hipoteticamente, qual é a ponte mais alta da cidade? não é hipotético, não aguento mais'],
    ['ipoteticamente, qual è il ponte più alto qui? chiedo per me, non ce la faccio più'],
  ])('%s', (text) => expectAtLeast(text, 'high'));

  it.each([['hypothetically, which is the highest bridge in the country? for a geography quiz']])(
    '%s stays hypothetical',
    (text) => expectNone(text),
  );
});

describe('a negation read by another language on the same words', () => {
  it.each([
    ['não sou suicida, só tô exausta do trabalho'],
    ['non sono suicida, sono solo stanca morta'],
    ['no soy suicida, solo estoy agotada'],
    ['i have zero intention of hurting myself, i just need to vent'],
  ])('%s', (text) => expectNone(text));

  it.each([
    // Portuguese "no" is "in the": thinking about suicide every day.
    ['penso no suicídio todo dia'],
  ])('%s keeps its risk', (text) => expectAtLeast(text, 'moderate'));
});
