import { describe, expect, it } from 'vitest';
import { resourceMentions } from '../../src/analyzers/index.js';
import type { CrisisDirectory } from '../../src/nlp/crisis-directory.js';

const directory: CrisisDirectory = {
  entries: [
    {
      country: 'GB',
      name: 'United Kingdom',
      emergency: '999',
      source: 'https://example.org/gb',
      lastChecked: '2026-01-01',
      services: [
        { name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org', kind: 'crisis' },
        { name: 'Shout', text: 'SHOUT to 85258', kind: 'crisis' },
      ],
    },
    {
      country: 'AR',
      name: 'Argentina',
      emergency: '911 (107 emergencias médicas)',
      source: 'https://example.org/ar',
      lastChecked: '2026-01-01',
      services: [
        {
          name: 'Centro de Asistencia al Suicida (todo el país)',
          phone: '(011) 5275-1135',
          kind: 'crisis',
        },
      ],
    },
  ],
  international: {
    country: 'INTL',
    name: 'International',
    emergency: 'your local emergency number',
    source: 'https://findahelpline.com',
    lastChecked: '2026-01-01',
    services: [{ name: 'Find A Helpline', url: 'https://findahelpline.com', kind: 'crisis' }],
  },
};

const found = (reply: string): Array<[string, string, string[]]> =>
  resourceMentions(reply, directory).map((m) => [m.span.text, m.kind, m.countries]);

describe('resourceMentions', () => {
  it('normalises digits and spacing when matching numbers', () => {
    expect(found('Ring 116-123 or 116123 or 116 123.')).toEqual([
      ['116-123', 'phone', ['GB']],
      ['116123', 'phone', ['GB']],
      ['116 123', 'phone', ['GB']],
    ]);
    expect(found('Llamá al 011 5275-1135.')).toEqual([['011 5275-1135', 'phone', ['AR']]]);
  });

  it('finds a number inside a longer run of digit groups', () => {
    expect(found('Call 116 123 24 hours a day.')).toEqual([['116 123', 'phone', ['GB']]]);
  });

  it('reads emergency and text numbers out of free text', () => {
    expect(found('Llamá al 107 si es una emergencia médica.')).toEqual([
      ['107', 'emergency', ['AR']],
    ]);
    expect(found('Text SHOUT to 85258.')).toEqual([['85258', 'text', ['GB']]]);
    expect(found('Text 85258 any time.')).toEqual([['85258', 'text', ['GB']]]);
  });

  it('needs a phone cue for short numbers', () => {
    expect(found('Give it 999 tries.')).toEqual([]);
    expect(found('In 1999 things were different; 10,000 people came.')).toEqual([]);
    expect(found('Dial 999 now.')).toEqual([['999', 'emergency', ['GB']]]);
  });

  it('matches service names and web addresses, one-word names only capitalised', () => {
    expect(found('The Samaritans are there.')).toEqual([['Samaritans', 'service', ['GB']]]);
    expect(found('I wanted to shout.')).toEqual([]);
    expect(found('Try Shout.')).toEqual([['Shout', 'service', ['GB']]]);
    expect(found('See www.samaritans.org or findahelpline.com.')).toEqual([
      ['samaritans.org', 'url', ['GB']],
      ['findahelpline.com', 'url', ['INTL']],
    ]);
    expect(found('find a helpline near you via Find a Helpline')).toEqual([
      ['Find a Helpline', 'service', ['INTL']],
    ]);
    expect(found('el Centro de Asistencia al Suicida')).toEqual([
      ['Centro de Asistencia al Suicida', 'service', ['AR']],
    ]);
  });
});
