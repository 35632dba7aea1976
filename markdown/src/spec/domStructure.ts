import { safeHref } from '../safeHref.ts';

/**
 * A DOM tree as a canonical string for comparing structure: tag names, the attributes that carry meaning
 * (a link's address, a list's start, a cell's alignment, a task box, a code block's language), text with
 * whitespace folded outside `pre`. What only our rendering adds is left out: the sideways-scrolling box
 * around a table, `target`/`rel` on links, focusability and accessible names.
 */
const meaningful: Record<string, string[]> = {
  A: ['href'],
  OL: ['start'],
  INPUT: ['type', 'checked', 'disabled'],
  TH: ['align'],
  TD: ['align'],
  CODE: ['class'],
};
const blockTags = 'p|h[1-6]|ul|ol|li|blockquote|pre|hr|table|thead|tbody|tr|th|td';

/** The same address whatever the percent-encoding. */
function canonicalHref(href: string): string {
  const url = safeHref(href) ?? href;
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function serialize(node: Node, insidePre: boolean): string {
  if (node.nodeType === 3) {
    const text = (node.nodeValue ?? '').replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
    return insidePre ? text : text.replace(/\s+/g, ' ');
  }
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const children = [...element.childNodes].map((child) => serialize(child, insidePre || element.tagName === 'PRE'));
  if (element.tagName === 'DIV' && element.classList.contains('md-scroll')) return children.join('');
  const attributes = (meaningful[element.tagName] ?? [])
    .map((name): [string, string | null] => [
      name,
      name === 'align'
        ? (element.getAttribute('data-align') ?? element.getAttribute('align'))
        : element.getAttribute(name),
    ])
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([name, value]) => ` ${name}="${name === 'href' ? canonicalHref(value) : value}"`)
    .join('');
  const tag = element.tagName.toLowerCase();
  return ['BR', 'HR', 'INPUT'].includes(element.tagName)
    ? `<${tag}${attributes}>`
    : `<${tag}${attributes}>${children.join('')}</${tag}>`;
}

export function domStructure(nodes: Iterable<Node>): string {
  return [...nodes]
    .map((node) => serialize(node, false))
    .join('')
    .replace(new RegExp(`\\s*(</?(?:${blockTags})(?: [^>]*)?>)\\s*`, 'g'), '$1')
    .replace(/\s*<br>\s*/g, '<br>')
    .trim();
}

/**
 * The spec's expected HTML as DOM nodes, changed where we render differently on purpose: a link to a
 * relative or unsafe address is its text, an image is a link to the picture with its alt text.
 */
export function expectedNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  for (const image of [...root.querySelectorAll('img')]) {
    const href = safeHref(image.getAttribute('src') ?? '');
    const alt = document.createTextNode(image.getAttribute('alt') ?? '');
    if (href) {
      const link = document.createElement('a');
      link.setAttribute('href', href);
      link.append(alt);
      image.replaceWith(link);
    } else image.replaceWith(alt);
  }
  for (const link of [...root.querySelectorAll('a')].reverse()) {
    if (!safeHref(link.getAttribute('href') ?? '')) link.replaceWith(...link.childNodes);
  }
  return [...root.childNodes];
}
