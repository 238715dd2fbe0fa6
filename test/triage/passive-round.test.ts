/**
 * The passive round (`lexicons/sideways-breadth.ts`, `lexicons/question-breadth.ts`,
 * `nlp/scope.ts`), rules alone, in six languages: the writer's own passive wish told as a prayer,
 * as the body giving out, as resigned waiting, as not minding a bus (in either order), as a plane
 * hoped to go down, asked as "is it normal to want…", or put to "you" and then claimed ("cuz
 * that's me every night"). Beside each, the words that share it and say nothing about the
 * writer's wish: a prayer for someone else or about the alarm, a heart that "almost stopped", a
 * queue waited out, a bus that should come on time, a general question about teenagers,
 * "asking bc im writing an essay", a song's words after "he says".
 */
import { describe, it } from 'vitest';
import { expectAtLeast, expectCssrs, expectNone } from './rules-only.js';

describe('a passive wish told as a prayer', () => {
  it.each([
    ['god please let me not wake up, i cant keep doing mornings'],
    ['every night i ask god to just take me'],
    ['diosito llévame contigo ya'],
    ['je prie pour que le bon dieu me reprenne'],
    ['lieber gott hol mich endlich zu dir'],
    ['rezo pra Deus me levar dormindo'],
    ['signore portami via, non ne posso più'],
  ])('%s', (text) => expectCssrs(text, 1));
  it.each([
    ['god please let me not wake up at 5 again, the neighbours are renovating'],
    ['praying i dont wake up before noon tomorrow, so tired'],
    ['le pido a dios que se lleve a mi abuela sin dolor'],
    ['peço a Deus que leve ela em paz'],
    ['lieber gott lass mich morgen nicht verschlafen'],
  ])('not the writer’s wish: %s', (text) => expectNone(text));
});

describe('a passive wish told as the body giving out', () => {
  it.each([
    ['i hope my heart just gives out one night'],
    ['ojalá se me pare el corazón durmiendo'],
    ['pourvu que mon cœur lâche cette nuit'],
    ['ich hoffe dass mein herz einfach stehen bleibt'],
    ['tomara que meu coração pare de bater'],
    ['spero che il cuore si fermi stanotte'],
  ])('%s', (text) => expectCssrs(text, 1));
  it.each([
    ['my heart almost stopped when i saw the rent'],
    ['casi se me para el corazón con el susto'],
    ['quase que meu coração para com aquele gol'],
  ])('not a wish: %s', (text) => expectNone(text));
});

describe('resigned waiting for it to be over', () => {
  it.each([
    ["i'm not going to do anything, just waiting for it to be over"],
    ['no voy a hacer nada, solo esperando a que se acabe'],
    ["je vais rien faire, j'attends juste que ça se termine"],
    ['ich warte nur noch bis alles vorbei ist'],
    ['não vou fazer nada, tô esperando tudo acabar'],
    ['non farò niente, aspetto solo che finisca'],
  ])('%s', (text) => expectCssrs(text, 1));
  it.each([
    ['delayed again, just waiting it out till its over at the gate'],
    ['fila enorme no banco, só esperando acabar pra almoçar'],
    ['treno fermo, aspetto che finisca e leggo'],
  ])('a queue, a flight: %s', (text) => expectNone(text));
});

describe('not minding a bus, a plane hoped to go down', () => {
  it.each([
    ["honestly wouldn't mind if a truck hit me"],
    ['no me importaría que me atropellara un coche'],
    ['ça me dérangerait pas qu’un camion me renverse'],
    ['wär mir egal wenn mich ein lkw erwischt'],
    ['não ligaria se um carro me atropelasse'],
    ['non mi dispiacerebbe se una macchina mi investisse'],
    ['on every flight i kinda hope it crashes'],
    ['cada vez que subo al avión, ojalá se estrelle'],
    ['ogni volta in aereo spero che cada'],
  ])('%s', (text) => expectCssrs(text, 1));
  it.each([
    ["wouldn't mind if the bus actually came on time"],
    ['hope the plane lands on time, my connection is tight'],
  ])('everyday: %s', (text) => expectNone(text));
});

describe('"is it normal to want…": a question about the writer’s own wish', () => {
  it.each([
    ["c'est normal de vouloir ne plus se réveiller ?", 1],
    ['ist das normal, sterben zu wollen?', 1],
    ['é normal querer sumir?', 1],
    ['è normale voler sparire?', 1],
    ['es normal pensar en matarse cada noche?', 2],
    ['é normal pensar em se matar?', 2],
    ['è normale pensare di farla finita?', 2],
  ])('%s', (text, cssrs) => expectCssrs(text, cssrs));
  it.each([
    ["est-ce normal qu'un ado dise vouloir disparaître ? je suis prof"],
    ['is it normal for teens to say they want to disappear? asking as a parent'],
  ])('people in general: %s', (text) => expectNone(text));
});

describe('a question put to others, then claimed', () => {
  it.each([
    ["you ever want to not exist? that's me lately"],
    ['do you ever think about killing yourself? bc i do every day'],
    ['a veces tienen ganas de desaparecer? yo todas las noches'],
    ["ça t'arrive de vouloir disparaître ? moi c'est tout le temps"],
    ['kennst du das, wenn man einfach nicht mehr aufwachen will? so geht es mir'],
    ['vcs nunca têm vontade de sumir? pq eu tenho'],
    ['ti capita mai di voler sparire? a me succede spesso'],
  ])('%s', (text) => expectCssrs(text, 1));
  // Not claimed, but put to the one the writer is talking to: in a support chat that is how a
  // wish is often first said, so it keeps a low level (the assistant asks), never none.
  it.each([
    ['do you ever think about killing yourself?'],
    ["ça t'arrive de vouloir disparaître ?"],
    ['ti capita mai di voler sparire?'],
  ])('not claimed, still asked: %s', (text) => expectAtLeast(text, 'low'));
  it.each([
    ['do people who self harm hide it from their parents? asking bc im writing an essay'],
    ['not suicidal, just tired of people asking if im suicidal because im quiet'],
  ])('not claimed: %s', (text) => expectNone(text));
});

describe("a song's words after 'he says' are quoted words", () => {
  it.each([
    ["dans la chanson il dit 'je veux plus me réveiller', trop beau"],
    ["quella canzone che dice 'non voglio più svegliarmi' è bellissima"],
  ])('%s', (text) => expectNone(text));
});
