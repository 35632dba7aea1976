const safeProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The URL if it is absolute and of a harmless kind, else null: no `javascript:`, `data:` or `vbscript:`, and
 * no relative address, which would resolve against whatever site embeds the widget.
 */
export function safeHref(raw: string): string | null {
  try {
    // A backslash stays a backslash: WHATWG URL parsing would read it as `/` in web addresses.
    const url = new URL(raw.trim().replace(/\\/g, '%5C'));
    return safeProtocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
