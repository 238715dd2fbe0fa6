import type { ReplyLanguage } from '../languages.js';
import type { Phrasebook } from '../phrasebook.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';

export const PHRASEBOOKS: Record<ReplyLanguage, Phrasebook> = { en, es, fr, de, pt, it };
