import { describe, expect, it } from 'vitest';
import { fakeEmbedding } from './fakeEmbedding.ts';

const cosineDistance = (a: number[], b: number[]) =>
  1 - a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);

describe('fakeEmbedding', () => {
  it('is deterministic, normalized and of the asked length', () => {
    const vector = fakeEmbedding('Where can I park?', 64);
    expect(vector).toHaveLength(64);
    expect(fakeEmbedding('Where can I park?', 64)).toEqual(vector);
    expect(Math.hypot(...vector)).toBeCloseTo(1, 10);
    expect(Math.hypot(...fakeEmbedding('', 64))).toBeCloseTo(1, 10);
  });

  it('puts a question nearer the passage about it than an unrelated one', () => {
    const question = fakeEmbedding('Is there parking near the practice?');
    const parking = fakeEmbedding('Q: Where can I park?\nA: Free parking spaces are behind the building.');
    const prices = fakeEmbedding('Prices\nA dental cleaning costs 80 EUR; whitening costs 250 EUR.');
    expect(cosineDistance(question, parking)).toBeLessThan(cosineDistance(question, prices));
  });
});
