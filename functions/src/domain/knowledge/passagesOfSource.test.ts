import { describe, expect, it } from 'vitest';
import { passagesOfSource, uniquePassages } from './passagesOfSource.ts';

describe('passagesOfSource', () => {
  it('makes one passage of a FAQ entry and stable hashes for the same content', () => {
    const faq = { kind: 'faq', question: 'Is there parking?', answer: 'Yes, behind the house.' } as const;
    const [passage] = passagesOfSource(faq);
    expect(passage).toMatchObject({
      title: 'Is there parking?',
      url: null,
      text: 'Q: Is there parking?\nA: Yes, behind the house.',
    });
    expect(passagesOfSource(faq)[0]?.hash).toBe(passage?.hash);
    expect(passagesOfSource({ ...faq, answer: 'No.' })[0]?.hash).not.toBe(passage?.hash);
  });

  it('splits each page of a web source, keeping its URL and title, once per repeated passage', () => {
    const page = { url: 'https://example.com/a', title: 'A', text: '# One\nFirst.\n# Two\nSecond.' };
    const passages = passagesOfSource({ kind: 'web', url: page.url, crawl: 'links', maxPages: 5 }, [page, page]);
    expect(passages).toHaveLength(4);
    expect(uniquePassages(passages).map((passage) => [passage.url, passage.text])).toEqual([
      ['https://example.com/a', 'One\nFirst.'],
      ['https://example.com/a', 'Two\nSecond.'],
    ]);
  });
});
