/**
 * A small markdown parser for chat replies: paragraphs, line breaks, headings, lists, quotes, code, bold,
 * italics and links. It produces a tree, not HTML: the widget builds DOM nodes from it with `textContent`,
 * so raw HTML in a reply stays text and no sanitizer is needed.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'paragraph' | 'heading' | 'quote'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'code'; text: string };

const safeProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL if it is absolute and of a harmless kind (no `javascript:`, `data:` or relative tricks), else null. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return safeProtocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const unorderedItem = /^\s{0,3}[-*+]\s+(.*)$/;
const orderedItem = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const quote = /^\s{0,3}>\s?(.*)$/;
const fence = /^\s{0,3}(```|~~~)/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseLines(paragraph) });
    paragraph = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !(lines[i] as string).trimStart().startsWith(fenceMatch[1] as string); i++) {
        code.push(lines[i] as string);
      }
      blocks.push({ type: 'code', text: code.join('\n') });
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const headingMatch = heading.exec(line);
    if (headingMatch) {
      flush();
      blocks.push({ type: 'heading', children: parseInline(headingMatch[1] as string) });
      continue;
    }
    const listMatch = unorderedItem.exec(line) ?? orderedItem.exec(line);
    if (listMatch) {
      flush();
      const ordered = listMatch.length === 3;
      const items: string[][] = [];
      let j = i;
      for (; j < lines.length; j++) {
        const current = lines[j] as string;
        const item = (ordered ? orderedItem : unorderedItem).exec(current);
        if (item) items.push([item[ordered ? 2 : 1] as string]);
        else if (current.trim() && /^\s+/.test(current) && items.length) items.at(-1)?.push(current.trim());
        else break;
      }
      i = j - 1;
      blocks.push({
        type: 'list',
        ordered,
        start: ordered ? Number(listMatch[1]) : 1,
        items: items.map(parseLines),
      });
      continue;
    }
    const quoteMatch = quote.exec(line);
    if (quoteMatch) {
      flush();
      const quoted: string[] = [];
      for (; i < lines.length && quote.test(lines[i] as string); i++) {
        quoted.push((quote.exec(lines[i] as string) as RegExpExecArray)[1] as string);
      }
      i--;
      blocks.push({ type: 'quote', children: parseLines(quoted) });
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

function parseLines(lines: string[]): Inline[] {
  return lines.flatMap((line, index) =>
    index ? [{ type: 'break' } as Inline, ...parseInline(line)] : parseInline(line),
  );
}

// Earliest match wins; among matches at the same place, the first pattern listed. Underscores inside words
// (`snake_case`, `__proto__`-like names) are not emphasis.
const inlinePatterns: Array<[RegExp, (match: RegExpExecArray) => Inline[]]> = [
  [/`([^`]+)`/, (m) => [{ type: 'code', text: m[1] as string }]],
  // Images are never loaded (no remote requests from replies): the alt text becomes a link.
  [/!\[([^\]]*)\]\(([^)\s]+)\)/, (m) => link(m[1] || (m[2] as string), m[2] as string)],
  [/\[([^\]]+)\]\(([^)\s]+)\)/, (m) => link(m[1] as string, m[2] as string)],
  [/<(https?:\/\/[^\s>]+)>/, (m) => link(m[1] as string, m[1] as string)],
  [/https?:\/\/[^\s<]*[^\s<.,;:!?)'"]/, (m) => link(m[0], m[0])],
  [
    /\*\*(?=\S)([\s\S]*?\S)\*\*|(?<!\w)__(?=\S)([\s\S]*?\S)__(?!\w)/,
    (m) => [{ type: 'strong', children: parseInline((m[1] ?? m[2]) as string) }],
  ],
  [
    /\*(?=\S)([\s\S]*?\S)\*|(?<!\w)_(?=\S)([\s\S]*?\S)_(?!\w)/,
    (m) => [{ type: 'em', children: parseInline((m[1] ?? m[2]) as string) }],
  ],
];

function link(label: string, href: string): Inline[] {
  const safe = safeHref(href);
  const children = label === href ? [{ type: 'text', text: label } as Inline] : parseInline(label);
  return safe ? [{ type: 'link', href: safe, children }] : children;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    let best: { match: RegExpExecArray; build: (m: RegExpExecArray) => Inline[] } | null = null;
    for (const [pattern, build] of inlinePatterns) {
      const match = pattern.exec(rest);
      if (match && (!best || match.index < best.match.index)) best = { match, build };
    }
    if (!best) {
      out.push({ type: 'text', text: rest });
      break;
    }
    if (best.match.index > 0) out.push({ type: 'text', text: rest.slice(0, best.match.index) });
    out.push(...best.build(best.match));
    rest = rest.slice(best.match.index + best.match[0].length);
  }
  return out;
}
