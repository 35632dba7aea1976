import { type Block, type Inline, parseMarkdown } from './parseMarkdown.ts';

/**
 * Markdown as DOM nodes, built with `createElement` and `textContent` only (never `innerHTML`), so nothing
 * in a reply can become markup, script or an event handler. Links open in a new tab without an opener.
 */
export function renderMarkdown(source: string): Node[] {
  return parseMarkdown(source).map(renderBlock);
}

function renderBlock(block: Block): Node {
  switch (block.type) {
    case 'paragraph':
      return element('p', block.children);
    case 'heading':
      return element('p', [{ type: 'strong', children: block.children }]);
    case 'quote':
      return element('blockquote', block.children);
    case 'code': {
      const pre = document.createElement('pre');
      const code = document.createElement('code');
      code.textContent = block.text;
      pre.append(code);
      return pre;
    }
    case 'list': {
      const list = document.createElement(block.ordered ? 'ol' : 'ul');
      if (block.ordered && block.start !== 1) list.setAttribute('start', String(block.start));
      for (const item of block.items) list.append(element('li', item));
      return list;
    }
  }
}

function element(tag: string, children: Inline[]): HTMLElement {
  const node = document.createElement(tag);
  node.append(...children.map(renderInline));
  return node;
}

function renderInline(inline: Inline): Node {
  switch (inline.type) {
    case 'text':
      return document.createTextNode(inline.text);
    case 'break':
      return document.createElement('br');
    case 'code': {
      const code = document.createElement('code');
      code.textContent = inline.text;
      return code;
    }
    case 'strong':
    case 'em':
      return element(inline.type, inline.children);
    case 'link': {
      const anchor = element('a', inline.children) as HTMLAnchorElement;
      anchor.href = inline.href;
      anchor.target = '_blank';
      anchor.rel = 'noopener noreferrer';
      return anchor;
    }
  }
}
