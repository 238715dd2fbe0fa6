/**
 * An experiment, not in the shipped model (docs/triage.md, "Model experiments for unseen wording"):
 * `scripts/train-triage.ts --concepts` trains with these features.
 *
 * Concept classes for the risk model's features: small hand-written word classes shared across the
 * six languages, so that "tonight i end it" and "esta noche lo termino" share features that the
 * surface n-grams of one writer cannot give. A word in a class adds one feature for its class (a
 * property of the folded word, so the model's word table caches it with the word's n-grams), and
 * two classes met in one sentence add one feature for the pair.
 *
 * Entries are folded by the shared normaliser; `stem*` matches any word that starts with `stem`,
 * a bare entry only the whole word. Class names, never method detail.
 */
import { normalizeText } from '../../nlp/normalize.js';
import { CharClass, classOf } from './char-class.js';

export const Concept = {
  /** Dying, killing, ending, suicide and its coded forms. */
  death: 0,
  /** No way out, no future, nothing left. */
  hopeless: 1,
  /** Goodbye, sorry, forgive me, thank you for everything. */
  farewell: 2,
  /** A means or place named by its class (pills, rope, bridge, roof, tracks). */
  means: 3,
  /** Now, tonight, today, tomorrow, soon, ready. */
  now: 4,
  /** Being a burden, worthless, a failure. */
  burden: 5,
  /** A distancing frame: fiction, songs, games, jokes, years ago, recovery. */
  frame: 6,
} as const;
export const CONCEPT_COUNT = 7;

const LEXICON: Record<keyof typeof Concept, string> = {
  death: `die dies died dying dead death* suicid* kill* unaliv* kms ctb sewerslide end ending
    mori* muer* muert* matar* mato suicid* acabar* acabo termin* desvivi*
    mourir meurs meurt mort* tuer finir fini
    sterb* stirb* tot tod tode* todes* umbring* suizid* beend* schluss abmeld*
    morrer* morro morte* matar* desligar* acabar*
    morire muoio muore uccid* ammazz* finita finirla`,
  hopeless: `hopeless* pointless anymore nothing nobody noone cant
    nunca nada nadie sentido salida
    jamais rien personne sens issue
    nie niemals nichts niemand sinnlos* ausweg* hoffnungslos*
    nunca nada ninguem sentido saida
    mai niente nulla nessuno senso uscita`,
  farewell: `goodbye* bye farewell* sorry forgive* letter note
    adios despedi* perdon* perdona* carta
    adieu pardon* pardonne* lettre
    tschuss lebwohl verzeih* abschied* brief
    tchau adeus desculp* perdoa* perdao carta
    addio perdonat* perdonami scusa* scusat* lettera`,
  means: `pill* rope bridge* roof* rooftop tracks cliff* knife blade* overdos* od
    pastilla* pastis soga cuerda puente* techo azotea vias precipicio cuchill*
    comprime* cachet* medoc* corde pont toit* rails falaise couteau*
    tablette* pillen seil strick brucke* dach gleis* klippe* messer
    comprimido* remedio* corda ponte telhado trilho* penhasco faca
    pillol* pastigl* corda ponte tetto binari* scogliera coltell*`,
  now: `tonight today now tomorrow soon ready tonite
    noche hoy ahora manana pronto listo lista
    soir maintenant demain bientot pret prete ajd aujourdhui
    heute jetzt morgen nacht bald bereit
    hoje agora amanha noite pronto pronta
    stasera stanotte oggi adesso domani presto pronto pronta`,
  burden: `burden* worthless useless failure
    carga estorbo inutil fracas* sobro
    fardeau boulet inutile nul nulle
    belastung wertlos* nutzlos* versager*
    fardo inutil fracass* atrapalho
    inutile fallit* fardello`,
  frame: `movie* film* book* novel* song* lyric* game* character* story series episode essay joke*
    lol lmao haha* kidding ago years recovered recovery
    pelicula* libro* novela* cancion* juego* personaje* serie* anos broma* jaja* recuper*
    livre* roman* chanson* jeu personnage* ans blague* mdr
    buch roman* songtext* spiel* jahre* witz*
    filme* livro* musica* jogo* personagem* piada* kkk* rsrs
    romanzo canzon* gioco* personaggi* anni scherz* ahah*`,
};

const FNV_PRIME = 16777619;
/** The same basis as features.ts's word hash, so a word's running hash is a prefix's hash. */
export const WORD_BASIS = 0x811c9dc5 | 0;

const TABLE_BITS = 11;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Open-addressed hash → class + 1 (0: empty), for whole words and for stems. */
const wordKeys = new Int32Array(1 << TABLE_BITS);
const wordClasses = new Uint8Array(1 << TABLE_BITS);
const stemKeys = new Int32Array(1 << TABLE_BITS);
const stemClasses = new Uint8Array(1 << TABLE_BITS);
/** Stems are probed only at prefix lengths in this range. */
export let MIN_STEM = 99;
export let MAX_STEM = 0;

function insert(keys: Int32Array, classes: Uint8Array, hash: number, concept: number): void {
  let slot = (hash ^ (hash >>> 15)) & TABLE_MASK;
  while (classes[slot] !== 0) {
    if (keys[slot] === hash) return;
    slot = (slot + 1) & TABLE_MASK;
  }
  keys[slot] = hash;
  classes[slot] = concept + 1;
}

function lookup(keys: Int32Array, classes: Uint8Array, hash: number): number {
  let slot = (hash ^ (hash >>> 15)) & TABLE_MASK;
  for (;;) {
    const found = classes[slot] as number;
    if (found === 0) return -1;
    if (keys[slot] === hash) return found - 1;
    slot = (slot + 1) & TABLE_MASK;
  }
}

for (const [name, entries] of Object.entries(LEXICON)) {
  const concept = Concept[name as keyof typeof Concept];
  for (const entry of entries.split(/\s+/).filter((e) => e !== '')) {
    const stem = entry.endsWith('*');
    const folded = normalizeText(stem ? entry.slice(0, -1) : entry);
    let hash = WORD_BASIS;
    let length = 0;
    for (let k = 0; k < folded.length; k += 1) {
      const code = folded.charCodeAt(k);
      if (classOf(code) !== CharClass.word) continue;
      hash = Math.imul(hash ^ code, FNV_PRIME);
      length += 1;
    }
    if (stem) {
      insert(stemKeys, stemClasses, hash, concept);
      MIN_STEM = Math.min(MIN_STEM, length);
      MAX_STEM = Math.max(MAX_STEM, length);
    } else {
      insert(wordKeys, wordClasses, hash, concept);
    }
  }
}

/** The class of a whole folded word by its hash (-1: none). */
export function conceptOfWord(hash: number): number {
  return lookup(wordKeys, wordClasses, hash);
}

/** The class of a stem by the hash of a word's prefix (-1: none). */
export function conceptOfStem(hash: number): number {
  return lookup(stemKeys, stemClasses, hash);
}
