import { decodeEntity } from './decodeEntity.ts';
import { linkifyText } from './linkifyText.ts';
import type { Inline } from './markdownTree.ts';
import { safeHref } from './safeHref.ts';

/** Link reference definitions of a document, by normalized label. */
export type References = Map<string, string>;

type Text = { type: 'text'; text: string };

/** An emphasis or strikethrough delimiter run waiting for its partner (CommonMark's delimiter stack). */
interface Delimiter {
  char: string;
  count: number;
  originalCount: number;
  node: Text;
  previous: Delimiter | null;
  next: Delimiter | null;
  canOpen: boolean;
  canClose: boolean;
}

/** An open `[` or `![` waiting for its `]`. */
interface Bracket {
  node: Text;
  previous: Bracket | null;
  previousDelimiter: Delimiter | null;
  index: number;
  image: boolean;
  active: boolean;
  bracketAfter: boolean;
}

const escapable = /^[!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-]/;
const entity = /^&(?:#x[a-f0-9]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/i;
const plainRun = /^[^\n`[\]\\!<&*_~]+/;
const anyTicks = /`+/g;
const whitespace = /^\s/u;
const punctuation = /^[\p{P}\p{S}]/u;
const emailAutolink =
  /^<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/;
const uriAutolink = /^<([A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\p{Cc} ]*)>/u;
const linkLabel = /^\[(?:[^\\[\]]|\\.){0,1000}\]/s;
const angleDestination = /^<(?:[^<>\n\\]|\\.)*>/;
const linkTitle = /^(?:"(?:\\[\s\S]|[^\\"])*"|'(?:\\[\s\S]|[^\\'])*'|\((?:\\[\s\S]|[^\\()])*\))/;
const spacesAndOneNewline = /^[ \t]*(?:\n[ \t]*)?/;
const spaceToLineEnd = /^[ \t]*(?:\n|$)/;
const escapeOrEntity =
  /\\([!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-])|&(?:#x[a-f0-9]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi;

const stickyPatterns = new Map<RegExp, RegExp>();

/** `pattern` (written anchored with `^`) as a sticky one that matches at `lastIndex` without copying the text. */
function sticky(pattern: RegExp): RegExp {
  let found = stickyPatterns.get(pattern);
  if (!found) {
    found = new RegExp(pattern.source.replace(/^\^/, ''), `${pattern.flags}y`);
    stickyPatterns.set(pattern, found);
  }
  return found;
}

/** Backslash escapes and entities resolved, as in link destinations, titles and code info strings. */
export function unescapeText(text: string): string {
  return text.replace(escapeOrEntity, (match, escaped: string | undefined) => escaped ?? decodeEntity(match) ?? match);
}

/** A reference label as CommonMark compares them: trimmed, inner whitespace collapsed, case folded. */
export function normalizeLabel(label: string): string {
  return label.slice(1, -1).trim().replace(/\s+/g, ' ').toLowerCase().toUpperCase();
}

/**
 * A scanner over one piece of text: the CommonMark inline algorithm (code spans, escapes, entities,
 * autolinks, links and images with their brackets, emphasis by delimiter runs) plus GitHub's strikethrough
 * and bare URLs. Raw HTML is not recognised: `<b>` stays the text `<b>`.
 */
function createScanner(subject: string, references: References) {
  let pos = 0;
  const nodes: Inline[] = [];
  let delimiters: Delimiter | null = null;
  let brackets: Bracket | null = null;

  const peek = () => subject[pos] ?? '';
  /** The text `pattern` matches at `pos` (anywhere after it for a global pattern), moving past it; else null. */
  const match = (pattern: RegExp): string | null => {
    const scanner = pattern.global ? pattern : sticky(pattern);
    scanner.lastIndex = pos;
    const found = scanner.exec(subject);
    if (!found) return null;
    pos = found.index + found[0].length;
    return found[0];
  };
  const text = (value: string): Text => {
    const node: Text = { type: 'text', text: value };
    nodes.push(node);
    return node;
  };

  function parseBackticks(): void {
    const ticks = match(/^`+/) as string;
    const afterOpening = pos;
    for (let found = match(anyTicks); found !== null; found = match(anyTicks)) {
      if (found === ticks) {
        let code = subject.slice(afterOpening, pos - ticks.length).replace(/\n/g, ' ');
        if (/[^ ]/.test(code) && code[0] === ' ' && code.at(-1) === ' ') code = code.slice(1, -1);
        nodes.push({ type: 'code', text: code });
        return;
      }
    }
    pos = afterOpening;
    text(ticks);
  }

  function parseBackslash(): void {
    pos++;
    if (peek() === '\n') {
      pos++;
      nodes.push({ type: 'break' });
    } else if (escapable.test(peek())) {
      text(peek());
      pos++;
    } else text('\\');
  }

  function parseAutolink(): boolean {
    const email = match(emailAutolink);
    const uri = email ? null : match(uriAutolink);
    const address = (email ?? uri)?.slice(1, -1);
    if (address === undefined) return false;
    nodes.push({
      type: 'link',
      href: safeHref(email ? `mailto:${address}` : address),
      children: [{ type: 'text', text: address }],
    });
    return true;
  }

  function parseNewline(): void {
    pos++;
    const last = nodes.at(-1);
    if (last?.type === 'text' && last.text.endsWith(' ')) {
      const hard = last.text.endsWith('  ');
      last.text = last.text.replace(/ +$/, '');
      nodes.push({ type: hard ? 'break' : 'softbreak' });
    } else nodes.push({ type: 'softbreak' });
    match(/^ */);
  }

  /** Scans a run of `*`, `_` or `~` and whether it can open or close emphasis (the flanking rules). */
  function parseDelimiterRun(char: string): void {
    const start = pos;
    while (peek() === char) pos++;
    const count = pos - start;
    const lowSurrogateBefore = /[\udc00-\udfff]/.test(subject[start - 1] ?? '');
    const charBefore = start === 0 ? '\n' : subject.slice(lowSurrogateBefore ? start - 2 : start - 1, start);
    const charAfter = pos < subject.length ? String.fromCodePoint(subject.codePointAt(pos) as number) : '\n';
    const afterSpace = whitespace.test(charAfter);
    const afterPunctuation = punctuation.test(charAfter);
    const beforeSpace = whitespace.test(charBefore);
    const beforePunctuation = punctuation.test(charBefore);
    const leftFlanking = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation);
    const rightFlanking = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation);
    const underscore = char === '_';
    const node = text(subject.slice(start, pos));
    // GitHub's strikethrough is one or two tildes; longer runs stay text.
    if (char === '~' && count > 2) return;
    delimiters = {
      char,
      count,
      originalCount: count,
      node,
      previous: delimiters,
      next: null,
      canOpen: leftFlanking && (!underscore || !rightFlanking || beforePunctuation),
      canClose: rightFlanking && (!underscore || !leftFlanking || afterPunctuation),
    };
    if (delimiters.previous) delimiters.previous.next = delimiters;
  }

  function removeDelimiter(delimiter: Delimiter): void {
    if (delimiter.previous) delimiter.previous.next = delimiter.next;
    if (delimiter.next) delimiter.next.previous = delimiter.previous;
    else delimiters = delimiter.previous;
  }

  /** Pairs delimiter runs above `bottom` into emphasis, strong emphasis and strikethrough. */
  function processEmphasis(bottom: Delimiter | null): void {
    const openersBottom = new Map<string, Delimiter | null>();
    let closer = delimiters;
    while (closer && closer.previous !== bottom) closer = closer.previous;
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 3 : 0}${closer.originalCount % 3}`;
      const floor = openersBottom.has(key) ? openersBottom.get(key) : bottom;
      let opener = closer.previous;
      let found = false;
      while (opener && opener !== bottom && opener !== floor) {
        const oddMatch =
          closer.char !== '~' &&
          (closer.canOpen || opener.canClose) &&
          closer.originalCount % 3 !== 0 &&
          (opener.originalCount + closer.originalCount) % 3 === 0;
        const sameLength = closer.char !== '~' || opener.count === closer.count;
        if (opener.char === closer.char && opener.canOpen && !oddMatch && sameLength) {
          found = true;
          break;
        }
        opener = opener.previous;
      }
      if (found && opener) {
        const used = closer.char === '~' ? closer.count : opener.count >= 2 && closer.count >= 2 ? 2 : 1;
        opener.count -= used;
        closer.count -= used;
        opener.node.text = opener.node.text.slice(used);
        closer.node.text = closer.node.text.slice(used);
        const from = nodes.indexOf(opener.node) + 1;
        const to = nodes.indexOf(closer.node);
        const type = closer.char === '~' ? 'del' : used === 1 ? 'em' : 'strong';
        nodes.splice(from, 0, { type, children: nodes.splice(from, to - from) });
        // Delimiters between the pair are now inside it and can no longer match outside.
        opener.next = closer;
        closer.previous = opener;
        if (opener.count === 0) {
          nodes.splice(nodes.indexOf(opener.node), 1);
          removeDelimiter(opener);
        }
        if (closer.count === 0) {
          nodes.splice(nodes.indexOf(closer.node), 1);
          const next = closer.next;
          removeDelimiter(closer);
          closer = next;
        }
      } else {
        const passed = closer;
        closer = closer.next;
        openersBottom.set(key, passed.previous);
        if (!passed.canOpen) removeDelimiter(passed);
      }
    }
    while (delimiters && delimiters !== bottom) removeDelimiter(delimiters);
  }

  function openBracket(image: boolean): void {
    const index = pos;
    pos += image ? 2 : 1;
    if (brackets) brackets.bracketAfter = true;
    brackets = {
      node: text(image ? '![' : '['),
      previous: brackets,
      previousDelimiter: delimiters,
      index: image ? index + 1 : index,
      image,
      active: true,
      bracketAfter: false,
    };
  }

  function parseDestination(): string | null {
    const angled = match(angleDestination);
    if (angled !== null) return unescapeText(angled.slice(1, -1));
    if (peek() === '<') return null;
    const start = pos;
    let depth = 0;
    for (let char = peek(); char !== ''; char = peek()) {
      if (char === '\\' && escapable.test(subject[pos + 1] ?? '')) pos += 2;
      else if (char === '(') {
        pos++;
        depth++;
      } else if (char === ')') {
        if (depth < 1) break;
        pos++;
        depth--;
      } else if (char <= ' ') break;
      else pos++;
    }
    if ((pos === start && peek() !== ')') || depth !== 0) {
      pos = start;
      return null;
    }
    return unescapeText(subject.slice(start, pos));
  }

  /** The length of a link label at `pos` (`[…]`), or 0. */
  function parseLabel(): number {
    const label = match(linkLabel);
    return label === null || label.length > 1001 ? 0 : label.length;
  }

  function closeBracket(): void {
    pos++;
    const afterBracket = pos;
    const opener = brackets;
    if (!opener) {
      text(']');
      return;
    }
    if (!opener.active) {
      text(']');
      brackets = opener.previous;
      return;
    }
    let destination: string | null = null;
    let matched = false;
    if (peek() === '(') {
      pos++;
      match(spacesAndOneNewline);
      destination = parseDestination();
      if (destination !== null) {
        const beforeTitle = pos;
        match(spacesAndOneNewline);
        if (pos === beforeTitle || match(linkTitle) === null) pos = beforeTitle;
        match(spacesAndOneNewline);
        matched = peek() === ')';
      }
      if (matched) pos++;
      else pos = afterBracket;
    }
    if (!matched) {
      const beforeLabel = pos;
      const length = parseLabel();
      let label = '';
      if (length > 2) label = subject.slice(beforeLabel, beforeLabel + length);
      else if (!opener.bracketAfter) label = subject.slice(opener.index, afterBracket);
      if (length === 0) pos = afterBracket;
      const found = label ? references.get(normalizeLabel(label)) : undefined;
      if (found !== undefined) {
        destination = found;
        matched = true;
      }
    }
    brackets = opener.previous;
    if (!matched || destination === null) {
      pos = afterBracket;
      text(']');
      return;
    }
    processEmphasis(opener.previousDelimiter);
    const start = nodes.indexOf(opener.node);
    const children = nodes.splice(start + 1);
    nodes.pop();
    const href = safeHref(destination);
    nodes.push(
      opener.image ? { type: 'image', href, alt: plainText(children) } : { type: 'link', href, children: children },
    );
    // No links inside links: brackets before this one can no longer become links.
    if (!opener.image) {
      for (let outer = brackets as Bracket | null; outer; outer = outer.previous)
        if (!outer.image) outer.active = false;
    }
  }

  function parseReference(): number {
    const label = parseLabel();
    if (label === 0 || peek() !== ':') return 0;
    const rawLabel = subject.slice(0, label);
    pos++;
    match(spacesAndOneNewline);
    const destination = parseDestination();
    if (destination === null) return 0;
    const beforeTitle = pos;
    match(spacesAndOneNewline);
    let title = pos !== beforeTitle && match(linkTitle) !== null;
    if (!title) pos = beforeTitle;
    let atLineEnd = match(spaceToLineEnd) !== null;
    if (!atLineEnd && title) {
      title = false;
      pos = beforeTitle;
      atLineEnd = match(spaceToLineEnd) !== null;
    }
    const normalized = normalizeLabel(rawLabel);
    if (!atLineEnd || normalized === '') return 0;
    if (!references.has(normalized)) references.set(normalized, destination);
    return pos;
  }

  function parse(): Inline[] {
    while (pos < subject.length) {
      const char = peek();
      if (char === '\n') parseNewline();
      else if (char === '\\') parseBackslash();
      else if (char === '`') parseBackticks();
      else if (char === '*' || char === '_' || char === '~') parseDelimiterRun(char);
      else if (char === '[') openBracket(false);
      else if (char === '!' && subject[pos + 1] === '[') openBracket(true);
      else if (char === ']') closeBracket();
      else if (char === '<' && parseAutolink()) continue;
      else {
        const reference = char === '&' ? match(entity) : null;
        if (reference) text(decodeEntity(reference) ?? reference);
        else text(match(plainRun) ?? subject[pos++] ?? '');
      }
    }
    processEmphasis(null);
    return linkifyText(mergeText(nodes));
  }

  return { parse, parseReference };
}

/** Adjacent text nodes as one, through the whole tree, so bare URLs split by scanning are found whole. */
function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && !node.text) continue;
    if (node.type === 'text' && last?.type === 'text')
      out[out.length - 1] = { type: 'text', text: last.text + node.text };
    else out.push('children' in node ? { ...node, children: mergeText(node.children) } : node);
  }
  return out;
}

/** The text of inline nodes without their markup, e.g. an image's alt text. */
export function plainText(nodes: Inline[]): string {
  return nodes
    .map((node) =>
      node.type === 'text' || node.type === 'code'
        ? node.text
        : node.type === 'image'
          ? node.alt
          : 'children' in node
            ? plainText(node.children)
            : '\n',
    )
    .join('');
}

/** Inline Markdown as nodes; `references` are the document's link reference definitions. */
export function parseInline(subject: string, references: References = new Map()): Inline[] {
  return createScanner(subject, references).parse();
}

/**
 * Reads link reference definitions (`[label]: destination "title"`) at the start of a paragraph into
 * `references`, and returns how many characters they took (0 when the paragraph starts with none).
 */
export function parseReferences(source: string, references: References): number {
  let consumed = 0;
  while (source[consumed] === '[') {
    const taken = createScanner(source.slice(consumed), references).parseReference();
    if (!taken) break;
    consumed += taken;
  }
  return consumed;
}
