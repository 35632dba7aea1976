/** A Firestore Timestamp, Date, ISO string or epoch millis as a Date; undefined for anything else. */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const timestamp = value as { toDate?: () => Date } | null;
  if (typeof timestamp?.toDate === 'function') return timestamp.toDate();
  return undefined;
}
