/**
 * What the person sees while a counsellor holds their conversation but has not written yet. It
 * must never look like the model answering, and never leave them without a way to get help now.
 */
import { crisisEntryFor, languageOf, type CrisisDirectory } from '../nlp/crisis-directory.js';

const HOLDING: Record<string, string> = {
  en: 'A member of our support team is with you now and will reply here shortly. If you are in danger right now, please call {emergency}.',
  es: 'Una persona de nuestro equipo de apoyo está contigo ahora y te responderá aquí en breve. Si estás en peligro en este momento, llama al {emergency}.',
  fr: 'Une personne de notre équipe de soutien est avec vous et va vous répondre ici très bientôt. Si vous êtes en danger en ce moment, appelez le {emergency}.',
  de: 'Eine Person aus unserem Support-Team ist jetzt für dich da und antwortet dir hier gleich. Wenn du gerade in Gefahr bist, ruf bitte die {emergency} an.',
  pt: 'Uma pessoa da nossa equipa de apoio está contigo agora e vai responder-te aqui em breve. Se estás em perigo neste momento, liga para o {emergency}.',
  it: 'Una persona del nostro team di supporto è con te adesso e ti risponderà qui a breve. Se sei in pericolo in questo momento, chiama il {emergency}.',
};

/** The emergency number for the locale's country; a description of it when the country is unknown. */
const LOCAL_EMERGENCY: Record<string, string> = {
  en: 'your local emergency number',
  es: 'número local de emergencias',
  fr: "numéro d'urgence local",
  de: 'örtliche Notrufnummer',
  pt: 'número de emergência local',
  it: 'numero di emergenza locale',
};

export function holdingMessage(locale: string, directory: CrisisDirectory): string {
  const language = HOLDING[languageOf(locale)] ? languageOf(locale) : 'en';
  const entry = crisisEntryFor(directory, locale);
  const emergency =
    entry.country === 'INTL' ? (LOCAL_EMERGENCY[language] as string) : entry.emergency;
  return (HOLDING[language] as string).replace('{emergency}', emergency);
}

const REVIEWING: Record<string, string> = {
  en: 'Thank you for your message. A member of our care team reads every reply here before it is sent, and will answer you shortly. If you are in danger right now, please call {emergency}.',
  es: 'Gracias por tu mensaje. Una persona de nuestro equipo revisa cada respuesta antes de enviarla y te contestará en breve. Si estás en peligro en este momento, llama al {emergency}.',
  fr: 'Merci pour votre message. Une personne de notre équipe relit chaque réponse avant de l’envoyer et vous répondra très bientôt. Si vous êtes en danger en ce moment, appelez le {emergency}.',
  de: 'Danke für deine Nachricht. Eine Person aus unserem Team liest jede Antwort, bevor sie verschickt wird, und antwortet dir gleich. Wenn du gerade in Gefahr bist, ruf bitte die {emergency} an.',
  pt: 'Obrigado pela tua mensagem. Uma pessoa da nossa equipa revê cada resposta antes de ser enviada e vai responder-te em breve. Se estás em perigo neste momento, liga para o {emergency}.',
  it: 'Grazie per il tuo messaggio. Una persona del nostro team legge ogni risposta prima che venga inviata e ti risponderà a breve. Se sei in pericolo in questo momento, chiama il {emergency}.',
};

/** What the person sees while their reply waits for a clinician's approval (co-created drafts). */
export function reviewingMessage(locale: string, directory: CrisisDirectory): string {
  const language = REVIEWING[languageOf(locale)] ? languageOf(locale) : 'en';
  const entry = crisisEntryFor(directory, locale);
  const emergency =
    entry.country === 'INTL' ? (LOCAL_EMERGENCY[language] as string) : entry.emergency;
  return (REVIEWING[language] as string).replace('{emergency}', emergency);
}

/** Several counsellor messages written since the person's last turn arrive as one reply. */
export function joinCounselorMessages(contents: readonly string[]): string {
  return contents.join('\n\n');
}
