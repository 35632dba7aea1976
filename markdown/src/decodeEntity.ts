/**
 * The named character references models write (they write other characters as themselves). The full HTML
 * table, 2,000+ names, would weigh more than the whole renderer; a name not listed stays as written.
 */
const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  euro: '€',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
};

/** The character an entity such as `&amp;`, `&#35;` or `&#x22;` stands for, or null when it is not one we know. */
export function decodeEntity(entity: string): string | null {
  const body = entity.slice(1, -1);
  if (body[0] !== '#') return Object.hasOwn(named, body) ? (named[body] as string) : null;
  const code =
    body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
  // NUL, surrogates and numbers past Unicode become the replacement character, as the spec says.
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
}
