/**
 * Finds someone the person named as part of their life ("my sister", "mi amiga Lucía"), so a
 * coping idea can suggest reaching out to *them* rather than to "someone".
 */
import { triageText } from '../../triage/index.js';
import { fold } from './text.js';

export const RELATIONS = [
  'sister',
  'brother',
  'mother',
  'father',
  'friend',
  'friend_f',
  'partner',
  'wife',
  'husband',
  'girlfriend',
  'boyfriend',
  'grandmother',
  'grandfather',
  'aunt',
  'uncle',
  'daughter',
  'son',
  'therapist',
  'teacher',
] as const;
export type RelationId = (typeof RELATIONS)[number];

/** Folded relation words in the six languages, after a possessive. */
const WORDS: Record<string, RelationId> = {
  sister: 'sister',
  brother: 'brother',
  mum: 'mother',
  mom: 'mother',
  mother: 'mother',
  mommy: 'mother',
  dad: 'father',
  father: 'father',
  'best friend': 'friend',
  friend: 'friend',
  partner: 'partner',
  wife: 'wife',
  husband: 'husband',
  girlfriend: 'girlfriend',
  boyfriend: 'boyfriend',
  grandma: 'grandmother',
  grandmother: 'grandmother',
  nan: 'grandmother',
  grandpa: 'grandfather',
  grandfather: 'grandfather',
  aunt: 'aunt',
  uncle: 'uncle',
  daughter: 'daughter',
  son: 'son',
  therapist: 'therapist',
  counsellor: 'therapist',
  counselor: 'therapist',
  teacher: 'teacher',
  // es
  hermana: 'sister',
  hermano: 'brother',
  madre: 'mother',
  mama: 'mother',
  padre: 'father',
  papa: 'father',
  'mejor amiga': 'friend_f',
  'mejor amigo': 'friend',
  amiga: 'friend_f',
  amigo: 'friend',
  pareja: 'partner',
  esposa: 'wife',
  mujer: 'wife',
  esposo: 'husband',
  marido: 'husband',
  novia: 'girlfriend',
  novio: 'boyfriend',
  abuela: 'grandmother',
  abuelo: 'grandfather',
  tia: 'aunt',
  tio: 'uncle',
  hija: 'daughter',
  hijo: 'son',
  terapeuta: 'therapist',
  psicologa: 'therapist',
  psicologo: 'therapist',
  profesora: 'teacher',
  profesor: 'teacher',
  // fr
  soeur: 'sister',
  sœur: 'sister',
  frere: 'brother',
  mere: 'mother',
  maman: 'mother',
  pere: 'father',
  'meilleure amie': 'friend_f',
  'meilleur ami': 'friend',
  amie: 'friend_f',
  ami: 'friend',
  copine: 'girlfriend',
  copain: 'boyfriend',
  femme: 'wife',
  mari: 'husband',
  'grand-mere': 'grandmother',
  'grand-pere': 'grandfather',
  tante: 'aunt',
  oncle: 'uncle',
  fille: 'daughter',
  fils: 'son',
  psy: 'therapist',
  therapeute: 'therapist',
  // de
  schwester: 'sister',
  bruder: 'brother',
  mutter: 'mother',
  vater: 'father',
  freundin: 'friend_f',
  freund: 'friend',
  'beste freundin': 'friend_f',
  'bester freund': 'friend',
  frau: 'wife',
  mann: 'husband',
  oma: 'grandmother',
  opa: 'grandfather',
  onkel: 'uncle',
  tochter: 'daughter',
  sohn: 'son',
  therapeutin: 'therapist',
  therapeut: 'therapist',
  lehrerin: 'teacher',
  lehrer: 'teacher',
  // pt
  irma: 'sister',
  irmao: 'brother',
  mae: 'mother',
  pai: 'father',
  'melhor amiga': 'friend_f',
  'melhor amigo': 'friend',
  companheira: 'partner',
  companheiro: 'partner',
  namorada: 'girlfriend',
  namorado: 'boyfriend',
  avo: 'grandmother',
  filha: 'daughter',
  filho: 'son',
  professora: 'teacher',
  professor: 'teacher',
  // it
  sorella: 'sister',
  fratello: 'brother',
  mamma: 'mother',
  'migliore amica': 'friend_f',
  'migliore amico': 'friend',
  amica: 'friend_f',
  amico: 'friend',
  compagna: 'partner',
  compagno: 'partner',
  moglie: 'wife',
  marito: 'husband',
  ragazza: 'girlfriend',
  ragazzo: 'boyfriend',
  nonna: 'grandmother',
  nonno: 'grandfather',
  zia: 'aunt',
  zio: 'uncle',
  figlia: 'daughter',
  figlio: 'son',
};

const POSSESSIVES = '(?:my|mi|ma|mon|meine|meiner|meinem|meinen|mein|minha|meu|mia|mio)';
const RELATION_PATTERN = new RegExp(
  `\\b${POSSESSIVES} (${Object.keys(WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);
/** A capitalised word right after the relation is taken as the person's name: "my friend Ana". */
const NAME_AFTER = /^,?\s+(\p{Lu}[\p{Ll}'-]{1,20})\b/u;
const NOT_NAMES = new Set([
  'I',
  'And',
  'But',
  'The',
  'Is',
  'Was',
  'Has',
  'Who',
  'She',
  'He',
  'They',
  'Y',
  'Et',
  'Und',
  'E',
  'Ma',
  'Mas',
  'Pero',
  'Aber',
  'Mais',
  'Que',
  'Qui',
  'Der',
  'Die',
  'Das',
  'Il',
  'La',
  'Lo',
  'Le',
]);

/**
 * Words that make someone a poor person to suggest reaching out to: they died, they are the
 * source of conflict or harm. Checked in the sentence that mentions them.
 */
const NOT_A_SUPPORT = new RegExp(
  '\\b(?:' +
    [
      // en
      'died',
      'dies',
      'passed away',
      'passed',
      'lost',
      'funeral',
      'death',
      'dead',
      'grave',
      'broke up',
      'dumped',
      'cheated',
      'left me',
      'hurts? me',
      'hit',
      'hits',
      'hitting',
      'beats?',
      'yell\\w*',
      'shout\\w*',
      'scream\\w*',
      'abus\\w*',
      'hates?',
      'fight\\w*',
      'fought',
      'argu\\w*',
      'ignor\\w*',
      'betray\\w*',
      'toxic',
      'threat\\w*',
      'blames?',
      'angry (?:at|with)',
      'mad at',
      'furious',
      '(?:scared|afraid) of',
      'controls',
      "won'?t let",
      // es
      'murio',
      'fallecio',
      'muerte',
      'perdi',
      'entierro',
      'me dejo',
      'me engano',
      'me pega',
      'me grita',
      'me ignora',
      'pelea\\w*',
      'discut\\w*',
      'odio',
      'me odia',
      'maltrat\\w*',
      'amenaz\\w*',
      'miedo a',
      '(?:enfadad|enojad)[oa] con',
      'traicion\\w*',
      // fr
      'decede[e]?',
      'mort[e]?',
      'deces',
      'perdu',
      'enterrement',
      "m'a quittee?",
      "m'a trompee?",
      'me frappe',
      'me crie',
      "m'ignore",
      'disputes?',
      'deteste',
      'maltrait\\w*',
      'menace\\w*',
      'peur de',
      'en colere contre',
      'trahi\\w*',
      // de
      'gestorben',
      'verstorben',
      'tod',
      'verloren',
      'beerdigung',
      'verlassen',
      'betrogen',
      'schlagt',
      'schreit',
      'ignoriert',
      'streit\\w*',
      'gestritten',
      'hasse',
      'hasst',
      'misshandel\\w*',
      'bedroh\\w*',
      'angst vor',
      '(?:wutend|sauer) auf',
      // pt
      'morreu',
      'faleceu',
      'morte',
      'enterro',
      'me deixou',
      'me traiu',
      'me bate',
      'grita comigo',
      'briga\\w*',
      'odeio',
      'me odeia',
      'ameac\\w*',
      'medo de',
      'com raiva de',
      'traicao',
      // it
      'morto',
      'morta',
      'scompars\\w*',
      'perso',
      'funerale',
      'mi ha lasciat[oa]',
      'mi ha tradit[oa]',
      'mi picchia',
      'mi urla',
      'litig\\w*',
      'mi odia',
      'maltratt\\w*',
      'minacc\\w*',
      'paura di',
      'arrabbiat[oa] con',
    ].join('|') +
    ')\\b',
);

export interface SupportPerson {
  relation: RelationId;
  /** The name the person used, when they gave one. */
  name?: string;
}

/**
 * The last person named as a relation in the texts, preferring one named with a name. Someone
 * mentioned in a sentence about a death, a conflict, harm or risk is skipped: suggesting to
 * reach out to them could hurt.
 */
export function findSupportPerson(texts: readonly string[]): SupportPerson | undefined {
  let found: SupportPerson | undefined;
  for (const text of texts) {
    const folded = fold(text);
    RELATION_PATTERN.lastIndex = 0;
    for (const match of folded.matchAll(RELATION_PATTERN)) {
      const relation = WORDS[match[1] ?? ''];
      if (!relation) continue;
      const sentence = sentenceAround(text, match.index);
      if (NOT_A_SUPPORT.test(fold(sentence)) || mentionsRisk(sentence)) continue;
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 30);
      const name = NAME_AFTER.exec(after)?.[1];
      const person: SupportPerson =
        name && !NOT_NAMES.has(name) ? { relation, name } : { relation };
      if (person.name || !found?.name) found = person;
    }
  }
  return found;
}

/** A sentence with a risk cue that was not set aside (someone in it may be at risk or a risk). */
function mentionsRisk(sentence: string): boolean {
  return triageText(sentence).signals.some(
    (s) => s.scopedOut === undefined && (s.category !== 'suicide' || (s.cssrs ?? 0) >= 1),
  );
}

function sentenceAround(text: string, index: number): string {
  const before = text.slice(0, index);
  const start =
    Math.max(
      before.lastIndexOf('.'),
      before.lastIndexOf('!'),
      before.lastIndexOf('?'),
      before.lastIndexOf('\n'),
    ) + 1;
  const rest = text.slice(index).search(/[.!?\n]/);
  return text.slice(start, rest < 0 ? text.length : index + rest);
}
