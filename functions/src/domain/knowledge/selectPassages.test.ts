import { describe, expect, it } from 'vitest';
import { selectPassages } from './selectPassages.ts';

const near = (distance: number, text = 'x'.repeat(100)) => ({
  sourceId: `s${distance}`,
  title: 'T',
  url: null,
  text,
  distance,
});

describe('selectPassages', () => {
  it('numbers the nearest passages within the distance, the count and the characters', () => {
    const selection = selectPassages([near(0.1), near(0.2, 'y'.repeat(900)), near(0.3), near(0.4), near(0.9)], {
      maxPassages: 3,
      maxChars: 1000,
      maxDistance: 0.5,
    });
    expect(selection.passages.map((passage) => [passage.ref, passage.distance])).toEqual([
      [1, 0.1],
      [2, 0.2],
    ]);
    expect(selection).toMatchObject({ bestDistance: 0.1, unanswered: false });
  });

  it('marks a question unanswered when the bot has knowledge and none of it is near', () => {
    expect(selectPassages([near(0.8)], { maxPassages: 6, maxChars: 6000, maxDistance: 0.5 })).toEqual({
      passages: [],
      bestDistance: 0.8,
      unanswered: true,
    });
    // A bot without knowledge answers as it did before: nothing to mark.
    expect(selectPassages([], { maxPassages: 6, maxChars: 6000, maxDistance: 0.5 }).unanswered).toBe(false);
  });
});
