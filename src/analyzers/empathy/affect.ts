import { compileLexicon } from '../text/lexicon.js';
import { prefixIndex, wordTokens } from '../text/words.js';
import type { PrefixIndex } from '../text/words.js';

/**
 * Feelings and situations people describe, grouped so a reply can be matched to a seeker's
 * message by meaning as well as by shared words ("nobody notices me" ↔ "you feel so alone").
 * Entries are prefixes of folded words (lower case, no accents) in any supported language.
 */
const CLUSTERS: Record<string, string> = {
  sadness: `sad sadly sadness unhapp miserab depress down low cry crying cried tears empty numb flat blue heartbroken
    trist llor deprim vaci pleur vide traurig wein deprimi leer bedrueckt chor vazi piang vuot abbattut`,
  loneliness: `alone lonel isolat nobody invisible unseen unwanted
    solo sola soledad aislad nadie seul seule solitud isole allein einsam isoliert niemand
    sozinh solidao ningue solitar isolat nessuno`,
  anxiety: `anxi worr panic scared afraid fear nervous terrif dread uneasy
    ansied preocup panico miedo nervios asust anxie inquiet peur angoiss stress angst aengst sorge panik nervoe
    ansios medo assust ansia preoccup paura spavent`,
  anger: `angry anger furious rage frustrat irritat resent annoyed
    enoj enfad rabia frustr furios colere enerv furieu wuet wut aerger sauer frustri raiva irrit brav
    rabbia arrabbi`,
  exhaustion: `tired exhaust drain burn worn fatigue sleepless insomnia
    cansad agotad exhaust fatig epuis creve muede erschoep ausgebrannt kaputt esgotad exaust stanc esaust sfinit`,
  overwhelm: `overwhelm stress pressure drowning swamp overload cope
    abrum estres agobi presion desbord debord submerg pression ueberford ueberwaeltig druck sobrecarreg
    estress pressao sopraff pression`,
  hopelessness: `hopeless pointless worthless useless burden meaningless trapped stuck
    desesper inutil carga atrapad sentido desespoir desesper inutile fardeau coince hoffnungslos sinnlos
    wertlos nutzlos gefangen desesper inutil fardo presa preso dispera inutil peso intrappol`,
  grief: `grief griev loss lost died death dead passed funeral miss widow
    duelo perdi murio muerte falleci extran deuil perte mort decede manque trauer verlust gestorben tod
    vermiss luto perda morreu morte falece saudade lutto perdit morto morte manca`,
  shame: `asham shame guilt embarrass failure fail stupid disappoint
    vergue culpa fracas fallo honte coupab echec rate scham schaem schuld versag vergonha fracass
    vergogna colpa fallit deluso`,
  work: `job work worki shift boss fired laid redundan career office unemploy
    trabaj empleo jefe despid turno travail boulot chef licenci arbeit job chef schicht gekuendigt entlassen
    trabalh emprego chefe demiti turno lavoro capo licenzi turno`,
  family: `family mum mom mother dad father parent brother sister son daughter husband wife partner child kids
    familia mama madre papa padre herman hijo hija esposo esposa pareja famille maman mere papa pere frere
    soeur fils fille mari femme enfant familie mutter vater eltern bruder schwester sohn tochter mann frau
    kinder familia mae pai irma irmao filho filha marido esposa famiglia mamma madre padre fratell sorell
    figli marito moglie`,
  relationship: `breakup broke dumped divorce boyfriend girlfriend relationship
    ruptura novio novia divorci separ rupture copain copine divorc trennung freund freundin geschieden
    beziehung termin namorad divorc separa rottura fidanzat divorzi lasciat`,
  school: `school exam exams grade study studies university college test class teacher
    escuela examen estudi universidad colegio profesor ecole examen etudes universite lycee prof
    schule pruefung studium uni klausur lehrer escola prova estud faculdade colegio professor scuola esame
    studi universita professore`,
  sleep: `sleep sleeping awake insomnia nightmares dormir sueno insomnio dormir sommeil insomnie schlaf
    schlafen schlaflos dormir insonia dormire sonno insonnia`,
};

// One index per cluster: a word may show several clusters ("stress": anxiety and overwhelm).
const INDEXES: Array<{ cluster: string; index: PrefixIndex }> = Object.entries(CLUSTERS).map(
  ([cluster, words]) => ({
    cluster,
    index: prefixIndex(words.split(/\s+/).filter(Boolean)),
  }),
);

/** The affect/situation clusters a text touches, each with the first word that showed it. */
export function affectClusters(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const token of wordTokens(text)) {
    if (token.folded.length < 3) continue;
    for (const { cluster, index } of INDEXES) {
      if (!out.has(cluster) && index.match(token.folded) !== undefined)
        out.set(cluster, token.text);
    }
  }
  return out;
}

/** Clusters about feelings (not circumstances): a seeker who shows one has shared feelings. */
export const FEELING_CLUSTERS = new Set([
  'sadness',
  'loneliness',
  'anxiety',
  'anger',
  'exhaustion',
  'overwhelm',
  'hopelessness',
  'grief',
  'shame',
]);

/** First-person feeling statements: "I feel", "me siento", "je me sens"... */
export const FIRST_PERSON_FEELING = compileLexicon('affect.first_person', {
  en: [
    "I (feel|felt|'ve been feeling|have been feeling|am feeling|'m feeling)",
    "I('m| am) (so |just |really )?(sad|tired|scared|lonely|alone|lost|done|exhausted|anxious|angry|hurt|broken|numb|empty|overwhelmed|stressed|depressed|miserable|hopeless|worthless)",
    "I can't (cope|take|do this|go on|stop crying|sleep)",
  ],
  es: [
    'me (siento|sentí|he sentido|estoy sintiendo)',
    'estoy (tan |muy )?(triste|cansad[oa]|agotad[oa]|sol[oa]|perdid[oa]|vací[oa]|harto|harta|deprimid[oa]|ansios[oa]|asustad[oa]|abrumad[oa])',
    'ya no (puedo|aguanto)',
  ],
  fr: [
    'je me sens',
    'je (suis|me sens) (si |tellement |très )?(triste|fatiguée?|épuisée?|seule?|perdue?|vide|déprimée?|anxieuse|anxieux|angoissée?|débordée?)',
    "je n'en peux plus",
  ],
  de: [
    'ich fühle mich',
    'ich bin (so |total |echt |sehr )?(traurig|müde|erschöpft|allein|einsam|verloren|leer|deprimiert|ängstlich|überfordert|fertig)',
    'ich kann nicht mehr',
  ],
  pt: [
    '(eu )?me sinto',
    'sinto-me',
    'estou (tão |muito )?(triste|cansad[oa]|esgotad[oa]|sozinh[oa]|perdid[oa]|vazi[oa]|deprimid[oa]|ansios[oa]|sobrecarregad[oa])',
    'não aguento mais',
  ],
  it: [
    'mi sento',
    'sono (così |molto )?(triste|stanc[oa]|esaust[oa]|sol[oa]|pers[oa]|vuot[oa]|depress[oa]|ansios[oa]|sopraffatt[oa])',
    'non ce la faccio',
  ],
});

/** Whether the seeker's message shares feelings (by first-person statement or feeling words). */
export function sharesFeelings(text: string): boolean {
  if (FIRST_PERSON_FEELING.first(text) !== undefined) return true;
  for (const cluster of affectClusters(text).keys()) if (FEELING_CLUSTERS.has(cluster)) return true;
  return false;
}
