/**
 * One CSV field (RFC 4180): quoted when needed; a leading =, +, -, @, tab or CR is defused with a quote so
 * spreadsheets never run it as a formula. Shared by the console's and the functions' exports.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
