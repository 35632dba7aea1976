import type { z } from 'zod';

/** One line per problem, naming the field, e.g. `text: must not be empty`: what a person can act on. */
export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
