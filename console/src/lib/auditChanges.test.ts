import { describe, expect, it } from 'vitest';
import { auditChanges } from './auditChanges.ts';

describe('auditChanges', () => {
  it('names the fields whose values differ, nested values compared whole', () => {
    expect(
      auditChanges(
        { systemPrompt: 'a', temperature: 0.3, limits: { visitorPerMinute: 8 } },
        { systemPrompt: 'b', temperature: 0.3, limits: { visitorPerMinute: 9 }, model: 'x' },
      ),
    ).toEqual(['limits', 'model', 'systemPrompt']);
  });

  it('names nothing for a creation or a deletion', () => {
    expect(auditChanges(null, { name: 'Bot' })).toEqual([]);
    expect(auditChanges({ role: 'agent' }, undefined)).toEqual([]);
  });
});
