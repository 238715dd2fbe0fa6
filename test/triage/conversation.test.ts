import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/index.js';
import { createTriage } from '../../src/triage/engine.js';

const engine = createTriage({ model: null });
const user = (content: string) => ({ role: 'user' as Role, content });
const assistant = (content: string) => ({ role: 'assistant' as Role, content });

describe('conversation: context across turns', () => {
  it('reads a means question after earlier distress as C-SSRS 3, citing both', () => {
    const { triage } = engine.triageConversation([
      user('I lost my job today and my wife left me'),
      assistant('That sounds really hard. Do you want to talk about it?'),
      user('which bridges are the tallest around here'),
    ]);
    expect(triage).toMatchObject({ level: 'high', cssrs: 3, categories: ['suicide'] });
    const context = triage.signals.find((s) => s.id === 'context:means_seeking_after_distress')!;
    expect(context).toMatchObject({ source: 'context', message: 2, cssrs: 3 });
    expect(context.span.text).toBe('which bridges are the tallest');
    expect(context.reason).toMatch(/"lost my job", message 0/);
  });

  it('sets the same question aside when nothing before it shows distress', () => {
    const { triage } = engine.triageConversation([
      user('which bridges are the tallest around here'),
    ]);
    expect(triage.level).toBe('none');
    expect(triage.signals[0]).toMatchObject({ scopedOut: 'everyday' });
  });

  it('does not score assistant messages, but counts a yes to their question on the user message', () => {
    const asked = [
      user('everything is too much lately'),
      assistant('Are you having thoughts of suicide?'),
    ];
    expect(
      engine.triageConversation([assistant('Are you thinking about killing yourself?')]).triage
        .level,
    ).toBe('none');
    const yes = engine.triageConversation([...asked, user('yeah')]).triage;
    expect(yes).toMatchObject({ level: 'moderate', cssrs: 2 });
    expect(yes.signals.find((s) => s.id === 'context:answered_ideation')).toMatchObject({
      message: 2,
      span: { text: 'yeah' },
    });
    expect(engine.triageConversation([...asked, user('no, just stressed')]).triage.level).toBe(
      'none',
    );
    expect(engine.triageConversation([...asked, user("I'm not, honestly")]).triage.level).toBe(
      'none',
    );
    expect(engine.triageConversation([...asked, user('a veces, sí')]).triage.cssrs).toBe(2);
  });

  it('turns an intent plus a time in the next turn into an imminent plan', () => {
    const { triage } = engine.triageConversation([
      user('I want to kill myself'),
      assistant('Thank you for telling me. Do you have a plan?'),
      user('yes. tonight'),
    ]);
    expect(triage).toMatchObject({ level: 'imminent', cssrs: 5 });
    expect(triage.signals.find((s) => s.id === 'context:plan_with_time')).toMatchObject({
      message: 2,
      span: { text: 'tonight' },
    });
  });

  it('does not make a plan of a feeling and a time ("suicidal tonight")', () => {
    expect(engine.triageText('i feel so suicidal tonight')).toMatchObject({
      level: 'moderate',
      cssrs: 2,
    });
  });
});

describe('conversation: persisted state', () => {
  const first = engine.triageConversation([user("I'm going to end it tonight, I wrote my note")]);

  it('carries risk across requests and does not lower it on a change of topic', () => {
    expect(first.state).toMatchObject({ level: 'imminent', cssrs: 6, categories: ['suicide'] });
    expect(first.state.signals.length).toBeGreaterThan(0);
    const next = engine.triageConversation([user('anyway what should I cook for dinner')], {
      previous: first.state,
    });
    expect(next.triage.level).toBe('imminent');
    expect(next.triage.signals[0]).toMatchObject({ id: 'context:previous_state', message: -1 });
    expect(next.state.level).toBe('imminent');
  });

  it('comes down on an explicit clarification, but not below moderate after a plan', () => {
    const cleared = engine.triageConversation([user('jk lol')], { previous: first.state }).triage;
    expect(cleared).toMatchObject({ level: 'moderate', cssrs: 2 });
    expect(cleared.signals.map((s) => s.id)).toEqual([
      'context:clarification',
      'context:clarified_floor',
    ]);
  });

  it('clears a misunderstanding in the same conversation, keeping the cue as a clarified signal', () => {
    const { triage, state } = engine.triageConversation([
      user('my battery is dying and i want to die'),
      assistant('I hear that you want to die. Are you safe right now?'),
      user('no i meant my phone battery is dying lol'),
    ]);
    expect(triage.level).toBe('none');
    expect(triage.signals.find((s) => s.id === 'rule:en.passive.want_to_die')).toMatchObject({
      scopedOut: 'clarified',
    });
    expect(state.level).toBe('none');
  });

  it.each([
    ["that was a song lyric, I'm not suicidal"],
    ['era una canción, estoy bromeando'],
    ["c'était une chanson, je plaisantais"],
    ['das war nur ein Songtext, ich habe gescherzt'],
    ['era só uma música, estava brincando'],
    ['era una canzone, stavo scherzando'],
  ])('clarifies in every language: %s', (clarification) => {
    const earlier = engine.triageConversation([user('i want to die, i want to die')]).state;
    expect(earlier.level).toBe('low');
    expect(
      engine.triageConversation([user(clarification)], { previous: earlier }).triage.level,
    ).toBe('none');
  });

  it('keeps risk said in the clarifying message itself', () => {
    const earlier = engine.triageConversation([user('i want to die')]).state;
    const { triage } = engine.triageConversation(
      [user("jk, but honestly I've been cutting myself again")],
      { previous: earlier },
    );
    expect(triage.categories).toEqual(['self_harm']);
  });

  it('treats a minor disclosed earlier as making abuse high', () => {
    const { triage } = engine.triageConversation([
      user('I am 13'),
      assistant('Thanks for telling me. What is going on?'),
      user('my stepdad touches me and I am scared to go home'),
    ]);
    expect(triage).toMatchObject({ level: 'high', categories: ['abuse'] });
    expect(triage.signals.find((s) => s.id === 'context:minor')).toMatchObject({ message: 0 });
  });
});
