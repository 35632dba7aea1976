import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parseMarkdown.ts';
import { settleStreamingTail } from './settleStreamingTail.ts';

const reply = [
  'Here are our hours:',
  '',
  '| Day | Hours |',
  '| --- | :---: |',
  '| Mon–Fri | **9–18** |',
  '| Sat | 10–14 |',
  '',
  'And the booking call:',
  '',
  '```js',
  'book({ day: "Sat" });',
  '```',
  '',
  'Bring **your ID** and ~~cash~~ a card.',
  'Options:',
  '- one',
  '- two',
  '',
  '1. first',
  '2. second',
].join('\n');

describe('settleStreamingTail', () => {
  it('shows a table as soon as its head row arrives, before and while its delimiter row does', () => {
    expect(settleStreamingTail('Hours:\n\n| Day | Ho')).toBe('Hours:\n\n| Day | Ho\n| --- | --- |');
    expect(settleStreamingTail('| Day | Hours |\n| --')).toBe('| Day | Hours |\n| --- | --- |');
    expect(settleStreamingTail('| Day | Hours |\n|')).toBe('| Day | Hours |\n| --- | --- |');
  });

  it('closes an open strong, strikethrough or code span, and leaves out one that only just opened', () => {
    expect(settleStreamingTail('Bring **your')).toBe('Bring **your**');
    expect(settleStreamingTail('Bring **')).toBe('Bring');
    expect(settleStreamingTail('No ~~cash')).toBe('No ~~cash~~');
    expect(settleStreamingTail('Call `book(')).toBe('Call `book(`');
    expect(settleStreamingTail('**Done** and **more**')).toBe('**Done** and **more**');
  });

  it('leaves an unclosed code fence alone and drops a marker being typed until what follows shows what it is', () => {
    expect(settleStreamingTail('```js\nconst a = **1')).toBe('```js\nconst a = **1');
    expect(settleStreamingTail('Code:\n\n``')).toBe('Code:\n');
    // Without this, "Options:" would flash as a heading (setext underline) or a number as an empty list.
    expect(settleStreamingTail('Options:\n-')).toBe('Options:');
    expect(settleStreamingTail('Options:\n---\n')).toBe('Options:');
    expect(settleStreamingTail('Steps:\n\n12')).toBe('Steps:\n');
    expect(settleStreamingTail('Steps:\n\n1. Call')).toBe('Steps:\n\n1. Call');
  });

  it('never turns a block into another kind as the reply grows: the first rendering of a table, code or list stays one', () => {
    const kinds = new Map<number, string>();
    for (let length = 1; length <= reply.length; length++) {
      const blocks = parseMarkdown(reply.slice(0, length), { streaming: true });
      blocks.forEach((block, index) => {
        const seen = kinds.get(index);
        if (seen === undefined || (seen === 'paragraph' && index === blocks.length - 1)) kinds.set(index, block.type);
        else expect(`${index}: ${block.type} at ${length}`).toBe(`${index}: ${seen} at ${length}`);
      });
    }
    expect([...kinds.values()]).toEqual(['paragraph', 'table', 'paragraph', 'code', 'paragraph', 'list', 'list']);
  });

  it('is the text itself when nothing is unfinished', () => {
    expect(settleStreamingTail(reply)).toBe(reply);
  });
});
