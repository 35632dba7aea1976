import { describe, expect, it } from 'vitest';
import { citedRefs, citedSources } from './citedSources.ts';

describe('citedSources', () => {
  const passages = [
    { ref: 1, title: 'Parking', url: null, sourceId: 's1' },
    { ref: 2, title: 'Prices', url: 'https://example.com/prices', sourceId: 's2' },
    { ref: 3, title: 'Prices', url: 'https://example.com/prices', sourceId: 's2' },
  ];

  it('reads [n], [1, 2] and [1][2], in the order first cited', () => {
    expect(citedRefs('A [2]. B [1, 3]. C [3][2] and [12].')).toEqual([2, 1, 3, 12]);
  });

  it('lists each cited source once and ignores numbers the prompt did not give', () => {
    expect(citedSources('Parking is free [1]; a cleaning costs 80 EUR [2][3] [7].', passages)).toEqual([
      { ref: 1, title: 'Parking', url: null },
      { ref: 2, title: 'Prices', url: 'https://example.com/prices' },
    ]);
    expect(citedSources('No citation here.', passages)).toEqual([]);
  });
});
