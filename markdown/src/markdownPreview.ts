import type { Block } from './markdownTree.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { inlineText } from './renderMarkdownText.ts';

/**
 * A reply as one line of plain text at most `maxLength` characters long, for lists and notifications: no
 * markup, no addresses, line ends as spaces, cut at a word with `…`.
 */
export function markdownPreview(source: string, maxLength = 140): string {
  const text = previewBlocks(parseMarkdown(source)).replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > maxLength / 2 ? atWord : cut}…`;
}

function previewBlocks(entries: Block[]): string {
  return entries.map(previewBlock).join(' ');
}

function previewBlock(entry: Block): string {
  switch (entry.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(entry.children, false);
    case 'quote':
      return previewBlocks(entry.children);
    case 'list':
      return entry.items.map((item) => previewBlocks(item.children)).join(' ');
    case 'code':
      return entry.text;
    case 'table':
      return [entry.head, ...entry.rows]
        .map((cells) => cells.map((cell) => inlineText(cell, false)).join(', '))
        .join('; ');
    case 'rule':
      return '';
  }
}
