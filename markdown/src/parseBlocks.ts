import { parseReferences, type References } from './parseInline.ts';

/**
 * The block structure of a document, line by line, as the CommonMark spec describes it (its appendix "A
 * parsing strategy"): open container blocks (quotes, lists, items) are matched against each line, then new
 * blocks may start, then the rest of the line goes to the open leaf block. GitHub's tables are a leaf that
 * starts when a paragraph's last line is followed by a delimiter row. Raw HTML blocks are not recognised:
 * their lines are paragraphs whose text shows as written. Inline content stays a string here.
 */
export type OpenBlockType =
  | 'document'
  | 'quote'
  | 'list'
  | 'item'
  | 'paragraph'
  | 'heading'
  | 'code'
  | 'rule'
  | 'table';

export interface ListMarker {
  ordered: boolean;
  /** The bullet (`-`, `+`, `*`) or the delimiter after the number (`.`, `)`). */
  marker: string;
  start: number;
  markerOffset: number;
  padding: number;
}

export interface OpenBlock {
  type: OpenBlockType;
  parent: OpenBlock | null;
  children: OpenBlock[];
  open: boolean;
  startLine: number;
  endLine: number;
  /** The lines of a paragraph, heading, code block or table. */
  content: string;
  level: number;
  list: ListMarker | null;
  fence: { char: string; length: number; offset: number } | null;
  /** A list's items have no blank line between them or their blocks. */
  tight: boolean;
}

const CODE_INDENT = 4;
/** Quotes and lists nest this deep at most; deeper markers are text, so no input can exhaust the stack. */
const MAX_NESTING = 32;

function depth(block: OpenBlock): number {
  let levels = 0;
  for (let parent = block.parent; parent; parent = parent.parent) levels++;
  return levels;
}
const maybeSpecial = /^[#`~*+_=<>0-9|:-]/;
const atxHeading = /^#{1,6}(?:[ \t]+|$)/;
const codeFence = /^`{3,}(?!.*`)|^~{3,}/;
const closingFence = /^(?:`{3,}|~{3,})(?=[ \t]*$)/;
const setextUnderline = /^(?:=+|-+)[ \t]*$/;
const thematicBreak = /^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$|^(?:-[ \t]*){3,}$/;
export const tableDelimiterRow = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** A table row's cells: split at pipes that are not escaped, without the outer pipes. */
export function splitTableRow(row: string): string[] {
  const cells = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(^|[^\\])\|$/, '$1')
    .split(/(?<!\\)\|/);
  return cells.map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

const canContain = (parent: OpenBlockType, child: OpenBlockType): boolean =>
  parent === 'list' ? child === 'item' : ['document', 'quote', 'item'].includes(parent) && child !== 'item';

export function parseBlocks(source: string): { document: OpenBlock; references: References } {
  const references: References = new Map();
  const newBlock = (type: OpenBlockType, parent: OpenBlock | null, line: number): OpenBlock => ({
    type,
    parent,
    children: [],
    open: true,
    startLine: line,
    endLine: line,
    content: '',
    level: 0,
    list: null,
    fence: null,
    tight: true,
  });
  const document = newBlock('document', null, 1);
  let tip = document;
  let oldTip = document;
  let lastMatchedContainer = document;
  let allClosed = true;
  let line = '';
  let lineNumber = 0;
  let offset = 0;
  let column = 0;
  let nextNonspace = 0;
  let nextNonspaceColumn = 0;
  let indent = 0;
  let indented = false;
  let blank = false;
  let partiallyConsumedTab = false;

  const at = (index: number) => line[index] ?? '';
  const isSpaceOrTab = (char: string) => char === ' ' || char === '\t';

  function findNextNonspace(): void {
    let index = offset;
    let columns = column;
    for (let char = at(index); char === ' ' || char === '\t'; char = at(index)) {
      columns += char === ' ' ? 1 : 4 - (columns % 4);
      index++;
    }
    blank = index >= line.length;
    nextNonspace = index;
    nextNonspaceColumn = columns;
    indent = columns - column;
    indented = indent >= CODE_INDENT;
  }

  /** Moves on by `count` characters, or by `count` columns when a tab may be consumed in part. */
  function advanceOffset(count: number, columns: boolean): void {
    while (count > 0 && offset < line.length) {
      if (at(offset) === '\t') {
        const toTab = 4 - (column % 4);
        if (columns) {
          partiallyConsumedTab = toTab > count;
          const advance = Math.min(toTab, count);
          column += advance;
          offset += partiallyConsumedTab ? 0 : 1;
          count -= advance;
        } else {
          partiallyConsumedTab = false;
          column += toTab;
          offset++;
          count--;
        }
      } else {
        partiallyConsumedTab = false;
        offset++;
        column++;
        count--;
      }
    }
  }

  function advanceNextNonspace(): void {
    offset = nextNonspace;
    column = nextNonspaceColumn;
    partiallyConsumedTab = false;
  }

  function addLine(): void {
    if (partiallyConsumedTab) {
      offset++;
      tip.content += ' '.repeat(4 - (column % 4));
    }
    tip.content += `${line.slice(offset)}\n`;
  }

  function finalize(block: OpenBlock, endLine: number): void {
    block.open = false;
    block.endLine = endLine;
    if (block.type === 'paragraph') {
      const taken = block.content.startsWith('[') ? parseReferences(block.content, references) : 0;
      block.content = block.content.slice(taken);
      if (taken && !block.content.trim()) removeBlock(block);
    } else if (block.type === 'item' || block.type === 'list') {
      block.endLine = block.children.at(-1)?.endLine ?? block.startLine;
    }
    if (block.type === 'list') {
      // Loose when an item, or a block inside an item, is followed by a blank line before the next.
      block.tight = !block.children.some(
        (item, index) =>
          (index < block.children.length - 1 && endsWithBlankLine(item, block.children[index + 1] as OpenBlock)) ||
          item.children.some((child, i) => {
            const next = item.children[i + 1];
            return next !== undefined && endsWithBlankLine(child, next);
          }),
      );
    }
    tip = block.parent as OpenBlock;
  }

  const endsWithBlankLine = (block: OpenBlock, next: OpenBlock) => block.endLine !== next.startLine - 1;

  function removeBlock(block: OpenBlock): void {
    const siblings = block.parent?.children;
    siblings?.splice(siblings.indexOf(block), 1);
  }

  function closeUnmatchedBlocks(): void {
    if (allClosed) return;
    while (oldTip !== lastMatchedContainer) {
      const parent = oldTip.parent as OpenBlock;
      finalize(oldTip, lineNumber - 1);
      oldTip = parent;
    }
    allClosed = true;
  }

  function addChild(type: OpenBlockType): OpenBlock {
    while (!canContain(tip.type, type)) finalize(tip, lineNumber - 1);
    const block = newBlock(type, tip, lineNumber);
    tip.children.push(block);
    tip = block;
    return block;
  }

  /** Whether an open block goes on with the current line: 0 yes, 1 no, 2 yes and the line is used up. */
  function continues(block: OpenBlock): 0 | 1 | 2 {
    switch (block.type) {
      case 'quote':
        if (indented || at(nextNonspace) !== '>') return 1;
        advanceNextNonspace();
        advanceOffset(1, false);
        if (isSpaceOrTab(at(offset))) advanceOffset(1, true);
        return 0;
      case 'item': {
        const list = block.list as ListMarker;
        if (blank) {
          if (block.children.length === 0) return 1;
          advanceNextNonspace();
        } else if (indent >= list.markerOffset + list.padding) {
          advanceOffset(list.markerOffset + list.padding, true);
        } else return 1;
        return 0;
      }
      case 'code': {
        const fence = block.fence;
        if (fence) {
          const closing = indent <= 3 && at(nextNonspace) === fence.char && closingFence.exec(line.slice(nextNonspace));
          if (closing && closing[0].length >= fence.length) {
            finalize(block, lineNumber);
            return 2;
          }
          for (let i = fence.offset; i > 0 && isSpaceOrTab(at(offset)); i--) advanceOffset(1, true);
          return 0;
        }
        if (indent >= CODE_INDENT) advanceOffset(CODE_INDENT, true);
        else if (blank) advanceNextNonspace();
        else return 1;
        return 0;
      }
      case 'paragraph':
      case 'table':
        return blank ? 1 : 0;
      case 'heading':
      case 'rule':
        return 1;
      default:
        return 0;
    }
  }

  function parseListMarker(container: OpenBlock): ListMarker | null {
    if (indent >= 4) return null;
    const rest = line.slice(nextNonspace);
    const bullet = /^[*+-]/.exec(rest);
    const ordered = bullet ? null : /^(\d{1,9})([.)])/.exec(rest);
    const found = bullet ?? ordered;
    if (!found) return null;
    // Only a list starting at 1 may interrupt a paragraph, and only with something in its first line.
    if (ordered && container.type === 'paragraph' && ordered[1] !== '1') return null;
    const after = at(nextNonspace + found[0].length);
    if (after !== '' && !isSpaceOrTab(after)) return null;
    if (container.type === 'paragraph' && !line.slice(nextNonspace + found[0].length).trim()) return null;
    advanceNextNonspace();
    advanceOffset(found[0].length, true);
    const spacesStartColumn = column;
    const spacesStartOffset = offset;
    do advanceOffset(1, true);
    while (column - spacesStartColumn < 5 && isSpaceOrTab(at(offset)));
    const blankItem = offset >= line.length;
    const spacesAfterMarker = column - spacesStartColumn;
    let padding = found[0].length + spacesAfterMarker;
    if (spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem) {
      padding = found[0].length + 1;
      column = spacesStartColumn;
      offset = spacesStartOffset;
      if (isSpaceOrTab(at(offset))) advanceOffset(1, true);
    }
    return {
      ordered: Boolean(ordered),
      marker: ordered ? (ordered[2] as string) : found[0],
      start: ordered ? Number(ordered[1]) : 1,
      markerOffset: indent,
      padding,
    };
  }

  /** Tries to start a block at the current position: 0 none, 1 a container, 2 a leaf that takes the line. */
  function startBlock(container: OpenBlock): 0 | 1 | 2 {
    const rest = line.slice(nextNonspace);
    const canNest = depth(container) < MAX_NESTING;
    if (!indented && rest[0] === '>' && canNest) {
      advanceNextNonspace();
      advanceOffset(1, false);
      if (isSpaceOrTab(at(offset))) advanceOffset(1, true);
      closeUnmatchedBlocks();
      addChild('quote');
      return 1;
    }
    const heading = indented ? null : atxHeading.exec(rest);
    if (heading) {
      advanceNextNonspace();
      advanceOffset(heading[0].length, false);
      closeUnmatchedBlocks();
      const block = addChild('heading');
      block.level = heading[0].trim().length;
      block.content = line
        .slice(offset)
        .replace(/^[ \t]*#+[ \t]*$/, '')
        .replace(/[ \t]+#+[ \t]*$/, '');
      offset = line.length;
      return 2;
    }
    const fence = indented ? null : codeFence.exec(rest);
    if (fence) {
      closeUnmatchedBlocks();
      const block = addChild('code');
      block.fence = { char: fence[0][0] as string, length: fence[0].length, offset: indent };
      advanceNextNonspace();
      advanceOffset(fence[0].length, false);
      return 2;
    }
    if (!indented && container.type === 'paragraph' && startTable(container, rest)) return 2;
    if (!indented && container.type === 'paragraph' && setextUnderline.test(rest)) {
      closeUnmatchedBlocks();
      const taken = container.content.startsWith('[') ? parseReferences(container.content, references) : 0;
      container.content = container.content.slice(taken);
      if (container.content) {
        container.type = 'heading';
        container.level = rest[0] === '=' ? 1 : 2;
        offset = line.length;
        return 2;
      }
    }
    if (!indented && thematicBreak.test(rest)) {
      closeUnmatchedBlocks();
      addChild('rule');
      offset = line.length;
      return 2;
    }
    const marker = canNest && (!indented || container.type === 'list') ? parseListMarker(container) : null;
    if (marker) {
      closeUnmatchedBlocks();
      const list = tip.list;
      if (tip.type !== 'list' || !list || list.ordered !== marker.ordered || list.marker !== marker.marker) {
        addChild('list').list = marker;
      }
      addChild('item').list = marker;
      return 1;
    }
    if (indented && tip.type !== 'paragraph' && !blank) {
      advanceOffset(CODE_INDENT, true);
      closeUnmatchedBlocks();
      addChild('code');
      return 2;
    }
    return 0;
  }

  /** A delimiter row under a paragraph whose last line has as many cells turns that line into a table head. */
  function startTable(paragraph: OpenBlock, rest: string): boolean {
    if (!tableDelimiterRow.test(rest)) return false;
    const lines = paragraph.content.split('\n').slice(0, -1);
    const head = lines.at(-1) as string;
    if (!rest.includes('|') && !head.includes('|')) return false;
    if (splitTableRow(head).length !== splitTableRow(rest).length) return false;
    closeUnmatchedBlocks();
    paragraph.content = lines
      .slice(0, -1)
      .map((kept) => `${kept}\n`)
      .join('');
    if (paragraph.content) finalize(paragraph, lineNumber - 2);
    else {
      removeBlock(paragraph);
      tip = paragraph.parent as OpenBlock;
    }
    addChild('table').content = `${head}\n`;
    advanceNextNonspace();
    return true;
  }

  function incorporateLine(text: string): void {
    let container = document;
    oldTip = tip;
    offset = 0;
    column = 0;
    blank = false;
    partiallyConsumedTab = false;
    lineNumber++;
    line = text.includes('\0') ? text.replace(/\0/g, '\ufffd') : text;

    for (let last = container.children.at(-1); last?.open; last = container.children.at(-1)) {
      container = last;
      findNextNonspace();
      const result = continues(container);
      if (result === 2) return;
      if (result === 1) {
        container = container.parent as OpenBlock;
        break;
      }
    }
    allClosed = container === oldTip;
    lastMatchedContainer = container;

    let matchedLeaf = container.type === 'code';
    while (!matchedLeaf) {
      findNextNonspace();
      if (!indented && !maybeSpecial.test(line.slice(nextNonspace))) {
        advanceNextNonspace();
        break;
      }
      const started = startBlock(container);
      if (started === 0) {
        advanceNextNonspace();
        break;
      }
      container = tip;
      matchedLeaf = started === 2;
    }

    if (!allClosed && !blank && tip.type === 'paragraph') {
      // A lazy continuation line: it goes on with the paragraph of a quote or item it did not match.
      addLine();
      return;
    }
    closeUnmatchedBlocks();
    if (container.type === 'code' || container.type === 'table' || container.type === 'paragraph') {
      addLine();
    } else if (container.type === 'heading' || container.type === 'rule') {
      // Headings and rules take one line, already read.
    } else if (offset < line.length && !blank) {
      container = addChild('paragraph');
      advanceNextNonspace();
      addLine();
    }
  }

  const lines = source.split(/\r\n|\n|\r/);
  if (source.endsWith('\n') || source.endsWith('\r')) lines.pop();
  for (const text of lines) incorporateLine(text);
  while (tip !== document) finalize(tip, lines.length);
  return { document, references };
}
