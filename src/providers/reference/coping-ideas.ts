/**
 * The reference responder's library of coping ideas, written by the project in six languages.
 * Each is a small, feasible, low-risk step drawn from common self-help and safety-planning
 * practice (grounding, paced breathing, behavioural activation, sleep hygiene, reaching out).
 * None involves medication, diet, or anything that could cause harm. `tags` say when an idea
 * fits: an emotion the person named, `general`, or `risk` (suitable when someone may be unsafe).
 */
import type { EmotionId } from './emotions.js';
import type { ReplyLanguage } from './languages.js';

export type IdeaTag = EmotionId | 'general' | 'risk';

export interface CopingIdea {
  id: string;
  tags: readonly IdeaTag[];
  /** `{person}` is replaced by someone the person named, when the idea needs one. */
  text: Record<ReplyLanguage, string>;
}

export const REACH_OUT_TO_NAMED_PERSON = 'reach_out_named';

export const COPING_IDEAS: readonly CopingIdea[] = [
  {
    id: 'grounding_54321',
    tags: ['anxious', 'scared', 'overwhelmed', 'numb', 'risk', 'general'],
    text: {
      en: 'Try the 5-4-3-2-1 exercise: notice five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.',
      es: 'Prueba el ejercicio 5-4-3-2-1: fíjate en cinco cosas que puedas ver, cuatro que puedas tocar, tres que puedas oír, dos que puedas oler y una que puedas saborear.',
      fr: "Essayez l'exercice 5-4-3-2-1 : repérez cinq choses que vous voyez, quatre que vous pouvez toucher, trois que vous entendez, deux que vous sentez et une que vous goûtez.",
      de: 'Probier die 5-4-3-2-1-Übung: Nimm fünf Dinge wahr, die du siehst, vier, die du berühren kannst, drei, die du hörst, zwei, die du riechst, und eins, das du schmeckst.',
      pt: 'Experimente o exercício 5-4-3-2-1: repare em cinco coisas que você vê, quatro que pode tocar, três que ouve, duas que cheira e uma que consegue saborear.',
      it: "Prova l'esercizio 5-4-3-2-1: nota cinque cose che vedi, quattro che puoi toccare, tre che senti, due di cui senti l'odore e una di cui senti il sapore.",
    },
  },
  {
    id: 'paced_breathing',
    tags: ['anxious', 'stressed', 'angry', 'scared', 'risk', 'general'],
    text: {
      en: 'Try slow breathing for a couple of minutes: breathe in for a count of four and out for a count of six, letting your shoulders drop on each out-breath.',
      es: 'Prueba a respirar despacio durante un par de minutos: inhala contando hasta cuatro y exhala contando hasta seis, dejando caer los hombros en cada exhalación.',
      fr: "Essayez de respirer lentement pendant quelques minutes : inspirez en comptant jusqu'à quatre et expirez en comptant jusqu'à six, en relâchant les épaules à chaque expiration.",
      de: 'Atme ein paar Minuten lang langsam: vier Zählzeiten ein, sechs Zählzeiten aus, und lass bei jedem Ausatmen die Schultern sinken.',
      pt: 'Experimente respirar devagar por alguns minutos: inspire contando até quatro e expire contando até seis, soltando os ombros a cada expiração.',
      it: 'Prova a respirare lentamente per un paio di minuti: inspira contando fino a quattro ed espira contando fino a sei, lasciando scendere le spalle a ogni espirazione.',
    },
  },
  {
    id: 'box_breathing',
    tags: ['anxious', 'stressed', 'overwhelmed'],
    text: {
      en: 'Try box breathing: in for four, hold for four, out for four, hold for four, and repeat a few times.',
      es: 'Prueba la respiración cuadrada: inhala en cuatro tiempos, mantén cuatro, exhala en cuatro, mantén cuatro, y repítelo unas cuantas veces.',
      fr: 'Essayez la respiration carrée : inspirez sur quatre temps, retenez quatre, expirez sur quatre, retenez quatre, et recommencez quelques fois.',
      de: 'Probier die Box-Atmung: vier Zählzeiten ein, vier halten, vier aus, vier halten, und das ein paar Mal wiederholen.',
      pt: 'Experimente a respiração quadrada: inspire em quatro tempos, segure quatro, expire em quatro, segure quatro e repita algumas vezes.',
      it: 'Prova la respirazione quadrata: inspira in quattro tempi, trattieni per quattro, espira in quattro, trattieni per quattro, e ripeti qualche volta.',
    },
  },
  {
    id: 'short_walk',
    tags: ['sad', 'stressed', 'angry', 'anxious', 'general'],
    text: {
      en: "If you can, take a short walk, even ten minutes around the block, and notice what's around you as you go.",
      es: 'Si puedes, sal a dar un paseo corto, aunque sean diez minutos alrededor de la manzana, y fíjate en lo que te rodea.',
      fr: 'Si vous le pouvez, faites une courte marche, même dix minutes autour du pâté de maisons, en remarquant ce qui vous entoure.',
      de: 'Wenn du kannst, mach einen kurzen Spaziergang, auch nur zehn Minuten um den Block, und achte darauf, was um dich herum ist.',
      pt: 'Se puder, faça uma caminhada curta, nem que sejam dez minutos ao redor do quarteirão, reparando no que está à sua volta.',
      it: "Se puoi, fai una breve passeggiata, anche solo dieci minuti intorno all'isolato, notando quello che hai intorno.",
    },
  },
  {
    id: 'write_it_down',
    tags: ['overwhelmed', 'stressed', 'anxious', 'guilty', 'worthless', 'angry', 'general'],
    text: {
      en: "Write down what's going round in your head, just as it comes, without trying to fix anything; getting it onto paper can make it feel a bit lighter.",
      es: 'Escribe lo que te da vueltas en la cabeza, tal como salga, sin intentar arreglar nada; pasarlo al papel puede aligerarlo un poco.',
      fr: 'Écrivez ce qui tourne dans votre tête, tel que cela vient, sans chercher à rien résoudre ; le poser sur le papier peut alléger un peu les choses.',
      de: 'Schreib auf, was dir im Kopf herumgeht, so wie es kommt, ohne etwas lösen zu müssen; es aufs Papier zu bringen, kann es etwas leichter machen.',
      pt: 'Escreva o que está rodando na sua cabeça, do jeito que vier, sem tentar resolver nada; colocar no papel pode deixar tudo um pouco mais leve.',
      it: 'Scrivi quello che ti gira per la testa, così come viene, senza cercare di risolvere niente; metterlo su carta può renderlo un po’ più leggero.',
    },
  },
  {
    id: 'reach_out_trusted',
    tags: ['lonely', 'sad', 'hopeless', 'grief', 'hurt', 'risk', 'general'],
    text: {
      en: "Reach out to one person you trust, even with a short message, and let them know you're having a hard time.",
      es: 'Escríbele a una persona de confianza, aunque sea un mensaje corto, y cuéntale que estás pasando por un momento difícil.',
      fr: 'Contactez une personne de confiance, même par un court message, et dites-lui que vous traversez un moment difficile.',
      de: 'Melde dich bei einem Menschen, dem du vertraust, auch nur mit einer kurzen Nachricht, und sag ihm, dass es dir gerade schwerfällt.',
      pt: 'Procure uma pessoa de confiança, nem que seja com uma mensagem curta, e conte que você está passando por um momento difícil.',
      it: 'Contatta una persona di cui ti fidi, anche solo con un breve messaggio, e dille che stai attraversando un momento difficile.',
    },
  },
  {
    id: REACH_OUT_TO_NAMED_PERSON,
    tags: ['lonely', 'sad', 'hopeless', 'grief', 'hurt', 'risk', 'general'],
    text: {
      en: 'Sending a short message to {person} could help; even “rough day, could use a chat” is enough to open the door.',
      es: 'Podría ayudarte enviarle un mensaje corto a {person}; incluso un «hoy es un día difícil, me vendría bien hablar» basta para abrir la puerta.',
      fr: 'Envoyer un petit message à {person} pourrait aider ; même « journée difficile, j’aurais besoin de parler » suffit pour ouvrir la porte.',
      de: 'Eine kurze Nachricht an {person} könnte helfen; schon „harter Tag, ich könnte ein Gespräch gebrauchen“ reicht, um die Tür zu öffnen.',
      pt: 'Mandar uma mensagem curta para {person} pode ajudar; até um “dia difícil, queria conversar” já abre a porta.',
      it: 'Potrebbe aiutarti sentire {person} con un breve messaggio; anche solo “giornata difficile, avrei bisogno di parlare” basta per aprire la porta.',
    },
  },
  {
    id: 'sleep_routine',
    tags: ['sleepless', 'tired'],
    text: {
      en: 'Give yourself a gentle wind-down tonight: screens away half an hour before bed, dim lights, and a bedtime that stays roughly the same each night.',
      es: 'Regálate esta noche una rutina tranquila antes de dormir: pantallas fuera media hora antes, luces suaves y una hora de acostarte más o menos fija.',
      fr: 'Offrez-vous ce soir un moment calme avant de dormir : écrans rangés une demi-heure avant, lumière tamisée, et une heure de coucher à peu près régulière.',
      de: 'Gönn dir heute Abend ein ruhiges Runterkommen: Bildschirme eine halbe Stunde vor dem Schlafen weg, gedimmtes Licht und eine möglichst gleiche Schlafenszeit.',
      pt: 'Reserve um momento tranquilo antes de dormir hoje: telas de lado meia hora antes, luz baixa e um horário de deitar mais ou menos fixo.',
      it: "Concediti stasera un momento tranquillo prima di dormire: schermi via mezz'ora prima, luci soffuse e un orario per andare a letto più o meno fisso.",
    },
  },
  {
    id: 'cold_water',
    tags: ['anxious', 'angry', 'overwhelmed', 'scared', 'risk'],
    text: {
      en: 'Splash cold water on your face or hold something cool in your hands for a minute; it can help your body settle when feelings run high.',
      es: 'Échate agua fría en la cara o sostén algo fresco en las manos durante un minuto; puede ayudar a que el cuerpo se calme cuando las emociones están muy altas.',
      fr: "Passez-vous de l'eau fraîche sur le visage ou tenez quelque chose de frais dans vos mains pendant une minute ; cela peut aider le corps à se calmer quand les émotions montent.",
      de: 'Spritz dir kaltes Wasser ins Gesicht oder halte eine Minute lang etwas Kühles in den Händen; das kann dem Körper helfen, sich zu beruhigen, wenn die Gefühle hochkochen.',
      pt: 'Jogue água fria no rosto ou segure algo fresco nas mãos por um minuto; isso pode ajudar o corpo a se acalmar quando as emoções estão muito fortes.',
      it: 'Sciacquati il viso con acqua fredda o tieni in mano qualcosa di fresco per un minuto; può aiutare il corpo a calmarsi quando le emozioni sono molto forti.',
    },
  },
  {
    id: 'muscle_relaxation',
    tags: ['anxious', 'stressed', 'sleepless'],
    text: {
      en: 'Try tensing and then relaxing each group of muscles in turn, from your feet up to your shoulders, noticing the difference as you let go.',
      es: 'Prueba a tensar y luego relajar cada grupo de músculos, desde los pies hasta los hombros, notando la diferencia al soltar.',
      fr: 'Essayez de contracter puis relâcher chaque groupe de muscles, des pieds jusqu’aux épaules, en remarquant la différence quand vous relâchez.',
      de: 'Spann nacheinander jede Muskelgruppe an und lass sie wieder los, von den Füßen bis zu den Schultern, und spür den Unterschied beim Loslassen.',
      pt: 'Experimente contrair e depois relaxar cada grupo de músculos, dos pés até os ombros, percebendo a diferença ao soltar.',
      it: 'Prova a contrarre e poi rilassare ogni gruppo di muscoli, dai piedi fino alle spalle, notando la differenza quando lasci andare.',
    },
  },
  {
    id: 'worry_time',
    tags: ['anxious'],
    text: {
      en: 'Set aside fifteen minutes later today as “worry time”; when a worry pops up before then, jot it down and save it for that slot.',
      es: 'Reserva quince minutos más tarde como «tiempo para preocuparte»; si antes aparece una preocupación, apúntala y guárdala para ese momento.',
      fr: 'Réservez quinze minutes plus tard dans la journée comme « temps des soucis » ; si un souci surgit avant, notez-le et gardez-le pour ce moment-là.',
      de: 'Plan dir für später fünfzehn Minuten „Sorgenzeit“ ein; wenn vorher eine Sorge auftaucht, schreib sie kurz auf und heb sie dir dafür auf.',
      pt: 'Reserve quinze minutos mais tarde como “hora das preocupações”; se uma preocupação aparecer antes, anote e guarde para esse momento.',
      it: 'Riserva quindici minuti più tardi come “tempo delle preoccupazioni”; se una preoccupazione arriva prima, annotala e tienila per quel momento.',
    },
  },
  {
    id: 'one_small_step',
    tags: ['overwhelmed', 'stressed', 'general'],
    text: {
      en: 'Pick just one small, doable next step, something that takes five minutes, and let the rest wait for now.',
      es: 'Elige un solo paso pequeño y posible, algo que lleve cinco minutos, y deja que lo demás espere por ahora.',
      fr: 'Choisissez une seule petite étape faisable, quelque chose qui prend cinq minutes, et laissez le reste attendre pour l’instant.',
      de: 'Such dir nur einen kleinen, machbaren nächsten Schritt aus, etwas für fünf Minuten, und lass den Rest erst einmal warten.',
      pt: 'Escolha só um passo pequeno e possível, algo que leve cinco minutos, e deixe o resto esperar por enquanto.',
      it: 'Scegli un solo piccolo passo fattibile, qualcosa che richieda cinque minuti, e lascia che il resto aspetti per ora.',
    },
  },
  {
    id: 'self_compassion',
    tags: ['worthless', 'guilty', 'ashamed'],
    text: {
      en: 'Try talking to yourself the way you would talk to a good friend in the same situation, and notice what you would say to them.',
      es: 'Prueba a hablarte como le hablarías a una buena amistad en tu misma situación, y fíjate en lo que le dirías.',
      fr: 'Essayez de vous parler comme vous parleriez à un ami cher dans la même situation, et remarquez ce que vous lui diriez.',
      de: 'Versuch, mit dir so zu sprechen, wie du mit einem guten Freund in derselben Lage sprechen würdest, und achte darauf, was du ihm sagen würdest.',
      pt: 'Experimente se tratar como trataria uma pessoa querida na mesma situação, e repare no que diria a ela.',
      it: 'Prova a parlarti come parleresti a una persona cara nella stessa situazione, e nota cosa le diresti.',
    },
  },
  {
    id: 'music',
    tags: ['sad', 'lonely', 'angry', 'hurt'],
    text: {
      en: 'Put on a song that matches how you feel, then one that soothes you, and just listen for a few minutes.',
      es: 'Pon una canción que encaje con cómo te sientes y luego otra que te calme, y simplemente escucha unos minutos.',
      fr: 'Mettez une chanson qui correspond à ce que vous ressentez, puis une qui vous apaise, et écoutez simplement quelques minutes.',
      de: 'Hör dir ein Lied an, das zu deinem Gefühl passt, und danach eins, das dich beruhigt, und hör einfach ein paar Minuten zu.',
      pt: 'Coloque uma música que combine com o que você sente e depois uma que acalme, e apenas escute por alguns minutos.',
      it: 'Metti una canzone che rispecchi come ti senti e poi una che ti calmi, e ascolta semplicemente per qualche minuto.',
    },
  },
  {
    id: 'water_and_food',
    tags: ['tired', 'stressed', 'general'],
    text: {
      en: "Check in with your body: have a glass of water and something small to eat if you haven't in a while.",
      es: 'Escucha a tu cuerpo: bebe un vaso de agua y come algo ligero si hace rato que no lo haces.',
      fr: 'Prenez des nouvelles de votre corps : buvez un verre d’eau et mangez un petit quelque chose si cela fait un moment.',
      de: 'Hör kurz auf deinen Körper: Trink ein Glas Wasser und iss eine Kleinigkeit, wenn das schon eine Weile her ist.',
      pt: 'Dê atenção ao seu corpo: beba um copo de água e coma algo leve se já faz um tempo.',
      it: "Ascolta il tuo corpo: bevi un bicchiere d'acqua e mangia qualcosa di leggero se è passato un po'.",
    },
  },
  {
    id: 'gentle_stretch',
    tags: ['stressed', 'tired', 'anxious'],
    text: {
      en: 'Take a few minutes to stretch gently: roll your shoulders, loosen your neck and let your breathing slow down.',
      es: 'Tómate unos minutos para estirarte con suavidad: mueve los hombros, suelta el cuello y deja que la respiración se haga más lenta.',
      fr: 'Prenez quelques minutes pour vous étirer doucement : faites rouler vos épaules, détendez votre nuque et laissez votre respiration ralentir.',
      de: 'Nimm dir ein paar Minuten, um dich sanft zu dehnen: Schultern kreisen, Nacken lockern und den Atem langsamer werden lassen.',
      pt: 'Tire alguns minutos para se alongar com calma: gire os ombros, solte o pescoço e deixe a respiração desacelerar.',
      it: 'Prenditi qualche minuto per allungarti con delicatezza: ruota le spalle, sciogli il collo e lascia che il respiro rallenti.',
    },
  },
  {
    id: 'step_outside',
    tags: ['sad', 'tired', 'numb', 'general'],
    text: {
      en: 'Step outside or open a window for a few minutes and notice the air, the sky and the sounds around you.',
      es: 'Sal un momento o abre una ventana unos minutos y fíjate en el aire, el cielo y los sonidos a tu alrededor.',
      fr: "Sortez un instant ou ouvrez une fenêtre quelques minutes, et remarquez l'air, le ciel et les sons autour de vous.",
      de: 'Geh kurz nach draußen oder öffne ein paar Minuten das Fenster und achte auf die Luft, den Himmel und die Geräusche um dich.',
      pt: 'Saia um pouco ou abra uma janela por alguns minutos e repare no ar, no céu e nos sons ao seu redor.',
      it: "Esci un momento o apri una finestra per qualche minuto e nota l'aria, il cielo e i suoni intorno a te.",
    },
  },
  {
    id: 'pleasant_activity',
    tags: ['sad', 'numb', 'lonely', 'hopeless'],
    text: {
      en: 'Plan one small thing you usually enjoy, however tiny, like a favourite drink, a show or a call, and give it a place in your day.',
      es: 'Planea una cosa pequeña que normalmente disfrutes, por mínima que sea, como tu bebida favorita, una serie o una llamada, y hazle un hueco en tu día.',
      fr: 'Prévoyez une petite chose que vous aimez d’habitude, même minuscule, comme une boisson préférée, une série ou un appel, et faites-lui une place dans votre journée.',
      de: 'Plan eine kleine Sache ein, die dir sonst Freude macht, egal wie klein, etwa dein Lieblingsgetränk, eine Serie oder ein Anruf, und gib ihr einen Platz in deinem Tag.',
      pt: 'Planeje uma coisa pequena de que você costuma gostar, por menor que seja, como uma bebida favorita, uma série ou uma ligação, e reserve um espaço para ela no seu dia.',
      it: 'Programma una piccola cosa che di solito ti piace, anche minima, come la tua bevanda preferita, una serie o una telefonata, e dalle un posto nella tua giornata.',
    },
  },
  {
    id: 'screen_break',
    tags: ['anxious', 'stressed', 'overwhelmed'],
    text: {
      en: 'Take a short break from the news and social media today and give your mind some quiet space.',
      es: 'Tómate hoy un pequeño descanso de las noticias y las redes sociales y dale a tu mente un poco de silencio.',
      fr: "Faites aujourd'hui une petite pause dans les actualités et les réseaux sociaux, et offrez un peu de calme à votre esprit.",
      de: 'Mach heute eine kleine Pause von Nachrichten und sozialen Medien und gönn deinem Kopf etwas Ruhe.',
      pt: 'Faça hoje uma pequena pausa das notícias e das redes sociais e dê um pouco de silêncio à sua mente.',
      it: 'Prenditi oggi una piccola pausa dalle notizie e dai social e regala un po’ di silenzio alla tua mente.',
    },
  },
  {
    id: 'name_the_feeling',
    tags: ['angry', 'overwhelmed', 'numb', 'hurt', 'general'],
    text: {
      en: 'Try naming what you feel as precisely as you can, for example “disappointed” rather than just “bad”; putting words to it can take some of its edge off.',
      es: 'Intenta ponerle nombre a lo que sientes con la mayor precisión posible, por ejemplo «decepción» en lugar de solo «mal»; ponerle palabras puede suavizarlo un poco.',
      fr: 'Essayez de nommer ce que vous ressentez le plus précisément possible, par exemple « déçu » plutôt que simplement « mal » ; mettre des mots dessus peut adoucir un peu les choses.',
      de: 'Versuch, dein Gefühl so genau wie möglich zu benennen, zum Beispiel „enttäuscht“ statt nur „schlecht“; Worte dafür zu finden, kann ihm etwas die Schärfe nehmen.',
      pt: 'Tente dar um nome ao que você sente da forma mais precisa possível, por exemplo “decepção” em vez de só “mal”; colocar em palavras pode aliviar um pouco.',
      it: 'Prova a dare un nome preciso a quello che senti, per esempio “deluso” invece di solo “male”; trovare le parole può attenuarlo un po’.',
    },
  },
  {
    id: 'safe_place_imagery',
    tags: ['anxious', 'scared'],
    text: {
      en: 'Close your eyes and picture a place where you feel calm and safe; notice its colours, sounds and temperature for a minute or two.',
      es: 'Cierra los ojos e imagina un lugar donde te sientas en calma y a salvo; fíjate en sus colores, sonidos y temperatura durante un par de minutos.',
      fr: 'Fermez les yeux et imaginez un endroit où vous vous sentez calme et en sécurité ; observez ses couleurs, ses sons et sa température pendant une minute ou deux.',
      de: 'Schließ die Augen und stell dir einen Ort vor, an dem du dich ruhig und sicher fühlst; achte ein, zwei Minuten auf seine Farben, Geräusche und Temperatur.',
      pt: 'Feche os olhos e imagine um lugar onde você encontra calma e segurança; repare nas cores, nos sons e na temperatura por um ou dois minutos.',
      it: 'Chiudi gli occhi e immagina un luogo che ti dà calma e sicurezza; nota i suoi colori, i suoni e la temperatura per un minuto o due.',
    },
  },
  {
    id: 'body_scan',
    tags: ['stressed', 'sleepless', 'numb'],
    text: {
      en: 'Try a slow body scan: move your attention from your toes to the top of your head, simply noticing each part without judging it.',
      es: 'Prueba un escaneo corporal lento: lleva la atención desde los dedos de los pies hasta la cabeza, simplemente notando cada parte sin juzgarla.',
      fr: 'Essayez un balayage corporel lent : portez votre attention des orteils jusqu’au sommet de la tête, en remarquant chaque partie sans la juger.',
      de: 'Probier einen langsamen Body-Scan: Wandere mit der Aufmerksamkeit von den Zehen bis zum Scheitel und nimm jeden Teil einfach wahr, ohne ihn zu bewerten.',
      pt: 'Experimente um escaneamento corporal lento: leve a atenção dos dedos dos pés até o topo da cabeça, apenas notando cada parte sem julgar.',
      it: 'Prova una lenta scansione del corpo: porta l’attenzione dalle dita dei piedi fino alla testa, notando ogni parte senza giudicarla.',
    },
  },
  {
    id: 'grief_letter',
    tags: ['grief'],
    text: {
      en: 'If it feels right, write a few lines to the person you lost, or about a memory of them you want to keep.',
      es: 'Si te parece bien, escribe unas líneas a la persona que perdiste, o sobre un recuerdo suyo que quieras conservar.',
      fr: 'Si cela vous semble juste, écrivez quelques lignes à la personne que vous avez perdue, ou sur un souvenir d’elle que vous voulez garder.',
      de: 'Wenn es sich stimmig anfühlt, schreib ein paar Zeilen an den Menschen, den du verloren hast, oder über eine Erinnerung, die du bewahren möchtest.',
      pt: 'Se fizer sentido, escreva algumas linhas para a pessoa que você perdeu, ou sobre uma lembrança dela que queira guardar.',
      it: 'Se ti sembra giusto, scrivi qualche riga alla persona che hai perso, o su un ricordo di lei che vuoi conservare.',
    },
  },
  {
    id: 'daily_anchor',
    tags: ['sad', 'hopeless', 'numb', 'tired'],
    text: {
      en: 'Choose one small anchor for tomorrow, like a shower, breakfast or a short walk at a set time, to give the day a little shape.',
      es: 'Elige un pequeño ancla para mañana, como una ducha, el desayuno o un paseo corto a una hora fija, para darle un poco de forma al día.',
      fr: 'Choisissez un petit point d’ancrage pour demain, comme une douche, un petit-déjeuner ou une courte marche à heure fixe, pour donner un peu de forme à la journée.',
      de: 'Such dir für morgen einen kleinen Anker aus, etwa eine Dusche, ein Frühstück oder einen kurzen Spaziergang zu einer festen Zeit, damit der Tag etwas Struktur bekommt.',
      pt: 'Escolha uma pequena âncora para amanhã, como um banho, o café da manhã ou uma caminhada curta em horário fixo, para dar um pouco de forma ao dia.',
      it: 'Scegli un piccolo punto fermo per domani, come una doccia, la colazione o una breve passeggiata a un orario fisso, per dare un po’ di forma alla giornata.',
    },
  },
  {
    id: 'move_body',
    tags: ['angry', 'stressed', 'anxious'],
    text: {
      en: 'Let some of the energy out through movement: a brisk walk, a few flights of stairs or dancing to one song can help.',
      es: 'Deja salir parte de esa energía moviéndote: una caminata rápida, subir unas escaleras o bailar una canción puede ayudar.',
      fr: 'Laissez sortir une partie de cette énergie en bougeant : une marche rapide, quelques étages à pied ou danser sur une chanson peuvent aider.',
      de: 'Lass etwas von der Energie durch Bewegung raus: ein zügiger Spaziergang, ein paar Treppen oder zu einem Lied tanzen kann helfen.',
      pt: 'Deixe parte dessa energia sair com movimento: uma caminhada rápida, alguns lances de escada ou dançar uma música podem ajudar.',
      it: 'Lascia uscire un po’ di energia muovendoti: una camminata veloce, qualche rampa di scale o ballare una canzone possono aiutare.',
    },
  },
  {
    id: 'pause_before_reacting',
    tags: ['angry', 'hurt'],
    text: {
      en: 'Before you respond to whatever upset you, give yourself a pause: step away, take ten slow breaths and come back once your body has settled.',
      es: 'Antes de responder a lo que te ha alterado, date una pausa: aléjate un momento, respira despacio diez veces y vuelve cuando tu cuerpo se haya calmado.',
      fr: 'Avant de répondre à ce qui a déclenché cette colère, accordez-vous une pause : éloignez-vous, prenez dix respirations lentes et revenez quand votre corps s’est apaisé.',
      de: 'Bevor du auf das reagierst, was dich aufgewühlt hat, gönn dir eine Pause: Geh kurz weg, atme zehnmal langsam und komm zurück, wenn dein Körper ruhiger ist.',
      pt: 'Antes de responder ao que te chateou, faça uma pausa: afaste-se um pouco, respire devagar dez vezes e volte quando o corpo tiver se acalmado.',
      it: 'Prima di rispondere a ciò che ti ha turbato, concediti una pausa: allontanati un momento, fai dieci respiri lenti e torna quando il corpo si è calmato.',
    },
  },
  {
    id: 'talk_to_professional',
    tags: ['hopeless', 'numb', 'sad', 'worthless', 'sleepless', 'anxious', 'risk'],
    text: {
      en: "It could help to talk to a doctor or a counsellor about how you've been feeling; you deserve support with this.",
      es: 'Podría ayudarte hablar con un médico o con un profesional de la psicología sobre cómo te has estado sintiendo; mereces apoyo con esto.',
      fr: 'Il pourrait être utile d’en parler à un médecin ou à un psychologue ; vous méritez du soutien dans ce que vous vivez.',
      de: 'Es könnte helfen, mit einer Ärztin, einem Arzt oder einer psychologischen Beratung darüber zu sprechen, wie es dir geht; du verdienst Unterstützung dabei.',
      pt: 'Pode ajudar conversar com um médico ou um psicólogo sobre como você tem se sentido; você merece apoio com isso.',
      it: 'Potrebbe aiutarti parlare con un medico o con uno psicologo di come stai ultimamente; meriti sostegno in questo.',
    },
  },
  {
    id: 'support_group',
    tags: ['lonely', 'grief'],
    text: {
      en: 'Consider a support group, online or in person, where people share similar experiences; it can make things feel less lonely.',
      es: 'Piensa en un grupo de apoyo, en línea o presencial, donde otras personas comparten experiencias parecidas; puede hacer que todo se sienta menos solitario.',
      fr: 'Pensez à un groupe de soutien, en ligne ou en personne, où d’autres partagent des expériences proches ; cela peut rendre les choses moins solitaires.',
      de: 'Denk an eine Selbsthilfegruppe, online oder vor Ort, in der Menschen Ähnliches teilen; das kann die Einsamkeit etwas lindern.',
      pt: 'Pense em um grupo de apoio, online ou presencial, onde pessoas compartilham experiências parecidas; isso pode deixar tudo menos solitário.',
      it: 'Valuta un gruppo di sostegno, online o in presenza, dove altre persone condividono esperienze simili; può far sentire le cose meno solitarie.',
    },
  },
  {
    id: 'comfort_object',
    tags: ['scared', 'lonely', 'sad', 'hurt', 'risk'],
    text: {
      en: 'Wrap yourself in a blanket, hold something soft or make a warm drink: small comforts that tell your body it can rest a little.',
      es: 'Envuélvete en una manta, abraza algo suave o prepárate una bebida caliente: pequeños consuelos que le dicen a tu cuerpo que puede descansar un poco.',
      fr: 'Enveloppez-vous dans une couverture, serrez quelque chose de doux ou préparez une boisson chaude : de petits réconforts qui disent à votre corps qu’il peut se reposer un peu.',
      de: 'Kuschel dich in eine Decke, halte etwas Weiches im Arm oder mach dir ein warmes Getränk: kleine Tröstungen, die deinem Körper sagen, dass er etwas ausruhen darf.',
      pt: 'Enrole-se em um cobertor, abrace algo macio ou prepare uma bebida quente: pequenos confortos que dizem ao corpo que ele pode descansar um pouco.',
      it: 'Avvolgiti in una coperta, stringi qualcosa di morbido o preparati una bevanda calda: piccoli conforti che dicono al corpo che può riposare un po’.',
    },
  },
  {
    id: 'be_with_people',
    tags: ['risk', 'lonely'],
    text: {
      en: 'If you can, go somewhere with other people around, or ask someone to keep you company for a while.',
      es: 'Si puedes, ve a un lugar donde haya otras personas, o pide a alguien que te acompañe un rato.',
      fr: 'Si vous le pouvez, allez dans un endroit où il y a d’autres personnes, ou demandez à quelqu’un de vous tenir compagnie un moment.',
      de: 'Wenn du kannst, geh an einen Ort, an dem andere Menschen sind, oder bitte jemanden, dir eine Weile Gesellschaft zu leisten.',
      pt: 'Se puder, vá para um lugar com outras pessoas por perto, ou peça a alguém para ficar com você por um tempo.',
      it: 'Se puoi, vai in un posto dove ci sono altre persone, o chiedi a qualcuno di farti compagnia per un po’.',
    },
  },
  {
    id: 'safety_plan',
    tags: ['risk'],
    text: {
      en: 'It can help to write a short safety plan: your warning signs, things that calm you, and the names and numbers of people you can call.',
      es: 'Puede ayudar escribir un pequeño plan de seguridad: tus señales de alerta, lo que te calma y los nombres y números de las personas a las que puedes llamar.',
      fr: 'Il peut être utile d’écrire un petit plan de sécurité : vos signaux d’alerte, ce qui vous apaise, et les noms et numéros des personnes que vous pouvez appeler.',
      de: 'Es kann helfen, einen kleinen Sicherheitsplan aufzuschreiben: deine Warnzeichen, was dich beruhigt, und Namen und Nummern von Menschen, die du anrufen kannst.',
      pt: 'Pode ajudar escrever um pequeno plano de segurança: seus sinais de alerta, o que acalma você e os nomes e números das pessoas para quem pode ligar.',
      it: 'Può aiutare scrivere un piccolo piano di sicurezza: i tuoi segnali d’allarme, le cose che ti calmano e i nomi e i numeri delle persone che puoi chiamare.',
    },
  },
  {
    id: 'morning_light',
    tags: ['sleepless', 'sad', 'tired'],
    text: {
      en: 'Try to get some daylight early in the day, even ten minutes by a window or outside; it helps your body clock.',
      es: 'Intenta recibir algo de luz natural temprano, aunque sean diez minutos junto a una ventana o fuera; ayuda a tu reloj interno.',
      fr: 'Essayez de prendre un peu de lumière du jour tôt dans la journée, même dix minutes près d’une fenêtre ou dehors ; cela aide votre horloge interne.',
      de: 'Versuch, früh am Tag etwas Tageslicht abzubekommen, auch nur zehn Minuten am Fenster oder draußen; das hilft deiner inneren Uhr.',
      pt: 'Tente pegar um pouco de luz do dia logo cedo, nem que sejam dez minutos perto de uma janela ou ao ar livre; isso ajuda o seu relógio biológico.',
      it: 'Cerca di prendere un po’ di luce del giorno al mattino, anche solo dieci minuti vicino a una finestra o all’aperto; aiuta il tuo orologio biologico.',
    },
  },
];
