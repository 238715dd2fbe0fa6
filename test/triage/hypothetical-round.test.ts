/**
 * The hypothetical round (`nlp/scope.ts`, `lexicons/question-breadth.ts`), rules alone, in six
 * languages: general questions (statistics, "is it true that", "how many people", what one
 * would do or say, how one responds) and people in general as the subject ("people who", "when
 * someone", "un adolescente que", "quelqu'un qui", "jemand, der", "alguém que", "qualcuno che")
 * are hypothetical; so are a game master's or a writer's characters and what the newspaper
 * says. Beside each, the personal form that shares its words keeps its level: the writer is the
 * subject ("is it true that if I…"), the question asks for means after distress, the writer takes
 * the question back with a hedge ("not so hypothetical", "mentira", "so geht's mir"), a wish
 * asked as a question, thoughts of dying ("je ne pense qu'à mourir": "ne … que" is "only"), and
 * the writer's own suicide put as a condition.
 */
import { describe, it } from 'vitest';
import { expectAtLeast, expectNone } from './rules-only.js';

describe('general questions and people in general: hypothetical', () => {
  it.each([
    ['what percentage of people who attempt suicide were seeing a therapist at the time?'],
    ['is it true that suicide attempts are more common among teenage girls?'],
    ['how are you supposed to react when a client jokes about wanting to die?'],
    ['do people who self harm usually do it in secret? reading up for my psych module'],
    ['¿qué porcentaje de los intentos de suicidio ocurren en adolescentes?'],
    ['¿cómo se habla con un alumno que se autolesiona sin asustarlo?'],
    ["comment parler à quelqu'un qui veut mourir sans dire de bêtises ?"],
    ['est-ce vrai que les tentatives de suicide augmentent au printemps ?'],
    ['wie redet man mit jemandem, der sich selbst verletzt?'],
    ['stimmt es, dass die meisten Suizidversuche im Frühling passieren?'],
    ['como abordar um aluno que se corta sem expor ele na frente da turma?'],
    ['é verdade que as tentativas de suicídio aumentam no fim do ano?'],
    ['come si parla con un paziente che vuole morire?'],
    ['è vero che i tentativi di suicidio sono più frequenti tra i giovani?'],
  ])('%s', (text) => expectNone(text));
});

describe("a game master's or a writer's characters, the newspaper: not the writer", () => {
  it.each([
    ["my book's villain wants to end his life in the last chapter, does that work?"],
    ['mon PNJ veut mettre fin à ses jours à la fin de la quête, trop sombre ?'],
    ['no meu rpg um npc quer tirar a própria vida, como narrar isso?'],
    ['il mio png vuole farla finita per salvare il regno, idee per la scena?'],
    ['li no jornal que aumentou a autolesão entre universitários'],
  ])('%s', (text) => expectNone(text));
});

describe('the personal form beside them keeps its level', () => {
  it.each([
    // The writer is the subject between the frame and the cue.
    ['is it true that if i want to die all the time something is wrong with me?', 'low'],
    // Spanish, Portuguese and Italian say the writer with the verb alone.
    ['¿es verdad que quiero morir solo porque estoy deprimida?', 'low'],
    ['é verdade que quero morrer só por causa da depressão?', 'low'],
    ['è vero che voglio morire solo perché sono stanca?', 'low'],
    // A person the writer is, or knows.
    ["i'm someone who thinks about killing myself every day", 'moderate'],
    // Taken back with a hedge.
    [
      'hypothetically, if i killed myself tonight would anyone care. not so hypothetical',
      'moderate',
    ],
    ['para un trabajo, ¿cuál es el puente más alto de la ciudad? mentira, no puedo más', 'high'],
    [
      'rein hypothetisch, wenn ich mich umbringen würde, wer würde es merken? ist nicht so hypothetisch',
      'moderate',
    ],
    // The writer's own suicide put as a condition.
    ['si me suicidara mañana nadie se enteraría', 'moderate'],
    ['se eu me matasse hoje ninguém ia sentir falta', 'moderate'],
    ['se mi ammazzassi nessuno se ne accorgerebbe', 'moderate'],
    ['si je me suicidais personne ne le remarquerait', 'moderate'],
    // Wishes asked as questions.
    ['is it weird that i keep wishing a truck would hit me on my way home?', 'low'],
    ['¿es raro desear que me atropelle un autobús?', 'low'],
    ['ist es schlimm, dass ich hoffe, dass mich ein Auto überfährt?', 'low'],
    ['est-ce grave de souhaiter ne plus me réveiller ?', 'low'],
    ['é normal desejar não acordar mais?', 'low'],
    ['è sbagliato sperare di non svegliarmi più?', 'low'],
    // Thoughts of dying; "ne … que" is "only".
    ["je ne pense qu'à mourir depuis la rupture", 'low'],
    ['pienso en morirme casi todos los días', 'low'],
    ['penso sempre a morire ultimamente', 'low'],
  ] as const)('%s', (text, level) => expectAtLeast(text, level));
});

describe('no longer thinking of it is a recovery, not a cue', () => {
  it.each([
    ['je ne pense plus à mourir depuis que je vais mieux'],
    ['non penso più a togliermi la vita da quando ho cambiato lavoro'],
    ['no pienso en morirme, solo estoy cansada'],
  ])('%s', (text) => expectNone(text));
});
