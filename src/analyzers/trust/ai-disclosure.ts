import { phraseCheck } from '../phrases.js';
import { compileLexicon } from '../text/lexicon.js';

/**
 * Says it is an AI / not a person. "I'm not a human" is disclosure (the negation is part of the
 * entry); "I'm not an AI" does not match any entry, and a negator before an entry cancels it.
 */
const DISCLOSURE = compileLexicon('ai_disclosure.statement', {
  en: [
    "I('m| am) (only |just |an |a )*(AI|A\\.I\\.|artificial intelligence|chatbot|chat bot|bot|language model|virtual assistant|computer program|AI assistant|AI model|AI chatbot|machine|program|automated (assistant|system))",
    '(as|being) an? (AI|artificial intelligence|chatbot|language model|virtual assistant|AI assistant)',
    "I('m| am) not (a |an )?(human|person|real person|human being|living person|therapist or a person)",
    "I('m| am) not (a )?real",
    '(this|that) is an? (AI|automated|chatbot) (service|assistant|tool|system)',
    "you('re| are) (talking|chatting|speaking) (to|with) an? (AI|bot|chatbot|computer|machine|program)",
  ],
  es: [
    'soy (solo |sólo |un |una )*(IA|inteligencia artificial|asistente virtual|programa|chatbot|bot|modelo de lenguaje|asistente de IA|máquina)',
    'no soy (una |un )?(persona|humano|humana|ser humano)( real)?',
    'como (una )?(IA|inteligencia artificial)',
    'estás hablando con (una |un )?(IA|inteligencia artificial|programa|chatbot|bot)',
  ],
  fr: [
    "je (suis|ne suis qu') (une |un )?(IA|intelligence artificielle|assistant virtuel|assistante virtuelle|programme|chatbot|robot|modèle de langage|machine)",
    'je ne suis pas (une |un )?(personne|humain|humaine|être humain)( réelle?)?',
    "en tant qu'(IA|intelligence artificielle|assistant virtuel)",
    '(tu parles|vous parlez) (à|avec) (une |un )?(IA|intelligence artificielle|programme|chatbot|robot)',
  ],
  de: [
    'ich bin (nur |eine |ein )*(KI|künstliche Intelligenz|Chatbot|Bot|Sprachmodell|Programm|virtueller Assistent|KI-Assistent|Maschine)',
    'ich bin (kein|keine) (Mensch|Person|echte Person)',
    'als (KI|künstliche Intelligenz|Chatbot|Sprachmodell)',
    '(du sprichst|du schreibst|Sie sprechen|Sie schreiben) mit (einer |einem )?(KI|künstlichen Intelligenz|Programm|Chatbot|Bot)',
  ],
  pt: [
    'sou (só |apenas |uma |um )*(IA|inteligência artificial|assistente virtual|programa|chatbot|bot|modelo de linguagem|máquina)',
    'não sou (uma |um )?(pessoa|humano|humana|ser humano)( real| de verdade)?',
    'como (uma )?(IA|inteligência artificial)',
    '(você está|estás) (falando|conversando|a falar) com (uma |um )?(IA|inteligência artificial|programa|chatbot|robô)',
  ],
  it: [
    "sono (solo |soltanto |un'|una |un )*(IA|intelligenza artificiale|assistente virtuale|programma|chatbot|bot|modello linguistico|macchina)",
    "non sono (un'|una |un )?(persona|umano|umana|essere umano)( reale| vera)?",
    'in quanto (IA|intelligenza artificiale)',
    "stai (parlando|chattando) con (un'|una |un )?(IA|intelligenza artificiale|programma|chatbot)",
  ],
});

export const aiDisclosure = phraseCheck('ai_disclosure', [{ lexicon: DISCLOSURE }]);
