import { z } from 'zod';
import { validationMessages } from './validationMessages.ts';

/**
 * Line breaks (CR, LF, Unicode's line and paragraph separators), control characters (C0, DEL, C1) and the
 * bidirectional overrides that make text read differently from what it is. Other format characters stay
 * allowed: U+200D joins emoji sequences such as 👩‍⚕️.
 */
const notOneLine = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u;

/** Whether `text` is one line of plain text: no line break, no control character. */
export const isOneLine = (text: string): boolean => !notOneLine.test(text);

/**
 * A trimmed string that must be one line of plain text, for every name and title that can reach a mail
 * header or a one-line place (a subject, a sender name, the widget's header, a list in the console).
 */
export const oneLineString = () =>
  z.string({ error: 'must be a string' }).trim().refine(isOneLine, { error: validationMessages.oneLine });
