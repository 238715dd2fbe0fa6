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

/** English words that name the writer ("i", "my", "myself" and its common misspellings). */
export const FIRST_PERSON_EN: ReadonlySet<string> = new Set([
  'i',
  'im',
  'ive',
  'ill',
  'id',
  'me',
  'my',
  'myself',
  'mine',
  'meself',
  'myslef',
  'mysef',
  'mself',
  'myselfe',
  'myselff',
]);

/** Flattens a multi-line alternative (as written above) into one phrase-pattern group. */
export function group(alternatives: string): string {
  return alternatives.replace(/\s*\n\s*/g, '');
}

/** "my sister", "mi hermana", "ma soeur"... as one pattern group. */
export function someoneElse(lang: ScopeLanguage): string {
  return `${POSSESSIVES[lang]} ${group(RELATIONS[lang])}`;
}

/**
 * People in general, or a person nobody has met yet ("people", "teenagers", "a patient",
 * "someone", "un adolescente", "les gens", "Jugendliche", "as pessoas", "i ragazzi"): what a
 * general question or a class says of them describes no one the writer is worried about.
 */
export const GENERIC_PEOPLE: Record<ScopeLanguage, string> = {
  en: `(people|ppl|persons|someone|somebody|anyone|anybody|a person|a loved one|teens|teenagers|adolescents|kids|children|
    students|patients|a patient|a client|a teen|a teenager|a kid|a child|a student|a young person|young people|men|women|
    old people|older people|elderly people|the elderly|survivors|those|veterans|a veteran|most people|many people)`,
  es: `(la gente|las personas|gente|alguien|una persona|los adolescentes|un adolescente|una adolescente|los jovenes|un joven|
    los ninos|un nino|una nina|los alumnos|un alumno|una alumna|un paciente|una paciente|los pacientes|los hombres|las mujeres|
    los ancianos|los mayores|la mayoria|quien|quienes|muchas personas)`,
  fr: `(les gens|des gens|quelqu un|une personne|les ados|un ado|une ado|les adolescents|un adolescent|une adolescente|
    les jeunes|un jeune|une jeune|les enfants|un enfant|les eleves|un eleve|une eleve|un patient|une patiente|les patients|
    les hommes|les femmes|les personnes|les personnes agees|ceux|celles|la plupart|un proche|beaucoup de gens)`,
  de: `(leute|menschen|jemand|jemandem|jemanden|eine person|einer person|jugendliche|jugendlichen|ein jugendlicher|
    einem jugendlichen|kinder|ein kind|einem kind|schuler|schulerinnen|einen patienten|einem patienten|einer patientin|patienten|
    manner|frauen|altere|altere menschen|die meisten|viele)`,
  pt: `(as pessoas|pessoas|gente|alguem|uma pessoa|os adolescentes|um adolescente|uma adolescente|adolescente|adolescentes|
    os jovens|um jovem|jovens|as criancas|uma crianca|criancas|os alunos|um aluno|uma aluna|um paciente|uma paciente|
    os pacientes|os homens|as mulheres|os idosos|quem|a maioria|muita gente)`,
  it: `(la gente|le persone|persone|qualcuno|una persona|gli adolescenti|un adolescente|i ragazzi|un ragazzo|una ragazza|
    i giovani|un giovane|i bambini|un bambino|una bambina|gli studenti|uno studente|un paziente|una paziente|i pazienti|
    gli uomini|le donne|gli anziani|chi|la maggior parte|molti)`,
};
