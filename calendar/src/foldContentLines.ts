const MAX_OCTETS = 75;

/**
 * Folds every content line longer than 75 octets (RFC 5545 3.1) with CRLF and a space, never splitting a
 * UTF-8 character. `ics` folds at 75 characters with a tab, which overruns the limit with non-ASCII text,
 * so its folds are undone and made again here.
 */
export function foldContentLines(calendar: string): string {
  const lines = calendar.replace(/\r\n[\t ]/g, '').split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1; // continuation lines start with a space
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
