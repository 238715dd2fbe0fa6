/** All triage lexicons, one per language (see types.ts for what a rule is). */
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { IT } from './it.js';
import { PT } from './pt.js';
import type { Lexicon } from './types.js';

export const LEXICONS: readonly Lexicon[] = [EN, ES, FR, DE, PT, IT];
