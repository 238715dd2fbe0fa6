/**
 * Words for the people someone talks about, per language, as phrase-pattern alternatives: who a
 * worry, a threat or a disclosure is about. Used by scoping ("my sister is suicidal" is about
 * someone else) and by risk rules ("I want to hurt my boss").
 */

export const SCOPE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type ScopeLanguage = (typeof SCOPE_LANGUAGES)[number];

/** Relations and roles, singular and plural, as the words follow a possessive. */
export const RELATIONS: Record<ScopeLanguage, string> = {
  en: `(friend|friends|bestie|bff|bestfriend|best friend|sister|sisters|brother|brothers|sibling|siblings|mom|mum|mother|dad|father|
    parent|parents|son|sons|daughter|daughters|kid|kids|child|children|baby|wife|husband|partner|boyfriend|girlfriend|bf|gf|ex|
    fiance|fiancee|roommate|flatmate|housemate|cousin|aunt|uncle|niece|nephew|grandma|grandpa|grandmother|grandfather|nan|gran|
    stepdad|stepmom|stepmum|stepfather|stepmother|stepbrother|stepsister|coworker|colleague|classmate|student|students|client|
    patient|neighbor|neighbour|boss|teacher|teammate|mate|buddy|sibling|family|teen|teenager|son's friend|daughter's friend)`,
  es: `(amigo|amiga|amigos|amigas|hermano|hermana|hermanos|madre|mama|padre|papa|padres|hijo|hija|hijos|bebe|esposo|esposa|
    marido|mujer|pareja|novio|novia|ex|prima|primo|tia|tio|abuela|abuelo|companero|companera|compa|vecino|vecina|jefe|jefa|
    alumno|alumna|paciente|cliente|padrastro|madrastra|cunado|cunada|familia)`,
  fr: `(ami|amie|amis|pote|copain|copine|frere|soeur|mere|maman|pere|papa|parents|fils|fille|enfant|enfants|bebe|mari|femme|
    conjoint|conjointe|compagnon|compagne|ex|cousin|cousine|tante|oncle|grand mere|grand pere|collegue|coloc|colocataire|voisin|
    voisine|patron|patronne|chef|eleve|patient|patiente|client|cliente|beau pere|belle mere|famille)`,
  de: `(freund|freundin|freunde|kumpel|bruder|schwester|geschwister|mutter|mama|vater|papa|eltern|sohn|tochter|kind|kinder|
    baby|mann|frau|ehemann|ehefrau|partner|partnerin|ex|cousin|cousine|tante|onkel|oma|opa|kollege|kollegin|mitbewohner|
    mitbewohnerin|nachbar|nachbarin|chef|chefin|schuler|schulerin|patient|patientin|stiefvater|stiefmutter|familie)`,
  pt: `(amigo|amiga|amigos|amigas|irmao|irma|mae|pai|pais|filho|filha|filhos|bebe|marido|esposa|esposo|mulher|companheiro|
    companheira|namorado|namorada|ex|primo|prima|tia|tio|avo|colega|vizinho|vizinha|chefe|aluno|aluna|paciente|cliente|
    padrasto|madrasta|familia)`,
  it: `(amico|amica|amici|amiche|fratello|sorella|madre|mamma|padre|papa|genitori|figlio|figlia|figli|bambino|bambina|marito|
    moglie|compagno|compagna|ragazzo|ragazza|fidanzato|fidanzata|ex|cugino|cugina|zia|zio|nonna|nonno|collega|coinquilino|
    coinquilina|vicino|vicina|capo|studente|studentessa|paziente|cliente|patrigno|matrigna|famiglia)`,
};

/** Possessives that introduce someone else ("my", "mi", "mon/ma/mes", "mein/meine"...). */
export const POSSESSIVES: Record<ScopeLanguage, string> = {
  en: '(my|our|a|this|his|her|their)',
  es: '(mi|mis|nuestro|nuestra|una|un|su)',
  fr: '(mon|ma|mes|notre|un|une|son|sa)',
  de: '(mein|meine|meinen|meinem|meiner|unser|unsere|ein|eine|sein|seine|ihr|ihre)',
  pt: '(meu|minha|meus|minhas|o meu|a minha|um|uma|seu|sua)',
  it: '(mio|mia|miei|mie|il mio|la mia|i miei|le mie|un|una|suo|sua)',
};

/** Possessives only ("my", "su", "ma"): a possessive noun phrase is usually who a clause is about. */
export const OWNERS: Record<ScopeLanguage, string> = {
  en: '(my|our|his|her|their)',
  es: '(mi|mis|su|sus|nuestro|nuestra)',
  fr: '(mon|ma|mes|son|sa|ses|notre|nos)',
  de: '(mein|meine|meinen|meinem|meiner|sein|seine|seinen|ihr|ihre|ihren|unser|unsere)',
  pt: '(meu|minha|meus|minhas|o meu|a minha|seu|sua)',
  it: '(mio|mia|miei|mie|il mio|la mia|i miei|le mie|suo|sua)',
};

/** Flattens a multi-line alternative (as written above) into one phrase-pattern group. */
export function group(alternatives: string): string {
  return alternatives.replace(/\s*\n\s*/g, '');
}

/** "my sister", "mi hermana", "ma soeur"... as one pattern group. */
export function someoneElse(lang: ScopeLanguage): string {
  return `${POSSESSIVES[lang]} ${group(RELATIONS[lang])}`;
}
