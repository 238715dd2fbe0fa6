/**
 * The rule matcher: one message in, the cues it holds out — each with its span, the rule that
 * fired and, when the cue does not describe the writer's own current state, the scope that set
 * it aside and why. All six lexicons run on every message (people switch languages mid-sentence);
 * each cue is scoped with its own language's markers plus English.
 *
 * Everything is compiled at module load. Per message: one tokenisation, one pass of the scope
 * markers and one pass of the rules, each an array read per token plus anchored regex runs. The
 * ways people mistype are compiled into the patterns rather than searched for per message: the
 * crisis words' typos (`lexicons/spelling.ts`) and the crisis phrases typed without spaces.
 */
import type { Cssrs, RiskCategory, Scope, Span } from '../core/index.js';
import {
  foldLiteral,
  PhraseMatcher,
  vocabularyOf,
  type PhraseEntry,
} from '../nlp/phrase-patterns.js';
import {
  analyzeScopes,
  SCOPE_WORDS,
  type Lookalike,
  type ScopeAnalysis,
  type ScopeFinding,
  type ScopeLanguage,
} from '../nlp/scope.js';
import { FIRST_PERSON_EN } from '../nlp/people.js';
import { typoVariants } from '../nlp/spelling.js';
import { NUMBER, tokenize, type TokenizedText } from '../nlp/tokens.js';
import { DIALOGUE_WORDS } from './lexicons/dialogue.js';
import { LEXICONS } from './lexicons/index.js';
import {
  aboutSomeoneElse,
  cuesAboutOthers,
  turnToFirstPerson,
  type TurnedReading,
} from './perspective.js';
import { NOT_TYPOS, TYPO_ANCHORS, TYPO_ENDINGS } from './lexicons/spelling.js';
import { KINDS, type Lexicon, type RuleKind } from './lexicons/types.js';
import { sortStable } from './sort.js';

export interface CompiledRule {
  /** `<lang>.<rule id>`, e.g. `en.passive.want_to_die`. */
  id: string;
  /** The id of the signal a hit of the rule gives: `rule:<id>` (made once, not per hit). */
  signalId: string;
  lang: ScopeLanguage;
  kind: RuleKind;
  category: RiskCategory;
  cssrs?: Cssrs;
  weight: number;
  reason: string;
  needs?: 'distress' | 'suicide';
  lookalikes: readonly Lookalike[];
  near: boolean;
  /** A moment for acts against someone (harm, abuse), never for a suicide plan; see `RuleSpec`. */
  actsOnly?: 'beside' | 'sentence';
  /** A feeling or thought: a time next to it does not make a plan. */
  timeless: boolean;
  /** An act's effect on the body: a medical emergency once it counts; see `RuleSpec`. */
  bodily?: boolean;
  /** Half of a sign: set aside, it does not block the model; see `RuleSpec`. */
  halfSign?: boolean;
  scopes: ReadonlySet<Scope>;
}

interface PatternValue {
  rule: CompiledRule;
  /** The pattern's words name the writer. */
  self: boolean;
}

export interface RuleHit {
  rule: CompiledRule;
  /** Token range and original-text span. */
  first: number;
  last: number;
  span: Span;
  /** Why the cue does not describe the writer's own current state, if it does not. */
  scope?: ScopeFinding;
}

export interface MessageReading {
  text: string;
  doc: TokenizedText;
  scopes: ScopeAnalysis;
  hits: RuleHit[];
  /** The writer says they are a child or teenager ("I'm 14", "in 8th grade"). */
  minor?: Span;
}

/** Each anchor word's misspellings (see lexicons/spelling.ts), as a pattern group. */
const TYPO_GROUPS = new Map<string, string>();
/** Each anchor's misspellings alone, for a stem that names the anchor ("suicidal*"). */
const TYPO_WORD_GROUPS = new Map<string, string>();
/**
 * Every misspelling: not vocabulary for squeezing emphasis or unmasking letters (unless a
 * pattern names it as a word of its own, as "suicide" is).
 */
const TYPO_WORDS = new Set<string>();
/** The words the lexicons' patterns name themselves. */
const WRITTEN_WORDS = new Set<string>();
for (const [lang, words] of Object.entries(TYPO_ANCHORS) as Array<[ScopeLanguage, string[]]>) {
  for (const word of words) {
    // A word two languages share ("suicidio") is widened once.
    if (TYPO_GROUPS.has(word)) continue;
    const variants = typoVariants(word, { exclude: NOT_TYPOS, endings: TYPO_ENDINGS[lang] ?? [] });
    for (const v of variants) TYPO_WORDS.add(v);
    TYPO_GROUPS.set(word, `(${[word, ...variants].join('|')})`);
    if (variants.length > 0) TYPO_WORD_GROUPS.set(word, variants.join('|'));
  }
}
const PATTERN_WORD = /[^\s()|]+/g;

/**
 * A pattern with each anchor word it names widened to the word's misspellings: "(sucidal|…)"
 * wherever it says "suicidal", and "(suicidal*|sucidal|…)" where it says "suicidal*". Negated
 * words are left as they are.
 */
export function withTypos(pattern: string): string {
  return pattern.replace(PATTERN_WORD, (word) => {
    if (word.startsWith('!')) return word;
    if (word.endsWith('*')) {
      const variants = TYPO_WORD_GROUPS.get(foldLiteral(word.slice(0, -1)));
      return variants === undefined ? word : `(${word}|${variants})`;
    }
    const optional = word.length > 1 && word.endsWith('?');
    const group = TYPO_GROUPS.get(foldLiteral(optional ? word.slice(0, -1) : word));
    if (group === undefined) return word;
    return optional ? `${group}?` : group;
  });
}

/** Most word sequences a pattern may spell out to be matched run together. */
const MAX_FUSED = 2048;
/** Shortest run-together form matched (shorter ones are words of their own: "noone", "into"). */
const MIN_FUSED = 8;
/** Most words people run together (longer phrases typed without spaces are rare). */
const MAX_FUSED_WORDS = 4;
const PATTERN_PART = /\(|\)\??|\||[^\s()|]+/g;

/**
 * The forms of a pattern typed without spaces ("iwanttodie", "killmyself", "mequieromorir"): every
 * sequence of two to four of its words run together, when the pattern is words and groups of
 * words only (no gap, stem, number or negation) and spells out at most `MAX_FUSED` sequences of
 * up to four words. Empty otherwise.
 */
export function fusedForms(pattern: string): string[] {
  const parts = pattern.match(PATTERN_PART) ?? [];
  let at = 0;
  // Each parse returns the word sequences its part can spell, or undefined to give up.
  const sequence = (): string[][] | undefined => {
    let out: string[][] = [[]];
    while (at < parts.length && parts[at] !== '|' && !(parts[at] as string).startsWith(')')) {
      const part = parts[at++] as string;
      let options: string[][] | undefined;
      if (part === '(') {
        options = [];
        for (;;) {
          const alternative = sequence();
          if (alternative === undefined) return undefined;
          options.push(...alternative);
          const next = parts[at++];
          if (next === '|') continue;
          if (next === ')?') options.push([]);
          else if (next !== ')') return undefined;
          break;
        }
      } else {
        const optional = part.length > 1 && part.endsWith('?');
        const word = foldLiteral(optional ? part.slice(0, -1) : part);
        if (!/^[a-z]+$/.test(word)) return undefined;
        options = optional ? [[word], []] : [[word]];
      }
      const grown: string[][] = [];
      for (const head of out)
        for (const tail of options)
          if (head.length + tail.length <= MAX_FUSED_WORDS) grown.push([...head, ...tail]);
      if (grown.length > MAX_FUSED) return undefined;
      out = grown;
    }
    return out;
  };
  const sequences = sequence();
  if (sequences === undefined || at !== parts.length) return [];
  const fused = new Set<string>();
  for (const words of sequences) {
    const joined = words.join('');
    if (words.length >= 2 && joined.length >= MIN_FUSED) fused.add(joined);
  }
  return [...fused];
}

/** Kinds whose patterns are also matched typed without spaces: what names suicide or self-harm. */
const FUSED_KINDS: ReadonlySet<RuleKind> = new Set([
  'passive_wish',
  'active_ideation',
  'coded',
  'intent',
  'plan',
  'self_harm',
]);

function compile(lexicon: Lexicon): PhraseEntry<PatternValue>[] {
  const out: PhraseEntry<PatternValue>[] = [];
  const seen = new Set<string>();
  for (const spec of lexicon.rules) {
    const id = `${lexicon.lang}.${spec.id}`;
    if (seen.has(id))
      throw new Error(`triage lexicon ${lexicon.lang}: duplicate rule id ${spec.id}`);
    seen.add(id);
    const info = KINDS[spec.kind];
    // Every field, in one order, on every rule: optional fields set only on some rules gave the
    // rules a dozen hidden classes, and each hot read of a rule became a megamorphic lookup.
    const rule: CompiledRule = {
      id,
      signalId: `rule:${id}`,
      lang: lexicon.lang,
      kind: spec.kind,
      category: info.category,
      cssrs: spec.cssrs ?? info.cssrs,
      weight: spec.weight ?? info.weight,
      reason: spec.reason,
      needs: (spec.needs ?? info.needs) || undefined,
      lookalikes: spec.lookalikes ?? [],
      near: spec.near ?? false,
      actsOnly: spec.actsOnly || undefined,
      timeless: spec.timeless ?? false,
      bodily: spec.bodily === true,
      halfSign: spec.halfSign === true,
      scopes: new Set(
        (spec.scopes ?? info.scopes).filter(
          (s) => s !== 'everyday' || (spec.lookalikes?.length ?? 0) > 0,
        ),
      ),
    };
    for (const pattern of spec.patterns) {
      let self = spec.who === 'self';
      if (spec.who === undefined) {
        self =
          lexicon.lang === 'en'
            ? pattern
                .toLowerCase()
                .split(/[^a-z]+/)
                .some((w) => FIRST_PERSON_EN.has(w))
            : true;
      }
      for (const word of pattern.match(PATTERN_WORD) ?? [])
        if (!word.startsWith('!') && !word.endsWith('*'))
          WRITTEN_WORDS.add(foldLiteral(word.endsWith('?') ? word.slice(0, -1) : word));
      out.push({ pattern: withTypos(pattern), value: { rule, self } });
      if (FUSED_KINDS.has(spec.kind)) FUSED.push({ pattern, value: { rule, self } });
    }
  }
  return out;
}

/** "I" in each language, as people run it into what follows ("iwanttodie", "ichwillsterben"). */
const SUBJECT: Record<ScopeLanguage, string> = {
  en: 'i',
  es: 'yo',
  fr: 'je',
  de: 'ich',
  pt: 'eu',
  it: 'io',
};

/** Patterns whose run-together forms are matched too (see `fusedForms`), filled by `compile`. */
const FUSED: PhraseEntry<PatternValue>[] = [];
const COMPILED = LEXICONS.flatMap(compile);

/**
 * Each pattern's run-together forms, as one more pattern of its rule. A form that a pattern of any
 * language names as a word ("suicidarme" is Spanish, not Portuguese "suicidar me") stays that
 * language's word, with its scopes.
 */
function fusedEntries(): PhraseEntry<PatternValue>[] {
  const out: PhraseEntry<PatternValue>[] = [];
  for (const entry of FUSED) {
    // The subject is run in too ("iwanttodie"), though the pattern leaves it out.
    const subject = SUBJECT[entry.value.rule.lang];
    const forms = fusedForms(entry.pattern)
      .flatMap((form) => (form.startsWith(subject) ? [form] : [form, subject + form]))
      .filter((form) => !WRITTEN_WORDS.has(form));
    if (forms.length > 0) out.push({ pattern: `(${forms.join('|')})`, value: entry.value });
  }
  return out;
}

const MATCHER = new PhraseMatcher<PatternValue>([...COMPILED, ...fusedEntries()]);

/**
 * Phrases that say the writer is a child or a teenager; `<num>` must be under 18. Besides an age:
 * a school year (lower and middle school; a year of university is not one), an adult who is a
 * parent's partner ("my mum's boyfriend": the writer lives in a parent's home), a threat to be
 * taken into care, and grooming talk said to a child ("mature for my age"). The guide's "abuse
 * of a minor" is high whoever writes it, and children rarely give their age (docs/triage.md,
 * "The levels round").
 */
const MINOR = new PhraseMatcher<{ age: boolean }>(
  [
    '(im|i am|i m) <num> (years old|yrs old|yo|y o|year old|yr old|and)?',
    '(im|i am|i m) (only|just) <num>',
    'bin (erst|gerade mal)? <num> (jahre alt|jahre|und)?',
    // "me pegó con el cinto, tengo 13": the age said bare (checked to be 5–17 below).
    'tengo <num> (anos)?',
    'j ai <num> ans',
    'ich bin <num> (jahre alt|jahre|und)?',
    'tenho <num> (anos)?',
    'ho <num> anni',
    // Flattery that gives the age: "says im really mature for 13".
    '(mature|grown up) for (a|an)? <num>',
  ]
    .map((pattern) => ({ pattern, value: { age: true } }))
    .concat(
      [
        '(im|i am|i m) in (middle school|junior high|elementary school|primary school|year <num>|grade <num>|5th grade|6th grade|7th grade|8th grade|9th grade|10th grade|11th grade)',
        '(im|i am) a (kid|child|minor|teen|teenager)',
        'estoy en (la)? (primaria|secundaria)',
        'je suis (au college|en (sixieme|cinquieme|quatrieme|troisieme|seconde))',
        'ich bin in der <num> klasse',
        'estou no (ensino fundamental|ensino medio)',
        'faccio la (prima|seconda|terza) media',
        // School years said the way pupils say them.
        '(im|i am|i m) in (year|grade) (<num>|seven|eight|nine|ten)',
        '(im|i am|i m)? in (5th|6th|7th|8th|9th|10th|11th|fifth|sixth|seventh|eighth|ninth|tenth) grade',
        '(im|i am|i m) a (freshman|sophomore) in high school',
        '(estoy|voy|ando) en (primero|segundo|tercero|cuarto) de (la)? (eso|secundaria|secu|prepa|basica)',
        '(voy|estoy) en (quinto|sexto) (de primaria|grado)?',
        // "5e" and "3e" reach the matcher as the tokeniser reads leetspeak: "se", "e" ("5eme": "seme").
        '(je suis|jsuis|chuis) en (6e|5e|se|4e|3e|e|6eme|5eme|4eme|3eme|seme|aeme|eeme|cm1|cm2|sixieme|cinquieme|quatrieme|troisieme)',
        '(je suis|jsuis|chuis) au college',
        '(ich)? (bin|geh|gehe) in (die|der) (<num>|funfte|sechste|siebte|achte|neunte|zehnte|funften|sechsten|siebten|achten|neunten|zehnten)',
        '(to|tou|estou) no (<num>|5º|6º|7º|8º|9º|sexto|setimo|oitavo|nono) ano',
        '(to|tou|estou) no (fundamental|ensino fundamental)',
        '(sono in|faccio la|faccio) (prima|seconda|terza) media',
        '(faccio la|sono in) (quarta|quinta) elementare',
        // Going home after school: a pupil's day.
        '(go|going) home after school',
        '(volver|ir) a casa (despues|al salir) (del cole|del colegio|de la escuela)',
        'nach der schule (nicht)? (heim|nach hause)',
        '(voltar|ir) pra casa depois da escola',
        '(tornare|andare) a casa dopo scuola',
        // A pupil's life said in the first person: grades that bring punishment, homework,
        // the teachers, school tomorrow, a babysitter (the abuse round).
        '(i|when i|if i) (get|got|bring home|brought home) (a|bad|low|poor)? (bad|low|poor) (grade|grades|mark|marks|report card|report)',
        'my (homework|report card|school report|form tutor|school counselor|school counsellor)',
        '(when|while) (he|she) (babysits|is babysitting|was babysitting)',
        '(when|if|because) i (talk|talked) back',
        '(mums|moms|mum s|mom s) (boyfriend|new boyfriend|bf)',
        '(saco|saque|sacar|traigo|traje) (una)? (mala nota|malas notas)',
        '(manana|hoy) (hay|tengo) (cole|colegio|escuela)',
        '(mauvaise note|mauvaises notes|mon bulletin|aux profs|a mes profs)',
        '(schlechte|schlechten) (note|noten)',
        '(mein zeugnis|meine hausaufgaben)',
        '(tiro|tirei|tirar|tiro uma) (nota baixa|notas baixas)',
        '(prendo|ho preso|prendevo) (un)? (brutto voto|brutti voti)',
        // A parent's partner: the writer lives in a parent's home.
        'my (mums|moms|mum s|mom s|mothers|mother s) (boyfriend|bf|new boyfriend|partner|new partner)',
        'my (dads|dad s|fathers|father s) (girlfriend|gf|new girlfriend|partner|new partner)',
        '(el|al) novio de mi (mama|madre|vieja)',
        '(la|a la) novia de mi (papa|padre|viejo)',
        '(le|au) (copain|mec|compagnon|nouveau copain) de ma (mere|mere|maman)',
        '(la|a la) (copine|compagne) de mon (pere|papa)',
        '(der|dem) (neue)? freund von (mama|meiner mutter|meiner mama)',
        '(mamas|mamis) (neuer)? freund',
        '(o|do) namorado da minha (mae|mae)',
        '(a|da) namorada do meu (pai)',
        '(il|al|del) (compagno|ragazzo|fidanzato) di (mia madre|mia mamma|mamma)',
        // A threat to be taken into care.
        '(put|send|take|taking|sending|putting) me (in|into) (care|foster care|a (childrens|children s)? home)',
        '(me mandan|me van a mandar|me llevan|me van a llevar|me manden) a (un|una) (centro de menores|hogar de menores|orfanato|casa de acogida)',
        '(on me placera|on va me placer|me placer|me placera|etre place|etre placee) en (foyer|famille d accueil)',
        '(komm|komme|kommst) (ich)? ins heim',
        '(vou|vao me mandar|me mandam|me mandar) (pro|para o|para um|pra um) (abrigo|orfanato)',
        '(mi mandano|mi manderanno|mi portano) in (comunita|casa famiglia|istituto)',
        // Grooming talk said to a child.
        '(mature|grown up) for (my|your) age',
        '(madura|maduro) para (mi|tu) edad',
        '(mature|mur|mure) pour (mon|ton) age',
        'reif fur (mein|dein) alter',
        '(madura|maduro) (pra|para) (minha|sua|tua) idade',
        '(matura|maturo) per (la mia|la tua) eta',
      ].map((pattern) => ({ pattern, value: { age: false } })),
    ),
);

const VOCABULARY = vocabularyOf(
  [...MATCHER.words].filter((word) => !TYPO_WORDS.has(word) || WRITTEN_WORDS.has(word)),
  SCOPE_WORDS,
  MINOR.words,
  DIALOGUE_WORDS,
);

/** Tokenises with the triage vocabulary (emphasis and masks resolved against all its words). */
export function tokenizeForTriage(text: string): TokenizedText {
  return tokenize(text, VOCABULARY);
}

/** The number of rule patterns compiled (for diagnostics and docs). */
export const RULE_PATTERN_COUNT = LEXICONS.reduce(
  (n, l) => n + l.rules.reduce((m, r) => m + r.patterns.length, 0),
  0,
);

/** Kinds that add context rather than risk: never removed as "inside a longer cue". */
const CONTEXT_KINDS: ReadonlySet<RuleKind> = new Set(['timeline', 'distress']);

function rank(hit: RuleHit): number {
  return (hit.rule.cssrs ?? 0) * 10 + hit.rule.weight;
}

/**
 * Drops a cue inside a longer one of the same category that says at least as much, so "going to
 * kill myself" is one intent cue, not an intent and an ideation cue. Scoped and unscoped cues are
 * compared only among themselves.
 */
function dropNested(hits: RuleHit[]): RuleHit[] {
  // Only a cue of the same category and the same scoped-ness can contain another: compare within
  // those groups (the same test as over all hits, in far fewer pairs on a long message).
  const groups = new Map<RiskCategory, { scoped: RuleHit[]; plain: RuleHit[] }>();
  const groupOf = (hit: RuleHit): RuleHit[] => {
    let group = groups.get(hit.rule.category);
    if (!group) {
      group = { scoped: [], plain: [] };
      groups.set(hit.rule.category, group);
    }
    return hit.scope === undefined ? group.plain : group.scoped;
  };
  for (const hit of hits) groupOf(hit).push(hit);
  // Loops rather than filter and some: a predicate closing over each hit was a closure per hit.
  const kept: RuleHit[] = [];
  for (const hit of hits) {
    if (CONTEXT_KINDS.has(hit.rule.kind) || !containedIn(groupOf(hit), hit)) kept.push(hit);
  }
  return kept;
}

/** Does a larger (or, on the same words, stronger) cue among `others` contain `hit`? */
function containedIn(others: readonly RuleHit[], hit: RuleHit): boolean {
  for (const other of others) {
    if (
      other !== hit &&
      !CONTEXT_KINDS.has(other.rule.kind) &&
      other.rule.category === hit.rule.category &&
      (other.scope === undefined) === (hit.scope === undefined) &&
      other.span.start <= hit.span.start &&
      hit.span.end <= other.span.end &&
      (other.span.end - other.span.start > hit.span.end - hit.span.start ||
        (other.span.start === hit.span.start &&
          other.span.end === hit.span.end &&
          rank(other) > rank(hit))) &&
      rank(other) >= rank(hit)
    )
      return true;
  }
  return false;
}

function minorIn(doc: TokenizedText): Span | undefined {
  for (const match of MINOR.find(doc)) {
    let n = NaN;
    for (let i = match.first; i <= match.last && Number.isNaN(n); i++)
      if (doc.kinds[i] === NUMBER) n = Number(doc.keys[i]);
    // An age is 5–17; a school year 1–13 ("in der 30. Woche" is a pregnancy, not a class).
    if (match.value.age ? !(n >= 5 && n <= 17) : !Number.isNaN(n) && !(n >= 1 && n <= 13)) continue;
    return { start: match.start, end: match.end, text: doc.text.slice(match.start, match.end) };
  }
  return undefined;
}

export interface ReadOptions {
  /** The conversation's language (ISO 639-1), when known: its scope markers also apply. */
  lang?: ScopeLanguage;
}

/** Reads one message: tokens, scope markers, rule cues with their scopes. */
export function readMessage(text: string, options: ReadOptions = {}): MessageReading {
  const doc = tokenizeForTriage(text);
  const scopes = analyzeScopes(doc, options.lang ? [options.lang] : []);
  const hits: RuleHit[] = [];
  // One cue per rule and token range (two patterns of a rule can match the same words). Matches
  // come by start token, so a repeat is among the hits that start at the same token.
  let sameFirst = 0;
  for (const match of MATCHER.find(doc)) {
    const { rule, self } = match.value;
    if (hits.length > sameFirst && (hits[sameFirst] as RuleHit).first !== match.first)
      sameFirst = hits.length;
    if (repeats(hits, sameFirst, rule.id, match.last)) continue;
    const span: Span = {
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
    };
    const hit: RuleHit = { rule, first: match.first, last: match.last, span };
    if (rule.scopes.size > 0) {
      const scope = scopes.scopeOf({
        first: match.first,
        last: match.last,
        lang: rule.lang,
        checks: rule.scopes,
        literals: match.words,
        selfReferring: self,
        doneToWriter: rule.category === 'abuse',
        pastAct: rule.kind === 'attempt',
        asksForMeans: rule.kind === 'means_seeking' || rule.kind === 'lethality_seeking',
        lookalikes: rule.lookalikes,
      });
      if (scope) hit.scope = scope;
      else if (rule.kind === 'coded' && rule.lang === 'en') {
        const quoted = quotedElsewhere(doc, scopes, match.first, match.last);
        if (quoted) hit.scope = quoted;
      }
    }
    hits.push(hit);
  }
  const turned = turnToFirstPerson(doc);
  if (turned) addCuesAboutOthers(doc, scopes, turned, hits);
  shareScopes(hits);
  shareNegation(hits);
  sharePastAct(hits);
  const reading: MessageReading = {
    text,
    doc,
    scopes,
    hits: sortStable(
      dropNested(hits),
      (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
    ),
  };
  const minor = minorIn(doc);
  if (minor) reading.minor = minor;
  return reading;
}

/** What someone else is said to feel or do that the third-party levels know (not harm to others). */
const ABOUT_OTHERS_CATEGORIES: ReadonlySet<RiskCategory> = new Set([
  'suicide',
  'self_harm',
  'eating_disorder',
  'psychosis',
  'mania',
  'substance',
  'medical_emergency',
  'abuse',
]);

/** Each rule's scopes but `third_party`: a cue about someone else may still be negated, a joke… */
const SCOPES_BUT_OTHERS = new Map<CompiledRule, ReadonlySet<Scope>>();

/**
 * The writer's cues found on a sentence about someone else turned into the first person
 * (`perspective.ts`): each is scoped `third_party` unless another scope sets it aside ("she's
 * not suicidal", "he's dying to see it"). Rules that need context (distress or suicidal talk)
 * are left out, as are cues the plain reading found already.
 */
function addCuesAboutOthers(
  doc: TokenizedText,
  scopes: ScopeAnalysis,
  turned: TurnedReading,
  hits: RuleHit[],
): void {
  const plain = hits.length;
  for (const cue of cuesAboutOthers(doc, turned, MATCHER)) {
    const { rule } = cue.value;
    if (
      rule.lang !== 'en' ||
      rule.needs !== undefined ||
      CONTEXT_KINDS.has(rule.kind) ||
      !ABOUT_OTHERS_CATEGORIES.has(rule.category)
    )
      continue;
    if (overlapsPlain(hits, plain, rule, cue.first, cue.last)) continue;
    let checks = SCOPES_BUT_OTHERS.get(rule);
    if (checks === undefined) {
      checks = new Set([...rule.scopes].filter((scope) => scope !== 'third_party'));
      SCOPES_BUT_OTHERS.set(rule, checks);
    }
    const setAside =
      checks.size > 0 &&
      scopes.scopeOf({
        first: cue.first,
        last: cue.last,
        lang: 'en',
        checks,
        literals: cue.words,
        selfReferring: true,
        doneToWriter: rule.category === 'abuse',
        pastAct: rule.kind === 'attempt',
        lookalikes: rule.lookalikes,
      });
    if (setAside) continue;
    hits.push({
      rule,
      first: cue.first,
      last: cue.last,
      span: cue.span,
      scope: aboutSomeoneElse(cue.subject),
    });
  }
}

/** Did the plain reading (the first `plain` hits) find a cue of `rule`'s category on these words? */
function overlapsPlain(
  hits: readonly RuleHit[],
  plain: number,
  rule: CompiledRule,
  first: number,
  last: number,
): boolean {
  for (let k = 0; k < plain; k++) {
    const hit = hits[k] as RuleHit;
    if (hit.rule.category === rule.category && hit.first <= last && first <= hit.last) return true;
  }
  return false;
}

const QUOTED_ONLY: ReadonlySet<Scope> = new Set(['quoted']);
const OTHER_LANGUAGES: readonly ScopeLanguage[] = ['es', 'fr', 'de', 'pt', 'it'];

/**
 * English slang is borrowed by every language ("les ados écrivent 'unalive'"): a coded word in
 * quotation marks is a word cited, not used, when any language's news or media words frame it.
 * Asked only of coded cues inside quotation marks, so it costs nothing on other messages.
 */
function quotedElsewhere(
  doc: TokenizedText,
  scopes: ScopeAnalysis,
  first: number,
  last: number,
): ScopeFinding | undefined {
  const start = doc.starts[first] as number;
  const end = doc.ends[last] as number;
  if (!doc.quotes.some((q) => q.start <= start && end <= q.end)) return undefined;
  for (const lang of OTHER_LANGUAGES) {
    const scope = scopes.scopeOf({ first, last, lang, checks: QUOTED_ONLY });
    if (scope) return scope;
  }
  return undefined;
}

/** Is there a hit of rule `id` ending at token `last` among `hits` from `from` on? */
function repeats(hits: readonly RuleHit[], from: number, id: string, last: number): boolean {
  for (let k = from; k < hits.length; k++) {
    const hit = hits[k] as RuleHit;
    if (hit.rule.id === id && hit.last === last) return true;
  }
  return false;
}

/**
 * A cue inside a negated cue of the same rule is negated too: "não tô pensando em me matar não"
 * matches "pensando em me matar" (negated) and "me matar" (whose negator is out of its window).
 */
function shareNegation(hits: RuleHit[]): void {
  for (const hit of hits) {
    if (hit.scope?.scope !== 'negated') continue;
    for (const other of hits)
      if (
        other.scope === undefined &&
        other.rule.id === hit.rule.id &&
        hit.span.start <= other.span.start &&
        other.span.end <= hit.span.end
      )
        other.scope = hit.scope;
  }
}

/**
 * The words inside an attempt told as over are that attempt's words: "intenté quitarme la vida.
 * hoy trabajo de enfermera y estoy bien" sets the attempt aside as past (a recovery in the next
 * sentence, which only an act that is over may take), and "quitarme la vida" inside it with it.
 */
function sharePastAct(hits: RuleHit[]): void {
  for (const hit of hits) {
    if (hit.rule.kind !== 'attempt' || hit.scope?.scope !== 'past') continue;
    for (const other of hits)
      if (
        other.scope === undefined &&
        other.rule.scopes.has('past') &&
        hit.span.start <= other.span.start &&
        other.span.end <= hit.span.end
      )
        other.scope = hit.scope;
  }
}

/**
 * The same words matched by rules of two languages ("carta de despedida" is Spanish and
 * Portuguese) are one cue: each rule checks only its own language's scope markers, so when one
 * reading sets the words aside ("no livro o personagem escreve uma carta de despedida": the
 * Portuguese fiction marker) the other takes that scope too, where its kind allows it.
 */
function shareScopes(hits: RuleHit[]): void {
  for (const hit of hits) {
    // A negator is shared unless it is "no", which is "in the" in Portuguese: "não sou suicida"
    // and "non sono suicida" are negated for the Spanish and Italian readings of "suicida" too.
    if (!hit.scope || (hit.scope.scope === 'negated' && hit.scope.cue.text.toLowerCase() === 'no'))
      continue;
    for (const other of hits) {
      if (
        other.scope === undefined &&
        other.first === hit.first &&
        other.last === hit.last &&
        other.rule.lang !== hit.rule.lang &&
        other.rule.category === hit.rule.category &&
        other.rule.scopes.has(hit.scope.scope)
      ) {
        other.scope = hit.scope;
      }
    }
  }
}
