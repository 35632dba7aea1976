import { formatZodError, toValidationIssues } from '@frontdesk/contract';
import type { z } from 'zod';
import { refuse } from './refuse.ts';

/** Validates callable input; bad input is answered with `invalid-argument` before anything is read or written. */
export function parseRequest<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    throw refuse('invalid-argument', 'invalid_input', formatZodError(result.error), {
      issues: toValidationIssues(result.error),
    });
  }
  return result.data;
}
