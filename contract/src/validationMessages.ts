import type { z } from 'zod';

/**
 * The contract's own wording for rules a generic message would not explain. Schemas use these, so a client
 * can recognise an issue by its message and say it in its own language (the console's German strings).
 */
export const validationMessages = {
  timeOfDay: 'must be a time like 09:00, on a 5-minute grid',
  startBeforeEnd: 'start must be before end',
  fiveMinuteGrid: 'must be a multiple of 5 minutes',
  hexColour: 'must be a hex colour such as #4f46e5',
  fontFamily: 'must be a font-family list such as "Inter", sans-serif',
  origin: 'must be an origin like https://example.com or https://*.example.com, without a path',
  timezone: 'must be an IANA timezone such as Europe/Berlin',
  phone: 'must be a phone number of digits, spaces and + ( ) - . /',
  oneLine: 'must be one line of text, without line breaks or control characters',
  identifier: 'must be 1–128 letters, digits, "_" or "-"',
} as const;
export type ValidationMessageName = keyof typeof validationMessages;

/** Which of `validationMessages` an issue carries, if any. */
export function validationMessageName(message: string): ValidationMessageName | undefined {
  return (Object.keys(validationMessages) as ValidationMessageName[]).find(
    (name) => validationMessages[name] === message,
  );
}

/**
 * One validation problem as a callable sends it in `details.issues`: zod's issue, reduced to what a client
 * needs to say it in its own words (the bounds, the format), and JSON-safe.
 */
export interface ValidationIssue {
  path: (string | number)[];
  code: string;
  message: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  format?: string;
  divisor?: number;
  expected?: string;
}

export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => {
    const extra = issue as Partial<Record<'origin' | 'format' | 'expected', string>> &
      Partial<Record<'minimum' | 'maximum' | 'divisor', number | bigint>> & { inclusive?: boolean };
    const numberOf = (value: number | bigint | undefined) => (value === undefined ? undefined : Number(value));
    return {
      path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
      code: issue.code,
      message: issue.message,
      ...(extra.origin ? { origin: extra.origin } : {}),
      ...(extra.minimum !== undefined ? { minimum: numberOf(extra.minimum) } : {}),
      ...(extra.maximum !== undefined ? { maximum: numberOf(extra.maximum) } : {}),
      ...(extra.inclusive !== undefined ? { inclusive: extra.inclusive } : {}),
      ...(extra.format ? { format: extra.format } : {}),
      ...(extra.divisor !== undefined ? { divisor: numberOf(extra.divisor) } : {}),
      ...(extra.expected ? { expected: extra.expected } : {}),
    };
  });
}
