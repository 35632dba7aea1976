/** Header values (subjects, names in addresses) must not carry CR or LF: that would let input add headers. */
export function assertHeaderSafe(value: string): string {
  if (/[\r\n]/.test(value)) throw new Error('A mail header value contains a line break.');
  return value;
}
