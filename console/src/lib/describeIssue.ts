import { validationMessageName } from '@frontdesk/contract';
import type { Strings } from '../i18n/en.ts';
import { consoleLocale, t } from '../i18n/strings.ts';

/** The parts of a zod issue (or of a callable's `details.issues` entry) that say what is wrong. */
export interface IssueLike {
  code: string;
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  divisor?: number;
  expected?: string;
}

const collections = new Set(['array', 'set', 'map']);

/**
 * A validation problem in the console's language: the contract's own rules by name, the generic ones
 * (lengths, bounds, formats) from their code and limits. Anything unforeseen keeps zod's English message.
 */
export function describeIssue(issue: IssueLike, strings: Strings = t, locale: string = consoleLocale): string {
  const v = strings.validation;
  const named = validationMessageName(issue.message);
  if (named) return v.named[named];
  const number = (value: number | bigint | undefined) => new Intl.NumberFormat(locale).format(value ?? 0);
  const inclusive = issue.inclusive !== false;
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return v.tooLong(number(issue.maximum));
      if (collections.has(issue.origin ?? '')) return v.tooMany(number(issue.maximum));
      return inclusive ? v.atMost(number(issue.maximum)) : v.below(number(issue.maximum));
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? v.required : v.tooShort(number(issue.minimum));
      if (collections.has(issue.origin ?? '')) return v.tooFew(number(issue.minimum));
      return inclusive ? v.atLeast(number(issue.minimum)) : v.above(number(issue.minimum));
    case 'invalid_type':
      if (issue.expected === 'int') return v.wholeNumber;
      if (issue.expected === 'number') return v.number;
      return v.invalid;
    case 'not_multiple_of':
      return v.multipleOf(number(issue.divisor));
    case 'invalid_value':
      return v.choice;
    case 'invalid_format':
      if (issue.format === 'email') return v.email;
      if (issue.format === 'url') return v.httpsUrl;
      if (issue.format === 'date') return v.date;
      if (issue.format === 'datetime') return v.dateTime;
      return v.invalid;
    default:
      return issue.message;
  }
}
