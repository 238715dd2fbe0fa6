import { describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import type { Provider } from '../../src/core/index.js';
import { createJudge } from '../../src/eval/judges/registry.js';

function fakeProvider(id: string): Provider {
  return {
    id,
    generate: async () => ({
      text: '{"items":[]}',
      usage: { inputTokens: 0, outputTokens: 0 },
      latencyMs: 0,
      model: id,
    }),
  };
}

function rejected(spec: string, createProvider = (s: string) => fakeProvider(s)): string {
  try {
    createJudge(spec, { createProvider });
  } catch (error) {
    expect(isTandemError(error, 'JUDGE_UNKNOWN')).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`"${spec}" was accepted`);
}

describe('createJudge', () => {
  it('creates the builtin judge', () => {
    const judge = createJudge('builtin', { createProvider: () => expect.unreachable() });
    expect(judge.id).toBe('builtin');
  });

  it('creates an LLM judge over the provider its spec names', () => {
    const asked: string[] = [];
    const judge = createJudge(' llm:openai:gpt-4o-mini ', {
      createProvider: (spec) => {
        asked.push(spec);
        return fakeProvider(spec);
      },
      llm: { batchSize: 2 },
    });
    expect(asked).toEqual(['openai:gpt-4o-mini']);
    expect(judge.id).toBe('llm:openai:gpt-4o-mini');
    expect(judge.version).toMatch(/judge-prompt@1\+batch=2$/);
  });

  it('rejects the reference responder, a bare llm, human raters and unknown kinds with guidance', () => {
    expect(rejected('llm:reference')).toMatch(/cannot judge/);
    expect(rejected('llm:reference:v2')).toMatch(/cannot judge/);
    expect(rejected('llm')).toMatch(/names no model/);
    expect(rejected('llm:')).toMatch(/names no model/);
    expect(rejected('human')).toMatch(/tandem ratings import/);
    expect(rejected('human:ana')).toMatch(/tandem ratings import/);
    expect(rejected('gpt-4o')).toMatch(/Unknown judge "gpt-4o".*builtin.*llm:/);
  });

  it("keeps the provider registry's own error for a bad provider spec", () => {
    const boom = () => {
      throw new Error('no such provider: nope');
    };
    expect(() => createJudge('llm:nope', { createProvider: boom })).toThrow(/no such provider/);
  });
});
