/**
 * A Firestore document as plain JSON for an export: timestamps (anything with `toDate()`) become ISO 8601
 * strings, and the listed fields are left out (e.g. secrets such as a cancel token's hash).
 */
export function toPlainJson(value: unknown, omit: readonly string[] = []): unknown {
  if (value === null || typeof value !== 'object') return value;
  if ('toDate' in value && typeof value.toDate === 'function') return (value.toDate() as Date).toISOString();
  if (Array.isArray(value)) return value.map((item) => toPlainJson(item));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !omit.includes(key))
      .map(([key, item]) => [key, toPlainJson(item)]),
  );
}
