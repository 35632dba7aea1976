import { escapeHtml } from './escapeHtml.ts';
import type { Block, Inline, ListItem } from './markdownTree.ts';
import { parseMarkdown } from './parseMarkdown.ts';

/**
 * Markdown as an HTML string for mails: every piece of text escaped, only the tags the tree knows and
 * attributes we write ourselves, links only to http(s), mailto and tel; images are links, never loaded.
 * Tables carry presentational attributes because mail clients drop most CSS.
 */
export function renderMarkdownHtml(source: string): string {
  return parseMarkdown(source).map(block).join('\n');
}

const wrap = (tag: string, content: string, attributes = '') => `<${tag}${attributes}>${content}</${tag}>`;

function inline(nodes: Inline[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(node: Inline): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.text);
    case 'code':
      return wrap('code', escapeHtml(node.text));
    case 'strong':
    case 'em':
    case 'del':
      return wrap(node.type, inline(node.children));
    case 'break':
    case 'softbreak':
      return '<br>';
    case 'link':
      return node.href ? link(node.href, inline(node.children)) : inline(node.children);
    case 'image':
      return node.href ? link(node.href, escapeHtml(node.alt)) : escapeHtml(node.alt);
  }
}

const link = (href: string, content: string) => wrap('a', content, ` href="${escapeHtml(href)}"`);

function item(entry: ListItem, tight: boolean): string {
  const box = entry.checked === null ? '' : `${entry.checked ? '☑' : '☐'} `;
  const content = entry.children
    .map((child) => (tight && child.type === 'paragraph' ? inline(child.children) : block(child)))
    .join('\n');
  return wrap('li', box + content);
}

function block(entry: Block): string {
  switch (entry.type) {
    case 'paragraph':
      return wrap('p', inline(entry.children));
    case 'heading':
      return wrap(`h${entry.level}`, inline(entry.children));
    case 'quote':
      return wrap('blockquote', `\n${entry.children.map(block).join('\n')}\n`);
    case 'rule':
      return '<hr>';
    case 'code':
      return wrap('pre', wrap('code', escapeHtml(entry.text)));
    case 'list': {
      const start = entry.ordered && entry.start !== 1 ? ` start="${entry.start}"` : '';
      const items = entry.items.map((each) => item(each, entry.tight)).join('\n');
      return wrap(entry.ordered ? 'ol' : 'ul', `\n${items}\n`, start);
    }
    case 'table': {
      const row = (cells: Inline[][], tag: string) =>
        wrap(
          'tr',
          cells
            .map((cell, index) => {
              const align = entry.align[index];
              return wrap(tag, inline(cell), align ? ` align="${align}"` : '');
            })
            .join(''),
        );
      const body = entry.rows.length ? wrap('tbody', entry.rows.map((cells) => row(cells, 'td')).join('\n')) : '';
      return wrap(
        'table',
        wrap('thead', row(entry.head, 'th')) + body,
        ' border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse"',
      );
    }
  }
}
