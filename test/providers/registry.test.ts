import { describe, expect, it } from 'vitest';
import { createProvider, PROVIDER_FORMS } from '../../src/providers/index.js';

describe('createProvider', () => {
  it('builds every registered kind with its id', () => {
    expect(createProvider('reference').id).toBe('reference');
    expect(createProvider('openai:gpt-4o-mini', { cacheDir: false }).id).toBe('openai:gpt-4o-mini');
    expect(createProvider('anthropic:claude-sonnet-4', { apiKey: 'k' }).id).toBe(
      'anthropic:claude-sonnet-4',
    );
    expect(createProvider('replay:runs/a.jsonl').id).toBe('replay:runs/a.jsonl');
  });

  it('keeps everything after the first colon as the argument', () => {
    expect(createProvider('openai:org/model:q4_K_M', { cacheDir: false }).id).toBe(
      'openai:org/model:q4_K_M',
    );
    expect(createProvider('replay:C:\\runs\\a.jsonl').id).toBe('replay:C:\\runs\\a.jsonl');
  });

  it('lists the valid forms for an unknown provider', () => {
    expect(PROVIDER_FORMS).toEqual([
      'reference',
      'openai:<model>',
      'anthropic:<model>',
      'replay:<file.jsonl>',
    ]);
    for (const spec of ['gpt-4o', 'ollama:llama3', '', 'Reference']) {
      expect(() => createProvider(spec)).toThrow(
        expect.objectContaining({
          code: 'PROVIDER_UNKNOWN',
          message: expect.stringContaining('openai:<model>'),
        }),
      );
    }
  });

  it('rejects a missing or unexpected argument', () => {
    expect(() => createProvider('openai:')).toThrow(
      expect.objectContaining({ code: 'PROVIDER_UNKNOWN' }),
    );
    expect(() => createProvider('replay: ')).toThrow(
      expect.objectContaining({ code: 'PROVIDER_UNKNOWN' }),
    );
    expect(() => createProvider('reference:fast')).toThrow(
      expect.objectContaining({ code: 'PROVIDER_UNKNOWN' }),
    );
  });

  it('validates settings and names the bad field', () => {
    expect(() => createProvider('openai:m', { concurrency: 0 })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        message: expect.stringContaining('concurrency'),
      }),
    );
    expect(() => createProvider('openai:m', { baseUrl: 'not a url' })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        message: expect.stringContaining('baseUrl'),
      }),
    );
    expect(() => createProvider('openai:m', { timeoutMs: 2 ** 40 })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
  });
});
