import { describe, expect, it } from 'vitest';
import { splitIntoPassages } from './splitIntoPassages.ts';

describe('splitIntoPassages', () => {
  it('splits at headings and starts each passage with its heading path', () => {
    const text =
      '# Prices\nIntro.\n## Cleaning\nA cleaning costs 80 EUR.\n## Whitening\nWhitening costs 250 EUR.\n# Parking\nPark behind the house.';
    expect(splitIntoPassages(text)).toEqual([
      { heading: 'Prices', text: 'Prices\nIntro.' },
      { heading: 'Prices › Cleaning', text: 'Prices › Cleaning\nA cleaning costs 80 EUR.' },
      { heading: 'Prices › Whitening', text: 'Prices › Whitening\nWhitening costs 250 EUR.' },
      { heading: 'Parking', text: 'Parking\nPark behind the house.' },
    ]);
  });

  it('cuts long sections at sentence boundaries within the length, overlapping, losing no word', () => {
    const sentences = Array.from({ length: 60 }, (_, index) => `Sentence number ${index} says something useful.`);
    const passages = splitIntoPassages(sentences.join(' '), { maxChars: 400, overlapChars: 80 });
    expect(passages.length).toBeGreaterThan(5);
    for (const passage of passages) expect(passage.text.length).toBeLessThanOrEqual(400);
    for (const passage of passages.slice(0, -1)) expect(passage.text).toMatch(/useful\.$/);
    for (const sentence of sentences) expect(passages.some((passage) => passage.text.includes(sentence))).toBe(true);
    // Overlap: each passage after the first repeats the end of the one before.
    const [first, second] = passages as unknown as [{ text: string }, { text: string }];
    expect(first.text.includes(second.text.slice(0, 30))).toBe(true);
  });

  it('cuts a text without any boundary by length, and drops empty sections', () => {
    const passages = splitIntoPassages(`# Empty\n\n# Blob\n${'x'.repeat(1000)}`, { maxChars: 300, overlapChars: 50 });
    expect(passages.every((passage) => passage.heading === 'Blob' && passage.text.length <= 300)).toBe(true);
    expect(passages.map((passage) => passage.text.replace('Blob\n', '')).join('').length).toBeGreaterThanOrEqual(1000);
  });
});
