/** Text area content → trimmed, non-empty lines (for lists such as allowed origins). */
export function toLines(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean);
}
