import type { Inline } from './markdownTree.ts';
import { safeHref } from './safeHref.ts';

// GitHub's extended autolinks: `www.…`, `http(s)://…` and email addresses written without any markup.
const candidate = /(?:https?:\/\/|www\.)[^\s<]*|[a-zA-Z0-9._+-]+@[a-zA-Z0-9_-]+(?:\.[a-zA-Z0-9_-]+)+/g;
const allowedBefore = /[\s*_~(]/;
const trailingPunctuation = /[?!.,:*_~]$/;
const trailingEntity = /&[a-zA-Z0-9]+;$/;

/** A domain of segments separated by dots, at least two, with no underscore in the last two. */
function validDomain(domain: string): boolean {
  const segments = domain.split('.');
  return (
    segments.length > 1 &&
    segments.every((segment) => /^[a-zA-Z0-9_-]+$/.test(segment)) &&
    !segments.slice(-2).some((segment) => segment.includes('_'))
  );
}

/** The candidate without what probably ends the sentence around it: punctuation, an unbalanced `)`. */
function trimLink(link: string): string {
  for (;;) {
    if (trailingPunctuation.test(link)) link = link.slice(0, -1);
    else if (link.endsWith(')') && link.split('(').length < link.split(')').length) link = link.slice(0, -1);
    else if (link.endsWith(';') && trailingEntity.test(link)) link = link.replace(trailingEntity, '');
    else return link;
  }
}

/** The link a candidate makes and the text it covers, or null when it is none. */
function autolink(raw: string): { text: string; href: string | null } | null {
  if (raw.includes('@') && !/^(?:https?:\/\/|www\.)/.test(raw)) {
    const text = raw.replace(/\.+$/, '');
    return /[-_]$/.test(text) || !text.includes('.', text.indexOf('@'))
      ? null
      : { text, href: safeHref(`mailto:${text}`) };
  }
  const text = trimLink(raw);
  const address = text.replace(/^https?:\/\//, '');
  if (!validDomain(address.split(/[/?#]/)[0] as string)) return null;
  return { text, href: safeHref(text.startsWith('www.') ? `http://${text}` : text) };
}

function linkifyString(text: string): Inline[] {
  const out: Inline[] = [];
  let done = 0;
  for (const found of text.matchAll(candidate)) {
    const at = found.index;
    if (at > 0 && !allowedBefore.test(text[at - 1] as string)) continue;
    const link = autolink(found[0]);
    if (!link) continue;
    if (at > done) out.push({ type: 'text', text: text.slice(done, at) });
    out.push({ type: 'link', href: link.href, children: [{ type: 'text', text: link.text }] });
    done = at + link.text.length;
  }
  if (done < text.length) out.push({ type: 'text', text: text.slice(done) });
  return out;
}

/** Bare URLs and email addresses in text as links; text already inside a link stays as it is. */
export function linkifyText(nodes: Inline[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'text') return linkifyString(node.text);
    if (node.type === 'link' || !('children' in node)) return [node];
    return [{ ...node, children: linkifyText(node.children) }];
  });
}
