import { describe, expect, it } from 'vitest';
import { toPlainJson } from './toPlainJson.ts';

describe('toPlainJson', () => {
  it('turns timestamps into ISO strings at any depth and leaves out secret fields', () => {
    const stamp = { toDate: () => new Date('2026-05-01T08:00:00Z') };
    expect(
      toPlainJson({ text: 'Hi', createdAt: stamp, nested: [{ at: stamp }], cancelTokenHash: 'x' }, ['cancelTokenHash']),
    ).toEqual({ text: 'Hi', createdAt: '2026-05-01T08:00:00.000Z', nested: [{ at: '2026-05-01T08:00:00.000Z' }] });
  });
});
