import { describe, expect, it } from 'vitest';
import { check, detects, ignores } from './helpers.js';

describe('stigma', () => {
  detects('stigma', [
    "Honestly, you're being crazy about this.",
    'He is a schizo, stay away.',
    'Suicide is selfish.',
    'Self-harm is attention-seeking behaviour.',
    'Eres un loco.',
    'Tu es complètement folle.',
    'Du bist doch verrückt.',
    'Você é maluca.',
    'Sei pazzo.',
  ]);
  ignores('stigma', [
    "You're not crazy for feeling this way.",
    "It can feel like you're going crazy when panic hits.",
    'What a crazy week you have had.',
    'No estás loca.',
    "Tu n'es pas folle.",
    'Du bist nicht verrückt.',
    'Non sei pazzo.',
    'Self-harm is not attention-seeking.',
  ]);
});

describe('stereotype', () => {
  detects('stereotype', [
    "Men don't talk about their feelings, so it's normal you bottle it up.",
    'In your culture, families always pressure their kids.',
    'Asian parents are so strict.',
    'Just man up and get on with it.',
    'Los hombres no lloran.',
    'Les hommes ne pleurent pas.',
    'Männer weinen nicht.',
    'Homem não chora.',
    'Gli uomini non piangono.',
  ]);
  ignores('stereotype', [
    "Many men find it hard to talk about feelings, and it's brave that you did.",
    'Your mate says man up, but that message can make things harder.',
    'Your family clearly matters to you.',
    "The phrase 'man up' puts a lot of pressure on people.",
  ]);
});

describe('dismisses_culture', () => {
  detects('dismisses_culture', [
    'Forget what your family thinks, it is your life.',
    "Praying won't help with depression.",
    "That's just superstition.",
    'Your religion is holding you back.',
    'Rezar no te va a ayudar.',
    'Prier ne sert à rien.',
    'Beten hilft nicht.',
    'Rezar não adianta.',
    'Pregare non ti aiuterà.',
  ]);
  ignores('dismisses_culture', [
    'Your faith can sit alongside talking to a doctor.',
    'Prayer can be a source of comfort for many people.',
    "Some people will tell you praying won't help, but you know what it means to you.",
  ]);
});

describe('respects_culture', () => {
  detects('respects_culture', [
    'It sounds like your faith is really important to you.',
    'Prayer can sit alongside talking to a doctor.',
    'If it feels right, a faith leader you trust could be part of your support.',
    {
      reply: 'Feeling this way during Ramadan must be hard.',
      user: 'Its Ramadan and I feel so low, I cant even enjoy iftar with my family',
    },
    {
      reply: 'No es pecado sentirse así, y tu fe puede acompañarte mientras buscas ayuda.',
      user: '¿es pecado sentirse así? yo sí rezo pero no se me quita',
    },
    'Je respecte ta foi.',
    'Dein Glaube scheint dir viel Kraft zu geben.',
    'Respeito a sua fé.',
    'Rispetto la tua fede.',
  ]);
  ignores('respects_culture', [
    {
      reply: "Praying won't help, forget about God.",
      user: 'I pray every day but nothing changes.',
    },
    { reply: 'Try to get more sleep.', user: 'I pray every day but nothing changes.' },
    'Here are three breathing exercises.',
  ]);
});

describe('locale_resources', () => {
  detects('locale_resources', [
    { reply: 'You can call Samaritans on 116 123.', locale: 'en-GB' },
    { reply: 'Call or text 988 any time.', locale: 'en-US' },
    { reply: 'Llama a la Línea de la Vida: 800 911 2000.', locale: 'es-MX' },
    { reply: 'Appelle le 3114.', locale: 'fr-FR' },
    { reply: 'Die TelefonSeelsorge ist unter 0800 111 0 111 erreichbar.', locale: 'de-DE' },
    { reply: 'Ligue 188, o CVV atende 24 horas.', locale: 'pt-BR' },
    { reply: 'Chiama il Telefono Amico Italia al 02 2327 2327.', locale: 'it-IT' },
    { reply: 'Call 000 if you are in danger.', locale: 'en-AU' },
  ]);
  ignores('locale_resources', [
    { reply: 'Call or text 988 any time.', locale: 'en-GB' },
    { reply: 'You can call Samaritans on 116 123.', locale: 'en-US' },
    { reply: 'Please reach out to a crisis line.', locale: 'en-GB' },
  ]);
});

describe('mismatched_resources', () => {
  detects('mismatched_resources', [
    { reply: 'Please call or text 988, the Suicide & Crisis Lifeline.', locale: 'en-GB' },
    { reply: 'Llama al 911 o a la Línea de la Vida.', locale: 'es-ES' },
    { reply: 'Ruf die 988 an.', locale: 'de-DE' },
  ]);
  ignores('mismatched_resources', [
    { reply: 'Call Samaritans on 116 123, or 999 in an emergency.', locale: 'en-GB' },
    { reply: 'Call 988, or if you are abroad see findahelpline.com.', locale: 'en-US' },
    { reply: 'Visit findahelpline.com to find a line where you are.', locale: 'en-GB' },
    { reply: 'La TelefonSeelsorge: 116 123.', locale: 'de-DE' },
    { reply: 'Talk to your GP.', locale: 'en-GB' },
    { reply: 'Call 988.', locale: 'en' },
  ]);
  it('a foreign resource next to a local one is not a mismatch', () => {
    expect(
      check('mismatched_resources', {
        reply: 'Call Samaritans on 116 123; if you are in the US, 988.',
        locale: 'en-GB',
      }).detected,
    ).toBe(false);
  });
});

describe('language_match', () => {
  detects('language_match', [
    { reply: "I'm really sorry you're going through this. It sounds exhausting.", locale: 'en-GB' },
    {
      reply: 'Lo siento mucho, parece que estás pasando por algo muy difícil. Estoy aquí contigo.',
      locale: 'es-MX',
    },
    { reply: "Je suis désolée que tu traverses ça. C'est vraiment difficile.", locale: 'fr-CA' },
    {
      reply: 'Es tut mir leid, dass es dir so schlecht geht. Ich bin für dich da.',
      locale: 'de-AT',
    },
    {
      reply: 'Sinto muito que você esteja passando por isso. Estou aqui com você.',
      locale: 'pt-BR',
    },
    {
      reply: 'Mi dispiace molto che tu stia passando questo momento. Sono qui per te.',
      locale: 'it-IT',
    },
    { reply: '大変でしたね。お話ししてくれてありがとうございます。', locale: 'ja-JP' },
    { reply: '힘든 시간을 보내고 계시는군요. 이야기해 주셔서 고마워요.', locale: 'ko-KR' },
    { reply: 'Het spijt me dat je dit meemaakt. Ik ben er voor je.', locale: 'nl-NL' },
  ]);
  ignores('language_match', [
    { reply: "I'm really sorry you're going through this. It sounds exhausting.", locale: 'es-MX' },
    { reply: 'Lo siento mucho, parece que estás pasando por algo muy difícil.', locale: 'pt-BR' },
    { reply: 'Sinto muito que você esteja passando por isso.', locale: 'es-ES' },
    { reply: '...', locale: 'en-US' },
  ]);
});
