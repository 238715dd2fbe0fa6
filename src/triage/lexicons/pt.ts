/**
 * Portuguese triage rules (Brazil and Portugal). Folded text: "nao", "voce", "coracao".
 * "no" is "in the" in Portuguese: scoping does not read it as a negation for these rules.
 */
import { group, RELATIONS } from '../../nlp/people.js';
import type { Lexicon, RuleSpec } from './types.js';

const PERSON = `(meu|minha|meus|minhas|o meu|a minha|um|uma) ${group(RELATIONS.pt)}`;
const THEY = `(ele|ela|eles|elas|${PERSON})`;
const PILLS =
  '(remedios|remedio|comprimidos|pilulas|medicamentos|calmantes|antidepressivos|tarja preta|rivotril)';
/**
 * A count of five or more, said with digits (`<many>`, so no pattern names an amount) or in words:
 * "tipo 20 dos meus", "vinte".
 */
const COUNTED =
  '(tipo|uns|umas|quase|mais de|cerca de)? (<many>|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta|quarenta|cinquenta) (dos meus|das minhas|desses|dessas)?';
/** After a counted amount: a daily regimen, not an overdose ("6 tablets a day"). */
const NOT_REGIMEN =
  '!(por dia|ao dia|todo dia|todos os dias|por semana|toda manha|toda noite|como o medico|no total|durante a semana)';
const LOTS =
  '(todos os|todas as|muitos|muitas|uma cartela (inteira)? de|uma caixa (inteira)? de|um monte de|um frasco de|varios|varias)';
const KILL_ME =
  '(me matar|me suicidar|suicidar me|matar me|tirar (a)? minha (propria)? vida|acabar com a minha vida|acabar com minha vida|me desviver)';
const HEIGHTS = '(ponte|predio|edificio|telhado|sacada|varanda|janela|viaduto|penhasco|laje)';
const VEHICLES = '(trem|metro|onibus|caminhao|carro|autocarro|comboio)';

const rules: RuleSpec[] = [
  {
    id: 'passive.want_to_die',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(quero|queria|desejo|preciso|tenho vontade de|gostaria de) (morrer|estar morto|estar morta|sumir para sempre|sumir pra sempre|desaparecer para sempre|deixar de existir|nao existir|nao acordar|dormir para sempre|dormir pra sempre)',
      '(vontade|pensamentos|desejo) de (morrer|sumir|desaparecer|nao acordar|deixar de existir)',
      'queria (nunca ter nascido|nao ter nascido|nao acordar mais)',
      'tanto faz (se eu morrer|morrer|viver)',
      'seria melhor (morrer|estar morto|estar morta|nao existir)',
    ],
  },
  {
    id: 'passive.not_want_to_live',
    kind: 'passive_wish',
    reason: 'no wish to live',
    patterns: [
      '(sem|nao tenho|perdi a) vontade de viver',
      'nao quero (mais)? (viver|existir|estar aqui|continuar vivendo|continuar vivo|continuar viva)',
      '(cansado|cansada|farto|farta|exausto|exausta|de saco cheio|de saco cheia) (de|da) (viver|existir|estar vivo|estar viva|a vida|vida)',
      '(cansei|me cansei) (de viver|da vida|de existir|de estar vivo|de estar viva)',
      'nao (vale a pena|faz sentido) (viver|continuar|continuar vivendo)',
      'nao (tenho|ha|existe) (nenhum)? (motivo|razao|razoes|motivos) para (viver|continuar)',
    ],
  },
  {
    // Not waking up: a time or a duty in the sentence ("cedo", "pro trampo") is an ordinary
    // morning (as in English).
    id: 'passive.not_wake_up',
    kind: 'passive_wish',
    reason: 'wish not to wake up',
    lookalikes: ['early_rising'],
    patterns: [
      'nao (quero|qro|kero) (mais)? (acordar|acorda)',
      // A prayer not to wake: "às vezes peço a Deus para não acordar de manhã".
      '(peco|pedi|peço|rezo|rezei) a deus (para|pra|que) (eu)? (nao acordar|nao acorde|me levar|me leve)',
    ],
  },
  {
    // Finality: done with life or with everything, and wanting it all to end.
    id: 'passive.done_with_all',
    kind: 'passive_wish',
    reason: 'done with everything',
    weight: 0.6,
    patterns: [
      '(ja)? (acabei|terminei) com (a vida|minha vida|tudo) !(que|o|a|os|as|de|do|da|hoje|por|no|na|pra|para|kkk|kkkk)',
      '(quero|queria) que (tudo|tudo isso|isso tudo) (acabe|termine) !(de|kkk)',
    ],
  },
  {
    id: 'passive.better_off',
    kind: 'passive_wish',
    reason: 'others better off without me',
    weight: 0.75,
    patterns: [
      '(estariam|ficariam|seria|estaria|ficaria|todos ficariam|todos estariam) (bem)? melhor sem mim',
      '(estariam|ficariam|todos ficariam|todos estariam) (muito|perfeitamente)? bem sem mim !(este|esta|por|hoje|amanha|no|na|durante)',
      'ninguem (ia|iria|vai) (sentir minha falta|perceber) se eu (morresse|sumisse|morrer)',
      // "era melhor não estar cá": better if the writer were not here at all.
      '(era|seria) melhor (eu)? (nao estar|ja nao estar|nao existir) (ca|aqui|mais) !(em|no|na|nesta|neste|hoje|amanha|durante|para|pra|quando|a)',
      '(era|seria) melhor se eu (nao estivesse|ja nao estivesse|nao existisse) (ca|aqui|mais) !(em|no|na|nesta|neste|hoje|amanha|durante|para|pra|quando|a)',
    ],
  },
  {
    id: 'active.kill_myself',
    kind: 'active_ideation',
    reason: 'thoughts of killing oneself',
    patterns: [
      KILL_ME,
      'acabar com tudo',
      '(quero|queria|tenho vontade de) (me matar|me suicidar|acabar com tudo|sumir do mapa)',
      '(penso|pensando|pensado|pensei|pensamentos|ideias|penso muito) (em|de|no|na|sobre)? (me matar|me suicidar|suicidio|o suicidio|tirar (a)? minha vida|acabar com tudo)',
    ],
  },
  {
    id: 'active.suicidal',
    kind: 'active_ideation',
    reason: 'suicidal thoughts',
    who: 'any',
    timeless: true,
    patterns: ['(suicida|suicidas)', '(pensamentos|ideias|ideacao) suicida*'],
  },
  {
    id: 'coded.slang',
    kind: 'coded',
    reason: 'coded word for suicide',
    patterns: [
      'a beira do suicidio',
      'me desviver',
      '(sair|partir) desse mundo',
      'partir dessa pra (melhor|uma melhor)',
      // Leaving life as one leaves a service: "me desligar de vez", "me desinscrever da vida".
      'me (desligar|desinscrever|desconectar) (de vez|pra sempre|para sempre|da vida|desse mundo|deste mundo)',
    ],
  },
  {
    id: 'method.self',
    kind: 'method',
    reason: 'a method in mind',
    patterns: [
      '(me enforcar|enforcar me|me envenenar|me afogar|cortar os pulsos|cortar meus pulsos|me dar um tiro|dar um tiro na cabeca)',
      '(cortar|abrir) (a minha|minha) (arteria|femoral|jugular|carotida)',
      `(me jogar|pular|me atirar) (da|do|de|de uma|de um|na frente do|na frente de um|na frente da|debaixo do|embaixo do) ~1 (${HEIGHTS}|${VEHICLES})`,
      `(tomar|engolir) ${LOTS} ${PILLS}`,
      'ter uma overdose',
      '(estourar|explodir|rebentar) (meus miolos|os meus miolos|minha cabeca|a minha cabeca|os miolos)',
      '(meter|enfiar|dar) (uma bala|um tiro|um balaco) (na minha cabeca|na cabeca|na boca|na testa)',
    ],
  },
  {
    id: 'means.heights',
    kind: 'means_seeking',
    reason: 'asking about heights or locations',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: [
      '(pontes|ponte|predios|predio|edificios|edificio|penhascos) mais (altos|alto|altas|alta)',
      '(qual|quais) (ponte|pontes|predio|predios) (e|sao) (o|os|a|as)? mais (alto|altos|alta|altas)',
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
      '(o andar|o ponto|a parte|o lugar|o mirante|o terraco|a laje|a cobertura) mais (alto|alta) (de|do|da|em|no|na)',
      '(ponte|predio|terraco|laje|mirante|viaduto|sacada|varanda|cobertura) ~5 (sem|nao tem) (grade|grades|rede|tela|protecao|muro|corrimao)',
      '(sacada|varanda|janela|terraco|cobertura) (aberta|aberto|sem grade|sem tela)',
    ],
  },
  {
    id: 'means.pills',
    kind: 'means_seeking',
    reason: 'asking about amounts of pills',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [`(quantos|quantas) ${PILLS}`],
  },
  {
    id: 'means.acquire',
    kind: 'means_seeking',
    reason: 'asking where to get means',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: ['onde (compro|consigo|arranjo|comprar) (uma arma|um revolver|uma corda|veneno)'],
  },
  {
    id: 'lethality.ask',
    kind: 'lethality_seeking',
    reason: 'asking what is lethal',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      'dose (letal|mortal)',
      '(formas|maneiras|jeitos|metodos|forma|maneira|jeito|metodo) (menos dolorosas|menos dolorosa|menos doloroso|mais rapidas|mais rapida|mais rapido|mais faceis|mais facil|faceis|facil|rapidas|rapida|rapido|indolores|indolor|sem dor|seguras|segura) (de|para|pra) (morrer|me matar|se matar|me suicidar|acabar com tudo)',
      'morrer sem (dor|sofrer)',
      'como (me matar|se matar|me suicidar|tirar minha vida)',
      '(quantos|quantas) ~3 para (morrer|nao acordar|me matar)',
      // the amount as the subject: "quantos comprimidos me matariam"
      '(quantos|quantas|quanto) ~4 (me matariam|me mataria|me matam|me mata|seriam fatais|seria fatal)',
      // the amount asked about by count: "20 comprimidos são suficientes para morrer?"
      `(${LOTS}|${COUNTED})? ${PILLS} (sao|seriam|e|seria|bastam|bastariam|basta|bastaria) (suficientes|suficiente)? (para|pra) (morrer|me matar|nao acordar|acabar com tudo)`,
      `(sao|seriam|bastam|bastariam) (${LOTS}|${COUNTED})? ${PILLS} (suficientes|suficiente)? (para|pra) (morrer|me matar|nao acordar|acabar com tudo)`,
      `(${LOTS}|${COUNTED}) ${PILLS} (me matariam|me mataria)`,
    ],
  },
  {
    id: 'intent.going_to',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      `(vou|eu vou|ja vou|estou pronto para|estou pronta para|to pronto pra|to pronta pra|estou prestes a) ${KILL_ME}`,
      '(vou|eu vou) (me matar|me enforcar|me jogar|pular|acabar com tudo)',
      'desta (vez|noite) (eu)? (faco|vou fazer|me mato)',
      '(planejo|estou planejando|to planejando) (me matar|me suicidar)',
    ],
  },
  {
    id: 'intent.do_it',
    kind: 'intent',
    reason: 'intent to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      '(vou fazer isso|ninguem vai me impedir|estou pronto|estou pronta|to pronto|to pronta)',
      // "vou fazer" is "I'll do it" only without an object: "vou fazer intercâmbio", "vou fazer
      // uma viagem" are plans of another kind ("vou fazer a passagem" is not: coded).
      '(eu)? vou fazer !(assim|desse|deste|dessa|desta|isto|um|uma|uns|umas|meu|minha|meus|minhas|seu|sua|no|na|de|do|da|com|compras|faculdade|intercambio|curso|academia|dieta|terapia|anos|aniversario|festa|viagem|prova|tcc|exercicio|exercicios|janta|jantar|almoco|cafe|bolo|comida|trabalho|hora|questao|falta)',
    ],
  },
  {
    id: 'plan.decided',
    kind: 'plan',
    reason: 'decided, with a plan',
    patterns: [
      '(decidi|eu decidi|ja decidi|esta decidido) ~1 (me matar|me suicidar|acabar com tudo|tirar minha vida|morrer)',
      'tenho um plano (para|pra) (me matar|me suicidar|acabar com tudo)',
    ],
  },
  {
    id: 'plan.have_plan',
    kind: 'plan',
    reason: 'a plan (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      '(ja)? (tenho|esta) tudo (planejado|pronto|preparado)',
      '(tenho|ja tenho) (um|o) plano',
      '(ja escolhi|escolhi) (o dia|a data|o lugar)',
    ],
  },
  {
    id: 'prep.note',
    kind: 'preparation',
    reason: 'goodbye or suicide note',
    patterns: ['(carta|cartas|bilhete|bilhetes|mensagem|mensagens) de suicidio'],
  },
  {
    // A goodbye letter has an everyday reading when the writer is leaving a job (triage@31).
    id: 'prep.farewell_letter',
    kind: 'preparation',
    reason: 'goodbye or farewell letter',
    lookalikes: ['life_change'],
    patterns: ['(carta|cartas|bilhete|bilhetes|mensagem|mensagens) de despedida'],
  },
  {
    id: 'prep.giving_away',
    kind: 'preparation',
    reason: 'giving possessions away',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(dei|dando|estou dando|to dando|doei|doando) (todas)? (as)? minhas coisas',
      '(dei|doei) tudo que (eu)? tenho',
    ],
  },
  {
    // Giving one's things away and saying why in the same breath needs no distress before it.
    id: 'prep.giving_away_wont_need',
    kind: 'preparation',
    reason: "giving things away, won't need them",
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(dei|dando|doei|doando) (todas)? (as)? minhas coisas ~6 (nao vou|nao vou mais|nem vou) precisar',
    ],
  },
  {
    // Said outright, these need no distress before them to count (unlike "dei minhas coisas").
    id: 'prep.unambiguous',
    kind: 'preparation',
    reason: 'preparing for after death, said outright',
    lookalikes: ['moving'],
    weight: 0.85,
    patterns: [
      '(carta|cartas|bilhete|bilhetes) ~6 (pra quando|para quando|quando|pra depois que|para depois que) (eu)? (nao estiver mais aqui|ja nao estiver aqui|nao estiver mais|tiver morrido|morrer|estiver morto|estiver morta)',
      '(dando|doando|to dando|estou dando|dei|doei) (todas)? (as)? minhas coisas ~3 nao ~2 (precisar|preciso) ~1 (delas|disso|de nada) !(la|ali|aqui|quando|ate|no|na|em)',
    ],
  },
  {
    // A last message with a goodbye, said outright: counts without distress, and it is now.
    id: 'prep.last_message',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: ['(essa e|esta e|isso e|isto e) (a)? (minha)? ultima mensagem ~4 adeus'],
  },
  {
    id: 'prep.stockpile',
    kind: 'preparation',
    reason: 'stockpiling pills or acquiring means',
    patterns: [
      `(juntando|guardando|acumulando|juntei|guardei|acumulei|escondendo) (meus|os)? ${PILLS}`,
    ],
  },
  {
    // Pills kept aside: stored medicine has an everyday reading, so only after distress.
    id: 'prep.stashed',
    kind: 'preparation',
    reason: 'pills put away (after distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: [
      `(tenho|ja tenho|to com|estou com) (os|as|uns|umas|meus|minhas)? ${PILLS} ~4 (guardados|guardadas|escondidos|escondidas|separados|separadas)`,
      `${PILLS} ~2 (guardados|guardadas|escondidos|escondidas|separados|separadas) (na|no|em|debaixo)`,
    ],
  },
  {
    id: 'prep.acquired',
    kind: 'preparation',
    reason: 'acquired means',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'sport_shooting', 'care_dosing'],
    patterns: ['(comprei|consegui|arranjei) (uma corda|uma arma|um revolver|veneno)'],
  },
  {
    id: 'prep.goodbye',
    kind: 'preparation',
    reason: 'saying goodbye',
    needs: 'distress',
    near: true,
    weight: 0.8,
    patterns: [
      '(isto e|isso e|essa e) (uma despedida|minha despedida|minha ultima mensagem)',
      'adeus (para sempre|pra sempre|a todos|mundo)',
      'quando (voces lerem|voce ler) isso (eu)? (ja)? (nao estarei|vou estar morto|vou estar morta)',
      'me perdoem por (tudo|isso)',
    ],
  },
  {
    id: 'attempt.tried',
    kind: 'attempt',
    reason: 'a suicide attempt',
    patterns: [
      'tentativa (falhada|fracassada|frustrada)',
      `(tentei|ja tentei|eu tentei) ${KILL_ME}`,
      'tentativa de suicidio',
      'tentei suicidio',
    ],
  },
  {
    id: 'attempt.now',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    lookalikes: ['accident', 'recreational', 'pain_relief', 'as_prescribed'],
    patterns: [
      `(tomei|engoli|acabei de tomar|eu tomei) ${LOTS} ${PILLS}`,
      `(tomei|engoli|acabei de tomar|eu tomei) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      // The amount after the noun, as people say it: "tomei remédio demais".
      `(tomei|engoli|acabei de tomar|eu tomei) (${PILLS}|remedio|comprimido|pilula|medicamento|calmante) (demais|a mais|em excesso)`,
      '(tomei|bebi|engoli) (agua sanitaria|veneno|chumbinho|candida)',
    ],
  },
  {
    id: 'attempt.now_context',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: [
      '(estou|to|eu to) (na|no|em cima da|em cima do|na beira da) (ponte|telhado|laje|beirada|trilhos|penhasco|parapeito)',
    ],
  },
  {
    id: 'time.near',
    kind: 'timeline',
    reason: 'a near time',
    near: true,
    patterns: [
      '(hoje a noite|hoje de noite|esta noite|essa noite|hoje|agora mesmo|neste fim de semana|nesse fim de semana|amanha)',
      'em (uma|algumas|duas|<num>) (hora|horas|minutos)',
      'quando (todos|meus pais|todo mundo) (dormirem|sairem)',
    ],
  },
  {
    id: 'time.later',
    kind: 'timeline',
    reason: 'a time',
    patterns: [
      '(semana que vem|proxima semana|mes que vem|proximo mes|ano que vem)',
      'no meu aniversario',
      'depois (das provas|do natal|do casamento)',
    ],
  },
  {
    id: 'distress.hopeless',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(nao aguento mais|nao consigo mais|to no limite|estou no limite)',
      '(sem|perdi a|nao tenho) esperanca',
      '(sou|me sinto) (um peso|um fardo|inutil|um fracasso|vazio|vazia|um lixo)',
      'nada (faz sentido|importa)',
      '(perdi|fiquei sem) (o|meu) (emprego|trabalho)',
      '(fui demitido|fui demitida|ele me deixou|ela me deixou|me deixou)',
      '(me odeio|odeio minha vida|odeio a minha vida)',
      '(ninguem se importa|ninguem me ama|ninguem liga pra mim)',
      '(desesperado|desesperada|desisto|desisti de tudo|sozinho demais|sozinha demais|tao sozinho|tao sozinha)',
    ],
  },
  {
    id: 'self_harm.act',
    kind: 'self_harm',
    reason: 'self-injury',
    lookalikes: ['grooming', 'accident'],
    patterns: [
      // Spanish "me cortó mi novia" (she broke up with me) folds to "me corto" (I cut myself).
      'me corto !(mi novia|mi novio|mi pareja|mi ex|mi chava|mi chavo|mi morra|mi vieja|mi viejo|la novia|el novio|mi jefe|mi jefa)',
      '(me cortar|me cortei|cortar me|me machucar|me machuco|me machuquei|me ferir|me queimar|me queimo|me bater)',
      '(cortes|marcas) (nos|nas|no|na) (meus|minhas)? (bracos|braco|pulsos|pernas|coxas)',
      '(vontade|necessidade) de (me cortar|me machucar|me ferir)',
    ],
  },
  {
    id: 'self_harm.named',
    kind: 'self_harm',
    reason: 'self-harm named',
    who: 'any',
    patterns: [
      '(automutilacao|automutilar|automutilando|autolesao|autolesoes|autoflagelacao)',
      'recai (na automutilacao|nos cortes)',
    ],
  },
  {
    id: 'self_harm.medical',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    lookalikes: ['accident'],
    patterns: ['(preciso|precisa) de pontos', 'cortei (muito|fundo demais|fundo)'],
  },
  {
    id: 'others.intent',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: [
      `(quero|vou) (matar|machucar|ferir|esfaquear|bater em) (ele|ela|alguem|eles|o ${group(RELATIONS.pt)}|a ${group(RELATIONS.pt)}|${PERSON})`,
      '(quero|vou) (mata lo|mata la|matar ele|matar ela)',
    ],
  },
  {
    id: 'others.thoughts',
    kind: 'harm_thoughts',
    reason: 'thoughts of hurting someone',
    patterns: [
      '(pensamentos|medo) de (machucar|fazer mal a|matar) (alguem|meu bebe|meu filho|minha filha)',
    ],
  },
  {
    id: 'abuse.violence',
    kind: 'abuse',
    reason: 'being abused',
    patterns: [
      `(${PERSON}|ele|ela) me (bate|bateu|agride|agrediu|ameaca|ameacou|estuprou|violentou|enforca|tranca|chuta|empurra|toca|abusa)`,
      'violencia (domestica|familiar)',
      'medo de (voltar|ir) (para|pra) casa',
      '(abuso sexual|abusou de mim|abusaram de mim|me estuprou)',
      '(ele|ela) (ameacou|ameaca) me matar',
      'nao me deixa (ver meus amigos|sair de casa|trabalhar)',
    ],
  },
  {
    id: 'abuse.now',
    kind: 'abuse_now',
    reason: 'abuse happening now',
    patterns: [
      '(ele|ela) (esta|ta) (me batendo|tentando entrar|quebrando a porta)',
      '(estou|to) (escondido|escondida) (dele|dela|no banheiro)',
      '(ele|ela) (pegou|esta com|ta com) (uma faca|uma arma|um revolver)',
    ],
  },
  {
    id: 'psychosis.voices',
    kind: 'psychosis',
    reason: 'hearing voices or delusional beliefs',
    patterns: [
      '(ouco|escuto) vozes',
      'as vozes (me dizem|falam comigo|nao param)',
      '(estao|esta) me (vigiando|espionando|envenenando|controlando|seguindo)',
      'me (vigiam|espionam|envenenam|perseguem)',
      '(leem|controlam|roubam) (meus|os meus) pensamentos',
      'um chip (na minha|no meu) (cabeca|corpo|cerebro)',
      // Voices through the ceiling or the walls, people putting things in the water (pt-PT).
      '(falam|fala|gritam|sussurram) comigo (pelo|pela|pelas|atraves do|atraves da|atraves das) (teto|tecto|parede|paredes|tomada|tomadas|televisao|tv|radio)',
      '(andam|estao) a (por|meter|deitar) (coisas|veneno|algo|qualquer coisa) na (agua|comida|minha comida)',
    ],
  },
  {
    id: 'psychosis.command',
    kind: 'command_hallucination',
    reason: 'voices telling the writer to hurt or kill',
    patterns: [
      'as vozes (me)? (dizem|mandam|pedem) (para|pra) (eu)? (me matar|matar|me machucar|pular|machucar)',
    ],
  },
  {
    id: 'mania.sleep',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: [
      'nao (durmo|dormi) (ha|faz) (dias|<num> dias|uma semana)',
      'nao preciso (de)? dormir',
    ],
  },
  {
    id: 'mania.sign',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    patterns: [
      '(sou|me sinto) (invencivel|um genio|deus|o escolhido|a escolhida|imparavel)',
      'deus me escolheu',
      '(meus)? pensamentos (estao)? (muito|acelerados|rapidos demais)',
      '(muita|tanta) energia',
    ],
  },
  {
    id: 'mania.risk',
    kind: 'mania_risk',
    reason: 'risky spending or plans',
    patterns: [
      'gastei (todas)? (as)? minhas economias',
      'larguei (o|meu) emprego (para|pra)',
      'investi tudo em',
    ],
  },
  {
    id: 'eating.restriction',
    kind: 'eating_disorder',
    reason: 'restriction or body-weight preoccupation',
    patterns: [
      '(conto|contando) (as)? calorias',
      'medo de (engordar|comer)',
      '(odeio|tenho nojo do) meu corpo',
      '(parar de|parei de) comer',
      '(anorexia|bulimia|compulsao alimentar|transtorno alimentar)',
      'pulo (as)? refeicoes',
    ],
  },
  {
    id: 'eating.severe',
    kind: 'eating_disorder_severe',
    reason: 'purging or severe restriction',
    patterns: [
      '(me fazer vomitar|me faco vomitar|provocar o vomito|provoco vomito)',
      'vomito depois de comer',
      'nao (como|comi) (nada)? (ha|faz) (dias|<num> dias|uma semana)',
      'laxantes (para|pra) emagrecer',
      'menos de <num> calorias por dia',
    ],
  },
  {
    id: 'substance.use',
    kind: 'substance',
    reason: 'harmful substance use',
    patterns: [
      'nao consigo parar de (beber|usar|me drogar)',
      '(recai|recaida)',
      'bebo (todo dia|todos os dias|pra esquecer|para esquecer|ate apagar)',
      '(abstinencia|crise de abstinencia)',
      'misturei (remedio|remedios|comprimidos) com (alcool|bebida)',
    ],
  },
  {
    id: 'medical.overdose',
    kind: 'overdose',
    reason: 'overdose now',
    who: 'any',
    lookalikes: ['as_prescribed'],
    patterns: [
      `(tomei|tomou|engoli|engoliu) ${LOTS} ${PILLS}`,
      `(tomei|tomou|engoli|engoliu) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      // The bare word is English too: only a Portuguese frame of an overdose happening now counts.
      '(to tendo|tou tendo|estou tendo|ta tendo|esta tendo|tive|teve|acabei de ter|acabou de ter) (uma)? overdose',
      '(tomei|tomou|bebi|bebeu) (agua sanitaria|veneno|chumbinho)',
    ],
  },
  {
    id: 'medical.symptoms',
    kind: 'medical',
    reason: 'medical emergency now',
    who: 'any',
    lookalikes: ['panic'],
    patterns: [
      'nao (para|pára) de sangrar',
      '(esta|ta) (inconsciente|desacordado|desacordada)',
      'nao (esta respirando|respira|acorda)',
      '(nao consigo|nao consegue) respirar',
      'dor no peito',
      'mal (respira|consegue respirar|ta respirando|esta respirando)',
      '(vomitando|vomitei|vomitou|cuspindo) sangue',
      '(colocaram|botaram|puseram) (alguma coisa|algo|droga|boa noite cinderela) (na|no) (minha|meu)? (bebida|copo|drink|cerveja)',
    ],
  },
  {
    id: 'other.worry',
    kind: 'third_party_worry',
    reason: 'worried about someone',
    patterns: [
      `(estou preocupado|estou preocupada|to preocupado|to preocupada) com ${PERSON}`,
      `como (posso)? ajudar ${PERSON}`,
    ],
  },
  {
    id: 'other.warning',
    kind: 'third_party_warning',
    reason: 'someone else shows warning signs',
    patterns: [
      `${THEY} (quer|disse que quer|fala em|fala que quer|falou que quer) (morrer|se matar|se suicidar|sumir|tirar a propria vida)`,
      '(quer|vai) (se matar|se suicidar|tirar a propria vida)',
      `${THEY} (se corta|se machuca|se automutila)`,
      `${THEY} (esta|ta|e) suicida`,
    ],
  },
  {
    id: 'other.plan',
    kind: 'third_party_plan',
    reason: 'someone else shows a plan or preparation',
    patterns: [
      `${THEY} (deu|esta dando|ta dando|doou) (todas)? (as)? suas coisas`,
      '(tentou|ja tentou) (se matar|se suicidar|tirar a propria vida)',
      '(mandou|deixou|escreveu) (uma)? (carta|mensagem|bilhete) de despedida',
    ],
  },
  {
    id: 'other.now',
    kind: 'third_party_now',
    reason: "someone else's attempt or overdose now",
    lookalikes: ['as_prescribed'],
    patterns: [
      `${THEY} (tomou|engoliu) ${LOTS} ${PILLS}`,
      `${THEY} (tomou|engoliu) ${COUNTED} ${PILLS} ${NOT_REGIMEN}`,
      `${THEY} (esta|ta) (na ponte|no telhado|inconsciente|desacordado|desacordada)`,
      `${THEY} nao (respira|acorda|esta respirando)`,
      `${THEY} (teve|tomou|ta tendo|esta tendo) (uma)? overdose`,
    ],
  },
  // Breadth: everyday phrasing as people type it (no accents, "to", "ta", "pra", Brazil and Portugal).
  {
    id: 'intent.me_mato',
    kind: 'intent',
    reason: 'intent to act',
    patterns: [
      '(eu)? me (mato|suicido) !(de|do|da|no|na|pra|para|por|trabalhando|estudando|rindo|com|se|si|kkk|kkkk|kkkkk)',
      '(vou|eu vou|vo|to indo) (me matar|me suicidar|acabar com tudo|acabar com a minha vida|dar um fim nisso|dar fim a tudo)',
      '(hoje|essa noite|esta noite|amanha) (eu)? (me mato|acabo com tudo|dou um fim)',
      '(amanha|semana que vem) (eu)? (nao vou|ja nao vou) (estar|mais estar) (aqui|mais aqui)',
    ],
  },
  {
    id: 'plan.decided_colloquial',
    kind: 'plan',
    reason: 'decided to act (after suicidal talk)',
    needs: 'suicide',
    weight: 0.8,
    patterns: [
      '(ja)? (decidi|to decidido|to decidida|estou decidido|estou decidida)',
      'ja tomei (a|minha) decisao',
    ],
  },
  {
    id: 'intent.it_will_be',
    kind: 'intent',
    reason: 'intent to act, with a time (after distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: ['vai ser (hoje|essa noite|esta noite|amanha|agora)'],
  },
  {
    id: 'prep.affairs',
    kind: 'preparation',
    reason: 'goodbye letters, giving things away or settling affairs (after distress)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(dei|doei|to dando|estou dando|distribui) (todas)? (as)? minhas coisas',
      '(escrevi|deixei) (umas|as|minhas)? cartas (pra|para) (minha familia|meus filhos|meus pais|todo mundo)',
      '(deixei|deixando|to deixando) tudo (organizado|em ordem|resolvido|arrumado|arrumadinho)',
      '(me despedi|me despedindo|despedir) de (todo mundo|todos|minha familia) (pra sempre|para sempre)?',
      '(cuida|cuidem) (do meu|da minha) (cachorro|gato|gata|filho|filha|mae) por mim',
    ],
  },
  {
    id: 'attempt.now_symptoms',
    kind: 'attempt_now',
    reason: 'an attempt happening now (after suicidal talk)',
    needs: 'suicide',
    patterns: [
      '(ja)? (tomei tudo|ta feito|esta feito|fiz isso)',
      '(to|estou|tô) (com muito sono|tonto|tonta|zonzo|zonza|ficando tonto|ficando tonta)',
    ],
  },
  {
    id: 'medical.overdose_colloquial',
    kind: 'overdose',
    reason: 'overdose now',
    patterns: [
      `(tomei|engoli) ${LOTS} ${PILLS} ~8 (sono|tonto|tonta|zonzo|zonza|enjoo|vomitando|mal)`,
    ],
  },
  {
    id: 'lethality.not_wake',
    kind: 'lethality_seeking',
    reason: 'asking what would stop one waking up',
    lookalikes: ['care_dosing'],
    patterns: [
      '(quantos|quantas|quanto) ~4 (para|pra) (nao acordar|nunca mais acordar|eu nao acordar)',
    ],
  },
  {
    id: 'passive.everyday',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(dormir|deitar) e nao acordar (mais)?',
      '(nao acordar mais|nunca mais acordar)',
      '(queria|quero|so queria) (sumir|desaparecer|nao existir|nao ter nascido)',
      '(pra que|para que) (continuar|viver|seguir vivo|seguir viva)',
    ],
  },
  {
    id: 'self_harm.medical_colloquial',
    kind: 'self_harm_medical',
    reason: 'self-injury with medical danger',
    // A cut while cooking or gardening that bleeds is an accident, like the plain self-injury rule.
    lookalikes: ['accident'],
    patterns: [
      '(me cortei|me queimei) ~8 (sangrando muito|nao para de sangrar|(preciso|precisa|precisava|precisaria) de (ponto|pontos)|muito fundo|fundo demais|mais fundo)',
    ],
  },
  {
    id: 'psychosis.command_colloquial',
    kind: 'command_hallucination',
    reason: 'voices telling the writer to hurt or kill',
    patterns: [
      'as vozes (mandam|dizem|falam|pedem) ~3 (me matar|matar|me machucar|me cortar|pular|machucar)',
    ],
  },
  {
    id: 'abuse.minor',
    kind: 'abuse',
    reason: 'a minor being abused',
    patterns: [
      `tenho <num> anos ~3 (${PERSON}|meu pai|minha mae|meu padrasto|minha madrasta) me (bate|toca|espanca|machuca|prende)`,
    ],
  },
  {
    id: 'others.friend_goodbye',
    kind: 'third_party_plan',
    reason: 'someone else sent a goodbye message',
    patterns: [
      `${THEY} (me)? (mandou|enviou|deixou) (uma|um) (mensagem|carta|bilhete|audio) de (despedida|adeus)`,
    ],
  },
  {
    id: 'passive.everyday_more',
    kind: 'passive_wish',
    reason: 'wish to be dead',
    patterns: [
      '(kero|qro|quero) (morrer|sumir|desaparecer)',
      '(ninguem|ngm) (ia|vai|iria) sentir (minha|a minha) falta',
      '(ninguem|ngm) (ia|vai|iria) dar pela (minha)? falta',
    ],
  },
  {
    id: 'mania.sleep_colloquial',
    kind: 'mania_sleep',
    reason: 'going without sleep',
    patterns: [
      '(ha|faz|fazem) (<num>|dois|duas|tres|quatro|cinco|varios|varias) (dias|noites) sem dormir',
      '(<num>|dois|duas|tres|quatro|cinco|varios|varias) (dias|noites) sem (dormir|pregar o olho)',
    ],
  },
  {
    id: 'mania.sign_colloquial',
    kind: 'mania_sign',
    reason: 'grandiosity or racing thoughts',
    scopes: ['hypothetical', 'quoted', 'past', 'third_party', 'figurative', 'everyday'],
    patterns: ['(sou|eu sou) (um genio|uma genia|invencivel|o escolhido|a escolhida|deus)'],
  },
  {
    id: 'psychosis.poison',
    kind: 'psychosis',
    reason: 'persecution or poisoning beliefs',
    patterns: [
      '(tao|estao|ta|esta) me (envenenando|espionando|vigiando|seguindo)',
      '(envenenaram|envenenam|tao envenenando) (minha|a minha) (comida|agua)',
    ],
  },
  {
    id: 'abuse.now_colloquial',
    kind: 'abuse_now',
    reason: 'abuse happening now',
    patterns: [
      `(${PERSON}|ele|ela) (ta|esta|tá) me (batendo|enforcando|ameacando|espancando)`,
      '(ele|ela) (ta|esta) (tentando|querendo) (arrombar|quebrar|entrar) (a porta)?',
    ],
  },
  // Plain first-person statements as people type them (no accents, chat spelling).
  {
    id: 'plan.said',
    kind: 'plan',
    reason: 'decided, said plainly',
    lookalikes: ['life_change'],
    patterns: [
      '(ja)? (decidi|ta decidido|esta decidido)',
      '(hoje a noite|hoje|amanha|essa noite) (acaba|termina|e o dia|e a noite)',
      '(nao volto|nao vou voltar) (mais)?',
      'ja sei (como|onde) (e (quando|onde|como))?',
      'ta tudo (planejado|pronto) !(pra|para)',
    ],
  },
  {
    id: 'intent.said',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      '(dessa vez|desta vez|agora) (eu)? (vou fazer|faco) (mesmo|de verdade)?',
      '(acho que|sinto que) (dessa vez)? (vou fazer|eu vou fazer)',
      'nao vou estar (aqui)? (por muito tempo|muito tempo)',
    ],
  },
  {
    id: 'attempt.said',
    kind: 'attempt',
    reason: 'a recent attempt',
    patterns: ['(desde|depois d[ao]) (minha)? tentativa'],
  },
  {
    id: 'attempt.now_said',
    kind: 'attempt_now',
    reason: 'took pills a short while ago or at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing', 'sightseeing'],
    patterns: [
      '(tomei|engoli) (os|todos os|meus) (remedios|comprimidos|remedio) (faz|ha|agora)',
      '(to|tou|estou) (na|em cima da) (ponte|laje) (agora)?',
    ],
  },
  {
    id: 'distress.said',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      'nao sei (nem)? (por que|pq|porque) (to|tou|estou)? (escrevendo|contando) (isso)?',
      '(so)? queria que alguem (soubesse|saiba)',
      '(pior semana da minha vida|nao aguento mais)',
      // No way out: hopelessness said plainly.
      '(ja)? nao (vejo|encontro|tem) (mais)? (saida|solucao|luz no fim)',
    ],
  },
  {
    id: 'plan.said_place',
    kind: 'plan',
    reason: 'going to a place to end it',
    patterns: [
      '(vou|eu vou) (na|pra|para a|ate a) (ponte|viaduto|predio|laje|linha do trem) ~3 (acabou|acaba|termina)',
      '(e|ai) acabou',
      '(ja)? tenho um plano',
    ],
  },
  {
    id: 'method.dwelling',
    kind: 'method',
    reason: 'dwelling on a means or a place (with distress)',
    needs: 'distress',
    weight: 0.75,
    patterns: [
      'nao (paro|consigo parar) de pensar (no|na|nos|nas) (ponte|viaduto|trilhos|arma|corda|remedios|predio)',
      '(fico olhando|olho) os trilhos',
      'penso (nela|nisso) (toda vez|todo dia)',
      '(dariam|daria|bastariam) (pra|para) nao (acordar|acordar mais)',
    ],
  },
  {
    id: 'prep.said',
    kind: 'preparation',
    reason: 'gave things away or a last message (with distress)',
    needs: 'distress',
    lookalikes: ['moving'],
    weight: 0.8,
    patterns: [
      '(doei|dei) (meu|minha|meus|minhas) (notebook|roupas|bicicleta|violao|livros|coisas) ~8 (nao vou mais precisar|falei que|disse que)',
      '(essa|esta) e (a)? minha (ultima|ultima) mensagem',
      '(escrevi|deixei) (cartas|uma carta) (pra|para) (minha|meu)',
    ],
  },
  {
    id: 'abuse.said',
    kind: 'abuse',
    reason: 'being abused, threatened or exploited',
    patterns: ['(disse|falou) que vai me matar', 'vai mandar as (outras|fotos)'],
  },
  {
    id: 'others.said',
    kind: 'harm_intent',
    reason: 'intent to hurt someone',
    patterns: ['eu mato ele ~4 (serio|de verdade)', '(dessa|desta) vez ele nao escapa'],
  },
  {
    id: 'medical.said',
    kind: 'medical',
    reason: 'a medical emergency now',
    patterns: [
      '(cocaina|cocaína|droga|po) demais ~8 (coracao|peito)',
      '(namorado da minha mae|padrasto|tio|primo) entra no meu quarto',
      '(o sangue|o sangramento) nao para',
    ],
  },
  {
    id: 'other.now_said',
    kind: 'third_party_now',
    reason: "someone else's overdose now",
    patterns: ['(tomou|engoliu) (remedio|remedios|comprimidos) demais e nao (ta|esta) acordando'],
  },
  // --- Crisis breadth (issue 3): oblique means, lethality, preparation and farewell wording,
  // pt-BR and pt-PT slang and chat spelling. Oblique cues need distress; two vouch for each other.
  {
    id: 'distress.breadth',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(sou|so) um (peso|fardo|estorvo) (pra|para) (todo mundo|todos|minha familia)',
      '(ja)? nao aguento mais',
      '(to|tou|estou) (no meu limite|no limite|cansad*|exaust*) (de tudo|da vida|de viver)?',
      '(cansei|me cansei) de (tudo|viver|da vida|existir)',
      '(pra|para) mim (ja)? deu',
      '(ninguem|ngm) (liga|se importa|vai sentir falta)',
      '(quero|queria) sumir (de vez|pra sempre)',
      '(perdi|perdi o meu) (emprego|trabalho|tudo)',
      '(so)? queria (me despedir|dizer adeus)',
    ],
  },
  {
    id: 'lethality.hurt',
    kind: 'lethality_seeking',
    reason: 'asking whether a way of dying hurts (after distress)',
    needs: 'distress',
    lookalikes: ['sport_heights', 'info_seeking'],
    patterns: [
      '(doi|dói|dói muito|e rapido|sofre) ~2 (se jogar|pular|se enforcar|se afogar|morrer)',
      '(de|a partir de) (que|qual) (andar|altura) ~6 (morre|sobrevive|nao sobrevive)',
    ],
  },
  {
    id: 'lethality.how_long',
    kind: 'lethality_seeking',
    reason: 'asking how long dying takes',
    lookalikes: ['care_dosing', 'info_seeking'],
    patterns: [
      '(quanto tempo|qnto tempo|quanto) (demora|leva) ~2 (pra|para) morrer',
      `(qual|quais) (${PILLS}|remedio|remedios) ~3 (mais perigoso|mais perigosos|mata) (se|quando) (tomar|tomo|toma) (muito|muitos|demais)`,
    ],
  },
  {
    id: 'means.no_questions',
    kind: 'means_seeking',
    reason: 'asking where to get means unnoticed (after distress)',
    needs: 'distress',
    lookalikes: ['outdoor_gear', 'care_dosing'],
    patterns: [
      `(onde|como) (consigo|compro|arranjo|acho|posso comprar) ~3 (${PILLS}|remedio controlado|remedio|veneno|uma corda|uma arma|chumbinho) ~3 (sem receita|sem ninguem saber|escondido)`,
      '(onde|como) (consigo|compro|arranjo) (veneno|uma corda|uma arma|chumbinho)',
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
      '(deixei|deixo) (tudo)? (tratado|resolvido|organizado|pago) ~6 (contas|gato|cachorro|senhas)?',
      '(as contas|minhas contas|as dividas) (pagas|quitadas)',
      '(o gato|o cachorro|meu gato|meu cachorro|a gata) (com|na casa da|na casa do) (a|o)? (vizinha|vizinho|minha|meu)',
      '(me despedi|despedi) de (todo mundo|todos|geral)',
      '(desativei|apaguei|exclui) (tudo|todas as minhas fotos|minhas fotos|meu perfil|minhas redes|o insta)',
      '(dei|doei) (meu|minha|meus|minhas) ~3 (pro|pra|para o|para a) (meu|minha)',
      '(amanha|hoje a noite|essa noite) (ja)? (nao|n) (to|tou|estou|vou estar) mais aqui',
      '(nao vou|n vou) precisar mais (delas|deles|disso)',
    ],
  },
  {
    id: 'prep.last_message_said',
    kind: 'preparation',
    reason: 'a last message',
    near: true,
    weight: 0.85,
    patterns: [
      '(essa e|esta e|essa eh|e) (minha|a minha) ultima mensagem ~6 (obrigad*|cuidem|perdao|desculp*|amo voces|adeus)',
    ],
  },
  {
    id: 'prep.stockpile_breadth',
    kind: 'preparation',
    reason: 'stockpiling pills',
    patterns: [`(to|tou|estou|ando) (juntando|guardando|acumulando) (os|meus|uns)? ${PILLS}`],
  },
  {
    id: 'intent.breadth',
    kind: 'intent',
    reason: 'intent to act, said plainly',
    patterns: [
      '(vo|vou|vô|eu vo) me (mata|matar) !(de (rir|trabalhar|estudar))',
      '(vou|eu vou) matar me',
      '(quero|vou) me desligar (de vez|pra sempre|para sempre)',
    ],
  },
  {
    id: 'attempt.now_breadth',
    kind: 'attempt_now',
    reason: 'an attempt happening now',
    patterns: [
      '(tomei|engoli) (a cartela toda|a caixa toda|todos os comprimidos|todos os remedios|a cartela inteira|todas as pilulas) ~8 (faz|ha|tem) ~3 (minutos|hora|meia hora)',
      '(tomei|engoli) (a cartela toda|a caixa toda|todos os comprimidos|todos os remedios|a cartela inteira) ~8 (tonta|tonto|zonza|zonzo|passando mal|com sono)',
      '(cortei|abri) (os pulsos|meus pulsos)',
    ],
  },
  {
    id: 'attempt.now_height',
    kind: 'attempt_now',
    reason: 'at a height now (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: [
      '(to|tou|estou) (em cima|no alto|na beira) (do|da) (viaduto|ponte|predio|laje|telhado|passarela)',
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
      'obrigad* por tudo',
      'obrigad* por (me ouvir|me escutar|estar aqui|estar ai|todas essas noites|todas as conversas)',
      'cuidem (da|do|de) (minha|meu|mae|pai|voces)',
      '(se cuida|cuida te|cuida de ti|cuida se)',
      '(me perdoem|perdao por tudo)',
    ],
  },
  {
    id: 'prep.acquired_denied',
    kind: 'preparation',
    reason: 'acquired means, and not for the everyday use',
    patterns: [
      '(comprei|arranjei|consegui) (uma|a) (corda|arma) ~3 (nao e|e nao e|nao eh) (pra|para) (acampar|escalar|o camping|a mudanca|o barco)',
    ],
  },
  {
    // Calm after a decision is a warning sign, not relief: it counts with distress or another sign.
    id: 'intent.calm_after_decision',
    kind: 'intent',
    reason: 'calm since deciding (with distress)',
    needs: 'distress',
    patterns: [
      '(me sinto|to|tou|estou) (estranhamente)? (calmo|calma|em paz|tranquilo|tranquila) (desde que (eu)? (decidi|escolhi)|com a decisao|com minha decisao)',
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
      '(e)? nao (e|eh) (pra|para) (acampar|escalar|o camping|a mudanca|o barco|o cachorro|rato|ratos)',
    ],
  },
  // --- Crisis breadth, third pass: farewell-note markers, cover stories, concealment, "for when
  // I'm not here", half already taken, at an edge and not coming down.
  {
    id: 'distress.breadth_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(nao|n) (suporto|aguento) mais (nada|isso|essa vida)?',
      '(nao|n) dou (mais)? conta (mais)?',
      '(pra|para) mim (ja)? (chega|deu|acabou)',
      '(sozinho|sozinha) desde que ~3 (morreu|partiu|se foi|faleceu)',
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
      'se (voce|vc|voces|vcs) (esta|estiver|estao|tiver) lendo isso',
      '(nao|n) (foi|e) culpa (sua|de voces|tua|de ninguem)',
      'quando eu (nao|n) (estiver|tiver) mais aqui',
      '(fala|diz|diga|falem|digam) (pra|para|a) ~3 que eu (viajei|fui viajar)',
      '(nao|n) vou voltar (mais)? !(a|ao|na|no|pra|para|com)',
      '(diz|diga|fala|fale|digam|falem) (a|pra|para|ao) (minha|meu) ~2 que (eu)? (a|o|os|as)? (amo|amei|te amo|sinto muito)',
    ],
  },
  {
    id: 'prep.concealment',
    kind: 'preparation',
    reason: 'making sure nobody finds out or comes (with distress or another sign)',
    needs: 'distress',
    weight: 0.8,
    patterns: [
      'ninguem vai me (procurar|achar|encontrar)',
      '(nem|nao) pergunta (pra|para|por) (que|quê)',
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
      'devolvi tudo (que|o que) ~3 emprestado',
      '(gravei|deixei) um (audio|video|recado) (pros|pras|para os|para as|pro|pra) (meus|minhas|meu|minha)',
      'quarto de hotel ~8 (remedios|comprimidos|pilulas)',
      '(passei|coloquei) a casa (pro|no|para o) nome',
      '(me tranquei|trancada|trancado) no banheiro com ~4 (vidro|caixa|cartela|remedio|remedios)',
      '(to|tou|estou) procurando uma corda (resistente|forte)',
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
      '(segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha) (acaba|termina) (tudo|tudo isso)',
    ],
  },
  {
    id: 'intent.jump_place',
    kind: 'intent',
    reason: 'going to jump, said plainly (with distress)',
    needs: 'distress',
    patterns: [
      '(eu)? (pulo|me jogo|vou pular|vou me jogar) (no|do|da|na|de) (rio|ponte|viaduto|predio|mar|represa)',
    ],
  },
  {
    id: 'means.measure',
    kind: 'means_seeking',
    reason: 'asking about heights (after distress)',
    lookalikes: ['sightseeing', 'sport_heights'],
    patterns: ['(quantos metros|que altura) (tem|mede) (o|a) (viaduto|ponte|predio|torre|represa)'],
  },
  {
    id: 'attempt.now_more',
    kind: 'attempt_now',
    reason: 'partway through taking them (with distress or another sign)',
    needs: 'distress',
    patterns: ['(ja)? tomei (a)? metade', '(nao|n|tambem nao) quero descer'],
  },
  // --- Crisis breadth, fourth pass (tuned on fresh batch C): warning signs said sideways.
  {
    id: 'intent.no_longer_a_bother',
    kind: 'intent',
    reason: 'says they will not be a bother much longer (with distress)',
    needs: 'distress',
    patterns: [
      '(nao|n) vou (mais)? (incomodar|atrapalhar|pesar (pra|para)) (ninguem|voces|vcs|vc)? (mais)?',
      '(voces|vcs) (nao)? vao (mais)? (precisar|ter que) (se preocupar|me aguentar)',
    ],
  },
  {
    id: 'intent.ready_to_go',
    kind: 'intent',
    reason: 'ready to go (with distress)',
    needs: 'distress',
    patterns: [
      '(to|tou|estou) (pronta|pronto) (pra|para) (ir|partir) !(pra|para|a|ao|na|no|em|embora com)',
    ],
  },
  {
    id: 'intent.stopped_meds',
    kind: 'intent',
    reason: 'stopped needed medication on purpose (with distress)',
    needs: 'distress',
    patterns: [
      'parei de tomar ~4 (remedio|remedios|comprimidos|insulina|remedio do coracao) ~3 de proposito',
    ],
  },
  {
    id: 'plan.nobody_around',
    kind: 'plan',
    reason: 'a time when nobody will be around to stop it (with distress)',
    needs: 'distress',
    patterns: ['ninguem vai (entrar|estar aqui) (pra|para) me (atrapalhar|impedir|achar)'],
  },
  {
    id: 'lethality.knows_which',
    kind: 'lethality_seeking',
    reason: 'knows which means would work (with distress)',
    needs: 'distress',
    lookalikes: ['care_dosing'],
    patterns: ['sei quais (remedios|comprimidos) (dariam conta|funcionariam|bastariam)'],
  },
  {
    id: 'method.calling',
    kind: 'method',
    reason: 'a place or means that keeps pulling (with distress)',
    needs: 'distress',
    lookalikes: ['sightseeing'],
    patterns: ['(os trilhos|a ponte|o rio|o mar|o trem) ~4 me (chamam|chama)'],
  },
  {
    id: 'distress.said_more',
    kind: 'distress',
    reason: 'distress',
    patterns: [
      '(desculpa|desculpem|perdao) (por)? ser (um|uma)? (peso|fardo|estorvo)',
      '(nao|n) da (pra|para) viver assim',
      'sem (familia|ninguem|amigos) aqui',
    ],
  },
  {
    id: 'prep.handing_over',
    kind: 'preparation',
    reason: 'handing things over, signing off (with distress or another sign)',
    needs: 'distress',
    lookalikes: ['moving', 'sport_shooting'],
    weight: 0.8,
    patterns: ['(ele|ela) pode ficar com tudo', '(nao|n) vou (jogar|estar) mais', 'gg galera'],
  },
];

export const PT: Lexicon = { lang: 'pt', rules };
