import { describe, expect, it } from 'vitest';
import { isModelAllowed, modelForReply, parseAllowedModels } from './allowedModels.ts';

describe('allowed models', () => {
  it('allows only the default model when the list is empty', () => {
    const allowed = parseAllowedModels('', 'gpt-4o-mini');
    expect(allowed).toEqual({ any: false, models: ['gpt-4o-mini'] });
    expect(isModelAllowed('gpt-4o-mini', allowed)).toBe(true);
    expect(isModelAllowed('gpt-4-32k', allowed)).toBe(false);
    expect(isModelAllowed(null, allowed)).toBe(true);
  });

  it('reads a comma-separated list, trimmed, with the default always first', () => {
    const allowed = parseAllowedModels(' gpt-4o , gpt-4o-mini,, llama3.1 ', 'gpt-4o-mini');
    expect(allowed.models).toEqual(['gpt-4o-mini', 'gpt-4o', 'llama3.1']);
    expect(isModelAllowed('llama3.1', allowed)).toBe(true);
    expect(isModelAllowed('GPT-4O', allowed)).toBe(false);
  });

  it('allows any model with *', () => {
    const allowed = parseAllowedModels('*', 'gpt-4o-mini');
    expect(allowed).toEqual({ any: true, models: ['gpt-4o-mini'] });
    expect(isModelAllowed('anything', allowed)).toBe(true);
  });

  it("answers with the bot's model while it is allowed, else with the default", () => {
    const allowed = parseAllowedModels('gpt-4o', 'gpt-4o-mini');
    expect(modelForReply('gpt-4o', 'gpt-4o-mini', allowed)).toBe('gpt-4o');
    expect(modelForReply('gpt-4-32k', 'gpt-4o-mini', allowed)).toBe('gpt-4o-mini');
    expect(modelForReply(null, 'gpt-4o-mini', allowed)).toBe('gpt-4o-mini');
  });
});
