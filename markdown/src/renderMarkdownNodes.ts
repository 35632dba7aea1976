import type { Block, Inline, ListItem } from './markdownTree.ts';
import { plainText } from './parseInline.ts';
import { type ParseOptions, parseMarkdown } from './parseMarkdown.ts';

export interface NodeOptions extends ParseOptions {
  /**
   * How a line end inside a paragraph shows: as a line break (`break`, chat's default: people and models
   * who end a line mean it) or as the newline HTML folds into a space (`newline`, CommonMark's rendering).
   */
  softBreaks?: 'break' | 'newline';
}

/**
 * Markdown as DOM nodes, built with `createElement`, `textContent` and a few fixed attributes only (never
 * `innerHTML` or a `style` attribute), so nothing in a reply can become markup, script or an event handler
 * and a strict Content-Security-Policy holds. Links go only to http(s), mailto and tel addresses, open in a
 * new tab without an opener; images are never loaded, their alt text links to them. Tables and code blocks
 * scroll sideways in a focusable box (a table in `div.md-scroll`, code in its `pre`), so a wide one never
 * widens what holds it and a keyboard can scroll it.
 */
export function renderMarkdownNodes(source: string, options: NodeOptions = {}): Node[] {
  const renderer = new NodeRenderer(options.softBreaks === 'newline');
  return parseMarkdown(source, options).map((block) => renderer.block(block));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

function link(href: string, children: Node[]): HTMLAnchorElement {
  const anchor = element('a', children);
  anchor.href = href;
  anchor.target = '_blank';
  anchor.rel = 'noopener noreferrer';
  return anchor;
}

function codeElement(text: string): HTMLElement {
  const code = element('code');
  code.textContent = text;
  return code;
}

class NodeRenderer {
  constructor(private readonly softBreaksAsNewlines: boolean) {}

  inlines(nodes: Inline[]): Node[] {
    return nodes.flatMap((node) => this.inline(node));
  }

  inline(node: Inline): Node[] {
    switch (node.type) {
      case 'text':
        return [document.createTextNode(node.text)];
      case 'code':
        return [codeElement(node.text)];
      case 'strong':
      case 'em':
      case 'del':
        return [element(node.type, this.inlines(node.children))];
      case 'break':
        return [element('br')];
      case 'softbreak':
        return [this.softBreaksAsNewlines ? document.createTextNode('\n') : element('br')];
      case 'link':
        return node.href ? [link(node.href, this.inlines(node.children))] : this.inlines(node.children);
      case 'image': {
        const alt = document.createTextNode(node.alt);
        return node.href ? [link(node.href, [alt])] : [alt];
      }
    }
  }

  block(block: Block): Node {
    switch (block.type) {
      case 'paragraph':
        return element('p', this.inlines(block.children));
      case 'heading':
        return element(`h${block.level}`, this.inlines(block.children));
      case 'quote':
        return element(
          'blockquote',
          block.children.map((child) => this.block(child)),
        );
      case 'rule':
        return element('hr');
      case 'code': {
        const code = codeElement(block.text);
        if (block.lang) code.className = `language-${block.lang}`;
        const pre = element('pre', [code]);
        pre.tabIndex = 0;
        return pre;
      }
      case 'list': {
        const list = element(
          block.ordered ? 'ol' : 'ul',
          block.items.map((item) => this.item(item, block.tight)),
        );
        if (block.ordered && block.start !== 1) list.setAttribute('start', String(block.start));
        return list;
      }
      case 'table':
        return this.table(block);
    }
  }

  /** A list item; in a tight list its paragraphs are bare text. A task's box is ticked or not, never clickable. */
  item(item: ListItem, tight: boolean): Node {
    const li = element(
      'li',
      item.children.flatMap((child) =>
        tight && child.type === 'paragraph' ? this.inlines(child.children) : [this.block(child)],
      ),
    );
    if (item.checked !== null) {
      const box = element('input');
      box.type = 'checkbox';
      box.disabled = true;
      box.defaultChecked = item.checked;
      const first = item.children[0];
      box.setAttribute('aria-label', first?.type === 'paragraph' ? plainText(first.children).trim() : '');
      const holder = li.firstChild?.nodeName === 'P' ? li.firstChild : li;
      holder.insertBefore(document.createTextNode(' '), holder.firstChild);
      holder.insertBefore(box, holder.firstChild);
      li.className = 'task';
    }
    return li;
  }

  table(table: Extract<Block, { type: 'table' }>): Node {
    const row = (cells: Inline[][], tag: 'th' | 'td') =>
      element(
        'tr',
        cells.map((cell, index) => {
          const node = element(tag, this.inlines(cell));
          const align = table.align[index];
          if (align) node.dataset.align = align;
          return node;
        }),
      );
    const node = element('table', [element('thead', [row(table.head, 'th')])]);
    if (table.rows.length)
      node.append(
        element(
          'tbody',
          table.rows.map((cells) => row(cells, 'td')),
        ),
      );
    const box = element('div', [node]);
    box.className = 'md-scroll';
    box.tabIndex = 0;
    return box;
  }
}
