import type { Block, Inline } from './markdownTree.ts';
import { parseMarkdown } from './parseMarkdown.ts';
import { safeHref } from './safeHref.ts';

/**
 * Markdown as readable plain text, the alternative part of a mail: no markup characters left, list
 * bullets and numbers, quotes with `> `, tables as aligned columns, links as `text (address)`.
 */
export function renderMarkdownText(source: string): string {
  return blocks(parseMarkdown(source)).join('\n\n');
}

/** Inline nodes as plain text; links as `text (address)` unless `withAddresses` is false. */
export function inlineText(nodes: Inline[], withAddresses = true): string {
  return nodes.map((node) => inlineNodeText(node, withAddresses)).join('');
}

function inlineNodeText(node: Inline, withAddresses: boolean): string {
  switch (node.type) {
    case 'text':
    case 'code':
      return node.text;
    case 'strong':
    case 'em':
    case 'del':
      return inlineText(node.children, withAddresses);
    case 'break':
    case 'softbreak':
      return '\n';
    case 'link': {
      const text = inlineText(node.children, withAddresses);
      // A bare URL or address is its own text: no need to say it twice.
      const textIsAddress = [text, `http://${text}`, `mailto:${text}`].some((form) => safeHref(form) === node.href);
      return withAddresses && node.href && !textIsAddress ? `${text} (${node.href.replace(/^mailto:/, '')})` : text;
    }
    case 'image':
      return withAddresses && node.href ? `${node.alt} (${node.href})` : node.alt;
  }
}

const indent = (text: string, first: string, rest: string) =>
  text
    .split('\n')
    .map((line, index) => (line ? (index ? rest : first) + line : line))
    .join('\n');

function blocks(entries: Block[]): string[] {
  return entries.map(blockText);
}

function blockText(entry: Block): string {
  switch (entry.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(entry.children);
    case 'quote':
      return indent(blocks(entry.children).join('\n\n'), '> ', '> ');
    case 'rule':
      return '----';
    case 'code':
      return entry.text.replace(/\n$/, '');
    case 'list':
      return entry.items
        .map((item, index) => {
          const marker = entry.ordered ? `${entry.start + index}. ` : '- ';
          const box = item.checked === null ? '' : item.checked ? '[x] ' : '[ ] ';
          const content = blocks(item.children).join(entry.tight ? '\n' : '\n\n');
          return indent(box + content, marker, ' '.repeat(marker.length));
        })
        .join(entry.tight ? '\n' : '\n\n');
    case 'table': {
      const rows = [entry.head, ...entry.rows].map((cells) =>
        cells.map((cell) => inlineText(cell).replace(/\n/g, ' ')),
      );
      const widths = entry.head.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
      const line = (row: string[]) =>
        row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join(' | ')
          .trimEnd();
      const [head = [], ...body] = rows;
      return [line(head), widths.map((width) => '-'.repeat(width)).join('-|-'), ...body.map(line)].join('\n');
    }
  }
}
