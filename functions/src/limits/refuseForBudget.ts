import type { HttpsError } from 'firebase-functions/v2/https';
import { refuse } from '../lib/refuse.ts';
import type { BudgetRefusal } from './findBudgetRoom.ts';

/**
 * The typed refusal when a tenant's budget has no room: the month's, or the day's. The daily one says
 * "tomorrow" rather than a number of seconds: the widget would show hours of waiting as seconds.
 */
export function refuseForBudget(reason: BudgetRefusal): HttpsError {
  if (reason === 'daily_budget_exhausted') {
    return refuse(
      'resource-exhausted',
      'daily_budget_exhausted',
      "This assistant has used up today's allowance. Please try again tomorrow or contact the business another way.",
    );
  }
  return refuse(
    'resource-exhausted',
    'budget_exhausted',
    "This assistant has used up this month's allowance. Please contact the business another way.",
  );
}
