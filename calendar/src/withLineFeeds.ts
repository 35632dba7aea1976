/**
 * Turns every line break (CRLF, bare CR, LF) into LF. `ics` escapes only LF and CRLF in text values, so a
 * bare CR would reach the file raw and end the content line there.
 */
export function withLineFeeds(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}
