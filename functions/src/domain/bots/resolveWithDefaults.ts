import type { z } from 'zod';

/**
 * A stored document read field by field against its schema: each valid field is kept, each missing or
 * invalid one takes its default, so an old or hand-edited document never breaks a visitor's request.
 * `nested` names object fields resolved the same way, one level down.
 */
export function resolveWithDefaults<T extends Record<string, unknown>>(
  shape: Record<keyof T, z.ZodType>,
  defaults: T,
  stored: unknown,
  nested: { [K in keyof T]?: Record<string, z.ZodType> } = {},
): T {
  const raw = (stored ?? {}) as Record<string, unknown>;
  const resolved: Record<string, unknown> = {};
  for (const key of Object.keys(defaults) as Array<keyof T & string>) {
    const inner = nested[key];
    if (inner) {
      resolved[key] = resolveWithDefaults(inner, defaults[key] as Record<string, unknown>, raw[key]);
      continue;
    }
    const parsed = (shape[key] as z.ZodType).safeParse(raw[key]);
    resolved[key] = parsed.success ? parsed.data : defaults[key];
  }
  return resolved as T;
}
