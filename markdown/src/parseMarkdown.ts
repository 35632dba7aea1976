import type { Align, Block, Inline, ListItem } from './markdownTree.ts';
import { type OpenBlock, parseBlocks, splitTableRow } from './parseBlocks.ts';
import { parseInline, type References, unescapeText } from './parseInline.ts';
import { settleStreamingTail } from './settleStreamingTail.ts';

export interface ParseOptions {
  /**
   * The text is a reply still arriving: its unfinished end is read as it will most likely end (a table
   * head shows as a table before its delimiter row arrives, an open `**` or code span is closed), so the
   * rendering grows instead of jumping when the rest comes.
   */
  streaming?: boolean;
}

/** Markdown (CommonMark with GitHub's tables, strikethrough, task lists and bare URLs) as a syntax tree. */
export function parseMarkdown(source: string, options: ParseOptions = {}): Block[] {
  const { document, references } = parseBlocks(options.streaming ? settleStreamingTail(source) : source);
  return convertBlocks(document.children, references);
}

function convertBlocks(blocks: OpenBlock[], references: References): Block[] {
  return blocks.flatMap((block): Block[] => {
    const inline = (text: string): Inline[] => parseInline(text.trim(), references);
    switch (block.type) {
      case 'paragraph':
        return block.content.trim() ? [{ type: 'paragraph', children: inline(block.content) }] : [];
      case 'heading':
        return [{ type: 'heading', level: block.level as 1, children: inline(block.content) }];
      case 'rule':
        return [{ type: 'rule' }];
      case 'quote':
        return [{ type: 'quote', children: convertBlocks(block.children, references) }];
      case 'code':
        return [convertCode(block)];
      case 'table':
        return [convertTable(block.content, references)];
      case 'list': {
        const list = block.list as NonNullable<OpenBlock['list']>;
        return [
          {
            type: 'list',
            ordered: list.ordered,
            start: list.start,
            tight: block.tight,
            items: block.children.map((item) => convertItem(item, references)),
          },
        ];
      }
      default:
        return [];
    }
  });
}

function convertCode(block: OpenBlock): Block {
  if (block.fence) {
    const newline = block.content.indexOf('\n');
    const info = unescapeText(block.content.slice(0, newline).trim());
    return { type: 'code', lang: info.split(/\s/)[0] as string, text: block.content.slice(newline + 1) };
  }
  const lines = block.content.split('\n');
  while (lines.length && /^[ \t]*$/.test(lines.at(-1) as string)) lines.pop();
  return { type: 'code', lang: '', text: `${lines.join('\n')}\n` };
}

const taskMarker = /^\[([ xX])\][ \t]+(?=\S)/;

/** A list item; a first paragraph starting with `[ ]` or `[x]` makes it a task. */
function convertItem(item: OpenBlock, references: References): ListItem {
  const first = item.children[0];
  const task = first?.type === 'paragraph' ? taskMarker.exec(first.content) : null;
  if (task && first) first.content = first.content.slice(task[0].length);
  return { checked: task ? task[1] !== ' ' : null, children: convertBlocks(item.children, references) };
}

function convertTable(content: string, references: References): Block {
  const [head = '', delimiter = '', ...rows] = content.replace(/\n$/, '').split('\n');
  const headCells = splitTableRow(head);
  const align = splitTableRow(delimiter).map(
    (cell): Align =>
      cell.startsWith(':') ? (cell.endsWith(':') ? 'center' : 'left') : cell.endsWith(':') ? 'right' : null,
  );
  const cells = (row: string) => {
    const split = splitTableRow(row);
    return headCells.map((_, index) => parseInline(split[index] ?? '', references));
  };
  return { type: 'table', align, head: cells(head), rows: rows.map(cells) };
}
