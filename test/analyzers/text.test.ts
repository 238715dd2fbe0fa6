import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../src/analyzers/index.js';
import { compileLexicon, entrySource } from '../../src/analyzers/text/lexicon.js';
import { splitSentences } from '../../src/analyzers/text/sentences.js';
import { negationAfter, negationBefore } from '../../src/analyzers/text/scoping.js';
import { contentStems } from '../../src/analyzers/text/words.js';

describe('lexicon', () => {
  const lexicon = compileLexicon('test.lexicon', {
    en: ["I('m| am) (so )?sorry", 'über'],
    es: ['lo siento (mucho)?', 'él'],
  });

  it('reports which entry and language matched', () => {
    const [m] = lexicon.find('Well, I’m so sorry.');
    expect(m).toMatchObject({
      text: 'I’m so sorry',
      entry: "I('m| am) (so )?sorry",
      language: 'en',
      lexicon: 'test.lexicon',
    });
  });

  it('lets an optional group after a space be absent before punctuation', () => {
    expect(lexicon.find('Lo siento, de verdad.').map((m) => m.text)).toEqual(['Lo siento']);
    expect(lexicon.find('Lo siento mucho').map((m) => m.text)).toEqual(['Lo siento mucho']);
  });

  it('uses word boundaries that understand accented letters', () => {
    expect(lexicon.find('él vino').map((m) => m.text)).toEqual(['él']);
    expect(lexicon.find('papél')).toEqual([]);
    expect(lexicon.find('Gegenüberstellung')).toEqual([]);
  });

  it('rejects spaces inside character classes and invalid entries at compile time', () => {
    expect(() => entrySource('a[- ]b')).toThrow(/inside \[/);
    expect(() => compileLexicon('bad', { en: ['(unclosed'] })).toThrow(/bad\[en\]/);
  });
});

describe('sentences and scope', () => {
  it('splits on terminal punctuation and line breaks', () => {
    const text = 'Hi there. Are you ok?\nYes!';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Hi there.', 'Are you ok?', 'Yes!']);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds negators before a match within its clause', () => {
    const text = "I don't think they are watching you";
    expect(negationBefore(text, text.indexOf('they'))).toBe("don't");
    const other = 'No. They are watching you';
    expect(negationBefore(other, other.indexOf('They'))).toBeUndefined();
    expect(negationBefore('non sei pazzo', 4)).toBe('non');
    expect(negationAfter('kündige nicht heute', 7)).toBe('nicht');
  });

  it('content stems skip function and generic words', () => {
    expect([...contentStems('I feel so exhausted after my night shifts').keys()]).toEqual([
      'exhau',
      'night',
      'shift',
    ]);
  });
});

describe('identifyLanguage', () => {
  const samples: Array<[string, string]> = [
    ['en', 'I am really sorry that you are going through this, it sounds very hard.'],
    ['es', 'Siento mucho que estés pasando por esto, de verdad parece muy difícil para ti.'],
    ['fr', "Je suis vraiment désolé que tu vives ça, ça a l'air très difficile pour toi."],
    ['de', 'Es tut mir wirklich leid, dass du das durchmachst, das klingt sehr schwer.'],
    ['pt', 'Sinto muito que você esteja passando por isso, parece muito difícil para você.'],
    ['it', 'Mi dispiace davvero che tu stia passando tutto questo, sembra molto difficile per te.'],
    ['nl', 'Het spijt me echt dat je dit meemaakt, het klinkt heel zwaar voor je.'],
    ['ja', 'つらい思いをされているのですね。話してくれてありがとう。'],
    ['ko', '정말 힘드셨겠어요. 말씀해 주셔서 고마워요.'],
    ['hi', 'मुझे बहुत दुख है कि आप इससे गुज़र रहे हैं।'],
  ];
  for (const [language, text] of samples) {
    it(`identifies ${language}`, () => {
      const guess = identifyLanguage(text);
      expect(guess.language, guess.reason).toBe(language);
      expect(guess.reason.length).toBeGreaterThan(0);
    });
  }
  it('tells close languages apart on short text', () => {
    expect(identifyLanguage('No estás sola, estoy aquí contigo.').language).toBe('es');
    expect(identifyLanguage('Você não está sozinha, estou aqui.').language).toBe('pt');
    expect(identifyLanguage('Non sei sola, sono qui con te.').language).toBe('it');
  });
  it('is undetermined without evidence', () => {
    expect(identifyLanguage('').language).toBe('und');
    expect(identifyLanguage('123 !!!').language).toBe('und');
  });
});

describe('compileLexicon: a lexicon longer than one regex part', () => {
  // Past 20 KB of source V8 stops optimising a regex, so long lexicons are compiled in parts; the
  // matches must be those of one alternation: leftmost first, the earlier entry at the same place,
  // no overlaps.
  const filler = Array.from({ length: 900 }, (_, i) => `zq${i}x (alpha|beta|gamma) word${i}`);
  const lexicon = compileLexicon('test.long', {
    en: ['late (entry|one)', ...filler, 'late entry here', 'early'],
  });

  it('finds matches from every part, left to right, without overlaps', () => {
    const text = 'early on, a late entry here, then zq899x beta word899 and zq0x alpha word0.';
    const found = lexicon.find(text).map((m) => m.text);
    expect(found).toEqual(['early', 'late entry', 'zq899x beta word899', 'zq0x alpha word0']);
  });

  it('at the same place prefers the earlier entry, as one alternation does', () => {
    expect(lexicon.first('a late entry here')?.entry).toBe('late (entry|one)');
    expect(lexicon.first('nothing to see')).toBeUndefined();
  });
});
