// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderMarkdownNodes } from './renderMarkdownNodes.ts';
import { updateChildren } from './updateChildren.ts';

describe('updateChildren', () => {
  it('keeps the nodes of a growing reply and only extends what changed', () => {
    const container = document.createElement('div');
    updateChildren(container, renderMarkdownNodes('Hello **wor', { streaming: true }));
    const paragraph = container.firstChild;
    const strong = container.querySelector('strong');
    container.querySelector('p')?.setAttribute('data-kept', 'yes');
    updateChildren(container, renderMarkdownNodes('Hello **world** and more', { streaming: true }));
    expect(container.firstChild).toBe(paragraph);
    expect(container.querySelector('strong')).toBe(strong);
    expect(container.innerHTML).toBe('<p>Hello <strong>world</strong> and more</p>');
  });

  it('keeps a table and its scroll box while rows arrive', () => {
    const container = document.createElement('div');
    updateChildren(container, renderMarkdownNodes('| Day | Hours |\n| --- | --- |\n| Mon | 9', { streaming: true }));
    const box = container.querySelector('.md-scroll') as HTMLElement;
    box.scrollLeft = 30;
    updateChildren(
      container,
      renderMarkdownNodes('| Day | Hours |\n| --- | --- |\n| Mon | 9–18 |\n| Tue | 9–18 |', { streaming: true }),
    );
    expect(container.querySelector('.md-scroll')).toBe(box);
    expect([...container.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      'Mon',
      '9–18',
      'Tue',
      '9–18',
    ]);
  });

  it('replaces nodes whose kind changed and drops what is gone', () => {
    const container = document.createElement('div');
    updateChildren(container, renderMarkdownNodes('a\n\nb\n\nc'));
    updateChildren(container, renderMarkdownNodes('# a\n\n[b](https://example.com)'));
    expect(container.innerHTML).toBe(
      '<h1>a</h1><p><a href="https://example.com/" target="_blank" rel="noopener noreferrer">b</a></p>',
    );
  });
});
