/**
 * Spanish triage rules (Spain and Latin America). Folded text: "matarme", "dano", "mas".
 * Suicide and self-harm verbs are in the first person ("quiero morir", "matarme"), so they name
 * the writer; third-person forms ("quiere matarse") are third-party rules.
 */
import { group, RELATIONS } from '../../nlp/people.js';
import type { Lexicon, RuleSpec } from './types.js';

const PERSON = `(mi|mis|un|una) ${group(RELATIONS.es)}`;
const THEY = `(el|ella|ellos|ellas|${PERSON})`;
const PILLS =
  '(pastillas|pildoras|medicinas|medicamentos|pastis|comprimidos|tabletas|antidepresivos|calmantes|somniferos)';
/**
 * A count of five or more, said with digits (`<many>`, so no pattern names an amount) or in words:
 * "como 20 de mis", "veinte".
 */
const COUNTED =
  '(como|unas|unos|mas de|casi|tipo)? (<many>|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|cuarenta|cincuenta) (de (mis|las|esas))?';
/** After a counted amount: a daily regimen, not an overdose ("6 tablets a day"). */
const NOT_REGIMEN =
  '!(al dia|por dia|cada dia|diarias|a la semana|por semana|cada manana|cada noche|como me (dijo|indico|receto)|en total|durante la semana)';
const LOTS =
  '(todas (las|mis)|un monton de|demasiadas|muchisimas|una caja (entera)? de|un frasco (entero)? de|un bote de|un blister de)';
const KILL_ME =
  '(matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida|desvivirme|autoeliminarme)';
const HEIGHTS =
  '(puente|edificio|azotea|techo|balcon|ventana|acantilado|torre|precipicio|un piso alto)';
const VEHICLES = '(tren|metro|camion|coche|carro|auto|autobus|bus)';

const rules: RuleSpec[] = [
  {
    id: 'passive.want_to_die',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      'ojala (ya)? no (estuviera|estuviese|existiera|existiese) (aqui|en este mundo) !(en|esta|este|hoy|ahora|con|cuando|porque)',
      'ojala (ya no (estuviera|estuviese)|no (existiera|existiese))',
      '(quiero|quisiera|deseo|queria|necesito|tengo ganas de|me gustaria) (morir|morirme|estar muerto|estar muerta|desaparecer para siempre|dejar de existir|no existir|no despertar|no despertarme|dormir para siempre|irme de este mundo)',
      'me (quiero|quisiera|queria) morir',
      'ojala (me muriera|me muera|no despertara|no despertar|estuviera muerto|estuviera muerta|no haber nacido|nunca hubiera nacido|desapareciera)',
      '(ganas|deseos|pensamientos|ideas) de (morir|morirme|desaparecer|no despertar|dejar de existir)',
      '(me da igual|no me importa) (morir|morirme|si me muero|vivir|no despertar)',
      'seria mejor (estar muerto|estar muerta|no existir|morirme|no haber nacido)',
    ],
  },
  {
    id: 'passive.not_want_to_live',
    kind: 'passive_wish',
    reason: 'no wish to live',
    patterns: [
      '(no tengo|sin|ya no tengo|perdi las) ganas de vivir',
      '(no|ya no) quiero (vivir|seguir viviendo|existir|seguir aqui|estar aqui|seguir asi|estar vivo|estar viva|seguir con vida)',
      '(no|ya no) (vale la pena|tiene sentido) (vivir|seguir viviendo|seguir|mi vida|la vida|estar vivo|estar viva)',
      '(cansado|cansada|harto|harta|agotado|agotada) de (vivir|existir|la vida|estar vivo|estar viva)',
      'no (hay|tengo) (ninguna)? (razon|razones|motivo|motivos) para (vivir|seguir)',
    ],
  },
  {
    // Not waking up: a time or a duty in the sentence ("temprano", "para el curro") is an
    // ordinary morning (as in English).
    id: 'passive.not_wake_up',
    kind: 'passive_wish',
    reason: 'wish not to wake up',
    lookalikes: ['early_rising'],
    patterns: ['(no|ya no) (quiero|kiero|qiero) (volver a)? (despertar|despertarme)'],
  },
  {
    // Finality: done with life or with everything, and wanting it all to end.
    id: 'passive.done_with_all',
    kind: 'passive_wish',
    reason: 'done with everything',
    weight: 0.6,
    patterns: [
      '(ya)? (termine|acabe|he terminado|he acabado) con (la vida|mi vida|todo) !(lo|el|la|los|las|de|del|por|hoy|en|para|lol|jaja)',
      '(quiero|quisiera|necesito) que (todo|todo esto|esto) se (acabe|termine) !(de|la|el|lol|jaja)',
      '(pudiera|poder|podria) desaparecer para siempre',
    ],
  },
  {
    id: 'passive.better_off',
    kind: 'passive_wish',
    reason: 'others better off without me',
    weight: 0.75,
    patterns: [
      '(estarian|estaria|estarias|estaran|todos estarian|estarian todos|mi familia estaria) mejor sin mi',
      '(estarian|estaran|todos estarian|estarian todos|mi familia estaria) (perfectamente|muy)? bien sin mi !(esta|este|estos|estas|unos|unas|un|una|por|mientras|hoy|manana|durante)',
      '(nadie|nadie me) (extranaria|echaria de menos|notaria) (si|cuando) (me muero|muriera|desapareciera|me fuera)',
    ],
  },
  {
    id: 'active.kill_myself',
    kind: 'active_ideation',
    reason: 'thoughts of killing oneself',
    patterns: [
      KILL_ME,
      'acabar con todo',
      '(quiero|quisiera|tengo ganas de|necesito) (matarme|suicidarme|quitarme la vida|acabar con todo)',
      '(pienso|pensando|pensado|pense|pensamientos|ideas|ideacion|he pensado) (en|de)? (matarme|suicidarme|quitarme la vida|el suicidio|suicidio|acabar con (todo|mi vida))',
    ],
  },
  {
    id: 'active.suicidal',
    kind: 'active_ideation',
    reason: 'suicidal thoughts',
    who: 'any',
    timeless: true,
    patterns: [
      'al (borde|filo) del suicidio',
      '(suicida|suicidas)',
      '(pensamientos|ideas|ideacion) suicida*',
      '(me siento|estoy) suicida',
    ],
  },
  {
    id: 'coded.slang',
    kind: 'coded',
    reason: 'coded word for suicide',
    patterns: [
      '(desvivirme|autoeliminarme)',
      // Leaving life as one leaves a service: "darme de baja de la vida".
      '(darme|me doy|me voy a dar|me quiero dar|dar me) de baja (de la vida|de este mundo|para siempre|definitivamente)',
      'desconectarme (de la vida|de este mundo|para siempre)',
      '(irme|salir) de este mundo',
      // Getting oneself out of the way, as a wish: "pensando en quitarme de en medio".
      '(pensando en|pienso en|pensar en|ganas de|quiero|voy a) (quitarme|quitarse) de en medio',
    ],
  },
  {
    id: 'method.self',
    kind: 'method',
    reason: 'a method in mind',
    patterns: [
      '(ahorcarme|colgarme del cuello|envenenarme|ahogarme|cortarme las venas|pegarme un tiro|dispararme|pegarme un balazo|electrocutarme)',
      '(cortarme|abrirme|rajarme) (la|una) (arteria|femoral|yugular|carotida)',
      `(tirarme|lanzarme|aventarme|arrojarme) (de|desde|por|del|al|a|bajo|frente a|delante de)? (un|una|el|la|mi)? (${HEIGHTS}|${VEHICLES})`,
      `(tomarme|tragarme|tomar) (${LOTS}|todas) ${PILLS}`,
      '(sobredosis|una sobredosis) (de pastillas)?',
      '(volarme|reventarme) (la cabeza|los sesos)',
      'me (quiero|quisiera|voy a|gustaria|dan ganas de) (pegar un tiro|pegar un balazo|volar la cabeza|volar los sesos|disparar|ahorcar|colgar)',
      '(pegarme|meterme) (un tiro|un balazo|una bala) (en la cabeza|en la sien)',
    ],
  },
  {
    id: 'means.heights',
    kind: 'means_seeking',
    reason: 'asking about heights or locations',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(puente|puentes|edificio|edificios|acantilado|acantilados|torre|torres) mas (alto|altos|alta|altas)',
      '(cual|cuales|que) (puente|puentes|edificio|edificios) (es|son) (el|los)? mas (alto|altos)',
      // The place named first, the height asked after it: "los riscos de por el norte, ¿cuál es el
      // más alto?".
      '(puentes|edificios|acantilados|riscos|barrancos|torres|precipicios|miradores) ~6 (cual|cuales) (es|son) (el|la|los|las)? mas (alto|alta|altos|altas)',
    ],
  },
  {
    // A height named by its place ("the highest point of the gorge", "die höchste Stelle an der
    // Klamm") or a place asked about for what stops a fall ("a pas de filet"): like the named
    // bridges and towers above, it counts only after distress.
    id: 'means.heights_place',
    kind: 'means_seeking',
    reason: 'asking about heights or unguarded places',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(la parte|el punto|el lugar|el sitio|la zona|el piso|el mirador|la terraza|la azotea) mas (alto|alta) (de|del|en)',
      '(puente|puentes|edificio|edificios|azotea|terraza|acantilado|mirador|viaducto|balcon) ~5 (sin|no tiene|no tienen) (reja|rejas|barandal|baranda|barandilla|red|redes|valla|malla|proteccion)',
    ],
  },
  {
    id: 'means.pills',
    kind: 'means_seeking',
    reason: 'asking about amounts of pills',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      `(cuantas|cuantos) ${PILLS}`,
      `cuanto (paracetamol|ibuprofeno|clonazepam|alprazolam)`,
    ],
  },
  {
    id: 'means.acquire',
    kind: 'means_seeking',
    reason: 'asking where to get means',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: [
      '(donde|como) (puedo)? (comprar|conseguir) (un arma|una pistola|una cuerda|veneno|pastillas)',
    ],
  },
  {
    id: 'lethality.ask',
    kind: 'lethality_seeking',
    reason: 'asking what is lethal',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      '(dosis|cantidad) (letal|mortal)',
      '(formas|maneras|metodos|forma|manera|metodo) (menos dolorosas|menos dolorosa|mas rapidas|mas rapida|mas faciles|mas facil|faciles|facil|rapidas|rapida|indoloras|indolora|seguras|segura) (de|para) (morir|morirme|matarme|suicidarme|acabar con todo|suicidarse|matarse|quitarse la vida)',
      'como (matarme|suicidarme|quitarme la vida|morir sin dolor|suicidarse|quitarse la vida)',
      `cuant(as|os) ~3 (para morir|para matarme|para no despertar|serian letales|es letal)`,
      // the amount as the subject: "cuántas pastillas me matarían"
      '(cuantas|cuantos|cuanto) ~4 (me matarian|me mataria|me matan|me mata|acabarian conmigo|serian mortales|seria mortal)',
      // the amount asked about by count: "¿20 pastillas son suficientes para morir?"
      `(${LOTS}|${COUNTED})? ${PILLS} (son|serian|seran|es|seria|bastan|bastarian|alcanzan|alcanzarian) (suficientes|suficiente)? para (morir|morirme|matarme|no despertar|no despertarme|acabar con todo|quitarme la vida)`,
      `(son|serian|seran|bastan|bastarian|alcanzan|alcanzarian) (${LOTS}|${COUNTED})? ${PILLS} (suficientes|suficiente)? para (morir|morirme|matarme|no despertar|no despertarme|acabar con todo|quitarme la vida)`,
      `(${LOTS}|${COUNTED}) ${PILLS} (me matarian|me mataria|acabarian conmigo)`,
      'morir sin (dolor|sufrir)',
    ],
  },
  {
    id: 'intent.going_to',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      `(voy a|ya voy a|estoy a punto de|estoy listo para|estoy lista para|lo voy a|pienso) (matarme|suicidarme|quitarme la vida|acabar con todo|acabar con mi vida|ahorcarme|tirarme)`,
      'me voy a (matar|suicidar|quitar la vida|ahorcar|tirar (de|del|al|por))',
      'esta (vez|noche) (me mato|lo hago|lo voy a hacer)',
      '(planeo|estoy planeando) (matarme|suicidarme|quitarme la vida)',
    ],
  },
  {
    id: 'intent.do_it',
    kind: 'intent',
    reason: 'intent to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      '(lo voy a hacer|voy a hacerlo|lo hare|ya lo decidi|nadie me va a detener|ya estoy listo|ya estoy lista)',
    ],
  },
  {
    id: 'plan.decided',
    kind: 'plan',
    reason: 'decided, with a plan',
    patterns: [
      '(decidi|he decidido|tengo decidido|ya decidi) (matarme|suicidarme|quitarme la vida|acabar con (todo|mi vida)|morir)',
      'tengo (un|el) plan para (matarme|suicidarme|quitarme la vida|acabar con todo)',
    ],
  },
  {
    id: 'plan.have_plan',
    kind: 'plan',
    reason: 'a plan (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      '(tengo|ya tengo) todo (listo|planeado|preparado)',
      '(lo estoy|estoy) planeando',
      '(tengo|ya tengo) (un|el) plan',
      '(ya elegi|elegi) (el dia|la fecha|el lugar)',
    ],
  },
  {
    id: 'prep.note',
    kind: 'preparation',
    reason: 'goodbye or suicide note',
    patterns: [
      '(carta|cartas|nota|notas|mensaje|mensajes) de suicidio',
      '(escribi|he escrito|estoy escribiendo|deje) (mi|una)? (ultima carta|carta final)',
    ],
  },
  {
    // A goodbye letter has an everyday reading when the writer is leaving a job (triage@31).
    id: 'prep.farewell_letter',
    kind: 'preparation',
    reason: 'goodbye or farewell letter',
    lookalikes: ['life_change'],
    patterns: ['(carta|cartas|nota|notas|mensaje|mensajes) de despedida'],
  },
  {
    id: 'prep.giving_away',
    kind: 'preparation',
    reason: 'giving possessions away',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(regale|regalando|he regalado|estoy regalando|regalo) (todas)? (mis cosas|mis pertenencias|mi ropa|mis mascotas|todo lo que tengo)',
    ],
  },
  {
    // Said outright, these need no distress before them to count (unlike "regalé mis cosas").
    id: 'prep.unambiguous',
    kind: 'preparation',
    reason: 'preparing for after death, said outright',
    lookalikes: ['moving'],
    weight: 0.85,
    patterns: [
      '(carta|cartas|nota|notas) ~6 (para cuando|cuando|despues de que) (ya)? (no este|me haya muerto|haya muerto|me muera|este muerto|este muerta)',
      '(regale|regalando|estoy regalando|regalo|reparto|repartiendo|estoy dando) (todas)? (mis cosas|mis pertenencias) ~2 (porque|ya que|pues)? (ya)? no (las|los|lo)? (voy a necesitar|necesitare|necesito) (mas)? !(en|alla|ahi|aqui|alli|cuando|hasta|para|desde)',
    ],
  },
  {
    // A last message with a goodbye, said outright: counts without distress, and it is now.
    id: 'prep.last_message',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: ['(este es|esto es) mi ultimo mensaje ~4 adios'],
  },
  {
    id: 'prep.stockpile',
    kind: 'preparation',
    reason: 'stockpiling pills or acquiring means',
    patterns: [`(juntando|guardando|acumulando|junte|guarde|acumule|escondiendo) (mis)? ${PILLS}`],
  },
  {
    // Pills kept aside: stored medicine has an everyday reading, so only after distress.
    id: 'prep.stashed',
    kind: 'preparation',
    reason: 'pills put away (after distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [
      `(tengo|ya tengo) (las|los|unas|unos|mis)? ${PILLS} ~4 (guardadas|guardados|escondidas|escondidos)`,
      `${PILLS} ~2 (guardadas|guardados|escondidas|escondidos) (en|debajo|bajo)`,
    ],
  },
  {
    id: 'prep.acquired',
    kind: 'preparation',
    reason: 'acquired means',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: ['(compre|consegui|ya tengo) (una cuerda|un arma|una pistola|veneno|las pastillas)'],
  },
  {
    id: 'prep.goodbye',
    kind: 'preparation',
    reason: 'saying goodbye',
    needs: 'distress',
    near: true,
    weight: 0.8,
    patterns: [
      '(esto es|este es) (un adios|una despedida|mi despedida|mi ultimo mensaje)',
      'adios (para siempre|mundo cruel)',
      'cuando (leas|lean) esto (ya)? (no estare|estare muerto|estare muerta)',
      'perdonenme por (todo|lo que voy a hacer)',
    ],
  },
  {
    id: 'prep.goodbye_context',
    kind: 'preparation',
    reason: 'saying goodbye (after suicidal talk)',
    needs: 'suicide',
    near: true,
    weight: 0.75,
    patterns: ['adios a todos', '(mi|la) ultima (noche|cena)', 'los quiero a todos ~2 adios'],
  },
  {
    id: 'attempt.tried',
    kind: 'attempt',
    reason: 'a suicide attempt',
    patterns: [
      '(mi|un|otro) intento (fallido|de suicidio)',
      '(intentos|intento) (fallido|fallidos)',
      `(intente|trate de|he intentado|intentado) ${KILL_ME}`,
      '(intento|intentos) de suicidio',
      'me intente (matar|suicidar)',
    ],
  },
  {
    id: 'attempt.now',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    lookalikes: ['accident', 'recreational', 'pain_relief', 'as_prescribed'],
    patterns: [
      `(me tome|tome|me he tomado|trague|me trague|acabo de tomar|me acabo de tomar) ${LOTS} ${PILLS}`,
      `(me tome|me he tomado|trague|me trague|acabo de tomar|me acabo de tomar) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      '(tome|me tome|bebi|trague) (lejia|veneno|cloro|raticida)',
      '(la soga|la cuerda) (esta)? (en|alrededor de) mi cuello',
    ],
  },
  {
    id: 'attempt.now_context',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: [
      '(estoy|ya estoy) (en|sobre|arriba de) (el|la) (puente|azotea|borde|vias|cornisa|techo)',
    ],
  },
  {
    id: 'time.near',
    kind: 'timeline',
    reason: 'a near time',
    near: true,
    patterns: [
      '(esta noche|hoy|ahora mismo|este fin de semana|manana|esta tarde)',
      'en (una|unas|un par de|<num>) (hora|horas|minutos)',
      'cuando (todos|todos se|mis padres|mi familia) (duerman|se duerman|se vayan|salgan)',
    ],
  },
  {
    id: 'time.later',
    kind: 'timeline',
    reason: 'a time',
    patterns: [
      '(la proxima semana|el proximo mes|el mes que viene|el ano que viene)',
      '(en|para) mi cumpleanos',
      'despues de (los examenes|navidad|la boda|las fiestas)',
      'a fin de (mes|ano)',
    ],
  },
  {
    id: 'distress.hopeless',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(no aguanto|no puedo) (mas|con esto|con mi vida)',
      '(sin|no tengo|perdi la|perdi toda la|he perdido la) esperanza',
      '(soy|me siento) (una carga|un estorbo|un fracaso|inutil|una basura)',
      '(nada|mi vida) (tiene sentido|importa|vale nada)',
      '(perdi|he perdido) (mi trabajo|el trabajo|mi empleo|todo|mi casa)',
      'me (despidieron|echaron del trabajo|dejo|dejó)',
      '(me odio|odio mi vida|odio vivir)',
      '(estoy)? (harto|harta|cansado|cansada) de todo',
      '(a nadie le importo|no le importo a nadie|nadie me quiere)',
      '(sin salida|desesperado|desesperada|me rindo|estoy destrozado|estoy destrozada|vacio por dentro|vacia por dentro)',
      '(tan|muy|completamente) (solo|sola)',
    ],
  },
  {
    id: 'self_harm.act',
    kind: 'self_harm',
    reason: 'self-injury',
    lookalikes: ['grooming', 'accident'],
    patterns: [
      // "me cortó mi novia" (she broke up with me) folds to "me corto" (I cut myself).
      'me corto !(mi novia|mi novio|mi pareja|mi ex|mi chava|mi chavo|mi morra|mi vieja|mi viejo|la novia|el novio|mi jefe|mi jefa)',
      '(cortarme|me corte|me he cortado|me vuelvo a cortar|me volvi a cortar|lastimarme|hacerme dano|me hago dano|quemarme|me quemo|golpearme|me golpeo|rasguñarme|rasgunarme)',
      '(cortes|heridas) en (los|mis) (brazos|piernas|munecas|muslos)',
      '(ganas|necesidad|impulso) de (cortarme|hacerme dano|lastimarme|quemarme)',
    ],
  },
  {
    id: 'self_harm.named',
    kind: 'self_harm',
    reason: 'self-harm named',
    who: 'any',
    patterns: ['autolesion*', '(recai|volvi a caer) en (cortarme|las autolesiones)'],
  },
  {
    id: 'self_harm.medical',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    lookalikes: ['accident'],
    patterns: ['necesito (puntos|puntadas)', '(me corte|corte) (muy|demasiado)? (profundo|hondo)'],
  },
  {
    id: 'others.intent',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      `(quiero|voy a|tengo ganas de|estoy pensando en) (matar|lastimar|herir|apunalar|golpear|dispararle a) a (alguien|el|ella|ellos|${PERSON})`,
      '(quiero|voy a) (matarlo|matarla|matarlos|hacerle dano|hacerles dano|lastimarlo|lastimarla)',
      '(llevar|llevare) (un arma|una pistola) a (la escuela|el colegio|el trabajo)',
    ],
  },
  {
    id: 'others.thoughts',
    kind: 'harm_thoughts',
    reason: 'thoughts of hurting someone',
    patterns: [
      `(pensamientos|ideas|miedo) de (hacerle dano|lastimar|matar|herir) a (alguien|mi bebe|mi hijo|mi hija|${PERSON})`,
    ],
  },
  {
    id: 'abuse.violence',
    kind: 'abuse',
    reason: 'being abused',
    patterns: [
      `(${PERSON}|el|ella|ellos) me (pega|golpea|pego|golpeo|maltrata|maltrataba|amenaza|amenazo|viola|violo|ahorca|encierra|patea|empuja|toca|abusa)`,
      'me (golpea|maltrata|viola|ahorca|encierra|patea) (cuando|todos|siempre|si)',
      '(amenaza|amenazo|amenazado) con (matarme|pegarme|hacerme dano|quitarme a (los|mis) (ninos|hijos))',
      '(violencia|maltrato) (domestica|de genero|intrafamiliar|familiar)',
      '(malos tratos|maltrato)',
      '(miedo|me da miedo) (de)? (volver|ir|regresar) a (casa|mi casa)',
      '(abuso sexual|abusaron de mi|abuso de mi|abusa de mi|me violaron|me violo)',
      'no me deja (ver a mis amigos|salir de casa|tener dinero|trabajar|hablar con nadie)',
      'controla (mi dinero|mi telefono|todo lo que hago)',
    ],
  },
  {
    id: 'abuse.now',
    kind: 'abuse_now',
    reason: 'abuse happening now',
    patterns: [
      '(me esta|esta) (pegando|golpeando|ahorcando|amenazando)',
      '(estoy escondida|estoy escondido|me escondi) (de el|de ella|en el bano)',
      '(tiene|agarro|saco) un (cuchillo|arma|pistola)',
      'esta (tratando de|intentando) (entrar|romper la puerta)',
    ],
  },
  {
    id: 'psychosis.voices',
    kind: 'psychosis',
    reason: 'hearing voices or delusional beliefs',
    patterns: [
      '(oigo|escucho) (voces|cosas que no estan)',
      'las voces (me dicen|me hablan|no paran)',
      '(me estan|me esta) (vigilando|espiando|siguiendo|envenenando|controlando)',
      'me (vigilan|espian|envenenan|persiguen)',
      '(leen|controlan|roban) mis pensamientos',
      '(un)? chip en mi (cabeza|cuerpo|cerebro)',
      'la (tele|television|radio) me (habla|manda mensajes)',
    ],
  },
  {
    id: 'psychosis.command',
    kind: 'command_hallucination',
    reason: 'voices telling the writer to hurt or kill',
    patterns: [
      'las voces me (dicen|ordenan|mandan|piden) que (me mate|mate|me haga dano|salte|me corte|lastime|haga dano)',
    ],
  },
  {
    id: 'mania.sleep',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: [
      'no (he dormido|duermo|dormi) (en|desde hace|hace) (dias|<num> dias|una semana)',
      'no necesito dormir',
    ],
  },
  {
    id: 'mania.sign',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    patterns: [
      '(me siento|soy) (invencible|un genio|dios|imparable|el elegido|la elegida)',
      'dios me (eligio|ha elegido)',
      '(mis)? pensamientos (van)? (muy|demasiado)? rapido',
      '(tengo|con) (muchisima|tanta|demasiada) energia',
    ],
  },
  {
    id: 'mania.risk',
    kind: 'mania_risk',
    reason: 'risky spending or plans',
    patterns: [
      '(gaste|me gaste|he gastado) (todos)? (mis|los) ahorros',
      '(deje|renuncie a) mi trabajo para',
      '(invierto|inverti) todo (mi dinero)? en',
    ],
  },
  {
    id: 'eating.restriction',
    kind: 'eating_disorder',
    reason: 'restriction or body-weight preoccupation',
    patterns: [
      '(cuento|contando) (las)? calorias',
      'miedo a (engordar|comer|subir de peso)',
      '(me odio|odio) (mi cuerpo|como me veo)',
      '(dejar de|deje de|dejo de) comer',
      '(anorexia|bulimia|atracon|atracones|trastorno alimentario|trastorno de la conducta alimentaria)',
      'me salto (las comidas|comidas)',
    ],
  },
  {
    id: 'eating.severe',
    kind: 'eating_disorder_severe',
    reason: 'purging or severe restriction',
    patterns: [
      'me (hago|provoco) vomitar',
      '(provocarme|me provoco|provoco) el vomito',
      'vomito (despues de comer|todo lo que como)',
      'no (he comido|como) (nada)? (en|desde hace|hace) (dias|<num> dias|una semana)',
      'laxantes para (adelgazar|bajar de peso)',
      'menos de <num> calorias al dia',
    ],
  },
  {
    id: 'substance.use',
    kind: 'substance',
    reason: 'harmful substance use',
    patterns: [
      'no puedo dejar de (beber|tomar|consumir|drogarme)',
      '(recai|recaida) (en|con)? (el alcohol|la bebida|las drogas)?',
      '(bebo|tomo) (todos los dias|cada dia|para olvidar|hasta perder el conocimiento|sola|solo)',
      '(sindrome de)? abstinencia',
      '(mezcle|mezclo) (pastillas|alcohol|calmantes) (con|y) (alcohol|pastillas)',
      'adicto a (la cocaina|la heroina|las pastillas|el alcohol)',
    ],
  },
  {
    id: 'medical.overdose',
    kind: 'overdose',
    reason: 'overdose now',
    who: 'any',
    lookalikes: ['as_prescribed'],
    patterns: [
      `(me tome|tome|me he tomado|trague|se tomo|acabo de tomar) ${LOTS} ${PILLS}`,
      `(me tome|me he tomado|trague|se tomo|acabo de tomar) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      '(tome|bebi|trague|se tomo) (lejia|veneno|cloro|raticida)',
      '(tuve|me di|me he dado) una sobredosis',
    ],
  },
  {
    id: 'medical.symptoms',
    kind: 'medical',
    reason: 'medical emergency now',
    who: 'any',
    lookalikes: ['panic'],
    patterns: [
      '(no puede|no puedo) respirar',
      '(esta|está) inconsciente',
      'no (respira|reacciona|despierta)',
      'dolor (en el|de) pecho',
      'no (para|deja) de sangrar',
      '(apenas|casi no) (respira|puede respirar|reacciona)',
      '(vomitando|vomito|vomite|escupiendo) sangre',
      '(me|le) (echaron|pusieron|metieron) algo en (la|mi|su) (bebida|copa|trago)',
    ],
  },
  {
    id: 'other.worry',
    kind: 'third_party_worry',
    reason: 'worried about someone',
    patterns: [
      `(estoy preocupado|estoy preocupada|me preocupa|tengo miedo) por ${PERSON}`,
      `como (puedo)? ayudar a ${PERSON}`,
    ],
  },
  {
    id: 'other.warning',
    kind: 'third_party_warning',
    reason: 'someone else shows warning signs',
    patterns: [
      `${THEY} (quiere|dice que quiere|ha dicho que quiere|habla de|dijo que quiere|dice que va a) (morir|morirse|matarse|suicidarse|quitarse la vida|desaparecer)`,
      '(quiere|dice que quiere) (matarse|suicidarse|quitarse la vida|morirse)',
      `${THEY} (se corta|se autolesiona|se hace dano|se lastima)`,
      `${THEY} (esta|es) suicida`,
    ],
  },
  {
    id: 'other.plan',
    kind: 'third_party_plan',
    reason: 'someone else shows a plan or preparation',
    patterns: [
      `${THEY} (regalo|esta regalando|regala) (todas)? sus cosas`,
      '(intento|ha intentado|trato de) (matarse|suicidarse|quitarse la vida)',
      '(me mando|me envio|dejo) (una|un) (carta|mensaje|nota) de despedida',
      '(va a|piensa) (matarse|suicidarse|quitarse la vida)',
    ],
  },
  {
    id: 'other.now',
    kind: 'third_party_now',
    reason: "someone else's attempt or overdose now",
    lookalikes: ['as_prescribed'],
    patterns: [
      `${THEY} (se tomo|tomo|se trago) ${LOTS} ${PILLS}`,
      `${THEY} (se tomo|tomo|se trago) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      `${THEY} (esta|está) (en el puente|en la azotea|inconsciente|sangrando mucho)`,
      `${THEY} no (respira|despierta|reacciona)`,
      `${THEY} (tuvo|ha tenido|le dio|esta teniendo) una sobredosis`,
    ],
  },
  // Breadth: everyday phrasing as people type it (no accents, Spain and Latin America).
  {
    id: 'intent.me_mato',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      'me (mato|suicido) !(de|del|estudiando|trabajando|a|por|con|en|corriendo|haciendo|limpiando|si|jaja|jajaja|xd)',
      '(hoy|esta noche|manana) (me mato|me suicido|me quito la vida|acabo con todo)',
      '(ya no|no) voy a (estar aqui|seguir aqui|despertar) (manana|el lunes|la proxima semana)',
    ],
  },
  {
    id: 'intent.it_will_be',
    kind: 'intent',
    reason: 'intent to act, with a time (after distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      'va a ser (esta noche|hoy|manana|este fin de semana|ahora)',
      '(hoy|esta noche) es (el dia|la noche)',
      '(ya)? (no|nunca) (me van a|me vuelven a) ver (mas)?',
    ],
  },
  {
    id: 'plan.decided_colloquial',
    kind: 'plan',
    reason: 'decided to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: ['(ya)? lo tengo (decidido|claro)', 'ya (lo)? decidi', 'ya tome la decision'],
  },
  {
    id: 'prep.letters',
    kind: 'preparation',
    reason: 'goodbye letters (after distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(escribi|he escrito|estoy escribiendo|deje escritas|deje) (las|unas|mis)? cartas (para|a) (mi familia|mis hijos|mis padres|todos|mi mama|mi papa)',
    ],
  },
  {
    id: 'prep.giving_away_colloquial',
    kind: 'preparation',
    reason: 'giving possessions away (after distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(les|le)? (regale|regalo|regalando|di|he dado|estoy dando|repartí|reparti|repartiendo) (todas)? (mis cosas|mis pertenencias|todo lo mio)',
    ],
  },
  {
    id: 'prep.affairs',
    kind: 'preparation',
    reason: 'settling affairs or saying goodbye for good (after distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(deje|dejando|dejar|estoy dejando) todo (en orden|arreglado|listo)',
      '(arregle|arreglando|ordene|ordenando) (mis asuntos|mis papeles|mis cuentas|el testamento)',
      '(me despedi|despedirme|me estoy despidiendo) de (todos|todo el mundo|mi familia) (para siempre)?',
      '(cuiden|cuida|cuidenme) a (mi perro|mi gato|mis hijos|mi mama) (por mi)?',
    ],
  },
  {
    id: 'attempt.now_symptoms',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after suicidal talk)',
    needs: 'suicide',
    patterns: [
      '(ya lo hice|ya esta hecho|ya me las tome|ya me tome todo)',
      '(me siento|estoy) (muy)? (mareado|mareada|somnoliento|somnolienta|dormido|dormida|con mucho sueno)',
    ],
  },
  {
    id: 'lethality.not_wake',
    kind: 'lethality_seeking',
    reason: 'asking what would stop one waking up',
    lookalikes: ['care_dosing'],
    patterns: [
      '(cuantas|cuantos|cuanto) ~4 para (no despertar|no despertarme|no volver a despertar|quedarme dormido para siempre)',
      'que (pasa|pasaria) si me tomo (todas|un monton)',
    ],
  },
  {
    id: 'passive.everyday',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(quisiera|quiero|queria) (dormirme|dormir) y no (despertar|despertarme) (mas|nunca)?',
      'ojala (me atropellara|me pasara algo|no existiera|fuera el ultimo dia)',
      '(para que|pa que) (sigo|seguir) (vivo|viva|viviendo|aqui)',
      'no (le veo|veo) sentido a (vivir|seguir|nada|mi vida)',
    ],
  },
  {
    id: 'self_harm.medical_colloquial',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    // A cut while cooking or gardening that bleeds is an accident, like the plain self-injury rule.
    lookalikes: ['accident'],
    patterns: [
      '(me corte|me quemé|me queme|me volvi a cortar) ~8 (no para de sangrar|no deja de sangrar|muy profundo|necesito puntos)',
    ],
  },
  {
    id: 'abuse.minor',
    kind: 'abuse',
    reason: 'a minor being abused',
    patterns: [
      `tengo <num> (anos|años) ~3 (${PERSON}|mi padre|mi madre|mi papa|mi mama|mi padrastro|mi madrastra) me (pega|golpea|toca|maltrata|viola|encierra)`,
    ],
  },
  {
    id: 'psychosis.poison',
    kind: 'psychosis',
    reason: 'persecution or poisoning beliefs',
    patterns: [
      '(me estan|me esta|me quieren) (envenenando|envenenar) (la comida)?',
      '(envenenan|envenenaron) mi (comida|agua|cafe)',
      'me (siguen|persiguen|vigilan) (a todas partes|todo el tiempo|por las camaras)',
    ],
  },
  {
    id: 'others.friend_goodbye',
    kind: 'third_party_plan',
    reason: 'someone else sent a goodbye message',
    patterns: [
      `${THEY} me (mando|envio|escribio|dejo) (una|un) (carta|mensaje|nota|audio) (de despedida|despidiendose|raro de despedida)`,
      `(mi amigo|mi amiga|${PERSON}) ~3 se (despidio|esta despidiendo) de (todos|mi) ~2 (y)? no (contesta|responde)`,
    ],
  },
  {
    id: 'active.me_quiero_matar',
    kind: 'active_ideation',
    reason: 'thoughts of killing oneself',
    patterns: [
      'me (quiero|kiero|quisiera|pienso) (matar|suicidar|quitar la vida) !(de|del|estudiando|trabajando|a|con|por|si)',
      '(kiero|qiero) (matarme|suicidarme)',
      'me (dan|entran) ganas de (matarme|suicidarme)',
    ],
  },
  {
    id: 'passive.everyday_more',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      'no se si (quiero)? seguir (viviendo|vivo|viva|aqui)',
      'seria mejor (no despertar|desaparecer|no estar)',
      'nadie me (va a|iba a) (extranar|echar de menos)',
      '(kiero|qiero) (morirme|morir|desaparecer|dejar de existir)',
      'me (dan|entran) ganas de (morirme|desaparecer)',
    ],
  },
  {
    id: 'mania.sleep_words',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: [
      'no (he dormido|duermo|dormi|pego ojo) (en|desde hace|hace)? (dos|tres|cuatro|cinco|varios) (dias|noches)',
      '(llevo|ya llevo) (dos|tres|cuatro|cinco|varios|<num>) (dias|noches) sin dormir',
    ],
  },
  {
    id: 'mania.grand_plans',
    kind: 'mania_risk',
    reason: 'grandiose or risky plans',
    patterns: ['(plan|idea) para (hacerme millonario|salvar el mundo|cambiar el mundo)'],
  },
  {
    id: 'other.warning_colloquial',
    kind: 'third_party_warning',
    reason: 'someone else talks of suicide',
    patterns: [
      `${THEY} (dice|dijo|me dijo|anda diciendo) que se (quiere|va a) (matar|suicidar|morir|quitar la vida)`,
      'se (quiere|va a) (matar|suicidar|quitar la vida)',
    ],
  },
  // Plain first-person statements as people type them (no accents, chat spelling).
  {
    id: 'plan.said',
    kind: 'plan',
    reason: 'decided, said plainly',
    lookalikes: ['life_change'],
    patterns: [
      '(ya)? (lo)? (decidi|tengo decidido|esta decidido)',
      '(esta noche|manana|hoy) (todo)? (termina|se acaba|acaba todo|es la noche)',
      // "no vuelvo a estudiar así" is "never again", not leaving for good.
      '(no vuelvo|no voy a volver) (mas)? !(a|al|con|por|de|nunca)',
      'ya (se|tengo) (como|donde) (y (cuando|donde|como))?',
      'tengo todo (planeado|listo|pensado) !(para (el|la|las|los|mi|nuestro|nuestra))',
    ],
  },
  {
    id: 'intent.said',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(esta vez|ahora si) (va en serio|lo hago|lo voy a hacer) (de verdad|en serio)?',
      '(creo que|siento que) (esta vez)? (si)? (lo voy a hacer|voy a hacerlo)',
      'no voy a estar (aqui|aca)? (mucho tiempo|por mucho)',
    ],
  },
  {
    id: 'attempt.said',
    kind: 'attempt',
    reason: 'a recent attempt',
    patterns: ['(desde|despues de) mi (intento|intento de suicidio)'],
  },
  {
    id: 'attempt.now_said',
    kind: 'attempt_now',
    reason: 'took pills a short while ago or at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing', 'sightseeing'],
    patterns: [
      '(me tome|tome|me trague) (las|todas las|mis) (pastillas|pildoras|medicinas) (hace|ya)',
      '(estoy|toy) (en|arriba del|sobre el) (puente|techo|azotea) (ahora|ahorita|ya)',
    ],
  },
  {
    id: 'distress.said',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      'no se (ni)? (por que|pq|porque) (escribo|te escribo|cuento) (esto)?',
      '(solo)? queria que alguien (lo)? (supiera|sepa)',
      '(peor semana de mi vida|ya no doy mas|estoy hecho mierda|estoy hecha mierda)',
    ],
  },
  {
    id: 'plan.said_place',
    kind: 'plan',
    reason: 'going to a place to end it',
    patterns: [
      '(voy|me voy|ire) (al|a la) (puente|edificio|vias|azotea|techo) ~3 (se acaba|acaba|termina) (todo)?',
      '(y|ya) se acaba todo',
      '(ya)? tengo el plan',
    ],
  },
  {
    id: 'method.dwelling',
    kind: 'method',
    reason: 'dwelling on a means or a place (with distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      'no (paro|puedo parar) de pensar en (el|la|las|los) (puente|vias|edificio|pistola|cuerda|pastillas|azotea|rio)',
      'pienso en (ella|eso|el puente|las vias) cada vez',
      '(buscando|busco|busque) (formas|maneras|metodos) (en internet|de morir|de hacerlo)?',
      '(alcanzarian|alcanzan|bastarian|bastan) para no (despertar|despertarme)',
    ],
  },
  {
    id: 'prep.said',
    kind: 'preparation',
    reason: 'acquired means or gave things away (with distress)',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'moving'],
    weight: 0.8,
    patterns: [
      '(compre|consegui) (la|una) (cuerda|pistola|soga)',
      '(regale|di) (mi|mis) (guitarra|libros|ropa|cosas|bici|compu|consola) ~8 (les dije|le dije)',
      '(es|este es) mi (ultimo|ultima) (mensaje|post)',
    ],
  },
  {
    id: 'abuse.said',
    kind: 'abuse',
    reason: 'being abused, threatened or exploited',
    patterns: ['(dice|dijo) que (me va a matar|me mata)', 'va a mandar las (otras|fotos)'],
  },
  {
    id: 'others.said',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: ['(lo|la) mato ~4 (en serio|de verdad)'],
  },
  {
    id: 'medical.said',
    kind: 'medical',
    reason: 'a medical emergency now',
    patterns: [
      '(demasiada|demasiado) (coca|cocaina|droga|perico) ~8 (corazon|pecho)',
      '(novio de mi (mama|madre)|padrastro|tio|primo) (entra|se mete|viene) (a|en) mi (cuarto|habitacion|cama)',
      '(la sangre|el sangrado) no (para|se detiene)',
    ],
  },
  {
    id: 'other.now_said',
    kind: 'third_party_now',
    reason: "someone else's overdose now",
    patterns: ['(se tomo|tomo) (unas|las|muchas) pastillas y no se despierta'],
  },
  // --- Crisis breadth (issue 3): oblique means, lethality, preparation and farewell wording,
  // regional slang and typos. Oblique cues need distress; two of them vouch for each other.
  {
    id: 'distress.breadth',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(ya)? no (doy|puedo|aguanto) (mas|ni un dia mas)',
      '(estoy|toy) en mi limite',
      '(me canse|me harte|ya me canse|ya me harte|estoy hasta la madre|estoy hasta el culo) de (todo|vivir|esta vida|la vida)',
      '(ya)? me (canse|harte)',
      'ya no aguanto !(el|la|los|las|a|al|este|esta|ese|esa|mas el|mas la|tanto)',
      '(soy|seria) (un peso|una carga|un estorbo) para (todos|todo el mundo|mi familia)',
      '(que|q) (hueva|flojera|asco) (vivir|de vida)',
      'nada me (retiene|ata) (aqui|ya)',
      '(solo|nomas) (queria|quiero) (que alguien lo supiera|despedirme|decir adios)',
      '(perdi|he perdido) (todo|a todos|las ganas)',
    ],
  },
  {
    id: 'lethality.hurt',
    kind: 'lethality_seeking',
    reason: 'asking whether a way of dying hurts (after distress)',
    needs: 'distress',
    lookalikes: ['sport_heights', 'info_seeking'],
    patterns: [
      '(se sufre|duele|dolera|sufre uno|es rapido) ~4 (tirarse|tira|lanzarse|lanza|aventarse|avienta|ahogarse|ahoga|ahorcarse|ahorca|morir)',
      '(desde|de) (que|cual) (piso|altura) ~6 (sobrevive|muere|muera|mata|ya no sobrevive|no sobrevive)',
    ],
  },
  {
    id: 'lethality.how_long',
    kind: 'lethality_seeking',
    reason: 'asking how long dying takes',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      '(cuanto|cuánto) (tarda|tardaria|demora|se tarda) ~3 (en morir|en morirse|en hacer efecto para morir)',
      `(que|cual|cuales) ${PILLS} (es|son) (el|la|los|las)? mas (peligros*|letal*|fuerte*) (si|cuando) (te|se|uno)? (tomas|toma|tomo) (muchas|muchos|demasiad*)`,
    ],
  },
  {
    id: 'means.no_questions',
    kind: 'means_seeking',
    reason: 'asking where to get means without questions (after distress)',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'care_dosing'],
    patterns: [
      `(donde|como) (compro|consigo|puedo comprar|puedo conseguir|venden) ~3 (${PILLS}|veneno|una cuerda|un arma|somniferos) ~4 (sin receta|sin que (me)? pregunten|sin preguntas)`,
      `(donde|como) (compro|consigo|puedo comprar|puedo conseguir|venden) ~2 (veneno|una cuerda|un arma)`,
    ],
  },
  {
    id: 'prep.wont_need_going',
    kind: 'preparation',
    reason: 'giving things away for after death',
    weight: 0.85,
    patterns: [
      '(donde|a donde|adonde|alla donde) (voy|me voy) (ya)? no (las|los|lo|la)? (voy a necesitar|necesito|necesitare)',
      '(regale|di|deje|reparti|he regalado) ~8 (ya)? no (las|los|lo|la)? (voy a necesitar|necesitare) (mas|nunca mas)?',
    ],
  },
  {
    id: 'prep.oblique',
    kind: 'preparation',
    reason: 'settling affairs or saying goodbye (with distress)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(deje|dejo|le pase|le di) (pagadas|pagada|pagado) (las|mis)? (deudas|cuentas)',
      '(deje pagadas|pague) (todas)? (mis|las) deudas',
      '(le pase|le di|le deje) (mis|las) contrasenas',
      '(me despedi|despedi|me he despedido) de (todos|todo el mundo|mi perro|mi gato|mi familia)',
      '(le|les) (deje|escribi) una carta a (mis|mi)',
      '(diganle|digale|dile|decile|denle) a mi ~3 que (la|lo|los|las) (quiero|quise)',
      'ya no (voy a estar|estare) (para|en) (su|el|la|tu)',
      '(cuiden|cuida|cuidad) (a|de) mi (mama|papa|madre|padre|hermana|hermano|hermanita|hermanito|perro|gato|familia)',

      '(la cuerda|las pastillas|el veneno) (ya)? (esta|estan) (en|listas|lista|listo|guardad*|escondid*)',
    ],
  },
  {
    id: 'prep.last_message_said',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: [
      '(este es|esto es|este sera) mi ultimo mensaje ~6 (gracias|cuiden|perdon|perdonen|los quiero|las quiero|adios|cuidense)',
    ],
  },
  {
    id: 'intent.breadth',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    patterns: [
      '(me voy a|voy a|ya me voy a) quitar de en medio',
      '(me boy a|ya me boy a|me vy a|m voy a) (matar|suicidar|quitar la vida)',
      '(nadie|ninguno) me va a (detener|parar) ~3 (esta vez|ahora|ya)',
      '(voy a|ya voy a) hacer lo mismo ~6 (cansad*|harto|harta|no aguanto|me canse|me harte)',
      '(consegui|tengo|compre) lo que (necesitaba|necesito) (pa|para) (acabar|terminar) (con esto|con todo|con mi vida)',
      '(manejo|voy|me voy|camino) (hasta|al|a la) (el)? (acantilado|puente|vias|azotea|presa) ~6 (y ya|y se acabo|nadie me va a detener)',
      'esta vez va en serio ~6 (matar|desvivir|morir|suicid*|acabar)',
    ],
  },
  {
    id: 'intent.do_it_breadth',
    kind: 'intent',
    reason: 'intent to act (after suicidal talk)',
    needs: 'suicide',
    patterns: ['(manana|hoy|esta noche|ya) lo hago', 'ya lo pense (bien)?'],
  },
  {
    id: 'intent.gone_tomorrow',
    kind: 'intent',
    reason: 'says they will not be here (with distress)',
    needs: 'distress',
    patterns: [
      '(manana|esta noche|el lunes|el finde) (ya)? no (voy a estar|estare|estoy) (aqui|mas)',
      '(ya)? no (vuelvo|voy a volver|regreso) (nunca)? (mas)? !(a|al|con|para|por|en|de)',
    ],
  },
  {
    id: 'attempt.now_breadth',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    patterns: [
      '(me corte|me he cortado) ~4 para no (despertar|despertarme|seguir)',
      '(me corte|me abri) las venas',
      `(me tome|tome|me trague) (todas|todos) (las|los) ${PILLS} ~8 (hace (un rato|una hora|poco|minutos)|me siento (rara|raro|mal|mareada|mareado))`,
    ],
  },
  {
    id: 'attempt.now_height',
    kind: 'attempt_now',
    reason: 'at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: [
      '(estoy|toy|ya estoy) (en|sobre|arriba de|parado en|parada en) (la|el|una|un) (azotea|techo|puente|cornisa|borde|barandal|vias)',
    ],
  },
  {
    id: 'prep.farewell_words',
    kind: 'preparation',
    reason: 'farewell words (with distress, or with another sign)',
    needs: 'distress',
    near: true,
    weight: 0.75,
    patterns: [
      'gracias por todo ~3 (de verdad|los quiero|perdon)?',
      'gracias por (escucharme|estar ahi|estar siempre|aguantarme|todas (las|estas) (noches|charlas))',
      '(cuiden|cuidense|cuidate|cuidese) (a|de)? (mi|mis|ustedes)?',
      '(perdonen|perdonenme|perdoname) (todo|por todo)?',
    ],
  },
  {
    id: 'prep.acquired_denied',
    kind: 'preparation',
    reason: 'acquired means, and not for the everyday use',
    patterns: [
      '(compre|consegui|me consegui|tengo) (una|la) (cuerda|soga|pistola) ~4 no es para (escalar|acampar|el camping|el jardin|la mudanza)',
    ],
  },
  {
    // Calm after a decision is a warning sign, not relief: it counts with distress or another sign.
    id: 'intent.calm_after_decision',
    kind: 'intent',
    reason: 'calm since deciding (with distress)',
    needs: 'distress',
    patterns: [
      '(me siento|estoy|ando) (raro|rara|extranamente)? (tranquilo|tranquila|en paz) (desde que (lo)? (decidi|elegi)|con la decision|con mi decision)',
    ],
  },
  {
    // "It's not for camping" said about means: with distress or another sign, acquired means.
    id: 'prep.denied_use',
    kind: 'preparation',
    reason: 'means, and not for the everyday use (with distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(y)? no es (para|pa) (escalar|acampar|el camping|el jardin|la mudanza|el perro|ratas|las ratas)',
    ],
  },
  // --- Crisis breadth, third pass: farewell-note markers, cover stories, concealment, "for when
  // I'm not here", half already taken, at an edge and not coming down.
  {
    id: 'distress.breadth_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(harto|harta|cansado|cansada) de (sufrir|luchar|fingir)',
      '(ya)? no puedo (con esta vida|con todo|mas con esto)',
      '(ya)? ni me importa',
      '(neta)? ya (estuvo|fue)',
      'no quiero ser (mas)? (una)? carga',
      '(solo|sola) desde que ~3 (murio|se fue|fallecio)',
      '(para mi|pa mi) (ya)? se acabo',
    ],
  },
  {
    id: 'prep.farewell_note',
    kind: 'preparation',
    reason: 'words of a farewell note (with distress or another sign)',
    needs: 'distress',
    near: true,
    weight: 0.8,
    patterns: [
      'si (estas|estan) leyendo esto',
      'no (fue|es) (tu|su) culpa',
      '(para cuando|cuando) (yo)? ya no (este|estar)',
      '(diganle|digale|dile|decile) (a)? (mi)? ~2 que (me fui|estoy) de viaje',
      '(no le digan|no le digas) nada a mi',
      '(diganle|digale|dile|decile|decirle) a (mi)? ~2 que (la|lo|los|las)? (quiero|quise|amo|perdone|siento)',
    ],
  },
  {
    id: 'prep.concealment',
    kind: 'preparation',
    reason: 'making sure nobody finds out or comes (with distress or another sign)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(nadie|naiden) (me)? (va a|vendra a|viene a) (buscar|encontrar|buscarme|encontrarme)',
      'no me pregunten (pa|para) (que|qué)',
    ],
  },
  {
    id: 'prep.oblique_more',
    kind: 'preparation',
    reason: 'settling affairs (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(le|les) devolvi ~4 (lo que me (habian|habia) prestado|todo lo prestado)',
      '(vacie|vacié) mi cuenta',
      '(le|les) (deje|dejo) todo a (mi|mis)',
      'para que (le|les) quede todo a',
      '(le|les) (grabe|deje) (un)? (audio|video|mensaje) (a|para) (mi|mis)',
      '(cuarto|habitacion) de (hotel|motel) ~8 (pastillas|medicinas|medicamentos)',
      '(puse|pase) la casa a nombre de',
      '(me encerre|encerrada|encerrado) en el bano con ~4 (frasco|pastillas|caja)',
      '(ando buscando|busco) una (soga|cuerda) que (aguante|resista)',
    ],
  },
  {
    id: 'plan.day_named',
    kind: 'plan',
    reason: 'a day named for it (with distress or another sign)',
    needs: 'distress',
    near: true,
    lookalikes: ['life_change'],
    patterns: [
      '(el)? (lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana) (se termina|se acaba|termina) (todo|todo esto)',
      '(ya)? (elegi|escogi) (la|mi) fecha',
      'esta noche me voy !(a|al|con|de|para)',
    ],
  },
  {
    id: 'intent.jump_place',
    kind: 'intent',
    reason: 'going to jump, said plainly (with distress)',
    needs: 'distress',
    patterns: [
      '(me aviento|me tiro|me lanzo|me arrojo) (al|del|desde el|por el|a las) (rio|puente|vias|barranco|acantilado|edificio)',
    ],
  },
  {
    id: 'means.measure',
    kind: 'means_seeking',
    reason: 'asking about heights (after distress)',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(cuantos metros|que altura) (tiene|mide) (el|la) (viaducto|puente|edificio|torre|presa|azotea)',
    ],
  },
  {
    id: 'attempt.now_more',
    kind: 'attempt_now',
    reason: 'partway through taking them (with distress or another sign)',
    needs: 'distress',
    patterns: [
      '(ya)? (me tome|tome|me trague) (la mitad|medio frasco|media caja)',
      '(no|tampoco) me quiero bajar',
    ],
  },
  // --- Crisis breadth, fourth pass (tuned on fresh batch C): warning signs said sideways.
  {
    id: 'intent.no_longer_a_bother',
    kind: 'intent',
    reason: 'says they will not be a bother much longer (with distress)',
    needs: 'distress',
    patterns: [
      '(ya)? no (los|las|te|les) voy a molestar (mas|nunca mas)?',
      'ya no (van|vas) a tener que (preocuparse|preocuparte|aguantarme|lidiar conmigo)',
    ],
  },
  {
    id: 'intent.ready_to_go',
    kind: 'intent',
    reason: 'ready to go (with distress)',
    needs: 'distress',
    patterns: [
      '(lista|listo|preparada|preparado) para (irme|partir|marcharme) !(a|al|de|con|en|para)',
    ],
  },
  {
    id: 'intent.stopped_meds',
    kind: 'intent',
    reason: 'stopped needed medication on purpose (with distress)',
    needs: 'distress',
    patterns: [
      '(deje|he dejado) de tomar ~4 (pastillas|medicinas|medicamentos|insulina|pastillas del corazon) ~3 a proposito',
    ],
  },
  {
    id: 'plan.nobody_around',
    kind: 'plan',
    reason: 'a time when nobody will be around to stop it (with distress)',
    needs: 'distress',
    patterns: [
      'nadie (va a|me va a)? (entrar|estar) (a|para)? (interrumpirme|detenerme|encontrarme)',
    ],
  },
  {
    id: 'lethality.knows_which',
    kind: 'lethality_seeking',
    reason: 'knows which means would work (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [
      '(se|ya se) (que|cuales) (medicamentos|pastillas|medicinas) (servirian|funcionarian|bastarian)',
    ],
  },
  {
    id: 'method.calling',
    kind: 'method',
    reason: 'a place or means that keeps pulling (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: ['(las vias|el puente|el rio|el mar|el tren) ~4 me (llaman|llama)'],
  },
  {
    id: 'distress.said_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(perdon|perdonen|lo siento) por ser (una)? (carga|estorbo|molestia)',
      '(ya)? no puedo seguir (asi|viviendo asi)',
      'sin (familia|nadie|amigos) (aqui|aca)',
    ],
  },
  {
    id: 'prep.handing_over',
    kind: 'preparation',
    reason: 'handing things over, signing off (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving', 'sport_shooting'],
    weight: 0.8,
    patterns: [
      'que se quede con (todo|todas mis cosas|mis cosas)',
      'ya no voy a (jugar|estar) (mas|por aqui)',
      'gg a todos',
    ],
  },
];

export const ES: Lexicon = { lang: 'es', rules };
