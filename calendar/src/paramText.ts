/**
 * A name fit for a quoted parameter value (`CN="…"`): RFC 5545 allows neither line breaks nor double quotes
 * there, and `ics` passes organizer names through as they are, so a line break would start a new property.
 */
export function paramText(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/"/g, "'");
}
