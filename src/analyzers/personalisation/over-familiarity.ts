import { defineCheck, spanOf } from '../define.js';
import type { ReplyFinding } from '../define.js';
import { compileLexicon, describeMatch } from '../text/lexicon.js';

/**
 * Over-familiar terms of endearment or tone. Unambiguous ones count anywhere ("sweetie",
 * "cariño"); words that are also ordinary nouns ("love", "honey", "dear", "mate", "amor",
 * "Schatz") count only as a form of address — at the start or end of a sentence or set off by
 * commas ("Thanks, love." / "Hey mate,").
 */
const ENDEARMENT = compileLexicon('over_familiarity.endearment', {
  en: [
    'sweetie',
    'sweetheart',
    'sweetpea',
    'sweet pea',
    'hun',
    'babe',
    'bby',
    'darling',
    'darlin',
    'cutie',
    'cutie pie',
    'bestie',
    'my love',
    'my dear',
    'lovey',
    'xoxo',
    'mwah',
    'big hugs and kisses',
    'kisses',
  ],
  es: [
    'cariño',
    'cariñito',
    'mi amor',
    'mi vida',
    'mi cielo',
    'corazoncito',
    'guap[oa]',
    'nen[ea]',
    'bebé',
    'mi rey',
    'mi reina',
    'mi niñ[oa]',
    'amorcito',
    'besitos',
  ],
  fr: [
    'mon chéri',
    'ma chérie',
    'mon cœur',
    'mon coeur',
    'ma puce',
    'mon ange',
    'mon lapin',
    'ma belle',
    'mon grand',
    'ma grande',
    'bisous',
    'mon chou',
  ],
  de: [
    'Schätzchen',
    'Liebling',
    'Süße',
    'Süßer',
    'Hasi',
    'Mäuschen',
    'Schnucki',
    'Küsschen',
    'mein Schatz',
  ],
  pt: [
    'meu amor',
    'meu bem',
    'benzinho',
    'fofinh[oa]',
    'querid[oa] do meu coração',
    'minha linda',
    'meu lindo',
    'amorzinho',
    'beijinhos',
    'meu anjo',
  ],
  it: [
    'tesoro',
    'tesorino',
    'amore mio',
    'cara mia',
    'caro mio',
    'dolcezza',
    'piccola mia',
    'piccolo mio',
    'bacioni',
    'cucciol[oa]',
  ],
});

/** Ordinary words that are endearments only when used to address the person. */
const ADDRESS_ONLY = compileLexicon('over_familiarity.address', {
  en: [
    'love',
    'luv',
    'honey',
    'dear',
    'baby',
    'mate',
    'buddy',
    'pal',
    'bro',
    'dude',
    'sis',
    'girl',
    'chief',
    'champ',
    'kiddo',
    'sunshine',
    'hon',
    'pet',
  ],
  es: [
    'amor',
    'corazón',
    'cielo',
    'rey',
    'reina',
    'gord[oa]',
    'flac[oa]',
    'chiquit[oa]',
    'mija',
    'mijo',
    'compa',
    'tío',
    'tía',
  ],
  fr: ['chéri', 'chérie', 'mon vieux', 'ma vieille', 'poulette', 'coco', 'frérot'],
  de: ['Schatz', 'Kleine', 'Kleiner', 'Süße', 'Alter', 'Digga', 'Kumpel'],
  pt: [
    'amor',
    'querid[oa]',
    'lind[oa]',
    'fofa',
    'fofo',
    'mano',
    'mana',
    'gat[oa]',
    'flor',
    'miga',
    'parceiro',
  ],
  it: ['amore', 'cara', 'caro', 'bella', 'bello', 'piccola', 'piccolo', 'fratello', 'bro'],
});

// Set off as a form of address: start or end of sentence, or between commas, or after a greeting.
const ADDRESS_BEFORE =
  /(?:^|[.!?…\n,;:¡¿(—–-]\s*|\b(?:hey|hi|hello|oh|aw|aww|thanks|thank you|hola|gracias|salut|merci|hallo|danke|olá|oi|obrigad[oa]|ciao|grazie|ok|okay|look|listen)\s+)$/iu;
const ADDRESS_AFTER = /^(?:\s*[.!?…,;:)\n]|\s*$)/u;
// "Oh dear" is an exclamation, not an address.
const EXCLAMATION = /\boh\s*$/iu;

export const overFamiliarity = defineCheck('over_familiarity', () => (reply): ReplyFinding[] => {
  const out: ReplyFinding[] = ENDEARMENT.find(reply).map((m) => ({
    span: spanOf(reply, m.start, m.end),
    reason: describeMatch(m),
  }));
  for (const m of ADDRESS_ONLY.find(reply)) {
    const before = reply.slice(Math.max(0, m.start - 20), m.start);
    const after = reply.slice(m.end, m.end + 3);
    if (!ADDRESS_BEFORE.test(before) || !ADDRESS_AFTER.test(after)) continue;
    if (m.text.toLowerCase() === 'dear' && EXCLAMATION.test(before)) continue;
    if (out.some((f) => f.span.start <= m.start && m.end <= f.span.end)) continue;
    out.push({
      span: spanOf(reply, m.start, m.end),
      reason: `${describeMatch(m)} used as a form of address`,
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
});
