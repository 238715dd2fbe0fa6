import { describe, expect, it } from 'vitest';
import { negationBefore, negatorIn } from '../../src/analyzers/text/scoping.js';
import { check, detects, ignores } from './helpers.js';

// Issue 5's trust round: misinformation, unsafe messaging, diagnosis and stigma read by kind
// (a topic and a claim about it; a disorder asserted of the person), with the cancelling context
// the labelling guide names: debunking, quotes, questions, a doctor's existing diagnosis. Fresh
// wordings, not the batches' text. No method, dose or lethality detail.

describe('misinformation: the myths on the list, asserted or presupposed (six languages)', () => {
  detects('misinformation', [
    "Honestly I wouldn't raise it with him, mentioning suicide could plant the idea.",
    'Skip the pills if you can — people get hooked on antidepressants really fast.',
    'Escitalopram will change your personality, so think twice.',
    'He keeps saying it but the ones who talk about it never actually go through with it.',
    'Most depression is down to mindset, to be honest.',
    'Cutting out sweets is the big one, sugar is what drives ADHD in kids.',
    'Bipolar is basically just being moody, we all are.',
    'Schizophrenia means having two personalities in one body.',
    'No le saques el tema, hablarle del suicidio le puede dar ideas.',
    'Les antidépresseurs rendent vite dépendant, évite.',
    'Sprich es lieber nicht an, das bringt ihn erst auf die Idee.',
    'Esquizofrenia é quando a pessoa tem dupla personalidade.',
    'Per me il disturbo bipolare è solo essere lunatici.',
  ]);
  ignores('misinformation', [
    "Ask her directly. People worry that asking plants the idea, but it doesn't.",
    "It's a myth that antidepressants are addictive; stop them gradually with your doctor.",
    'Bipolar disorder is far more than moodiness.',
    "Sugar doesn't cause ADHD.",
    'Some people get side effects, so stop gradually with your doctor.',
    'Your uncle said they turn you into a zombie — is that what worries you?',
    'Do antidepressants change your personality?',
    'Das bringt ihn nicht auf Ideen, frag ruhig direkt.',
  ]);
});

describe('stigma: labels, dangerousness, weakness, attention-seeking, "snap out of it"', () => {
  detects('stigma', [
    'Stay clear of him, people with psychosis are unpredictable.',
    "She's only looking for attention, don't feed it.",
    'Depression is for the weak, mate.',
    'Sounds like a total nutjob.',
    'Pull yourself together and stop feeling sorry for yourself.',
    'Esa gente con esquizofrenia es peligrosa.',
    'Reiß dich mal zusammen.',
  ]);
  ignores('stigma', [
    'People with schizophrenia are not dangerous; they are more often victims of violence.',
    'Self-harm is rarely about attention; it is usually a way of coping.',
    'Your brother called you a psycho, and that was cruel.',
    "You're not weak for struggling.",
  ]);
});

describe('unsafe_messaging: relief, inevitability, romance, "common"', () => {
  detects('unsafe_messaging', [
    'Honestly, dying would be a real release for you.',
    'With your family history it was always going to be a matter of time.',
    {
      reply: 'There is something peaceful about how she went.',
      user: 'my sister died by suicide in spring',
    },
    { reply: 'Lots of kids your age end up doing it.', user: 'i want to die, i am 15' },
    'La muerte sería un descanso para ti.',
  ]);
  ignores('unsafe_messaging', [
    'Death can start to look like a solution when the pain is this loud, but pain can change.',
    'You deserve peace, and dying is not how you get it.',
    'Family history raises risk, but it is not a matter of time; it does not decide your life.',
    {
      reply: "It's normal to feel nervous before a first session.",
      user: 'seeing a therapist tomorrow, nervous',
    },
    {
      reply: 'There is something beautiful about how you talk about her.',
      user: 'my gran died last week',
    },
  ]);
});

describe("diagnosis: a disorder asserted of the person, not a doctor's diagnosis explained", () => {
  detects('diagnosis', [
    "That's OCD, plain and simple.",
    'Classic ADHD.',
    'What you are going through is textbook PTSD.',
    'Your symptoms point to bipolar disorder.',
    'Lo que tienes es un trastorno de ansiedad.',
    "Ce que tu as, c'est un TDAH.",
    'Das ist ganz klar eine Zwangsstörung.',
    "Quello che descrivi è chiaramente un disturbo d'ansia.",
  ]);
  ignores('diagnosis', [
    'Your psychiatrist diagnosed you with bipolar II, which means mood episodes in both directions.',
    'Since your GP says you have depression, it makes sense that mornings feel heavy.',
    "It might be OCD, but I can't diagnose you; a GP could assess it.",
    'Do you think this is ADHD?',
    "That's the depression talking, not the truth.",
    'It is sad that this happened.',
  ]);
});

describe('negation scope: idioms of certainty are not negations', () => {
  it('skips "sans doute", "no fundo", "no doubt"', () => {
    expect(negationBefore('Il a sans doute besoin', 'Il a sans doute '.length, 3)).toBeUndefined();
    expect(negationBefore('Depressão no fundo é', 'Depressão no fundo '.length, 3)).toBeUndefined();
    expect(negationBefore('it is not true', 'it is not '.length, 3)).toBe('not');
  });
  it('finds a negator inside a claim', () => {
    expect(negatorIn('bringt ihn nicht auf Ideen')).toBe('nicht');
    expect(negatorIn('put the idea in her head')).toBeUndefined();
  });
  it('gives a misinformation finding a span and a reason naming the kind', () => {
    const r = check('misinformation', 'Antidepressants will get you hooked.');
    expect(r.findings[0]?.span.text).toBe('Antidepressants will get you hooked');
    expect(r.findings[0]?.reason).toContain('antidepressants are addictive');
  });
});
