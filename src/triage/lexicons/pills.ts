/**
 * Pills and medicines as a class of means, in the six languages, for the breadth lexicons that
 * name them (a class, never a substance with an amount).
 */
import type { ScopeLanguage } from '../../nlp/scope.js';

export const PILLS: Record<ScopeLanguage, string> = {
  en: '(pills|tablets|meds|medication|capsules|painkillers|sleeping pills|sleeping tablets|antidepressants|sleeping drops)',
  es: '(pastillas|pastis|pildoras|medicamentos|calmantes|somniferos|antidepresivos|gotas)',
  fr: '(comprimes|cachets|pilules|medocs|medicaments|somniferes|antidepresseurs|gouttes)',
  de: '(tabletten|pillen|medikamente|schlaftabletten|antidepressiva|tropfen)',
  pt: '(comprimidos|remedios|remedio|pilulas|calmantes|remedios de dormir|antidepressivos|gotas)',
  it: '(pastiglie|pillole|compresse|pasticche|medicine|farmaci|sonniferi|antidepressivi|gocce)',
};
